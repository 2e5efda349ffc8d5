import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPORA_DIR, skipWithoutCorpus } from '../../test-support/corpora.ts';
import { HEAVY_TEST_TIMEOUT_MS } from '../../test-support/wait.ts';
import { demoStory } from '../demo/content.ts';
import { decodeFeedBytes } from './decode.ts';
import { fastHtmlText, fastSanitizeHtml } from './html-fast-path.ts';
import { parseRaw } from './parse/index.ts';
import type { RawText } from './parse/raw.ts';
import { htmlToText, htmlToTextWithJsdom } from './html-to-text.ts';
import { sanitizeBodyHtml, sanitizeBodyHtmlWithDomPurify } from './sanitize.ts';

/**
 * Differential proof of the fast path: for every input, the public functions (fast path first) must return
 * exactly what DOMPurify on jsdom (sanitiser) or the jsdom walk (text) returns. Inputs are generated from a
 * grammar that straddles the subset's border (allowed and forbidden elements, attributes, references,
 * characters, nesting, and mutations that break well-nestedness), plus real markup: feedparser's corpus, the
 * DOMPurify XSS vectors, and the demo's wire bodies. The test also checks that the fast path takes a large
 * share of the generated inputs, so the comparison is not vacuous.
 */

const CORPORA = CORPORA_DIR;

function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const WORDS = [
  'كازاخستان',
  'وأوزبكستان',
  'توقعان',
  'اتفاقية',
  'للطاقة',
  'قال\u200f',
  'الوزير',
  '\u2067(ناتو)\u2069',
  'NATO',
  'Astana',
  '2025',
  '٣٫٥',
  'AT',
  'x',
  '🙂',
  'é',
  'ال\u200cعراق',
  '\u200b',
  '\ufeff',
];
const REFERENCES = [
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&apos;',
  '&nbsp;',
  '&hellip;',
  '&laquo;',
  '&raquo;',
  '&rlm;',
  '&zwnj;',
  '&minus;',
  '&#1604;',
  '&#x627;',
  '&#39;',
  '&#65;',
  '&#x1F600;',
  '&#0;',
  '&#128;',
  '&#x110000;',
  '&#xD800;',
  '&#13;',
  '&#9;',
  '&#xFFFE;',
  '&AMP;',
  '&amp',
  '&copy',
  '&notit;',
  '&notin;',
  '&foo;',
  '&',
  '& ',
  '&#',
  '&#x;',
  '&;',
];
const ODD_TEXT = [
  '<',
  '< ',
  '>',
  '\r\n',
  '\r',
  '\n',
  '\t',
  '\u00a0',
  '\u0000',
  '\u0007',
  '\u000c',
  '\u0085',
  '\ud800',
  '\udc00x',
  '<!-- c -->',
  '<!DOCTYPE html>',
  '<?pi?>',
  '</>',
  '<3',
  '"',
  "'",
  '`',
];

const SUBSET = [
  'p',
  'h2',
  'h3',
  'h4',
  'blockquote',
  'ul',
  'ol',
  'li',
  'b',
  'i',
  'strong',
  'em',
  'span',
  'bdi',
];
const OTHERS = [
  'div',
  'a',
  'h1',
  'h5',
  'u',
  'code',
  'small',
  'sup',
  'section',
  'figure',
  'bdo',
  'font',
  'nobr',
  'table',
  'tr',
  'td',
  'pre',
  'textarea',
  'script',
  'style',
  'title',
  'select',
  'option',
  'svg',
  'math',
  'template',
  'iframe',
  'noscript',
  'form',
  'button',
  'dd',
  'address',
  'P',
  'SPAN',
  'Li',
];
const VOIDS = ['br', 'img', 'hr', 'wbr', 'input', 'image'];
const ATTRIBUTES = [
  'dir="rtl"',
  'dir="ltr"',
  'dir="auto"',
  "dir='rtl'",
  'dir=rtl',
  'DIR="rtl"',
  'dir="RTL"',
  'dir=" rtl "',
  'dir=""',
  'dir',
  'dir="up"',
  'lang="ar"',
  'lang="ar-SA"',
  'lang=en',
  'lang="zh-Hant-TW"',
  'lang="en:x"',
  'lang=""',
  'lang="a&amp;b"',
  'style="color:red"',
  'class="fixed inset-0"',
  'id="app"',
  'onclick="x()"',
  'title="t"',
  'href="https://e.example/a?b=1&amp;c=2"',
  'href="javascript:alert(1)"',
  'href="/rel"',
  'src="x.jpg"',
  'alt="صورة"',
  'data-x="1"',
  'x:y="1"',
  'dir="rtl"dir="ltr"',
  'dir="rtl" dir="ltr"',
  'lang=ar/',
];

