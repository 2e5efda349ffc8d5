import { describe, expect, it } from 'vitest';
import { normalizeArabic } from './normalize.ts';

describe('normalizeArabic', () => {
  it.each([
    // hamza on alef, alef wasla, madda
    ['إيران', 'ايران'],
    ['أذربيجان', 'اذربيجان'],
    ['آسيا', 'اسيا'],
    ['ٱلله', 'الله'],
    // alef maqsura, teh marbuta
    ['الوسطى', 'الوسطي'],
    ['مستشفى', 'مستشفي'],
    ['منظمة', 'منظمه'],
    // hamza on waw/yeh; ئو as spelled in Egyptian copy meets ؤو
    ['مؤتمر', 'موتمر'],
    ['رئيس', 'رييس'],
    ['مسئول', 'مسوول'],
    ['مسؤول', 'مسوول'],
    ['شئون', 'شوون'],
    ['شؤون', 'شوون'],
    // standalone hamza is a letter of the word
    ['ماء', 'ماء'],
    // tashkeel, shadda, superscript alef, tatweel
    ['مُحَمَّدٌ', 'محمد'],
    ['هٰذا', 'هذا'],
    ['عـــاجل', 'عاجل'],
    ['بـ”تركستان”', 'ب”تركستان”'],
    // digits
    ['٢٠٢٥', '2025'],
    ['۱۴۰۳', '1403'],
    ['٣٫٥', '3.5'],
    ['١٬٠٠٠', '1,000'],
    // presentation forms and ligatures (NFKC only when present)
    ['ﻻ', 'لا'],
    ['ﷲ', 'الله'],
    ['ﺍﻟﻌﺮﺍﻕ', 'العراق'],
    ['ＡＢＣ', 'abc'],
    // Persian / Urdu / Maghrebi letters
    ['کازاخستان', 'كازاخستان'],
    ['ایران', 'ايران'],
    ['ڤلاديمير', 'فلاديمير'],
    ['پاکستان', 'باكستان'],
    // bidi controls and zero-width characters
    ['\u200fإيران\u200e', 'ايران'],
    ['كاز\u200cاخستان', 'كازاخستان'],
    ['\u202bموسكو\u202c', 'موسكو'],
    ['\ufeffبكين', 'بكين'],
    ['طهران\u200bبغداد', 'طهران بغداد'],
    // Latin: case and diacritics
    ['Türkiye', 'turkiye'],
    ['KAZAKHSTAN', 'kazakhstan'],
    ['Côte d’Ivoire', 'cote d’ivoire'],
    ['ТАСС', 'тасс'],
    // whitespace
    ['  عاجل \t\n  كازاخستان  ', 'عاجل كازاخستان'],
    ['a\u00a0b', 'a b'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });

  it('returns the same string when nothing changes', () => {
    const s = 'كازاخستان تصارع من اجل توافق انتاجها';
    expect(normalizeArabic(s)).toBe(s);
  });

  it('is idempotent', () => {
    for (const s of ['إِيرانُ وَأَذْرَبِيجان', 'ﻻ ﷲ', 'Türkiye ٢٠٢٥', 'مسئولو شئون']) {
      expect(normalizeArabic(normalizeArabic(s))).toBe(normalizeArabic(s));
    }
  });

  it('handles long text and astral characters', () => {
    const long = 'أذربيجان 🇦🇿 '.repeat(5000);
    const out = normalizeArabic(long);
    expect(out.startsWith('اذربيجان 🇦🇿 اذربيجان')).toBe(true);
    expect(out.length).toBe(long.trim().length);
  });
});
