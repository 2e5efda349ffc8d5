import { normalizeArabic } from './normalize.ts';
import { lightStemNormalized, stripCliticsNormalized } from './stem.ts';
import { tokenizeNormalized } from './tokenize.ts';
import { isStopword } from './stopwords.ts';

/** One ANDed condition of a search: a single term, a phrase (terms adjacent, in order), or a prefix. */
export interface SearchClause {
  terms: string[];
  /** Terms must appear adjacent and in this order. */
  phrase: boolean;
  /** The (last) term is a prefix: normalised and clitic-stripped but not suffix-stemmed. */
  prefix: boolean;
  /**
   * The words are a name of this country or organisation: the clause also matches items tagged with it, so
   * every spelling, and the name in the other language ("NATO" for الناتو), finds what the tagger filed under it.
   */
  named?: NamedTag;
}

/** A tag that a query's words name: a country (ISO code) or an organisation (its code). */
export interface NamedTag {
  kind: 'countries' | 'organisations';
  code: string;
}

/**
 * Recognises a country's or organisation's name at `start` in a run of normalised query tokens: how many
 * tokens it spans and what it names. Supplied by the gazetteer (src/shared/tagging/search-names.ts), which
 * this module cannot import.
 */
export type NameLookup = (
  tokens: readonly string[],
  start: number,
) => { length: number; named: NamedTag } | null;

/** A parsed search box: all clauses are ANDed by the server. */
export interface SearchQuery {
  clauses: SearchClause[];
}

export const MAX_CLAUSES = 16;
const MAX_PHRASE_TERMS = 16;
// A one-letter prefix would expand to a large part of the index.
const MIN_PREFIX_LENGTH = 2;
// Terms are made only of letters and digits (tokenizeNormalized guarantees it); this is the last guard
// against anything FTS5 or tsquery could read as syntax.
const SAFE_TERM = /^[\p{L}\p{N}]+$/u;

const QUOTES = new Set(['"', '“', '”', '«', '»', '„', '‟']);

// Memoised stems: the same words recur constantly in wire copy, and stemming dominates indexing time.
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/** The stem of a normalised token, memoised (bounded, so a long-running server does not grow forever). */
export function stemToken(token: string): string {
  let stem = stemCache.get(token);
  if (stem === undefined) {
    stem = lightStemNormalized(token);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(token, stem);
  }
  return stem;
}

/** What the server stores in search_text: one stem per token, in order, single spaces; empty parts skipped. */
export function searchIndexText(...parts: string[]): string {
  const stems: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    for (const token of tokenizeNormalized(normalizeArabic(part))) stems.push(stemToken(token));
  }
  return stems.join(' ');
}

/** Splits a normalised query into quoted and unquoted segments; an unclosed quote runs to the end. */
function segments(q: string): { text: string; quoted: boolean }[] {
  const out: { text: string; quoted: boolean }[] = [];
  let current = '';
  let quoted = false;
  for (const ch of q) {
    if (QUOTES.has(ch)) {
      if (current.trim()) out.push({ text: current, quoted });
      current = '';
      quoted = !quoted;
    } else current += ch;
  }
  if (current.trim()) out.push({ text: current, quoted });
  return out;
}

/** Terms for a run of words, the last one as a prefix when asked. */
function termsOf(tokens: string[], prefix: boolean): { terms: string[]; prefix: boolean } {
  const terms = tokens.map((token) => stemToken(token));
  let isPrefix = false;
  if (prefix && tokens.length > 0) {
    const last = stripCliticsNormalized(tokens[tokens.length - 1]!);
    if (last.length >= MIN_PREFIX_LENGTH) {
      terms[terms.length - 1] = last;
      isPrefix = true;
    }
  }
  return { terms: terms.filter((t) => t.length > 0 && SAFE_TERM.test(t)), prefix: isPrefix };
}

/** One typed word of an unquoted segment. */
interface Word {
  tokens: string[];
  prefix: boolean;
}

