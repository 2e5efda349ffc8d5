import { ORGANISATION_IDS } from '#shared/tagging/codes.ts';
import type { DevItem } from './dev-set.ts';
import { tagText } from '#shared/tagging/tagger.ts';
import type { TagInput, Tags } from '#shared/tagging/tagger.ts';

/** Micro-averaged precision, recall and F1 over a set of items. */
export interface Scores {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

type Kind = 'countries' | 'organisations' | 'topics';

/** One item the tagger got (partly) wrong. */
export interface Miss {
  headline: string;
  kind: Kind;
  missing: string[];
  extra: string[];
}

/** How many items get a topic at all: the desk filters by topic, so an item without one is lost to it. */
export interface TopicCoverage {
  /** Items with at least one topic, over all items. */
  tagged: number;
  items: number;
  /** Of the items whose gold has a topic (a reader could name one), those that got at least one. */
  taggedWhereExpected: number;
  expected: number;
  /** Of the items whose gold has no topic, those that got one anyway. */
  taggedWhereNone: number;
  /** Items that got topics and all of them are right (a wrong topic is worse than none). */
  allRight: number;
}

export interface Evaluation {
  items: number;
  countries: Scores;
  organisations: Scores;
  /** Per organisation id, in vocabulary order; only ids that occur in the gold or the output. */
  perOrganisation: Array<{ org: string; scores: Scores }>;
  topics: Scores;
  topicCoverage: TopicCoverage;
  misses: Miss[];
}

export function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

/**
 * Tags every item and compares countries, organisations and topics (as sets) with the gold labels. `tag` is
 * the tagger under test (another build of it can be compared on the same items).
 */
export function evaluateTagger(
  items: readonly DevItem[],
  tag: (input: TagInput) => Tags = tagText,
): Evaluation {
  const counts: Record<Kind, [number, number, number]> = {
    countries: [0, 0, 0],
    organisations: [0, 0, 0],
    topics: [0, 0, 0],
  };
  const perOrg = new Map<string, [number, number, number]>();
  const orgCount = (org: string) => {
    let c = perOrg.get(org);
    if (!c) perOrg.set(org, (c = [0, 0, 0]));
    return c;
  };
  const coverage: TopicCoverage = {
    tagged: 0,
    items: items.length,
    taggedWhereExpected: 0,
    expected: 0,
    taggedWhereNone: 0,
    allRight: 0,
  };
  const misses: Miss[] = [];
  for (const item of items) {
    const tags = tag({ headline: item.headline, summary: item.summary, body: item.body });
    const compare = (kind: Kind, gold: readonly string[], got: readonly string[]) => {
      const goldSet = new Set(gold);
      const gotSet = new Set(got);
      const missing = [...goldSet].filter((g) => !gotSet.has(g));
      const extra = [...gotSet].filter((g) => !goldSet.has(g));
      const c = counts[kind];
      c[0] += goldSet.size - missing.length;
      c[1] += extra.length;
      c[2] += missing.length;
      if (kind === 'organisations') {
        for (const org of goldSet) if (gotSet.has(org)) orgCount(org)[0]++;
        for (const org of extra) orgCount(org)[1]++;
        for (const org of missing) orgCount(org)[2]++;
      }
      if (missing.length || extra.length) misses.push({ headline: item.headline, kind, missing, extra });
    };
    compare('countries', item.countries, tags.countries);
    compare('organisations', item.organisations ?? [], tags.organisations);
    compare('topics', item.topics, tags.topics);
    if (tags.topics.length > 0) coverage.tagged++;
    if (item.topics.length > 0) {
      coverage.expected++;
      if (tags.topics.length > 0) coverage.taggedWhereExpected++;
    } else if (tags.topics.length > 0) coverage.taggedWhereNone++;
    if (tags.topics.length > 0 && tags.topics.every((topic) => item.topics.includes(topic)))
      coverage.allRight++;
  }
  const order = (org: string) => {
    const index = (ORGANISATION_IDS as readonly string[]).indexOf(org);
    return index < 0 ? ORGANISATION_IDS.length : index;
  };
  return {
    items: items.length,
    countries: scores(...counts.countries),
    organisations: scores(...counts.organisations),
    perOrganisation: [...perOrg.entries()]
      .sort((a, b) => order(a[0]) - order(b[0]))
      .map(([org, c]) => ({ org, scores: scores(...c) })),
    topics: scores(...counts.topics),
    topicCoverage: coverage,
    misses,
  };
}
