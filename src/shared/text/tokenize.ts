import { normalizeArabic } from './normalize.ts';

/**
 * Tokens are maximal runs of letters and digits, cut where the script changes, so that every token we emit is
 * exactly one token for SQLite FTS5's unicode61 tokenizer (letters, numbers and private-use characters are
 * token characters, everything else separates) and for PostgreSQL's default parser. Rules:
 * - Arabic letters form their own runs: "كوفيد19" → "كوفيد", "19"; "iPhoneالجديد" → "iphone", "الجديد".
 * - Latin letters and digits stay together: "g7", "5g", "covid19".
 * - A hyphen between a digit run and a run with letters joins them, so "COVID-19", "covid19" and "Covid 19"
 *   searched as a phrase all meet: "COVID-19" → "covid19", "F-16" → "f16", "S-400" → "s400". Anything else
 *   hyphenated splits: "2024-2025" → "2024", "2025"; "al-Assad" → "al", "assad".
 * - Thousands separators inside a number are dropped ("1,000,000" → "1000000"); a decimal point splits
 *   ("3.5" → "3", "5"), because FTS5 would split it anyway.
 * - An English possessive is dropped ("Russia's" → "russia").
 * - Punctuation of every script separates, including ، ؛ ؟ « » “ ” and the quotes that wires glue to a
 *   proclitic (بـ”تركستان”). A proclitic left alone by such a quote, or a lone و/ف/ب/ك/ل, is dropped: it carries
 *   no meaning of its own and would only pollute phrase matches.
 * - Combining marks of other scripts are removed inside a token (FTS5 would otherwise split there).
 * - Tokens longer than 48 characters are dropped: no word is that long, base64 and hashes are.
 */

const MAX_TOKEN = 48;

// Character classes, computed lazily per code unit.
const UNKNOWN = 0;
const SEP = 1;
const ARABIC = 2;
const ALNUM = 3; // Latin, digits, other scripts' letters and numbers
const DIGIT = 4;
const MARK = 5;

const classes = new Uint8Array(0x10000);
const LETTER_OR_NUMBER = /[\p{L}\p{N}\p{Co}]/u;
const COMBINING = /\p{M}/u;

function classOf(c: number): number {
  const k = classes[c]!;
  if (k !== UNKNOWN) return k;
  let cls: number;
  if (c >= 0x30 && c <= 0x39) cls = DIGIT;
  else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) cls = ALNUM;
  else if (c < 0x80) cls = SEP;
  else if (
    (c >= 0x0621 && c <= 0x063a) ||
    (c >= 0x0641 && c <= 0x064a) ||
    c === 0x066e ||
    c === 0x066f ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    c === 0x06ee ||
    c === 0x06ef ||
    (c >= 0x06fa && c <= 0x06fc) ||
    c === 0x06ff ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9)
  )
    cls = ARABIC;
  else if (c >= 0xd800 && c <= 0xdfff)
    cls = SEP; // astral characters are handled by the caller
  else {
    const ch = String.fromCharCode(c);
    cls = COMBINING.test(ch) ? MARK : LETTER_OR_NUMBER.test(ch) ? ALNUM : SEP;
  }
  classes[c] = cls;
  return cls;
}

const PROCLITIC_ONLY = /^(?:[وف]?[بكل]?(?:ال)?|[وف]?لل)$/;
const LONE_CLITIC = new Set(['و', 'ف', 'ب', 'ك', 'ل']);
const QUOTES_AND_BRACKETS = new Set('"\'“”„‟«»‹›‘’‚‛`(){}[]<>'.split('').map((ch) => ch.charCodeAt(0)));
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);

function isAllDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return s.length > 0;
}

/** Tokenise text that is already normalised (see normalizeArabic); the hot path of indexing and tagging. */
export function tokenizeNormalized(s: string): string[] {
  const tokens: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    // Astral letters (rare scripts, CJK extensions) are kept as single-character tokens; emoji separate.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const pair = s.slice(i, i + 2);
      if (LETTER_OR_NUMBER.test(pair)) tokens.push(pair);
      i += 2;
      continue;
    }
    const cls = classOf(c);
    if (cls === ARABIC) {
      let j = i + 1;
      let token = '';
      let start = i;
      while (j < n) {
        const k = classOf(s.charCodeAt(j));
        if (k === ARABIC) j++;
        else if (k === MARK) {
          token += s.slice(start, j);
          j++;
          start = j;
        } else break;
      }
      token += s.slice(start, j);
      // A proclitic glued to a quote (بـ”…”, الـ”…”) or to digits (الـ20) belongs to what follows it.
      const next = j < n ? s.charCodeAt(j) : 0x20;
      const detached = next !== 0x20 && (QUOTES_AND_BRACKETS.has(next) || classOf(next) === DIGIT);
      if (!(LONE_CLITIC.has(token) || (detached && token.length <= 4 && PROCLITIC_ONLY.test(token)))) {
        if (token.length <= MAX_TOKEN) tokens.push(token);
      }
      i = j;
      continue;
    }
    if (cls === ALNUM || cls === DIGIT) {
      const first = readRun(s, i);
      let token = first.text;
      let j = first.end;
      let joined = false;
      for (;;) {
        // Thousands separator: digits, a comma, exactly three digits, then no further digit ("1,000").
        if (
          s.charCodeAt(j) === 0x2c &&
          isAllDigits(token) &&
          isDigitRun(s, j + 1, 3) &&
          !(j + 4 < n && classOf(s.charCodeAt(j + 4)) === DIGIT)
        ) {
          token += s.slice(j + 1, j + 4);
          j += 4;
          continue;
        }
        // One hyphen joining a digit run and a run with letters: "covid-19", "f-16", "g-7".
        if (!joined && j + 1 < n && HYPHENS.has(s.charCodeAt(j))) {
          const k = classOf(s.charCodeAt(j + 1));
          if (k === ALNUM || k === DIGIT) {
            const next = readRun(s, j + 1);
            if (isAllDigits(token) !== isAllDigits(next.text)) {
              token += next.text;
              j = next.end;
              joined = true;
              continue;
            }
          }
        }
        break;
      }
      // English possessive: "russia's", "russia’s".
      if (
        j + 1 < n &&
        (s.charCodeAt(j) === 0x27 || s.charCodeAt(j) === 0x2019) &&
        s.charCodeAt(j + 1) === 0x73 &&
        (j + 2 >= n || classOf(s.charCodeAt(j + 2)) !== ALNUM)
      ) {
        j += 2;
      }
      if (token.length > 0 && token.length <= MAX_TOKEN) tokens.push(token);
      i = j;
      continue;
    }
    i++;
  }
  return tokens;
}

function isDigitRun(s: string, from: number, count: number): boolean {
  if (from + count > s.length) return false;
  for (let k = from; k < from + count; k++) {
    if (classOf(s.charCodeAt(k)) !== DIGIT) return false;
  }
  return true;
}

/** Reads a run of Latin/other letters and digits from `from`, skipping combining marks inside it. */
function readRun(s: string, from: number): { text: string; end: number } {
  let text = '';
  let start = from;
  let j = from;
  while (j < s.length) {
    const k = classOf(s.charCodeAt(j));
    if (k === ALNUM || k === DIGIT) j++;
    else if (k === MARK) {
      text += s.slice(start, j);
      j++;
      start = j;
    } else break;
  }
  return { text: text + s.slice(start, j), end: j };
}

/** Normalise and split text into search/tagging tokens (rules in the module comment). */
export function tokenize(text: string): string[] {
  return tokenizeNormalized(normalizeArabic(text));
}
