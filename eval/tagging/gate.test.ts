import { describe, expect, it } from 'vitest';
import { DEV_SET } from './dev-set.ts';
import { evaluateTagger } from './evaluation.ts';

// A quality gate on the development set, not a timing: the targets of the tagging issue.
describe('tagger quality on the development set', () => {
  const result = evaluateTagger(DEV_SET);

  it('has at least 150 items, each with valid gold labels', () => {
    expect(result.items).toBeGreaterThanOrEqual(150);
    for (const item of DEV_SET) for (const code of item.countries) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it('tags countries with F1 ≥ 0.97', () => {
    expect(result.countries.f1).toBeGreaterThanOrEqual(0.97);
  });

  it('tags topics with F1 ≥ 0.85', () => {
    expect(result.topics.f1).toBeGreaterThanOrEqual(0.85);
  });
});