/**
 * Clauses for a run of unquoted words. With a name lookup, words that together spell a country's or an
 * organisation's name (one word, or several: أبو ظبي, "united arab emirates") become one clause that carries it.
 */
function wordClauses(
  words: Word[],
  names: NameLookup | undefined,
  clauses: SearchClause[],
  plain: SearchClause[],
) {
  let i = 0;
  while (i < words.length) {
    const named = names ? nameAt(words, i, names) : null;
    if (named) {
      const tokens = words.slice(i, i + named.words).flatMap((word) => word.tokens);
      const { terms } = termsOf(tokens, false);
      if (terms.length > 0)
        clauses.push({ terms, phrase: terms.length > 1, prefix: false, named: named.named });
      i += named.words;
      continue;
    }
    const { tokens, prefix } = words[i++]!;
    const { terms, prefix: isPrefix } = termsOf(tokens, prefix);
    if (terms.length === 0) continue;
    // One typed word can hold several tokens ("3.5", "d'Ivoire"): they must stay together.
    const clause = { terms, phrase: terms.length > 1, prefix: isPrefix };
    if (terms.length === 1 && !isPrefix && isStopword(tokens[0]!)) plain.push(clause);
    else clauses.push(clause);
  }
}

/** Longest words a name may span in a query (the gazetteer's longest names have five or six). */
const MAX_NAME_WORDS = 8;

/** What the words from `start` on name, ending at a word boundary; prefixes (x*) never name anything. */
function nameAt(words: Word[], start: number, names: NameLookup) {
  const tokens: string[] = [];
  const ends = new Map<number, number>(); // token count → word count
  for (let k = start; k < words.length && k < start + MAX_NAME_WORDS && !words[k]!.prefix; k++) {
    tokens.push(...words[k]!.tokens);
    ends.set(tokens.length, k - start + 1);
  }
  if (tokens.length === 0) return null;
  const found = names(tokens, 0);
  const wordCount = found ? ends.get(found.length) : undefined;
  return found && wordCount ? { words: wordCount, named: found.named } : null;
}

/**
 * Parses a search box into ANDed clauses of index-form terms (words, "quoted phrases", prefix*). With a
 * name lookup, unquoted words that name a country or an organisation become a clause carrying it; a quoted
 * phrase always means exactly its words.
 */
export function parseSearchQuery(q: string, names?: NameLookup): SearchQuery {
  const clauses: SearchClause[] = [];
  const plain: SearchClause[] = [];
  const normalized = normalizeArabic(q ?? '');
  for (const segment of segments(normalized)) {
    if (segment.quoted) {
      // A phrase: words in order; a trailing * makes its last word a prefix (FTS5 "a b"*, tsquery a <-> b:*).
      const prefix = /\*\s*$/.test(segment.text);
      const tokens = tokenizeNormalized(segment.text).slice(0, MAX_PHRASE_TERMS);
      const { terms, prefix: isPrefix } = termsOf(tokens, prefix);
      if (terms.length > 0) clauses.push({ terms, phrase: terms.length > 1, prefix: isPrefix });
      continue;
    }
    const words: Word[] = [];
    for (const word of segment.text.split(' ')) {
      if (!word) continue;
      const tokens = tokenizeNormalized(word).slice(0, MAX_PHRASE_TERMS);
      if (tokens.length > 0) words.push({ tokens, prefix: /\*[^\p{L}\p{N}]*$/u.test(word) });
    }
    wordClauses(words, names, clauses, plain);
  }
  // Stopwords only count when the query has nothing else: "من" alone is still a search.
  const all = clauses.length > 0 ? clauses : plain;
  const seen = new Set<string>();
  const unique: SearchClause[] = [];
  for (const clause of all) {
    const key = `${clause.phrase ? 'p' : 'w'}${clause.prefix ? '*' : ''}${clause.named ? `${clause.named.kind}=${clause.named.code}` : ''}:${clause.terms.join(' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(clause);
    if (unique.length === MAX_CLAUSES) break;
  }
  return { clauses: unique };
}
