import { normalizeArabic } from './normalize.ts';

/**
 * Light stemming for Arabic search, in the spirit of Larkey's light10 and Lucene's ArabicStemmer, with two
 * changes that matter for wire copy. Input is one normalised token (ة already ه, ى already ي, no hamza on
 * alef); Latin words and numbers pass through untouched.
 *
 * 1. Proclitics. light10 and Lucene strip و and the article combinations (ال وال بال كال فال لل) but never a
 *    bare ب ك ل ف, so بكازاخستان, لروسيا, بمصر, لدعم never meet their plain forms. We strip all of them, and
 *    repeatedly (وبالعراق → عراق), but decide each step by looking ahead: a leading و/ف/ب/ك/ل comes off only
 *    if what remains, once its suffixes are stripped, still has at least 3 letters (the triliteral root), and
 *    ال/لل only if 2 remain. Because the decision looks at the remainder and not at the whole word, a clitic
 *    in front of a word never changes the outcome for that word: stem(ب+X) = stem(X), which is what makes a
 *    query for كازاخستان find بكازاخستان. The price is that words which begin with one of those letters lose
 *    it too (كتاب → تاب, برلمان → رلم): harmless for matching, since index and query agree, but prefix
 *    queries must be at least 4 letters long to be reliable when they begin with و ف ب ك ل.
 * 2. Suffixes are stripped repeatedly, longest first, never leaving fewer than 3 letters (light10 and Lucene
 *    allow 2, which merges too much: سكان → سك). Repetition lets an adjective meet its noun:
 *    الكازاخستانية → كازاخستان+ية → كازاخس(تان). A pronoun after teh marbuta takes the teh with it
 *    (زيارتها → زيار, as زيارة → زيار). The adverbial accusative "يا" of long words is reduced
 *    (اقتصاديا → اقتصاد) but not of short ones, so تركيا/سوريا/روسيا keep their own stems instead of
 *    colliding with the verb ترك or the noun سور.
 * 3. A ي-suffix is not stripped after alef (ولاية → ولاي, not ولا "nor"), and a few frequent words whose
 *    ending only looks like a suffix are frozen (البحرين is not البحر, طالبان is not طالب, الكرملين is not رمل).
 */

const SUFFIXES = ['تين', 'تان', 'ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
const PRONOUN_SUFFIXES = new Set(['ها', 'ه']);
const MIN_STEM = 3;
const SINGLE_PROCLITICS = new Set(['و', 'ف', 'ب', 'ك', 'ل']);

/** Forms that look suffixed but are words in their own right; stemming stops when it reaches one. */
const FROZEN = new Set([
  'بحرين',
  'سودان',
  'لبنان',
  'طالبان',
  'كرملين',
  'مليون',
  'عشرين',
  'ثلاثين',
  'اربعين',
  'خمسين',
  'ستين',
  'سبعين',
  'ثمانين',
  'تسعين',
  'اثنين',
  'ثلاثاء',
  'يونان',
]);

const ALEF = 0x0627;
const YEH = 0x064a;
const TEH = 0x062a;
const HAMZA = 0x0621;

function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06ff);
}

/** Strips suffixes from a normalised, proclitic-free word, never below `min` letters. */
function stripSuffixes(word: string, min: number): string {
  let w = word;
  for (;;) {
    if (FROZEN.has(w)) return w;
    let next = w;
    // ...اء and ...ائي are one word family (كهرباء/كهربائي, فضاء/فضائي): ء after alef counts as the ي.
    if (w.length >= 3 && w.charCodeAt(w.length - 1) === HAMZA && w.charCodeAt(w.length - 2) === ALEF) {
      w = w.slice(0, -1) + 'ي';
      next = w;
    }
    // Accusative alef after yeh on long words: اقتصاديا → اقتصادي (then ي goes below).
    if (
      w.length >= 6 &&
      w.charCodeAt(w.length - 1) === ALEF &&
      w.charCodeAt(w.length - 2) === YEH &&
      w.charCodeAt(w.length - 3) !== ALEF
    ) {
      next = w.slice(0, -1);
    } else {
      for (const suffix of SUFFIXES) {
        if (w.length - suffix.length < min || !w.endsWith(suffix)) continue;
        // ...اية / ...اي: the yeh is part of the word (ولاية, حماية, رأي), not a nisba ending.
        if (suffix.charCodeAt(0) === YEH && w.charCodeAt(w.length - suffix.length - 1) === ALEF) continue;
        next = w.slice(0, -suffix.length);
        // A pronoun after teh marbuta: زيارتها → زيارت → زيار, as زيارة → زيار.
        if (PRONOUN_SUFFIXES.has(suffix) && next.charCodeAt(next.length - 1) === TEH && next.length - 1 >= min) {
          next = next.slice(0, -1);
        }
        break;
      }
    }
    if (next === w) return w;
    w = next;
  }
}

// Proclitic chains are short (و + ب + ال at most in real text); the bound keeps pathological input linear.
const MAX_PROCLITIC_DEPTH = 5;

/**
 * Strips proclitics. A candidate proclitic comes off only if the rest of the word, itself stripped the same
 * way and then of its suffixes down to 2 letters (its "core"), keeps 3 letters (2 after the article). Deciding
 * on the stripped rest, not on the whole word, is what makes stem(clitic + X) = stem(X) for every X whose
 * core has 3 letters, whatever letters X begins with.
 */
function stripProclitics(w: string, depth: number): string {
  if (w.length < 3 || depth >= MAX_PROCLITIC_DEPTH || FROZEN.has(w)) return w;
  if (w.startsWith('لل') || w.startsWith('ال')) {
    const rest = stripProclitics(w.slice(2), depth + 1);
    if (stripSuffixes(rest, 2).length >= 2) return rest;
  }
  if (SINGLE_PROCLITICS.has(w[0]!)) {
    const rest = stripProclitics(w.slice(1), depth + 1);
    if (stripSuffixes(rest, 2).length >= MIN_STEM) return rest;
  }
  return w;
}

/** Strips proclitics from a normalised token (no normalisation, no suffixes); see the module comment. */
export function stripCliticsNormalized(token: string): string {
  if (token.length < 3 || !isArabicLetter(token.charCodeAt(0))) return token;
  return stripProclitics(token, 0);
}

/** Light-stems a normalised token: proclitics, then suffixes (no normalisation). */
export function lightStemNormalized(token: string): string {
  if (token.length < 3 || !isArabicLetter(token.charCodeAt(0))) return token;
  return stripSuffixes(stripCliticsNormalized(token), MIN_STEM);
}

/** Removes the proclitics (و ف ب ك ل ال and their combinations) of one token, normalising it first. */
export function stripClitics(token: string): string {
  return stripCliticsNormalized(normalizeArabic(token));
}

/** Light-stems one token (normalise, strip proclitics, strip suffixes); Latin words and numbers unchanged. */
export function lightStem(token: string): string {
  return lightStemNormalized(normalizeArabic(token));
}
