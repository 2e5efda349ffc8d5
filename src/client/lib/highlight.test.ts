import { describe, expect, it } from 'vitest';
import { parseSearchQuery, searchIndexText } from '#shared/text/index.ts';
import { highlightQuery, highlightSegments } from './highlight.ts';

const marks = (text: string, q: string) =>
  highlightSegments(text, highlightQuery(q))
    .filter((segment) => segment.mark)
    .map((segment) => segment.text);

describe('search term highlighting', () => {
  const headline = 'كازاخستان وأوزبكستان توقعان اتفاقية جديدة للطاقة و«الغاز الطبيعي»';

  it('marks whole words whose stems the query matched, clitics and all', () => {
    expect(marks(headline, 'الطاقة')).toEqual(['للطاقة']);
    expect(marks(headline, 'اوزبكستان')).toEqual(['وأوزبكستان']);
    // Punctuation at a word's edges stays outside the mark; a proclitic glued on with a quote is the word's.
    expect(marks(headline, 'غاز')).toEqual(['و«الغاز']);
    expect(marks('اتفاق «الغاز» الجديد', 'غاز')).toEqual(['الغاز']);
  });

  it('marks a phrase only where its words follow each other, and a prefix only at word starts', () => {
    expect(marks(headline, '"الغاز الطبيعي"')).toEqual(['و«الغاز', 'الطبيعي']);
    expect(marks(headline, '"الطبيعي الغاز"')).toEqual([]);
    expect(marks(headline, 'كازاخ*')).toEqual(['كازاخستان']);
    expect(marks('Kazakhstan signs a COVID-19 deal', 'covid 19')).toEqual([]);
    expect(marks('Kazakhstan signs a COVID-19 deal', 'covid-19')).toEqual(['COVID-19']);
  });

  it('agrees with what the index holds: every marked word is in the headline’s indexed stems', () => {
    const query = parseSearchQuery('للطاقة الغاز');
    const indexed = searchIndexText(headline).split(' ');
    for (const clause of query.clauses) expect(indexed).toEqual(expect.arrayContaining(clause.terms));
    expect(marks(headline, 'للطاقة الغاز')).toEqual(['للطاقة', 'و«الغاز']);
  });

  it('marks the spellings a country search matched through the country: قرغيزستان for قيرغيزستان, and so on', () => {
    const kyrgyz = 'قرغيزستان تفتح معبراً حدودياً جديداً قرب بيشكيك مع كازاخستان';
    expect(marks(kyrgyz, 'قيرغيزستان')).toEqual(['قرغيزستان', 'بيشكيك']);
    expect(marks(kyrgyz, 'Kyrgyzstan')).toEqual(['قرغيزستان', 'بيشكيك']);
    expect(marks('مؤتمر للطاقة في أبوظبي', 'أبو ظبي')).toEqual(['أبوظبي']);
    expect(marks('وفد من طاشقند يزور الدوحة', 'طشقند')).toEqual(['طاشقند']);
    // A quoted phrase means its words alone: no country, no variants.
    expect(marks(kyrgyz, '"قيرغيزستان"')).toEqual([]);
  });

  it('marks the names an organisation search matched through the organisation: الناتو for NATO', () => {
    const summit = 'الناتو وحلف شمال الأطلسي في قمة مع الوكالة الدولية للطاقة الذرية';
    expect(marks(summit, 'NATO')).toEqual(['الناتو', 'وحلف', 'شمال', 'الأطلسي']);
    expect(marks(summit, 'IAEA')).toEqual(['الوكالة', 'الدولية', 'للطاقة', 'الذرية']);
  });

  it('gives the text back unchanged, and nothing to mark without a query', () => {
    const segments = highlightSegments(headline, highlightQuery('الطاقة غاز'));
    expect(segments.map((segment) => segment.text).join('')).toBe(headline);
    expect(highlightSegments(headline, highlightQuery('  '))).toEqual([{ text: headline, mark: false }]);
    expect(marks(headline, 'روسيا')).toEqual([]);
  });
});
