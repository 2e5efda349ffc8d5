import type { Organisation, Topic } from './codes.ts';
import { TOPIC_IDS } from './codes.ts';
import {
  CATEGORY_TOPICS,
  CORRECTIONS,
  FALLBACK,
  LEXICON,
  ORGANISATION_TOPICS,
  SURFACE_OVERRIDES,
} from './topic-lexicon.ts';
import { normalizeArabic } from '../text/normalize.ts';
import { stemToken } from '../text/search.ts';
import { tokenizeNormalized } from '../text/tokenize.ts';

/**
 * Topic scoring: a weighted lexicon over stems, plus cue phrases, plus what the organisations named imply,
 * plus feed categories. A cue phrase takes the place of its words (ممر النقل counts once, not three times);
 * corrections add to whatever matched. Per zone: the headline counts in full, the summary at 0.6, feed
 * categories in full; in a headline or summary each cue counts once however often it repeats. The body counts
 * every occurrence but is scaled by 1/√(tokens/40) and capped, so a long article does not pile up incidental
 * words. An item naming two or more countries (or a region, which stands for several) gets a diplomacy bonus
 * when it already has a real diplomatic cue ("X meets Y's minister" needs no more than that). A topic is kept when it scores at least MIN_SCORE (one
 * strong cue in a headline) and at least RELATIVE_FLOOR of the best topic; topics come out strongest first.
 * An item left without a topic gets one more reading of its headline and summary with the FALLBACK cues
 * (event nouns such as منتدى or يعين that only decide when nothing else does), under the same thresholds.
 */

type Weights = Partial<Record<Topic, number>>;

const MIN_SCORE = 2;
const RELATIVE_FLOOR = 0.4;
const SUMMARY_FACTOR = 0.6;
const BODY_CAP = 3;
const CATEGORY_WEIGHT = 3;
const MAX_PHRASE = 3;
const MULTI_COUNTRY_DIPLOMACY_BONUS = 1;
const MULTI_COUNTRY_DIPLOMACY_MIN = 1.5;

interface Lexicon {
  words: Map<string, Weights>;
  phrases: Map<string, Weights>;
  corrections: Map<string, Weights>;
  /** First stems of phrases and corrections: most tokens start none and skip the phrase lookups. */
  phraseStarts: Set<string>;
  categories: Map<string, Topic>;
  /** Exact tokens read as themselves rather than by their stem. */
  surface: Map<string, Weights>;
}

let lexicon: Lexicon | null = null;
let fallbackLexicon: Lexicon | null = null;

function stemsOf(text: string): string[] {
  return tokenizeNormalized(normalizeArabic(text)).map(stemToken);
}

/** A word with the proclitics wire copy attaches to it (و ف ب ك ل, and لل for the article). */
function procliticForms(word: string): string[] {
  const forms = [word];
  for (const clitic of ['و', 'ف', 'ب', 'ك', 'ل', 'وب', 'ول', 'فب', 'فل', 'وك']) forms.push(clitic + word);
  if (word.startsWith('ال')) for (const clitic of ['لل', 'ولل', 'فلل']) forms.push(clitic + word.slice(2));
  return forms;
}

/** Words and phrases (as stems) of a cue table. */
function buildCues(table: typeof LEXICON): Pick<Lexicon, 'words' | 'phrases' | 'phraseStarts'> {
  const words = new Map<string, Weights>();
  const phrases = new Map<string, Weights>();
  const phraseStarts = new Set<string>();
  const keep = (map: Map<string, Weights>, key: string, topic: Topic, weight: number) => {
    const weights = map.get(key) ?? {};
    // The same cue listed twice for a topic keeps its strongest weight.
    if (Math.abs(weight) > Math.abs(weights[topic] ?? 0)) weights[topic] = weight;
    map.set(key, weights);
  };
  for (const topic of TOPIC_IDS) {
    for (const [weight, list] of table[topic]) {
      for (const entry of list) {
        const stems = stemsOf(entry);
        if (stems.length === 1) keep(words, stems[0]!, topic, weight);
        else if (stems.length > 1 && stems.length <= MAX_PHRASE) {
          keep(phrases, stems.join(' '), topic, weight);
          phraseStarts.add(stems[0]!);
        }
      }
    }
  }
  return { words, phrases, phraseStarts };
}

function build(): Lexicon {
  const { words, phrases, phraseStarts } = buildCues(LEXICON);
  const corrections = new Map<string, Weights>();
  for (const { phrase, weights } of CORRECTIONS) {
    const stems = stemsOf(phrase);
    const existing = corrections.get(stems.join(' ')) ?? {};
    for (const [topic, weight] of Object.entries(weights) as [Topic, number][]) {
      existing[topic] = (existing[topic] ?? 0) + weight;
    }
    corrections.set(stems.join(' '), existing);
    phraseStarts.add(stems[0]!);
  }
  const categories = new Map<string, Topic>();
  for (const topic of TOPIC_IDS) {
    for (const name of CATEGORY_TOPICS[topic]) categories.set(stemsOf(name).join(' '), topic);
  }
  const surface = new Map<string, Weights>();
  for (const { tokens, weights } of SURFACE_OVERRIDES) {
    for (const token of tokens)
      for (const form of procliticForms(normalizeArabic(token))) surface.set(form, weights);
  }
  return { words, phrases, corrections, phraseStarts, categories, surface };
}