type Context = 'flow' | 'list' | 'phrasing';
const CHILDREN: Record<Context, readonly string[]> = {
  flow: ['p', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'b', 'i', 'strong', 'em', 'span', 'bdi'],
  list: ['li'],
  phrasing: ['b', 'i', 'strong', 'em', 'span', 'bdi'],
};
const CONTENT: Record<string, Context> = {
  p: 'phrasing',
  h2: 'phrasing',
  h3: 'phrasing',
  h4: 'phrasing',
  blockquote: 'flow',
  li: 'flow',
  ul: 'list',
  ol: 'list',
};

/**
 * One random fragment for a parent of the given content category. Each choice follows the subset's content
 * model most of the time and breaks it with a small probability (a wrong child, a foreign element, a bad
 * attribute, reference or character, a missing or wrong end tag), so about half the inputs stay inside.
 */
function generate(random: () => number, depth: number, context: Context = 'flow'): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const odd = (p: number) => random() < p;
  const parts: string[] = [];
  const count = 1 + Math.floor(random() * 3);
  for (let k = 0; k < count; k++) {
    const roll = random();
    if (context !== 'list' && (roll < 0.35 || depth <= 0)) {
      const words = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(WORDS));
      let text = words.join(odd(0.2) ? '  ' : ' ');
      if (odd(0.3)) text += ` ${odd(0.7) ? pick(REFERENCES.slice(0, 19)) : pick(REFERENCES)} `;
      if (odd(0.03)) text += pick(ODD_TEXT);
      parts.push(text);
    } else if (context !== 'list' && roll < 0.45) {
      const attribute = odd(0.2) ? ` ${pick(ATTRIBUTES)}` : '';
      const name = odd(0.95) ? 'br' : pick(VOIDS);
      parts.push(`<${name}${attribute}${odd(0.2) ? '/' : ''}>`);
    } else {
      if (context === 'list' && odd(0.3)) parts.push(odd(0.9) ? '\n' : ' x ');
      const name = odd(0.9) ? pick(CHILDREN[context]) : odd(0.7) ? pick(SUBSET) : pick(OTHERS);
      const attributes: string[] = [];
      while (odd(0.3) && attributes.length < 3)
        attributes.push(
          odd(0.85) ? pick(ATTRIBUTES.slice(0, 3).concat(ATTRIBUTES.slice(11, 15))) : pick(ATTRIBUTES),
        );
      const space = odd(0.05) ? '\n' : ' ';
      const open = `<${name}${attributes.map((a) => `${space}${a}`).join('')}${odd(0.01) ? ' /' : ''}${odd(0.03) ? ' ' : ''}>`;
      const inner = generate(random, depth - 1, CONTENT[name] ?? 'phrasing');
      const mutation = random();
      const close =
        mutation < 0.015
          ? ''
          : mutation < 0.03
            ? `</${pick(SUBSET)}>`
            : `</${name}${mutation < 0.05 ? ' ' : ''}>`;
      parts.push(`${open}${inner}${close}`);
    }
  }
  let html = parts.join(odd(0.8) ? '' : '\n');
  if (odd(0.05)) html = `  ${html}  `;
  return html;
}

