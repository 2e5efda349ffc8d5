import { describe, expect, it } from 'vitest';
import {
  candidateKeys,
  compareSignatures,
  parseSignature,
  serializeSignature,
  signatureOf,
  type NearDuplicateInput,
} from './near-duplicates.ts';

const HOUR = 3_600_000;
const T0 = Date.UTC(2025, 5, 2, 9);

function sig(headline: string, summary = '', countries: string[] = [], time = T0, language = 'ar') {
  const input: NearDuplicateInput = { headline, summary, countries, language, time };
  return signatureOf(input);
}

const railLead = (a: string, b: string) =>
  `انطلق أول قطار شحن على الخط الجديد الذي يربط ${a} بـ${b}، في إطار مساعي تطوير ممرات النقل العابرة لآسيا الوسطى.`;

describe('near-duplicate decision: rules', () => {
  it('matches paraphrases across agencies and into English', () => {
    const a = sig('كازاخستان وأوزبكستان توقعان اتفاقية للطاقة', '', ['KZ', 'UZ']);
    const b = sig('توقيع اتفاق طاقة بين أستانا وطشقند', '', ['KZ', 'UZ'], T0 + HOUR);
    const c = sig('Kazakhstan, Uzbekistan sign energy deal', '', ['KZ', 'UZ'], T0 + 2 * HOUR, 'en');
    expect(compareSignatures(a, b).same).toBe(true);
    expect(compareSignatures(a, c).same).toBe(true);
    expect(compareSignatures(b, c).same).toBe(true);
  });

  it('keeps apart two earthquakes of different magnitude, reports far apart in time, and disjoint countries', () => {
    const quake = sig('زلزال بقوة 5.1 درجات يضرب شرق طاجيكستان', '', ['TJ']);
    expect(compareSignatures(quake, sig('زلزال بقوة 5.3 درجات يضرب جنوب طاجيكستان', '', ['TJ'])).gate).toBe(
      'figures',
    );
    expect(
      compareSignatures(quake, sig('زلزال بقوة 5.1 درجات يضرب شرق طاجيكستان', '', ['TJ'], T0 + 40 * HOUR))
        .gate,
    ).toBe('time');
    expect(compareSignatures(quake, sig('زلزال بقوة 5.1 درجات يضرب شرق قرغيزستان', '', ['KG'])).gate).toBe(
      'countries',
    );
  });

  it('keeps apart headlines that differ only in the countries they join, and still joins a reordering', () => {
    const russiaTurkey = sig('افتتاح خط شحن سككي جديد يربط روسيا بتركيا', railLead('روسيا', 'تركيا'), [
      'RU',
      'TR',
    ]);
    const turkeyPakistan = sig(
      'افتتاح خط شحن سككي جديد يربط تركيا بباكستان',
      railLead('تركيا', 'باكستان'),
      ['TR', 'PK'],
      T0 + HOUR,
    );
    expect(compareSignatures(russiaTurkey, turkeyPakistan)).toMatchObject({ same: false, gate: 'countries' });
    const turkeyRussia = sig(
      'تدشين خط سكك حديدية للشحن بين تركيا وروسيا',
      railLead('تركيا', 'روسيا'),
      ['TR', 'RU'],
      T0 + HOUR,
    );
    expect(compareSignatures(russiaTurkey, turkeyRussia).same).toBe(true);
  });

  it('keeps apart two different percentages, however they are written', () => {
    const rate = sig('البنك المركزي في الكويت يبقي سعر الفائدة الأساسي عند 6%', '', ['KW']);
    expect(
      compareSignatures(rate, sig('البنك المركزي في الكويت يبقي سعر الفائدة الأساسي عند 16%', '', ['KW'])),
    ).toMatchObject({ same: false, gate: 'figures' });
    expect(
      compareSignatures(rate, sig('المركزي الكويتي يثبت الفائدة عند 6 في المئة', '', ['KW'], T0 + HOUR)).gate,
    ).toBeNull();
  });

  it('keeps apart the same bulletin on another day (different figures in the lead)', () => {
    const monday = sig(
      'أسعار صرف العملات الأجنبية مقابل التنغي',
      'الدولار عند 512 تنغي واليورو عند 578 تنغي.',
    );
    const tuesday = sig(
      'أسعار صرف العملات الأجنبية مقابل التنغي',
      'الدولار عند 515 تنغي واليورو عند 580 تنغي.',
      [],
      T0 + 24 * HOUR,
    );
    expect(compareSignatures(monday, tuesday)).toMatchObject({ same: false, gate: 'figures' });
  });

  it('gives two reports of one story a shared candidate key, and serialises losslessly', () => {
    const a = sig('أردوغان يستقبل نظيره الكازاخستاني في أنقرة', '', ['TR', 'KZ']);
    const b = sig('توكاييف يصل إلى أنقرة في زيارة دولة', '', ['KZ', 'TR']);
    expect(candidateKeys(a).some((key) => candidateKeys(b).includes(key))).toBe(true);
    const restored = parseSignature(serializeSignature(b));
    expect(compareSignatures(a, restored)).toEqual(compareSignatures(a, b));
    expect(restored.headline).toEqual(b.headline);
  });
});
