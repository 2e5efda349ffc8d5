/**
 * Near-duplicate detection: do two wire reports tell the same story? Pure functions over a compact signature of
 * each item, used by clustering.ts at ingest and by the evaluation on the labelled development set
 * (eval/near-duplicates/). Decisions are recorded in
 * docs/decisions/004-near-duplicates.md.
 *
 * A signature holds weighted FEATURES of the headline (full weight) and of the summary's lead (half weight):
 * - a concept id for wire vocabulary that agencies paraphrase (وقع/توقيع/sign → SIGN, اتفاقية/اتفاق/deal →
 *   AGREEMENT, زلزال/هزة/earthquake → QUAKE …), Arabic forms matched on their light stem, English on the word;
 *   this is what makes a few English reports meet their Arabic counterparts;
 * - every place the gazetteer recognises as its country (أستانا, كازاخستان, Kazakh → c:KZ) and every
 *   organisation as its code (o:opec), so that "أستانا وطشقند" and "كازاخستان وأوزبكستان" share features;
 * - other words as the consonant skeleton of their light stem (long vowels after the first letter removed:
 *   توقيع and توقع meet, اتفاقية and اتفاق meet), frequent wire verbs and nouns at a low weight;
 * - numbers as they are written ("5.1", "14.25", "2").
 * Similarity is how much of each headline's features the other report (headline and lead) covers, the
 * smaller of the two; before it, gates decide: the reports must be
 * within MAX_HOURS of each other, must not have disjoint country sets (when both have countries) nor headlines
 * that each name a country the other report never mentions, and must not disagree on a decimal or percentage
 * figure in the headline (two earthquakes of different magnitude, two rates); other
 * numbers that disagree (a death toll that rises, a different score) lower the score instead of vetoing.
 */
import { findNames } from '#shared/tagging/gazetteer.ts';
import { isStopword, normalizeArabic, tokenizeNormalized } from '#shared/text/index.ts';
import { stemToken } from '#shared/text/search.ts';
import { CONCEPTS, GENERIC_WEIGHT, GENERIC_WORDS, IGNORED_WORDS } from './near-duplicates-vocabulary.ts';

/** The reports of one story reach the desk within hours; a day and a half covers time zones and late copy. */
export const MAX_HOURS = 36;
/** Decision threshold on the (penalised) similarity; chosen on the development set, see the decision note. */
export const SAME_STORY_THRESHOLD = 0.42;
const HEADLINE_WEIGHT = 1;
const SUMMARY_WEIGHT = 0.5;
const LEAD_TOKENS = 30;
const COUNTRY_WEIGHT = 0.5;
const NUMBER_CONFLICT_FACTOR = 0.6;
const EVENT_CONFLICT_FACTOR = 0.7;
/** Concepts that say what happened (not meetings and visits, which agencies describe from either side). */
const EVENTS = new Set([
  'VOTE',
  'QUAKE',
  'CRASH',
  'FLOOD',
  'PROTEST',
  'SIGN',
  'ADOPT',
  'DISMISS',
  'OUTAGE',
  'BAN',
  'HOLD',
  'SHOOTING',
  'WIN',
]);
/** Candidate keys per item: its strongest headline features, each with each of its first countries. */
const KEY_FEATURES = 6;
const KEY_COUNTRIES = 3;

/** What the signature is computed from (the stored item's own fields). */
export interface NearDuplicateInput {
  headline: string;
  summary: string;
  /** The tagger's countries, strongest first. */
  countries: readonly string[];
  language: string;
  /** Epoch ms: the wire's time when plausible, else the receive time (see clustering.ts). */
  time: number;
}

export interface Signature {
  /** feature → weight */
  features: Map<string, number>;
  /** Headline features only, strongest first (candidate keys are made from them). */
  headline: string[];
  /** Numbers in the headline, as written ("5.1", "3"). */
  numbers: string[];
  /** The headline's decisive figures: decimals and percentages ("5.1", "8"). */
  figures: string[];
  /** Numbers in the summary's lead. */
  leadNumbers: string[];
  countries: string[];
  time: number;
}

// --- Vocabulary ----------------------------------------------------------------------------------------------

