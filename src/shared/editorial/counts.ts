/**
 * Counting what an editor writes, the way an Arabic desk counts it: a word is a whitespace-separated token that
 * holds a letter or a digit, so clitics stay part of their word (وبالتعاون is one word), numbers and Latin names
 * count, and a lone dash or colon does not.
 */

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Words in a text (see module comment). */
export function countWords(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+/)) if (token && HAS_LETTER_OR_DIGIT.test(token)) words++;
  return words;
}

/** Characters as a reader sees them: user-perceived characters, not UTF-16 units (an emoji counts once). */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Words a reader reads in a minute: news copy in Arabic and English reads at about this pace. */
export const WORDS_PER_MINUTE = 200;

/** Whole minutes to read this many words (at least one for any text). */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export interface TextCounts {
  words: number;
  characters: number;
}

/** Words and characters of a text. */
export function countText(text: string): TextCounts {
  return { words: countWords(text), characters: countCharacters(text) };
}
