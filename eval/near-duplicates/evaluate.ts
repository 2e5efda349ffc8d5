/**
 * Evaluation of the near-duplicate decision on the development set: precision and recall of the pairwise
 * decision, on all labelled pairs and on the odd- and even-numbered stories separately, the hard negatives,
 * the cross-language pairs, and the retrieval recall of the candidate keys (a same-story pair that shares no
 * key is never compared at ingest). Run: npx tsx eval/near-duplicates/evaluate.ts
 * (add --sweep for precision/recall at other thresholds, --errors to list the misjudged pairs).
 */
import { tagText } from '#shared/tagging/index.ts';
import { DEV_REPORTS, devPairs, HELD_OUT_REPORTS, type DevPair, type DevReport } from './dev-set.ts';
import {
  candidateKeys,
  compareSignatures,
  SAME_STORY_THRESHOLD,
  signatureOf,
  type Signature,
} from '#server/ingest/near-duplicates.ts';

export interface Counts {
  pairs: number;
  positives: number;
  truePositives: number;
  falsePositives: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  reports: number;
  all: Counts;
  oddStories: Counts;
  evenStories: Counts;
  hardNegatives: { pairs: number; falsePositives: number };
  crossLanguage: Counts;
  /** The held-out reports (written after the rule was frozen), evaluated alone. */
  heldOut: Counts & { hardPairs: number; hardFalsePositives: number; endToEndRecall: number };
  /** Same-story pairs that share at least one candidate key, of all same-story pairs. */
  retrievalRecall: number;
  /** Same-story pairs both retrieved and judged the same: the recall clustering can reach. */
  endToEndRecall: number;
  errors: Array<{ pair: DevPair; score: number; gate: string | null }>;
}

/** Signatures as ingest computes them: countries from the tagger over headline and summary. */
export function devSignatures(reports: readonly DevReport[] = DEV_REPORTS): Map<DevReport, Signature> {
  return new Map(
    reports.map((report) => [
      report,
      signatureOf({
        headline: report.headline,
        summary: report.summary,
        countries: tagText({ headline: report.headline, summary: report.summary }).countries,
        language: report.language,
        time: Date.parse(report.time),
      }),
    ]),
  );
}

function counts(judged: Array<{ pair: DevPair; same: boolean }>): Counts {
  const positives = judged.filter((j) => j.pair.same).length;
  const truePositives = judged.filter((j) => j.pair.same && j.same).length;
  const falsePositives = judged.filter((j) => !j.pair.same && j.same).length;
  const decided = truePositives + falsePositives;
  return {
    pairs: judged.length,
    positives,
    truePositives,
    falsePositives,
    precision: decided === 0 ? 1 : truePositives / decided,
    recall: positives === 0 ? 1 : truePositives / positives,
  };
}

const storyNumber = (report: DevReport) => Number(/^[a-z](\d+)/.exec(report.story)?.[1] ?? 0);

/** Evaluates the decision at `threshold` (default: the one ingest uses). */
export function evaluate(threshold = SAME_STORY_THRESHOLD): Evaluation {
  const judge = (reports: readonly DevReport[]) => {
    const signatures = devSignatures(reports);
    return devPairs(reports).map((pair) => {
      const verdict = compareSignatures(signatures.get(pair.a)!, signatures.get(pair.b)!);
      const same = verdict.gate === null && verdict.score >= threshold;
      const keysA = new Set(candidateKeys(signatures.get(pair.a)!));
      const retrieved = candidateKeys(signatures.get(pair.b)!).some((key) => keysA.has(key));
      return { pair, same, score: verdict.score, gate: verdict.gate, retrieved };
    });
  };
  const judged = judge(DEV_REPORTS);
  const heldOut = judge(HELD_OUT_REPORTS);
  const heldOutPositives = heldOut.filter((j) => j.pair.same);
  // A pair belongs to the half of its first report's story, so pairs across the halves count too.
  const inHalf = (odd: boolean) => judged.filter((j) => storyNumber(j.pair.a) % 2 === (odd ? 1 : 0));
  const positives = judged.filter((j) => j.pair.same);
  const hard = judged.filter((j) => j.pair.hard);
  return {
    reports: DEV_REPORTS.length,
    all: counts(judged),
    oddStories: counts(inHalf(true)),
    evenStories: counts(inHalf(false)),
    hardNegatives: { pairs: hard.length, falsePositives: hard.filter((j) => j.same).length },
    crossLanguage: counts(judged.filter((j) => j.pair.a.language !== j.pair.b.language)),
    heldOut: {
      ...counts(heldOut),
      hardPairs: heldOut.filter((j) => j.pair.hard).length,
      hardFalsePositives: heldOut.filter((j) => j.pair.hard && j.same).length,
      endToEndRecall: heldOutPositives.filter((j) => j.retrieved && j.same).length / heldOutPositives.length,
    },
    retrievalRecall: positives.filter((j) => j.retrieved).length / positives.length,
    endToEndRecall: positives.filter((j) => j.retrieved && j.same).length / positives.length,
    errors: [...judged, ...heldOut]
      .filter((j) => j.same !== j.pair.same)
      .map((j) => ({ pair: j.pair, score: j.score, gate: j.gate })),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function printCounts(name: string, c: Counts): void {
  console.log(
    `${name.padEnd(26)} pairs ${String(c.pairs).padStart(5)}  same-story ${String(c.positives).padStart(3)}  ` +
      `TP ${String(c.truePositives).padStart(3)}  FP ${String(c.falsePositives).padStart(3)}  ` +
      `precision ${pct(c.precision).padStart(6)}  recall ${pct(c.recall).padStart(6)}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = evaluate();
  console.log(
    `near-duplicate decision on the development set (${result.reports} reports), threshold ${SAME_STORY_THRESHOLD}`,
  );
  printCounts('all labelled pairs', result.all);
  printCounts('odd-numbered stories', result.oddStories);
  printCounts('even-numbered stories', result.evenStories);
  printCounts('cross-language pairs', result.crossLanguage);
  printCounts('HELD-OUT reports', result.heldOut);
  console.log(
    `held-out: ${HELD_OUT_REPORTS.length} reports, hard negatives ${result.heldOut.hardPairs} pairs, ` +
      `${result.heldOut.hardFalsePositives} judged the same; end-to-end recall ${pct(result.heldOut.endToEndRecall)}`,
  );
  console.log(
    `hard negatives (same country, different story, ≤ 48 h): ${result.hardNegatives.pairs} pairs, ` +
      `${result.hardNegatives.falsePositives} judged the same`,
  );
  console.log(
    `candidate retrieval recall ${pct(result.retrievalRecall)}; end-to-end recall (retrieved and judged same) ${pct(result.endToEndRecall)}`,
  );
  if (process.argv.includes('--sweep')) {
    for (const threshold of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7]) {
      const r = evaluate(threshold);
      console.log(
        `threshold ${threshold.toFixed(2)}: precision ${pct(r.all.precision)} recall ${pct(r.all.recall)} ` +
          `(odd ${pct(r.oddStories.precision)}/${pct(r.oddStories.recall)}, even ${pct(r.evenStories.precision)}/${pct(r.evenStories.recall)}) ` +
          `hard FP ${r.hardNegatives.falsePositives}`,
      );
    }
  }
  if (process.argv.includes('--errors')) {
    for (const { pair, score, gate } of result.errors) {
      console.log(
        `${pair.same ? 'MISSED' : 'FALSE '} ${score.toFixed(2)} ${gate ?? ''}\n  ${pair.a.story}: ${pair.a.headline}\n  ${pair.b.story}: ${pair.b.headline}`,
      );
    }
  }
}