interface Vocabulary {
  /** First token (normalised, stemmed) → candidate phrases [tokens, concept] longest first. */
  phrases: Map<string, Array<{ tokens: string[]; concept: string }>>;
  conceptWeight: Map<string, number>;
  generic: Set<string>;
  ignored: Set<string>;
}

let vocabulary: Vocabulary | null = null;

/** The stem vocabulary is matched on: the light stem (Arabic), the word without a plural -s (English). */
function matchStem(token: string): string {
  const stem = stemToken(token); // the search index's memoised light stem
  if (isArabic(stem)) return stem;
  return stem.length > 4 && stem.endsWith('s') && !stem.endsWith('ss') ? stem.slice(0, -1) : stem;
}

/**
 * The feature of an ordinary word: for Arabic the consonant skeleton of its light stem. Only words outside the
 * vocabulary get it, so skeleton collisions (حدود/حدد) cannot turn a word into a concept.
 */
function featureStem(token: string): string {
  let feature = skeletons.get(token);
  if (feature === undefined) {
    feature = skeletonOf(matchStem(token));
    if (skeletons.size >= 50_000) skeletons.clear();
    skeletons.set(token, feature);
  }
  return feature;
}

const skeletons = new Map<string, string>();

function skeletonOf(stem: string): string {
  if (!isArabic(stem)) return stem;
  // Long vowels inside the stem carry the pattern, not the root: توقيع/توقع, اتفاق/اتفقت, تصدير/صدر.
  let skeleton = stem[0]!;
  for (let i = 1; i < stem.length; i++) {
    const c = stem[i]!;
    if (c !== 'ا' && c !== 'و' && c !== 'ي') skeleton += c;
  }
  return skeleton.length >= 3 ? skeleton : stem;
}

function isArabic(token: string): boolean {
  const c = token.charCodeAt(0);
  return c >= 0x0621 && c <= 0x06ff;
}

function stemsOf(words: string[]): Set<string> {
  return new Set(words.flatMap((word) => tokenizeNormalized(normalizeArabic(word)).map(matchStem)));
}

function buildVocabulary(): Vocabulary {
  const phrases = new Map<string, Array<{ tokens: string[]; concept: string }>>();
  const conceptWeight = new Map<string, number>();
  for (const [concept, { ar, en, weight }] of Object.entries(CONCEPTS)) {
    conceptWeight.set(concept, weight ?? 1);
    for (const form of [...ar, ...en]) {
      const tokens = tokenizeNormalized(normalizeArabic(form)).map(matchStem);
      if (tokens.length === 0) continue;
      const list = phrases.get(tokens[0]!) ?? [];
      // The first concept to claim a phrase keeps it: the table is ordered from specific to generic.
      if (!list.some((entry) => entry.tokens.join(' ') === tokens.join(' '))) list.push({ tokens, concept });
      list.sort((a, b) => b.tokens.length - a.tokens.length);
      phrases.set(tokens[0]!, list);
    }
  }
  return { phrases, conceptWeight, generic: stemsOf(GENERIC_WORDS), ignored: stemsOf(IGNORED_WORDS) };
}

// --- Signatures ---------------------------------------------------------------------------------------------

