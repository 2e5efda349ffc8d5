import { describe, expect, it } from 'vitest';
import { MAX_CLAUSES, parseSearchQuery, searchIndexText } from './search.ts';
import type { SearchClause } from './search.ts';

const FORBIDDEN = /[\s"'*:&|!()<>]/;

/** Whether an indexed text matches a parsed query as FTS5/tsquery would (AND of clauses). */
function matches(indexed: string, query: string): boolean {
  const stems = indexed.split(' ');
  const clauses = parseSearchQuery(query).clauses;
  if (clauses.length === 0) return false;
  return clauses.every((clause) => clauseMatches(stems, clause));
}

function clauseMatches(stems: string[], { terms, phrase, prefix }: SearchClause): boolean {
  const termMatches = (stem: string | undefined, term: string, isLast: boolean) =>
    stem !== undefined && (prefix && isLast ? stem.startsWith(term) : stem === term);
  if (!phrase) return stems.some((stem) => termMatches(stem, terms[0]!, true));
  return stems.some((_, i) =>
    terms.every((term, k) => termMatches(stems[i + k], term, k === terms.length - 1)),
  );
}

describe('searchIndexText', () => {
  it('stores one stem per token, in order, single spaces', () => {
    expect(searchIndexText('كازاخستان تصارع من أجل توافق إنتاجها مع قيود حصص أوبك +')).toBe(
      'كازاخس تصارع من اجل توافق انتاج مع قيود حصص اوبك',
    );
  });
  it('skips empty parts and joins the others', () => {
    expect(searchIndexText('', 'طشقند', '', 'Tashkent 2025')).toBe('طشقند tashkent 2025');
    expect(searchIndexText()).toBe('');
    expect(searchIndexText('', '   ')).toBe('');
  });
  it('keeps phrase adjacency across the quote forms of wire copy', () => {
    expect(searchIndexText('إعادة تسمية “آسيا الوسطى” بـ”تركستان”')).toBe('اعاد تسم اسيا وسط تركس');
  });
  it('never emits syntax characters', () => {
    const text = searchIndexText('a*b "c" d:e f&g h|i !j (k) <l> \'m\' ؟، «ن»');
    for (const term of text.split(' ')) expect(term).not.toMatch(FORBIDDEN);
  });
});

describe('parseSearchQuery', () => {
  it('one clause per plain word', () => {
    expect(parseSearchQuery('إيران الغاز')).toEqual({
      clauses: [
        { terms: ['اير'], phrase: false, prefix: false },
        { terms: ['غاز'], phrase: false, prefix: false },
      ],
    });
  });
  it('quoted words make one phrase clause, terms in order', () => {
    for (const q of ['"آسيا الوسطى"', '«آسيا الوسطى»', '“آسيا الوسطى”']) {
      expect(parseSearchQuery(q)).toEqual({
        clauses: [{ terms: ['اسيا', 'وسط'], phrase: true, prefix: false }],
      });
    }
  });
  it('an unclosed quote runs to the end; a one-word phrase is a plain term', () => {
    expect(parseSearchQuery('الغاز "آسيا الوسطى').clauses).toEqual([
      { terms: ['غاز'], phrase: false, prefix: false },
      { terms: ['اسيا', 'وسط'], phrase: true, prefix: false },
    ]);
    expect(parseSearchQuery('"طشقند"').clauses).toEqual([{ terms: ['طشقند'], phrase: false, prefix: false }]);
  });
  it('a trailing * makes a prefix: clitics stripped, suffixes kept', () => {
    expect(parseSearchQuery('بكازاخ*').clauses).toEqual([{ terms: ['كازاخ'], phrase: false, prefix: true }]);
    expect(parseSearchQuery('الاقتصادي*').clauses).toEqual([
      { terms: ['اقتصادي'], phrase: false, prefix: true },
    ]);
    expect(parseSearchQuery('"آسيا الوس*"').clauses).toEqual([
      { terms: ['اسيا', 'وس'], phrase: true, prefix: true },
    ]);
  });
  it('a one-letter prefix is searched as a word', () => {
    expect(parseSearchQuery('x*').clauses).toEqual([{ terms: ['x'], phrase: false, prefix: false }]);
  });
  it('strips FTS5 and tsquery syntax', () => {
    const { clauses } = parseSearchQuery("إيران OR (روسيا) AND -الصين: NEAR/3 a&b|c !d <e> 'f' ^g");
    for (const clause of clauses) {
      for (const term of clause.terms) {
        expect(term.length).toBeGreaterThan(0);
        expect(term).not.toMatch(FORBIDDEN);
      }
    }
    // Latin words are lowercased, so FTS5's upper-case operators (OR, AND, NEAR) are plain words here.
    expect(clauses.map((c) => c.terms.join(' '))).toContain('near 3');
  });
  it('an all-punctuation or empty query has no clauses', () => {
    for (const q of ['', '   ', '"""', '!!! ؟؟ ...', '*', '()', '“”', '-:&|']) {
      expect(parseSearchQuery(q)).toEqual({ clauses: [] });
    }
  });
  it('a word that splits into several tokens stays together as a phrase', () => {
    expect(parseSearchQuery('3.5').clauses).toEqual([{ terms: ['3', '5'], phrase: true, prefix: false }]);
    expect(parseSearchQuery('COVID-19').clauses).toEqual([
      { terms: ['covid19'], phrase: false, prefix: false },
    ]);
  });
  it('drops stopwords unless they are the whole query, and duplicates', () => {
    expect(parseSearchQuery('الغاز في كازاخستان').clauses.map((c) => c.terms[0])).toEqual(['غاز', 'كازاخس']);
    expect(parseSearchQuery('في').clauses).toEqual([{ terms: ['في'], phrase: false, prefix: false }]);
    expect(parseSearchQuery('إيران ايران إيرانُ').clauses).toHaveLength(1);
  });
  it(`caps at ${MAX_CLAUSES} clauses`, () => {
    const q = Array.from({ length: 30 }, (_, i) => `كلمة${i}`).join(' ');
    expect(parseSearchQuery(q).clauses).toHaveLength(MAX_CLAUSES);
  });
});

describe('search matching: query terms against indexed stems', () => {
  it.each([
    ['إيران', 'ايران تطالب العراق'],
    ['ايران', 'إيران تطالب العراق'],
    ['الإيرانية', 'الحكومة الإيراني تعلن'],
    ['كازاخستان', 'زيادة قياسية في إنتاج حقل تنغيز النفطي بكازاخستان'],
    ['كازاخستان', 'الحكومة الكازاخستانية تعلن'],
    ['كازاخستان', 'وفد كازاخستاني يزور باكو'],
    ['روسيا', 'قمة بريكس في روسيا ولروسيا'],
    ['العراق', 'اتفاق بين بالعراق وتركيا'],
    ['مصر', 'استثمارات سعودية بمصر'],
    ['مسؤول', 'قال مسئول في الوزارة'],
    ['شؤون', 'وزير شئون الخارجية'],
    ['"آسيا الوسطى"', 'التجارة مع آسيا الوسطى'],
    ['"آسيا الوسطى"', 'إعادة تسمية “آسيا الوسطى” بـ”تركستان”'],
    ['تركستان', 'إعادة تسمية “آسيا الوسطى” بـ”تركستان”'],
    ['كازاخ*', 'الحكومة الكازاخستانية'],
    ['اقتصاد*', 'التعاون الاقتصادي'],
    ['الاستثمار', 'صندوق استثماري مشترك'],
    ['قطار', 'انطلاق القطارات'],
    ['أوبك', 'حصص “أوبك بلس”'],
    ['COVID-19', 'covid19 cases'],
    ['2025', 'خطة التعاون لعام 2025'],
    ['عاجل', 'عــاجل: انفجار'],
  ])('%s finds %s', (query, text) => {
    expect(matches(searchIndexText(text), query)).toBe(true);
  });

  it.each([
    ['تركمانستان', 'العراق يطالب تركيا بتسهيل مرور الغاز'],
    ['تركيا', 'العراق يطالب إيران بتسهيل مرور الغاز من تركمانستان'],
    ['تركيا', 'التوجه نحو تركستان'],
    ['البحرين', 'سفن في البحر الأحمر'],
    ['لبنان', 'أسعار اللبن'],
    ['طالبان', 'طالب جامعي'],
    ['"آسيا الوسطى"', 'الوسطى في آسيا'],
    ['إيران الغاز', 'إيران تعلن'],
  ])('%s does not find %s', (query, text) => {
    expect(matches(searchIndexText(text), query)).toBe(false);
  });
});
