import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from './countries.ts';
import { COUNTRY_NAMES } from './gazetteer-data.ts';
import { countryNamedBy, nameSpans, nameTokens, parseSearch } from './search-names.ts';

/** Every spelling the gazetteer's curated lists give a country: names, places, demonyms, English forms. */
function curatedSpellings(code: string): string[] {
  const names = COUNTRY_NAMES[code]!;
  return [...names.ar, ...(names.nisba ?? []), ...(names.people ?? []), ...(names.en ?? [])];
}

const chipNames = (locale: string) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });

describe('which country a search names', () => {
  it.each([
    ['قيرغيزستان', 'KG'],
    ['قرغيزستان', 'KG'],
    ['Kyrgyzstan', 'KG'],
    ['KYRGYZSTAN', 'KG'],
    ['أبو ظبي', 'AE'],
    ['أبوظبي', 'AE'],
    ['ابو ظبى', 'AE'],
    ['طشقند', 'UZ'],
    ['طاشقند', 'UZ'],
    ['Pakistan', 'PK'],
    ['باكستان', 'PK'],
    ['بكازاخستان', 'KZ'],
    ['الكازاخستانية', 'KZ'],
    ['united arab emirates', 'AE'],
    ['الإمارات العربية المتحدة', 'AE'],
    ['كوريا الجنوبية', 'KR'],
  ])('%s names %s', (q, code) => {
    expect(countryNamedBy(q)).toBe(code);
  });

  it.each([
    ['a search that mentions a country among other words', 'الغاز في قطر'],
    ['a quoted phrase, which means exactly its words', '"أبو ظبي"'],
    ['a prefix', 'قيرغيز*'],
    ['an organisation that also names a country', 'حزب الله'],
    ['a leader (the tagger weighs them less than names)', 'بوتين'],
    ['a name two countries share', 'كوريا'],
    ['a common word the gazetteer reads as a place only in context', 'دعم مالي'],
    ['no name at all', 'الطاقة المتجددة'],
  ])('not %s', (_why, q) => {
    expect(countryNamedBy(q)).toBeNull();
  });

  it('every spelling the gazetteer lists for a country names that country', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const code of Object.keys(COUNTRY_NAMES)) {
      for (const spelling of curatedSpellings(code)) {
        checked++;
        const named = countryNamedBy(spelling);
        if (named !== code) wrong.push(`${spelling} → ${named} (listed under ${code})`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('the name on every country chip, Arabic and English, names its country', () => {
    const wrong: string[] = [];
    for (const locale of ['ar', 'en']) {
      const names = chipNames(locale);
      for (const code of COUNTRY_CODES) {
        const name = names.of(code);
        if (name && countryNamedBy(name) !== code) wrong.push(`${locale} ${name} → ${countryNamedBy(name)}`);
      }
    }
    expect(wrong).toEqual([]);
    // Among them the names the gazetteer reads only in context: the chip's own spelling still finds them.
    expect(countryNamedBy(chipNames('ar').of('OM')!)).toBe('OM');
    expect(countryNamedBy(chipNames('ar').of('ML')!)).toBe('ML');
    expect(countryNamedBy('Jersey')).toBe('JE');
  });
});

describe('parseSearch: a country name is one clause that carries the country', () => {
  it('one word, with its own stem as the text to match', () => {
    expect(parseSearch('قيرغيزستان').clauses).toEqual([
      { terms: ['قيرغيزس'], phrase: false, prefix: false, named: { kind: 'countries', code: 'KG' } },
    ]);
  });
  it('several words that make one name become one phrase clause', () => {
    expect(parseSearch('أبو ظبي').clauses).toEqual([
      { terms: ['ابو', 'ظبي'], phrase: true, prefix: false, named: { kind: 'countries', code: 'AE' } },
    ]);
    expect(parseSearch('united arab emirates').clauses).toHaveLength(1);
  });
  it('names inside a longer search, each with its country; other words stay plain', () => {
    expect(parseSearch('الغاز من تركمانستان إلى أبو ظبي').clauses).toEqual([
      { terms: ['غاز'], phrase: false, prefix: false },
      { terms: ['تركمانس'], phrase: false, prefix: false, named: { kind: 'countries', code: 'TM' } },
      { terms: ['ابو', 'ظبي'], phrase: true, prefix: false, named: { kind: 'countries', code: 'AE' } },
    ]);
  });
  it('a country chip’s full name with its parenthesis is one clause', () => {
    const name = chipNames('ar').of('MM')!;
    expect(name).toContain('(');
    const { clauses } = parseSearch(name);
    expect(clauses).toHaveLength(1);
    expect(clauses[0]!.named).toEqual({ kind: 'countries', code: 'MM' });
  });
});

/** The words of a text that name this country or organisation, as the highlight would mark them. */
function wordsOf(text: string, kind: 'countries' | 'organisations', code: string): string[] {
  const tokens = nameTokens(text);
  return nameSpans(tokens, { kind, code }).map(({ start, length }) =>
    tokens.slice(start, start + length).join(' '),
  );
}

/** What a whole search names, when it is one clause. */
function namedBy(q: string) {
  const { clauses } = parseSearch(q);
  return clauses.length === 1 ? (clauses[0]!.named ?? null) : null;
}

describe('nameSpans: the words of a text that name a country or organisation', () => {
  it('finds every spelling the tagger reads as the country, and nothing else', () => {
    const text = 'وفد قرغيزي في بيشكيك يبحث مع كازاخستان ملف قيرغيزستان';
    expect(wordsOf(text, 'countries', 'KG')).toEqual(['قرغيزي', 'بيشكيك', 'قيرغيزستان']);
    expect(wordsOf(text, 'countries', 'KZ')).toEqual(['كازاخستان']);
    expect(wordsOf(text, 'countries', 'UZ')).toEqual([]);
  });

  it("finds an organisation's names in either language, and not another body's", () => {
    const text = 'حلف شمال الأطلسي يجتمع والناتو يرد على الوكالة الدولية للطاقة الذرية';
    expect(wordsOf(text, 'organisations', 'nato')).toEqual(['حلف شمال الاطلسي', 'والناتو']);
    expect(wordsOf(text, 'organisations', 'iaea')).toEqual(['الوكاله الدوليه للطاقه الذريه']);
    expect(wordsOf(text, 'organisations', 'opec')).toEqual([]);
  });
});

describe('which organisation a search names', () => {
  it.each([
    ['NATO', 'nato'],
    ['nato', 'nato'],
    ['الناتو', 'nato'],
    ['حلف شمال الأطلسي', 'nato'],
    ['IAEA', 'iaea'],
    ['OPEC', 'opec'],
    ['منظمة الصحة العالمية', 'who'],
    ['Taliban', 'taliban'],
    ['الاتحاد الأوروبي', 'eu'],
  ])('%s names %s', (q, code) => {
    expect(namedBy(q)).toEqual({ kind: 'organisations', code });
  });

  it.each([
    ['a name read as the body only before no adjective', 'مجلس الأمن'],
    ['a name that is also a dual of a common word', 'طالبان'],
    ['a quoted phrase, which means exactly its words', '"الناتو"'],
    ['a prefix', 'NAT*'],
  ])('not %s', (_why, q) => {
    expect(namedBy(q)).toBeNull();
  });

  it('acronyms typed in capitals name their body or country, as the tagger reads them; in lower case they do not', () => {
    expect(namedBy('EU')).toEqual({ kind: 'organisations', code: 'eu' });
    expect(namedBy('UN')).toEqual({ kind: 'organisations', code: 'un' });
    expect(namedBy('WHO')).toEqual({ kind: 'organisations', code: 'who' });
    expect(namedBy('US')).toEqual({ kind: 'countries', code: 'US' });
    expect(namedBy('UAE')).toEqual({ kind: 'countries', code: 'AE' });
    expect(namedBy('us')).toBeNull();
    expect(namedBy('who')).toBeNull();
    expect(namedBy('"EU"')).toBeNull();
    const { clauses } = parseSearch('EU عقوبات');
    expect(clauses.map((clause) => [clause.terms, clause.named?.code])).toEqual([
      [['eu'], 'eu'],
      [['عقوب'], undefined],
    ]);
  });

  it('an organisation beside other words is one clause of the search, the words another', () => {
    const { clauses } = parseSearch('الناتو كازاخستان');
    expect(clauses.map((clause) => clause.named)).toEqual([
      { kind: 'organisations', code: 'nato' },
      { kind: 'countries', code: 'KZ' },
    ]);
  });
});
