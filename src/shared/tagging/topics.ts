import type { Organisation, Topic } from './codes.ts';
import { TOPIC_IDS } from './codes.ts';
import { CATEGORY_TOPICS, CORRECTIONS, LEXICON, ORGANISATION_TOPICS } from './topic-lexicon.ts';
import { normalizeArabic } from '../text/normalize.ts';
import { stemToken } from '../text/search.ts';
import { tokenizeNormalized } from '../text/tokenize.ts';

/**
 * Topic scoring: a weighted lexicon over stems, plus phrases, plus what the organisations named imply, plus
 * feed categories. Per zone: the headline counts in full, the summary at 0.6, feed categories in full; in a
 * headline or summary each cue counts once however often it repeats. The body counts every occurrence but is
 * scaled by 1/√(tokens/40) and capped, so a long article does not pile up incidental words. A topic is kept
 * when it scores at least MIN_SCORE (one strong cue in a headline) and at least RELATIVE_FLOOR of the best
 * topic; topics come out strongest first.
 */

type Weights = Partial<Record<Topic, number>>;

const MIN_SCORE = 2;
const RELATIVE_FLOOR = 0.3;
const SUMMARY_FACTOR = 0.6;
const BODY_CAP = 4;
const CATEGORY_WEIGHT = 3;
const MAX_PHRASE = 3;

interface Lexicon {
  words: Map<string, Weights>;
  phrases: Map<string, Weights>;
  categories: Map<string, Topic>;
}

let lexicon: Lexicon | null = null;

function add(map: Map<string, Weights>, key: string, topic: Topic, weight: number) {
  const weights = map.get(key) ?? {};
  // The same cue listed twice for a topic keeps its strongest weight.
  weights[topic] = Math.abs(weight) > Math.abs(weights[topic] ?? 0) ? weight : (weights[topic] ?? weight);
  map.set(key, weights);
}

function stemsOf(text: string): string[] {
  return tokenizeNormalized(normalizeArabic(text)).map(stemToken);
}

function build(): Lexicon {
  const words = new Map<string, Weights>();
  const phrases = new Map<string, Weights>();
  for (const topic of TOPIC_IDS) {
    for (const [weight, list] of LEXICON[topic]) {
      for (const entry of list) {
        const stems = stemsOf(entry);
        if (stems.length === 1) add(words, stems[0]!, topic, weight);
        else if (stems.length > 1 && stems.length <= MAX_PHRASE) add(phrases, stems.join(' '), topic, weight);
      }
    }
  }
  for (const { phrase, weights } of CORRECTIONS) {
    const key = stemsOf(phrase).join(' ');
    for (const [topic, weight] of Object.entries(weights) as [Topic, number][]) {
      const existing = phrases.get(key) ?? {};
      existing[topic] = (existing[topic] ?? 0) + weight;
      phrases.set(key, existing);
    }
  }
  const categories = new Map<string, Topic>();
  for (const topic of TOPIC_IDS) {
    for (const name of CATEGORY_TOPICS[topic]) categories.set(stemsOf(name).join(' '), topic);
  }
  return { words, phrases, categories };
}

function lex(): Lexicon {
  lexicon ??= build();
  return lexicon;
}

/** Adds the cues of one zone's stems to `scores`. */
function scoreZone(stems: string[], factor: number, once: boolean, scores: Map<Topic, number>, cap?: number) {
  const { words, phrases } = lex();
  const zone = new Map<Topic, number>();
  const seen = once ? new Set<string>() : null;
  const addWeights = (key: string, weights: Weights) => {
    if (seen) {
      if (seen.has(key)) return;
      seen.add(key);
    }
    for (const topic in weights) {
      zone.set(topic as Topic, (zone.get(topic as Topic) ?? 0) + weights[topic as Topic]!);
    }
  };
  for (let i = 0; i < stems.length; i++) {
    const weights = words.get(stems[i]!);
    if (weights) addWeights(stems[i]!, weights);
    let key = stems[i]!;
    for (let n = 2; n <= MAX_PHRASE && i + n - 1 < stems.length; n++) {
      key += ` ${stems[i + n - 1]}`;
      const phraseWeights = phrases.get(key);
      if (phraseWeights) addWeights(key, phraseWeights);
    }
  }
  for (const [topic, value] of zone) {
    let contribution = value * factor;
    if (cap !== undefined) contribution = Math.min(cap, contribution);
    scores.set(topic, (scores.get(topic) ?? 0) + contribution);
  }
}

export interface TopicInput {
  headline: string[];
  summary: string[];
  body: string[];
  categories: string[];
  /** Organisations named, with the strongest zone factor they were named in (1 headline … 0.5 body). */
  organisations: Map<Organisation, number>;
}

/** Scores topics for an item whose zones are already tokenised (normalised tokens) and returns them ranked. */
export function rankTopics(input: TopicInput): Topic[] {
  const scores = new Map<Topic, number>();
  scoreZone(input.headline.map(stemToken), 1, true, scores);
  scoreZone(input.summary.map(stemToken), SUMMARY_FACTOR, true, scores);
  if (input.body.length > 0) {
    const factor = 1 / Math.sqrt(Math.max(1, input.body.length / 40));
    scoreZone(input.body.map(stemToken), factor, false, scores, BODY_CAP);
  }
  const { categories } = lex();
  for (const category of input.categories) {
    const stems = stemsOf(category);
    const topic = categories.get(stems.join(' '));
    if (topic) scores.set(topic, (scores.get(topic) ?? 0) + CATEGORY_WEIGHT);
    else scoreZone(stems, 1, true, scores);
  }
  for (const [org, factor] of input.organisations) {
    const weights = ORGANISATION_TOPICS[org];
    if (!weights) continue;
    for (const [topic, weight] of Object.entries(weights) as [Topic, number][]) {
      scores.set(topic, (scores.get(topic) ?? 0) + weight * factor);
    }
  }
  let best = 0;
  for (const value of scores.values()) best = Math.max(best, value);
  return [...scores.entries()]
    .filter(([, value]) => value >= MIN_SCORE && value >= best * RELATIVE_FLOOR)
    .sort((a, b) => b[1] - a[1] || TOPIC_IDS.indexOf(a[0]) - TOPIC_IDS.indexOf(b[0]))
    .map(([topic]) => topic);
}
