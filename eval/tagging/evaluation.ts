import type { Topic } from '#shared/tagging/codes.ts';
import type { DevItem } from './dev-set.ts';
import { tagText } from '#shared/tagging/tagger.ts';

/** Micro-averaged precision, recall and F1 over a set of items. */
export interface Scores {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** One item the tagger got (partly) wrong. */
export interface Miss {
  headline: string;
  kind: 'countries' | 'topics';
  missing: string[];
  extra: string[];
}

export interface Evaluation {
  items: number;
  countries: Scores;
  topics: Scores;
  misses: Miss[];
}

function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

/** Tags every item and compares countries and topics (as sets) with the gold labels. */
export function evaluateTagger(items: readonly DevItem[]): Evaluation {
  const counts = { countries: [0, 0, 0], topics: [0, 0, 0] };
  const misses: Miss[] = [];
  for (const item of items) {
    const tags = tagText({ headline: item.headline, summary: item.summary, body: item.body });
    const compare = (
      kind: 'countries' | 'topics',
      gold: readonly string[],
      got: readonly (string | Topic)[],
    ) => {
      const goldSet = new Set(gold);
      const gotSet = new Set<string>(got);
      const missing = [...goldSet].filter((g) => !gotSet.has(g));
      const extra = [...gotSet].filter((g) => !goldSet.has(g));
      const c = counts[kind];
      c[0]! += goldSet.size - missing.length;
      c[1]! += extra.length;
      c[2]! += missing.length;
      if (missing.length || extra.length) misses.push({ headline: item.headline, kind, missing, extra });
    };
    compare('countries', item.countries, tags.countries);
    compare('topics', item.topics, tags.topics);
  }
  return {
    items: items.length,
    countries: scores(counts.countries[0]!, counts.countries[1]!, counts.countries[2]!),
    topics: scores(counts.topics[0]!, counts.topics[1]!, counts.topics[2]!),
    misses,
  };
}