function lex(): Lexicon {
  lexicon ??= build();
  return lexicon;
}

function fallbackLex(): Lexicon {
  fallbackLexicon ??= {
    ...buildCues(FALLBACK),
    corrections: new Map(),
    categories: new Map(),
    surface: new Map(),
  };
  return fallbackLexicon;
}

/** Adds the cues of one zone's (normalised) tokens to `scores`. */
function scoreZone(
  tokens: string[],
  factor: number,
  once: boolean,
  scores: Map<Topic, number>,
  cap?: number,
  cues: Lexicon = lex(),
) {
  const { words, phrases, corrections, phraseStarts, surface } = cues;
  const stems = tokens.map(stemToken);
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
  const phraseAt = (map: Map<string, Weights>, i: number, n: number) =>
    i + n <= stems.length ? map.get(stems.slice(i, i + n).join(' ')) : undefined;

  for (let i = 0; i < stems.length;) {
    let consumed = 1;
    let key = stems[i]!;
    let weights: Weights | undefined;
    if (phraseStarts.has(key)) {
      for (let n = MAX_PHRASE; n >= 2 && !weights; n--) {
        weights = phraseAt(phrases, i, n);
        if (weights) {
          consumed = n;
          key = stems.slice(i, i + n).join(' ');
        }
      }
    }
    weights ??= surface.get(tokens[i]!) ?? words.get(key);
    if (weights) addWeights(key, weights);
    i += consumed;
  }
  // Corrections adjust whatever matched, wherever they start.
  for (let i = 0; i < stems.length; i++) {
    if (!phraseStarts.has(stems[i]!)) continue;
    for (let n = 2; n <= MAX_PHRASE; n++) {
      const weights = phraseAt(corrections, i, n);
      if (weights) addWeights(`!${stems.slice(i, i + n).join(' ')}`, weights);
    }
  }
  for (const [topic, value] of zone) {
    let contribution = value * factor;
    if (cap !== undefined) contribution = Math.min(cap, contribution);
    scores.set(topic, (scores.get(topic) ?? 0) + contribution);
  }
}

export interface TopicInput {
  /** Normalised tokens of each zone. */
  headline: string[];
  summary: string[];
  body: string[];
  /** Raw feed categories. */
  categories: string[];
  /** Organisations named, with the strongest zone factor they were named in (1 headline … 0.5 body). */
  organisations: Map<Organisation, number>;
  /** How many countries the item is tagged with. */
  countryCount: number;
  /** How many regions the item names outright (دول الخليج, آسيا الوسطى): each stands for several states. */
  namedRegions: number;
}

/** Every topic's score for an item (for ranking, tests and tuning). */
export function scoreTopics(input: TopicInput): Map<Topic, number> {
  const scores = new Map<Topic, number>();
  scoreZone(input.headline, 1, true, scores);
  scoreZone(input.summary, SUMMARY_FACTOR, true, scores);
  if (input.body.length > 0) {
    const factor = 1 / Math.sqrt(Math.max(1, input.body.length / 40));
    scoreZone(input.body, factor, false, scores, BODY_CAP);
  }
  const { categories } = lex();
  for (const category of input.categories) {
    const tokens = tokenizeNormalized(normalizeArabic(category));
    const topic = categories.get(tokens.map(stemToken).join(' '));
    if (topic) scores.set(topic, (scores.get(topic) ?? 0) + CATEGORY_WEIGHT);
    else scoreZone(tokens, 1, true, scores);
  }
  for (const [org, factor] of input.organisations) {
    const weights = ORGANISATION_TOPICS[org];
    if (!weights) continue;
    for (const [topic, weight] of Object.entries(weights) as [Topic, number][]) {
      scores.set(topic, (scores.get(topic) ?? 0) + weight * factor);
    }
  }
  const diplomacy = scores.get('diplomacy') ?? 0;
  if (input.countryCount + 2 * input.namedRegions >= 2 && diplomacy >= MULTI_COUNTRY_DIPLOMACY_MIN) {
    scores.set('diplomacy', diplomacy + MULTI_COUNTRY_DIPLOMACY_BONUS);
  }
  return scores;
}

function ranked(scores: Map<Topic, number>): Topic[] {
  let best = 0;
  for (const value of scores.values()) best = Math.max(best, value);
  return [...scores.entries()]
    .filter(([, value]) => value >= MIN_SCORE && value >= best * RELATIVE_FLOOR)
    .sort((a, b) => b[1] - a[1] || TOPIC_IDS.indexOf(a[0]) - TOPIC_IDS.indexOf(b[0]))
    .map(([topic]) => topic);
}

/** Scores topics for an item whose zones are already tokenised and returns them ranked, strongest first. */
export function rankTopics(input: TopicInput): Topic[] {
  const scores = scoreTopics(input);
  const topics = ranked(scores);
  if (topics.length > 0) return topics;
  // Nothing else decided: the headline's and summary's event nouns may (never the body's incidental ones).
  scoreZone(input.headline, 1, true, scores, undefined, fallbackLex());
  scoreZone(input.summary, SUMMARY_FACTOR, true, scores, undefined, fallbackLex());
  return ranked(scores);
}