function generatedInputs(count: number, seed: number): string[] {
  const random = rng(seed);
  return Array.from({ length: count }, () => generate(random, random() < 0.5 ? 2 : 4));
}

/**
 * Near misses: an input with one tag pair wrapped around a run of its own tokens, or one start tag, end tag,
 * reference or character dropped in. Most land just outside the subset (p in p, li in li, a heading in a
 * heading, a block in a paragraph, misnesting), which is exactly the border the fast path must respect.
 */
function mutants(inputs: readonly string[], count: number, seed: number): string[] {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const out: string[] = [];
  while (out.length < count) {
    const base = pick(inputs);
    // Token boundaries: the start, the end, and just before every `<` and after every `>`.
    const cuts = [0, base.length];
    for (let i = 0; i < base.length; i++) {
      if (base[i] === '<') cuts.push(i);
      else if (base[i] === '>') cuts.push(i + 1);
    }
    cuts.sort((a, b) => a - b);
    const a = pick(cuts);
    const b = pick(cuts);
    const [from, to] = a <= b ? [a, b] : [b, a];
    const name = random() < 0.85 ? pick(SUBSET) : pick(OTHERS);
    const roll = random();
    let mutant: string;
    if (roll < 0.6) {
      const attribute = random() < 0.3 ? ` ${pick(ATTRIBUTES.slice(0, 15))}` : '';
      mutant = `${base.slice(0, from)}<${name}${attribute}>${base.slice(from, to)}</${name}>${base.slice(to)}`;
    } else if (roll < 0.75) {
      mutant = `${base.slice(0, from)}<${name}>${base.slice(from)}`;
    } else if (roll < 0.85) {
      mutant = `${base.slice(0, from)}</${name}>${base.slice(from)}`;
    } else {
      const piece = random() < 0.6 ? pick(REFERENCES) : pick(ODD_TEXT);
      mutant = `${base.slice(0, from)}${piece}${base.slice(from)}`;
    }
    out.push(mutant);
  }
  return out;
}

interface Disagreement {
  input: string;
  fast: string;
  reference: string;
}

function compare(inputs: readonly string[]) {
  const sanitize: Disagreement[] = [];
  const text: Disagreement[] = [];
  let fastSanitized = 0;
  let fastText = 0;
  for (const input of inputs) {
    if (fastSanitizeHtml(input) !== null) fastSanitized++;
    if (fastHtmlText(input) !== null) fastText++;
    const fast = sanitizeBodyHtml(input);
    const reference = sanitizeBodyHtmlWithDomPurify(input);
    if (fast !== reference) sanitize.push({ input, fast, reference });
    const fastPlain = htmlToText(input);
    const referencePlain = htmlToTextWithJsdom(input);
    if (fastPlain !== referencePlain) text.push({ input, fast: fastPlain, reference: referencePlain });
  }
  return { sanitize, text, fastSanitized, fastText };
}