/** The features of one text, with their weights (the strongest occurrence counts). */
function textFeatures(
  text: string,
  limit: number,
): { features: Map<string, number>; numbers: string[]; figures: string[] } {
  const vocab = (vocabulary ??= buildVocabulary());
  const normalized = normalizeArabic(text);
  const tokens = tokenizeNormalized(normalized).slice(0, limit);
  // normalizeArabic has made Arabic decimal and thousands separators "." and ","; "411,000" is one number.
  const numbers = [
    ...new Set(
      [...normalized.matchAll(/\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?/g)].map((m) =>
        m[0].replaceAll(',', ''),
      ),
    ),
  ];
  const features = new Map<string, number>();
  const add = (feature: string, weight: number) => {
    if ((features.get(feature) ?? 0) < weight) features.set(feature, weight);
  };
  // Places and organisations first: their tokens become c:/o: features and are not read as words.
  const covered = new Uint8Array(tokens.length);
  for (const match of findNames(tokens)) {
    const { countries, orgs, regions } = match.payload;
    for (const code of countries ?? []) add(`c:${code}`, COUNTRY_WEIGHT);
    for (const code of orgs ?? []) add(`o:${code}`, 1);
    for (const code of regions ?? []) add(`r:${code}`, COUNTRY_WEIGHT);
    if (countries?.length || orgs?.length || regions?.length || match.payload.ambiguous)
      covered.fill(1, match.start, match.start + match.length);
  }
  const stems = tokens.map(matchStem);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const token = tokens[i]!;
    if (/^\d+$/.test(token)) continue; // numbers are features of their own (with their decimals)
    const stem = stems[i]!;
    const phrase = vocab.phrases
      .get(stem)
      ?.find((entry) => entry.tokens.every((t, k) => stems[i + k] === t && !covered[i + k]));
    if (phrase) {
      add(phrase.concept, vocab.conceptWeight.get(phrase.concept)!);
      i += phrase.tokens.length - 1;
      continue;
    }
    if (isStopword(token) || vocab.ignored.has(stem) || stem.length < 2) continue;
    add(featureStem(token), vocab.generic.has(stem) ? GENERIC_WEIGHT : 1);
  }
  for (const number of numbers) add(`n:${number}`, 1);
  return {
    features,
    numbers,
    figures: [...new Set([...numbers.filter((n) => n.includes('.')), ...percentages(normalized)])],
  };
}

/** Percentages as written ("8%", "14 في المئة", "3 percent"): like decimals, the figure a story is about. */
function percentages(normalized: string): string[] {
  return [
    ...normalized.matchAll(/(\d+(?:\.\d+)?)\s*(?:%|(?:في|بال)\s*(?:ال)?(?:ميه|مايه)|per\s*cent|percent)/g),
  ].map((m) => m[1]!);
}

/** The signature of an item (see module comment). */
export function signatureOf(input: NearDuplicateInput): Signature {
  const head = textFeatures(input.headline, 64);
  const lead = textFeatures(input.summary, LEAD_TOKENS);
  const features = new Map<string, number>();
  for (const [feature, weight] of lead.features) features.set(feature, weight * SUMMARY_WEIGHT);
  for (const [feature, weight] of head.features)
    features.set(feature, Math.max(features.get(feature) ?? 0, weight * HEADLINE_WEIGHT));
  const headline = [...head.features.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([feature]) => feature);
  return {
    features,
    headline,
    numbers: head.numbers,
    figures: head.figures,
    leadNumbers: lead.numbers,
    countries: [...input.countries],
    time: input.time,
  };
}

// --- Decision -----------------------------------------------------------------------------------------------

/**
 * How much of a headline the other report covers: the weight of the headline's features that occur anywhere in
 * the other report (headline or lead), over the weight of all of them. Agencies put different details in the
 * headline and the lead, so a headline is compared with the whole of the other report, never headline with
 * headline only; and a long lead does not dilute the score as it would in a Jaccard over everything.
 */
function coverage(headline: Signature, other: Signature): number {
  let covered = 0;
  let total = 0;
  for (const feature of headline.headline) {
    const weight = headline.features.get(feature) ?? 0;
    total += weight;
    if (other.features.has(feature)) covered += weight;
  }
  return total === 0 ? 0 : covered / total;
}

export interface Verdict {
  same: boolean;
  score: number;
  /** Why the pair was refused before scoring, if it was. */
  gate: 'time' | 'countries' | 'figures' | null;
}

