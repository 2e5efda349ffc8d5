import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.ts';
import { DEV_REPORTS, devPairs, HELD_OUT_REPORTS } from './dev-set.ts';

describe('near-duplicate decision: the development set gate', () => {
  // Figures at the time of writing (npx tsx eval/near-duplicates/evaluate.ts):
  // development set 96.2% precision / 84.3% recall; held-out set 100% / 63.3%. The gate sits a little below,
  // so that an honest change of vocabulary does not fail on one pair, while a real regression does.
  const result = evaluate();

  it('has the labelled pairs it claims', () => {
    expect(DEV_REPORTS.length).toBeGreaterThanOrEqual(150);
    const pairs = devPairs();
    expect(pairs.length).toBeGreaterThanOrEqual(150);
    expect(pairs.filter((p) => p.same).length).toBeGreaterThanOrEqual(100);
    expect(pairs.filter((p) => p.hard).length).toBeGreaterThanOrEqual(300);
    expect(HELD_OUT_REPORTS.length).toBeGreaterThanOrEqual(35);
  });

  it('keeps precision and recall on the development set', () => {
    expect(result.all.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.all.recall).toBeGreaterThanOrEqual(0.8);
    expect(result.hardNegatives.falsePositives).toBeLessThanOrEqual(5);
    expect(result.retrievalRecall).toBeGreaterThanOrEqual(0.95);
    expect(result.crossLanguage.recall).toBeGreaterThanOrEqual(0.75);
  });

  it('keeps precision and recall on the held-out set', () => {
    expect(result.heldOut.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.heldOut.recall).toBeGreaterThanOrEqual(0.6);
    expect(result.heldOut.hardFalsePositives).toBe(0);
  });
});

/** The lead of a demo-style report: a new freight line between two countries. */
