import { describe, expect, it } from 'vitest';
import {
  blockDirectionOf,
  directionOf,
  directionOfLanguage,
  isInvisible,
  neutralizeBidiControls,
  splitEmbeddedRuns,
} from './direction.ts';

describe('direction from the dominant script', () => {
  it('keeps Arabic copy that opens with a Latin name, a number or a URL right to left', () => {
    expect(directionOf('Apple تفتتح أول متجر لها في باكو بالشراكة مع شركة Azercell')).toBe('rtl');
    expect(directionOf('2025: عام التحول الرقمي في آسيا الوسطى')).toBe('rtl');
    expect(directionOf('@huda المصدر: https://example.com/a')).toBe('rtl');
  });

  it('keeps English with an Arabic name left to right, and falls back when there are no letters', () => {
    expect(directionOf('The minister said "الحمد لله" and left')).toBe('ltr');
    expect(directionOf('2025 — 14%')).toBe('rtl');
    expect(directionOf('2025 — 14%', 'ltr')).toBe('ltr');
  });

  it('knows the right-to-left languages', () => {
    expect(directionOfLanguage('ar')).toBe('rtl');
    expect(directionOfLanguage('ar-EG')).toBe('rtl');
    expect(directionOfLanguage('en')).toBe('ltr');
    expect(directionOfLanguage(null)).toBe('ltr');
  });
});

/** The rule as one pattern over the whole text (before it was read word by word): the reference below. */
const WHOLE_TEXT_RUNS = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|[@#][\p{L}\p{N}_.-]+|\S+\.[a-z0-9]{2,4}\b/giu;
const referenceDirection = (text: string) => {
  const prose = text.replace(WHOLE_TEXT_RUNS, ' ');
  const rtl = prose.match(/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/gu)?.length ?? 0;
  const ltr = prose.match(/[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/gu)?.length ?? 0;
  return rtl > ltr ? 'rtl' : ltr > rtl ? 'ltr' : 'rtl';
};
const referenceRuns = (text: string) =>
  [...text.matchAll(WHOLE_TEXT_RUNS)]
    .map((match) => match[0].replace(/[.,;:!?)\]}»"'،؛؟…]+$/u, ''))
    .filter((run) => run.length > 0);

describe("a story block's direction", () => {
  it("is the story's unless the other script's words outnumber its own more than two to one", () => {
    const arabic = 'قالت وكالة Reuters إن شركة Saudi Aramco وقعت اتفاقا مع ExxonMobil.';
    // More Latin letters than Arabic: on its own the text counts as left to right; in an Arabic story it is Arabic.
    expect(directionOf(arabic)).toBe('ltr');
    expect(blockDirectionOf(arabic, 'rtl')).toBe('rtl');
    expect(blockDirectionOf('The talks (المحادثات) went well, the minister said.', 'rtl')).toBe('ltr');
    expect(blockDirectionOf('قال الوزير إن المحادثات ستستمر', 'ltr')).toBe('rtl');
    expect(blockDirectionOf('2025 — 12%', 'rtl')).toBe('rtl');
    expect(blockDirectionOf('2025 — 12%', 'ltr')).toBe('ltr');
  });
});

describe('links, addresses, mentions and file names in a text', () => {
  it('are found as one pattern over the whole text finds them', () => {
    // Random texts from the characters the patterns turn on (deterministic: a fixed seed).
    const alphabet = [
      'a',
      'Z',
      'ب',
      'ع',
      '@',
      '.',
      '#',
      '/',
      ':',
      'h',
      't',
      'p',
      's',
      'w',
      '5',
      ' ',
      ' ',
      ',',
      ')',
      '»',
      '_',
      '-',
      'com',
      'https://',
      'www.',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let n = 0; n < 3_000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 40);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      // Words with three @ or more are read for links and mentions only (direction.ts): not compared here.
      if (text.split(/\s/).some((word) => word.split('@').length > 3)) continue;
      expect([text, directionOf(text)]).toEqual([text, referenceDirection(text)]);
      const runs = splitEmbeddedRuns(text);
      expect(runs.map((run) => run.text).join('')).toBe(text);
      expect([text, runs.filter((run) => run.embedded).map((run) => run.text)]).toEqual([
        text,
        referenceRuns(text),
      ]);
    }
  });

  it('are read in a word of any length, where only links and mentions can be that long', () => {
    // A pasted run with no space (an image's data, a row of letters): prose. Read whole at 200,000 characters;
    // as one pattern over the text, this took 57 s.
    expect(directionOf(`${'a'.repeat(200_000)} خبر`)).toBe('ltr');
    expect(directionOf(`${'ب'.repeat(200_000)}@x`)).toBe('rtl');
    const longLink = `https://wire.example/${'a'.repeat(300)}`;
    expect(directionOf(`المصدر: ${longLink}.`)).toBe('rtl');
    expect(splitEmbeddedRuns(`المصدر: ${longLink}.`)).toEqual([
      { text: 'المصدر: ', embedded: false },
      { text: longLink, embedded: true },
      { text: '.', embedded: false },
    ]);
    expect(splitEmbeddedRuns(`https://a.example/${'.'.repeat(100_000)}x`)).toHaveLength(1);
    // Words of @ signs (each a possible address start, each a possible @): prose, read at once.
    expect(directionOf(`${Array.from({ length: 1_600 }, () => '@'.repeat(128)).join(' ')} خبر`)).toBe('rtl');
    expect(splitEmbeddedRuns(`me@a.example you@b.example`).filter((run) => run.embedded)).toHaveLength(2);
  });
});

describe('bidi controls and invisible text', () => {
  it('removes overrides, embeddings and isolates, keeps marks', () => {
    expect(neutralizeBidiControls('x \u202egpj.exe\u202c')).toBe('x gpj.exe');
    expect(neutralizeBidiControls('\u2067عنوان\u2069 \u200fرقم')).toBe('عنوان \u200fرقم');
  });

  it('recognises text that shows nothing', () => {
    expect(isInvisible('\u200b\u200c \u2060\ufeff')).toBe(true);
    expect(isInvisible('\u202e')).toBe(true);
    expect(isInvisible('خبر')).toBe(false);
  });
});
