/**
 * Demo wire copy an Arabic editor would not correct: numerals agree with their nouns for every count from 1
 * to 110, and no stray tatweel or preposition joined to a name with one (بـتركمانستان).
 */
import { describe, expect, it } from 'vitest';
import { agreementsSigned, demoStory, forumCountries } from './content.ts';

/** Every piece of text of the n-th demo story. */
function textOf(n: number): string {
  const { item } = demoStory(n);
  return [item.title, item.summary ?? '', item.bodyHtml ?? ''].join('\n');
}

/**
 * The counted phrase an editor expects, written out case by case from the grammar (not from the code under
 * test): 1 and 2 without digits, 3–10 plural, 11–99 singular, whole hundreds singular, and past a hundred the
 * noun follows the last part of the number.
 */
function expected(n: number, singular: string, dual: string, plural: string): string {
  const last = n % 100;
  if (n === 1) return `${singular} واحدة`;
  if (n === 2) return dual;
  if (n >= 100 && last === 0) return `${n} ${singular}`;
  if (last === 1) return `${n} ${singular}`;
  if (last === 2) return `${n} ${dual}`;
  if (last >= 3 && last <= 10) return `${n} ${plural}`;
  return `${n} ${singular}`;
}

// Enough stories that each template meets every count it can take.
const STORIES = Array.from({ length: 6000 }, (_, n) => n);

describe('demo wire copy', () => {
  it('agreements: every count from 1 to 110 agrees with its noun', () => {
    const seen = new Set<number>();
    for (const n of STORIES) {
      const text = textOf(n);
      if (!text.includes('ووقّع الجانبان')) continue;
      const count = agreementsSigned(n);
      expect(text).toContain(`المباحثات ${expected(count, 'اتفاقية', 'اتفاقيتين', 'اتفاقيات')}،`);
      seen.add(count);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 110 }, (_, i) => i + 1));
  });

  it('countries at a forum: 10 دول, 11 دولة … (never "10 دولة")', () => {
    let forums = 0;
    for (const n of STORIES) {
      const text = textOf(n);
      if (!text.includes('منتدى إقليمياً')) continue;
      forums++;
      const phrase = expected(forumCountries(n), 'دولة', 'دولتين', 'دول');
      expect(text).toContain(`بمشاركة ${phrase}`);
      expect(text).toContain(`وفود من ${phrase}`);
    }
    expect(forums).toBeGreaterThan(100);
  });

  it('no number from 3 to 10 before a singular, nor from 11 up before a plural, anywhere', () => {
    for (const n of STORIES) {
      const text = textOf(n);
      for (const [, digits, noun] of text.matchAll(
        /(?<![\d.])(\d+) (دولة|دول|اتفاقية|اتفاقيات)(?![\p{L}])/gu,
      )) {
        const count = Number(digits) % 100;
        const plural = noun === 'دول' || noun === 'اتفاقيات';
        expect(plural, `${digits} ${noun}`).toBe(count >= 3 && count <= 10);
      }
    }
  });

  it('no tatweel, no preposition joined to a name with one, no doubled spaces', () => {
    for (const n of STORIES) {
      const text = textOf(n);
      expect(text).not.toMatch(/\u0640/);
      expect(text).not.toMatch(/(^|\s)[بلك]ـ/u);
      expect(text).not.toMatch(/ {2}/);
    }
  });
});
