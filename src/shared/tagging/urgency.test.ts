import { describe, expect, it } from 'vitest';
import { agencyUrgencyOf, asAgencyUrgency, headlineUrgency } from './urgency.ts';
import { tagText } from './tagger.ts';
import { normalizeArabic } from '../text/normalize.ts';

const urgency = (headline: string) => headlineUrgency(normalizeArabic(headline));

describe('headline urgency', () => {
  it.each([
    ['عاجل: انفجار في طهران', 2],
    ['عاجل | زلزال', 2],
    ['🔴 عاجل - بيان', 2],
    ['عـــاجل: بيان', 2],
    ['خبر عاجل: بيان', 2],
    ['BREAKING: explosion', 2],
    ['Urgent - talks', 2],
    ['(عاجل) قمة', 2],
    ['قمة [Breaking]', 2],
    ['عاجل جداً: وفاة', 1],
    ['FLASH: ceasefire', 1],
    ['Bulletin: earthquake', 1],
    ['دعوات لتحرك عاجل', 3],
    ['مساعدات عاجلة لغزة', 3],
    ['العاجل من الأخبار', 3],
    ['breakingviews column', 3],
    ['', 3],
  ])('%s → %i', (headline, expected) => {
    expect(urgency(headline)).toBe(expected);
  });
});

describe('agency urgency (IPTC/ninjs 1–9)', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [5, 3],
    [9, 3],
  ])('%i → %i', (value, expected) => {
    expect(agencyUrgencyOf(value)).toBe(expected);
  });
  it('reads our own three steps back as they were', () => {
    for (const step of [1, 2, 3] as const) expect(agencyUrgencyOf(asAgencyUrgency(step))).toBe(step);
  });
  it.each([0, 10, -1, 2.5, Number.NaN, null, undefined])('%s is ignored', (value) => {
    expect(agencyUrgencyOf(value)).toBeNull();
  });
  it('the item takes the more urgent of the two', () => {
    expect(tagText({ headline: 'قمة', agencyUrgency: 1 }).urgency).toBe(1);
    expect(tagText({ headline: 'عاجل: قمة', agencyUrgency: 5 }).urgency).toBe(2);
    expect(tagText({ headline: 'قمة', agencyUrgency: null }).urgency).toBe(3);
  });
});