/** Whether two signatures tell the same story (see module comment for the gates). */
export function compareSignatures(a: Signature, b: Signature): Verdict {
  if (Math.abs(a.time - b.time) > MAX_HOURS * 3_600_000) return { same: false, score: 0, gate: 'time' };
  if (a.countries.length > 0 && b.countries.length > 0 && !a.countries.some((c) => b.countries.includes(c)))
    return { same: false, score: 0, gate: 'countries' };
  // Two magnitudes, two interest rates, two growth figures: different events.
  if (a.figures.length > 0 && b.figures.length > 0 && !a.figures.some((n) => b.figures.includes(n)))
    return { same: false, score: 0, gate: 'figures' };
  // Two leads full of figures, none shared: different data (the same bulletin on another day, another month's
  // statistic). Reports of one event repeat its key figure.
  if (
    a.leadNumbers.length >= 2 &&
    b.leadNumbers.length >= 2 &&
    !a.leadNumbers.some((n) => b.leadNumbers.includes(n))
  )
    return { same: false, score: 0, gate: 'figures' };
  // Each headline names a country the other report does not mention at all: a KZ–UZ and a KZ–RU agreement, a
  // rail line Russia–Türkiye and one Türkiye–Pakistan. Wire headlines differing only in the countries they
  // join are the commonest template there is, and never the same story. (A veto: as a score factor of 0.5
  // it let such near-identical headlines through; on the development set the veto changes no decision.)
  const strangers = (x: Signature, y: Signature) =>
    x.headline.some((f) => f.startsWith('c:') && !y.countries.includes(f.slice(2)) && !y.features.has(f));
  if (strangers(a, b) && strangers(b, a)) return { same: false, score: 0, gate: 'countries' };
  // Both headlines must be covered by the other report: the smaller coverage decides.
  let score = Math.min(coverage(a, b), coverage(b, a));
  // A headline that names what happened (a vote, a quake, a signing…) against a report that never mentions it.
  const unmatchedEvent = (x: Signature, y: Signature) =>
    x.headline.some((f) => EVENTS.has(f) && !y.features.has(f));
  if (unmatchedEvent(a, b) || unmatchedEvent(b, a)) score *= EVENT_CONFLICT_FACTOR;
  if (a.numbers.length > 0 && b.numbers.length > 0 && !a.numbers.some((n) => b.numbers.includes(n)))
    score *= NUMBER_CONFLICT_FACTOR;
  return { same: score >= SAME_STORY_THRESHOLD, score, gate: null };
}

/**
 * Candidate keys of an item: each of its strongest headline features (not countries, not low-weight words),
 * paired with each of its first countries, or with "-" when it has none. Two reports of one story share a
 * country (the gate requires it) and nearly always a strong headline feature, so they share a key; the
 * evaluation measures how often they do not (retrieval recall).
 */
export function candidateKeys(signature: Signature): string[] {
  const strong = signature.headline
    .filter((feature) => !feature.startsWith('c:') && (signature.features.get(feature) ?? 0) > GENERIC_WEIGHT)
    .slice(0, KEY_FEATURES);
  const countries = signature.countries.length > 0 ? signature.countries.slice(0, KEY_COUNTRIES) : ['-'];
  const keys = countries.flatMap((country) => strong.map((feature) => `${country}|${feature}`));
  // The countries a headline pairs (a visit, a match, talks) are a key of their own: such headlines often have
  // nothing else in common ("أردوغان يستقبل نظيره الكازاخستاني" / "توكاييف يصل إلى أنقرة").
  const named = [
    ...new Set(signature.headline.filter((f) => f.startsWith('c:')).map((f) => f.slice(2))),
  ].sort();
  if (named.length >= 2) keys.push(named.slice(0, 4).join('+'));
  else if (strong.length === 0 && named.length === 1) keys.push(`${named[0]}|*`);
  return keys;
}

/** A signature as stored: its weights rounded to two decimals (what parseSignature(serializeSignature(s)) gives). */
export function asStored(signature: Signature): Signature {
  const features = new Map<string, number>();
  for (const [feature, weight] of signature.features) features.set(feature, Math.round(weight * 100) / 100);
  return { ...signature, features };
}

/** Compact text form of a signature for storage (near_dup_signatures.signature). */
export function serializeSignature(signature: Signature): string {
  return JSON.stringify([
    [...asStored(signature).features.entries()],
    signature.headline,
    signature.numbers,
    signature.leadNumbers,
    signature.countries,
    signature.time,
    signature.figures,
  ]);
}

export function parseSignature(text: string): Signature {
  const [features, headline, numbers, leadNumbers, countries, time, figures] = JSON.parse(text) as [
    Array<[string, number]>,
    string[],
    string[],
    string[],
    string[],
    number,
    string[] | undefined,
  ];
  // Signatures stored before figures were kept: their decimals were the figures then.
  const decisive = figures ?? numbers.filter((n) => n.includes('.'));
  return { features: new Map(features), headline, numbers, figures: decisive, leadNumbers, countries, time };
}
