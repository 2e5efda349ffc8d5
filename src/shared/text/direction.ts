/**
 * The direction of a piece of text from its dominant script, never from its first letter: an Arabic headline
 * that opens with "Apple" or "2025" is still right to left, an English quote with one Arabic name is left to
 * right. Bidi control characters (which could reverse what a reader sees) are neutralised by the same module.
 */

export type Direction = 'rtl' | 'ltr';

// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic supplements and presentation forms.
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/gu;
const LTR_LETTER = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/gu;

/** Runs that are not prose in any language: links, addresses, @mentions, file names. They do not vote. */
const EMBEDDED_RUNS = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|[@#][\p{L}\p{N}_.-]+|\S+\.[a-z0-9]{2,4}\b/giu;
/** The same, for a word that cannot be an address or a file name: links and @mentions only. */
const EMBEDDED_RUNS_IN_LONG_WORDS = /(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{N}_.-]+/giu;
/**
 * The longest word read for addresses and file names, and the most `@` in one. Every embedded run lies within
 * one word (none spans a space), so the runs are looked for word by word; and the address and file-name
 * patterns, tried at each character of a word, scan to its end and back to each `@`, a cost that grows with
 * the square of the word's length times its `@`s. A pasted 200,000-character run with no space took 57 s on the
 * server (every save, every reader's pane) and seconds per keystroke in the editor; a text of 128-character
 * words of `@` alone, 2 s. Bounded, a word costs at most this squared, twice. No address is longer, or has more.
 */
const LONGEST_ADDRESS = 128;
const MOST_AT_SIGNS = 2;

/** Whether a word can be read for addresses and file names at a bounded cost (see LONGEST_ADDRESS). */
function addressLike(word: string): boolean {
  if (word.length > LONGEST_ADDRESS) return false;
  let at = 0;
  for (let index = word.indexOf('@'); index >= 0; index = word.indexOf('@', index + 1))
    if (++at > MOST_AT_SIGNS) return false;
  return true;
}

/** The embedded runs of a text, in order: where each starts and what it is. */
function* embeddedRuns(text: string): Generator<{ index: number; run: string }> {
  for (const word of text.matchAll(/\S+/g)) {
    const pattern = addressLike(word[0]) ? EMBEDDED_RUNS : EMBEDDED_RUNS_IN_LONG_WORDS;
    for (const match of word[0].matchAll(pattern)) yield { index: word.index + match.index, run: match[0] };
  }
}

/**
 * 'rtl' when the text has more right-to-left letters than left-to-right ones, 'ltr' when fewer, and the
 * fallback (the surrounding language's direction) when it has no letters or as many of each. Links, addresses,
 * @mentions and file names are left out of the count: "@huda المصدر: https://…" is an Arabic sentence.
 */
export function directionOf(text: string, fallback: Direction = 'rtl'): Direction {
  let prose = '';
  let at = 0;
  for (const { index, run } of embeddedRuns(text)) {
    prose += `${text.slice(at, index)} `;
    at = index + run.length;
  }
  prose += text.slice(at);
  const rtl = prose.match(RTL_LETTER)?.length ?? 0;
  const ltr = prose.match(LTR_LETTER)?.length ?? 0;
  if (rtl > ltr) return 'rtl';
  if (ltr > rtl) return 'ltr';
  return fallback;
}

/**
 * The direction of a block (a paragraph, a heading, a list item) of a story written in `base`'s direction: the
 * story's own unless the other script's words outnumber its own more than two to one (a quote in the other
 * language; one with no letters takes the story's). Words, not letters: names in the other script are long and
 * a sentence's own small words short, so counting letters flipped an Arabic sentence heavy with Latin names
 * ("قالت وكالة Reuters إن شركة Saudi Aramco وقعت اتفاقا مع ExxonMobil": 28 Latin letters to 26 Arabic, but 7
 * Arabic words to 4) to left to right, its words then in the wrong order for its reader.
 */
export function blockDirectionOf(text: string, base: Direction): Direction {
  const ownLetter = base === 'rtl' ? RTL_LETTER_ONE : LTR_LETTER_ONE;
  const otherLetter = base === 'rtl' ? LTR_LETTER_ONE : RTL_LETTER_ONE;
  let own = 0;
  let other = 0;
  for (const [word] of text.matchAll(/\S+/g)) {
    if (ownLetter.test(word)) own++;
    if (otherLetter.test(word)) other++;
  }
  if (other > 2 * own) return base === 'rtl' ? 'ltr' : 'rtl';
  return base;
}
/** One letter of each script, without the global flag (test() on a global pattern carries lastIndex along). */
const RTL_LETTER_ONE = new RegExp(RTL_LETTER.source, 'u');
const LTR_LETTER_ONE = new RegExp(LTR_LETTER.source, 'u');

/** A sentence's punctuation, which a link or address found in it does not end with. */
const PUNCTUATION = new Set('.,;:!?)]}»"\'،؛؟…');

/** The run without the punctuation at its end (read from the end: a pattern would cost the square of a long run). */
function withoutTrailingPunctuation(run: string): string {
  let end = run.length;
  while (end > 0 && PUNCTUATION.has(run[end - 1]!)) end--;
  return run.slice(0, end);
}

/** A piece of text cut into prose and embedded runs (links, addresses, @mentions, file names), in order. */
export interface TextRun {
  text: string;
  /** A link, address, @mention or file name: shown isolated, so the prose's punctuation stays where it was. */
  embedded: boolean;
}

/** The text's prose and embedded runs; joined again they give back the text. */
export function splitEmbeddedRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const { index, run: found } of embeddedRuns(text)) {
    // The sentence's own punctuation after a link ("…/a." or "(…/a)") belongs to the prose, not to the link.
    const run = withoutTrailingPunctuation(found);
    if (!run) continue;
    if (index > at) runs.push({ text: text.slice(at, index), embedded: false });
    runs.push({ text: run, embedded: true });
    at = index + run.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), embedded: false });
  return runs;
}

/** The direction of a language tag ('ar', 'fa', 'he', 'ur' … are right to left). */
export function directionOfLanguage(language: string | null | undefined): Direction {
  return /^(ar|fa|he|ur|ps|ku|ckb|sd|ug|yi|dv)(-|$)/i.test(language ?? '') ? 'rtl' : 'ltr';
}

/** Embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): they can reverse what is shown. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
/** Code points that show nothing: zero-width, format, filler and variation characters (bidi controls too). */
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
];

/**
 * Removes bidi embedding, override and isolate controls (a wire or user text never needs them: the display
 * isolates runs itself, and `x\u202egpj.exe` must not show as "exe.jpg"). Marks (U+200E/U+200F, U+061C) stay:
 * they carry no override and Arabic copy uses them.
 */
export function neutralizeBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Whether the text shows nothing at all: empty, white space, or only invisible characters. */
export function isInvisible(text: string): boolean {
  for (const char of text) {
    if (/\s/.test(char)) continue;
    const code = char.codePointAt(0)!;
    if (!INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to)) return false;
  }
  return true;
}