describe('fast path = DOMPurify on jsdom (differential)', () => {
  it(
    'agrees on 12,000 generated inputs around the subset’s border, and takes a large share of them',
    () => {
      const generated = generatedInputs(6_000, 20_251_125);
      const inputs = [
        ...generated,
        ...mutants(
          generated.filter((x) => fastSanitizeHtml(x) !== null),
          6_000,
          7,
        ),
      ];
      const result = compare(inputs);
      console.log(
        `generated inputs: ${inputs.length} (half of them one-step mutants of inputs inside the subset); ` +
          `fast path taken: sanitiser ${result.fastSanitized}, text ${result.fastText}; ` +
          `disagreements: sanitiser ${result.sanitize.length}, text ${result.text.length}`,
      );
      expect(result.sanitize.slice(0, 5)).toEqual([]);
      expect(result.text.slice(0, 5)).toEqual([]);
      expect(result.fastSanitized).toBeGreaterThan(inputs.length * 0.25);
      expect(result.fastSanitized).toBeLessThan(inputs.length * 0.9); // the border is exercised from both sides
      expect(result.fastText).toBeGreaterThan(result.fastSanitized);
    },
    HEAVY_TEST_TIMEOUT_MS,
  );

  it('agrees on the demo wire bodies and headlines (all of them on the fast path)', () => {
    const inputs = Array.from({ length: 300 }, (_, n) => demoStory(n).item).flatMap((item) => [
      item.bodyHtml,
      item.title,
      `<b>عاجل:</b> ${item.title}`,
    ]);
    const result = compare(inputs);
    expect(result.sanitize).toEqual([]);
    expect(result.text).toEqual([]);
    expect(result.fastSanitized).toBe(inputs.length);
  });

  it.skipIf(skipWithoutCorpus('dompurify/xss-vectors.json'))(
    'agrees on every DOMPurify XSS vector (and takes none that carries anything active)',
    () => {
      const vectors = JSON.parse(readFileSync(join(CORPORA, 'dompurify/xss-vectors.json'), 'utf8')) as Array<{
        payload: string;
      }>;
      const inputs = vectors.map((v) => v.payload);
      const result = compare(inputs);
      console.log(`XSS vectors: ${inputs.length}; fast path taken by ${result.fastSanitized}`);
      expect(result.sanitize).toEqual([]);
      expect(result.text).toEqual([]);
      for (const input of inputs) {
        const fast = fastSanitizeHtml(input);
        if (fast !== null)
          expect(fast).not.toMatch(/<(?!\/?(?:p|h[2-4]|blockquote|ul|ol|li|b|i|strong|em|span|bdi|br)\b)/);
      }
    },
  );

  it.skipIf(skipWithoutCorpus('feedparser'))(
    'agrees on every HTML text of feedparser’s corpus (titles, summaries, contents)',
    () => {
      const inputs: string[] = [];
      const walk = (dir: string): void => {
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) walk(path);
          else if (/\.(xml|rdf|json)$/.test(name)) {
            try {
              const { text } = decodeFeedBytes(readFileSync(path));
              const raw = parseRaw(text);
              const texts: Array<RawText | null> = [raw.title];
              for (const entry of raw.entries) texts.push(entry.title, entry.summary, entry.content);
              for (const t of texts) if (t?.html && t.value) inputs.push(t.value);
            } catch {
              // Refused or broken files have no texts to compare.
            }
          }
        }
      };
      walk(join(CORPORA, 'feedparser'));
      const result = compare(inputs);
      console.log(
        `feedparser HTML texts: ${inputs.length}; fast path taken: sanitiser ${result.fastSanitized}, text ${result.fastText}`,
      );
      expect(inputs.length).toBeGreaterThan(500);
      expect(result.sanitize).toEqual([]);
      expect(result.text).toEqual([]);
    },
  );

  it('gives up on what the parser would repair or the sanitiser would change', () => {
    for (const input of [
      '<p>a<p>b</p></p>', // p closes p
      '<p><ul><li>x</li></ul></p>', // a block closes p
      '<li>x</li>', // li outside a list
      '<ul><li>a<b><li>b</li></b></li></ul>', // li closing walk through b
      '<h2><h3>x</h3></h2>', // heading in heading
      '<b><i>x</b></i>', // misnested: adoption agency
      '<p>x', // unclosed
      '<p dir="RTL">x</p>', // DOMPurify keeps the value, but the subset only takes canonical ones
      '<p style="x">x</p>',
      '<p dir="rtl" dir="ltr">x</p>', // duplicate attribute
      '<p/>x',
      '<br></br>',
      'AT&T &copy 2024', // legacy reference without semicolon
      '&notit;',
      'a\u0000b',
      '<!-- x --><p>y</p>',
      '<a href="https://e.example/">x</a>', // links need URL resolution and rel: DOMPurify path
    ]) {
      expect(fastSanitizeHtml(input), input).toBeNull();
      expect(sanitizeBodyHtml(input)).toBe(sanitizeBodyHtmlWithDomPurify(input));
    }
  });
});
