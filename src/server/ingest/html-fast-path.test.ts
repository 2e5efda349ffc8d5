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
  // A pair (an emoji) is text; a lone half beside one is not.
  '\ud83d\ude00',
  '\ud83d\ude00\udc00',
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
  'figure',
  'figcaption',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'b',
  'i',
  'strong',
  'em',
  'span',
  'bdi',
  'a',
];
const OTHERS = [
  'div',
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
  'caption',
  'colgroup',
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
const BASE_URL = 'https://www.agency.example/ar/news/1';
/** Attributes of links, images and cells: kept, resolved, dropped, or out of the subset. */
const ELEMENT_ATTRIBUTES: Record<string, readonly string[]> = {
  a: [
    'href="https://www.agency.example/ar/news/2"',
    'href=https://e.example/a',
    "href='https://e.example/a?b=1&amp;c=2'",
    'href="https://e.example/a?b=1&c=2"',
    'href="https://e.example/a?b=1&copy=2"',
    'href="https://e.example/a?b=1&copy;2"',
    'href="https://e.example/a?x&y"',
    'href="https://e.example/a#&#1604;"',
    'href="/ar/news/3"',
    'href="../news/4?q=كازاخستان"',
    'href="news/5 6"',
    'href=" https://e.example/"',
    'href="https://e.example/ "',
    'href="HTTPS://E.EXAMPLE/A"',
    'href="https://xn--mgbh0fb.example/"',
    'href="https://مثال.example/"',
    'href="mailto:desk@agency.example"',
    'href="mailto:a&quot;b<c>@e.example"',
    'href="tel:+77001234567"',
    'href="ftp://e.example/"',
    'href="javascript:alert(1)"',
    'href="java&#115;cript:alert(1)"',
    'href="data:text/html,x"',
    'href=""',
    'href',
    'href="//e.example/x"',
    'title="رابط"',
    'title=" x "',
    'title="a &amp; b"',
    'title="a/>b"',
    'target="_blank"',
    'rel="nofollow"',
    'class="x"',
    'id="y"',
    'name="z"',
    'onclick="x()"',
    'dir="rtl"',
  ],
  img: [
    'src="https://media.agency.example/2025/06/1.jpg"',
    'src="/img/2.png"',
    'src="data:image/png;base64,AAAA"',
    'src="javascript:x"',
    'src="mailto:x@e.example"',
    'src=""',
    'alt="صورة"',
    'alt=""',
    'alt',
    'alt="a]>b"',
    'alt="&lt;b&gt;"',
    'title="t"',
    'width="800"',
    'height=450',
    'width="100%"',
    'width="12px"',
    'loading="lazy"',
    'style="x"',
  ],
  td: ['colspan="2"', 'rowspan=3', 'scope="col"', 'scope="ROW"', 'colspan="x"', 'dir="ltr"', 'width="9"'],
};
ELEMENT_ATTRIBUTES.th = ELEMENT_ATTRIBUTES.td!;

/** An attribute for element `name`: one of its own most of the time, else a general one. */
function attributeFor(random: () => number, name: string): string {
  const own = ELEMENT_ATTRIBUTES[name];
  if (own && random() < 0.75) return own[Math.floor(random() * own.length)]!;
  return random() < 0.85
    ? ATTRIBUTES.slice(0, 3).concat(ATTRIBUTES.slice(11, 15))[Math.floor(random() * 7)]!
    : ATTRIBUTES[Math.floor(random() * ATTRIBUTES.length)]!;
}

type Context = 'flow' | 'list' | 'phrasing' | 'table' | 'section' | 'row';
const CHILDREN: Record<Context, readonly string[]> = {
  flow: [
    'p',
    'h2',
    'h3',
    'h4',
    'blockquote',
    'figure',
    'figcaption',
    'ul',
    'ol',
    'table',
    'b',
    'i',
    'strong',
    'em',
    'span',
    'bdi',
    'a',
  ],
  list: ['li'],
  phrasing: ['b', 'i', 'strong', 'em', 'span', 'bdi', 'a'],
  table: ['thead', 'tbody', 'tfoot'],
  section: ['tr'],
  row: ['td', 'th'],
};
const CONTENT: Record<string, Context> = {
  p: 'phrasing',
  h2: 'phrasing',
  h3: 'phrasing',
  h4: 'phrasing',
  blockquote: 'flow',
  figure: 'flow',
  figcaption: 'flow',
  li: 'flow',
  td: 'flow',
  th: 'flow',
  ul: 'list',
  ol: 'list',
  table: 'table',
  thead: 'section',
  tbody: 'section',
  tfoot: 'section',
  tr: 'row',
};
/** Contexts that take only white space as text (and, in a table, foster-parent anything else). */
const SPACED: ReadonlySet<Context> = new Set(['list', 'table', 'section', 'row']);

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
    if (!SPACED.has(context) && (roll < 0.35 || depth <= 0)) {
      const words = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(WORDS));
      let text = words.join(odd(0.2) ? '  ' : ' ');
      if (odd(0.3)) text += ` ${odd(0.7) ? pick(REFERENCES.slice(0, 19)) : pick(REFERENCES)} `;
      if (odd(0.03)) text += pick(ODD_TEXT);
      parts.push(text);
    } else if (!SPACED.has(context) && roll < 0.45) {
      const name = odd(0.7) ? 'br' : odd(0.7) ? 'img' : pick(VOIDS);
      const attributes: string[] = [];
      while (odd(name === 'img' ? 0.6 : 0.2) && attributes.length < 4)
        attributes.push(attributeFor(random, name));
      parts.push(`<${name}${attributes.map((a) => ` ${a}`).join('')}${odd(0.2) ? '/' : ''}>`);
    } else {
      if (SPACED.has(context) && odd(0.3))
        parts.push(odd(0.9) ? pick(['\n', ' ', '\t', '\n  ']) : pick([' x ', '\u00a0', '&nbsp;', '\u2003']));
      const name = odd(0.9) ? pick(CHILDREN[context]) : odd(0.7) ? pick(SUBSET) : pick(OTHERS);
      const attributes: string[] = [];
      while (odd(name === 'a' ? 0.6 : 0.3) && attributes.length < 3)
        attributes.push(attributeFor(random, name));
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

/** Every other input is sanitised against a base URL (as items with a link are), the rest without one. */
function compare(inputs: readonly string[]) {
  const sanitize: Disagreement[] = [];
  const text: Disagreement[] = [];
  let fastSanitized = 0;
  let fastText = 0;
  for (const [index, input] of inputs.entries()) {
    const baseUrl = index % 2 === 1 ? BASE_URL : null;
    if (fastSanitizeHtml(input, baseUrl) !== null) fastSanitized++;
    if (fastHtmlText(input) !== null) fastText++;
    const fast = sanitizeBodyHtml(input, { baseUrl });
    const reference = sanitizeBodyHtmlWithDomPurify(input, { baseUrl });
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
          expect(fast).not.toMatch(
            /<(?!\/?(?:p|h[2-4]|blockquote|figure|figcaption|ul|ol|li|table|thead|tbody|tfoot|tr|td|th|b|i|strong|em|span|bdi|a|br|img|hr)\b)/,
          );
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
      '<p onclick="x()">x</p>', // DOMPurify drops it, but the subset only drops a few inert names
      '<p dir="rtl" dir="ltr">x</p>', // duplicate attribute
      '<p/>x',
      '<br></br>',
      'AT&T &copy 2024', // legacy reference without semicolon
      '&notit;',
      'a\u0000b',
      '<!-- x --><p>y</p>',
      '<a href="/rel">x</a>', // relative, and no base URL to resolve it against: the href would go
      '<a href="javascript:alert(1)">x</a>',
      '<a href="https://e.example/?q=1&x">x</a>', // `&x` then `"`: the parser's legacy-reference rules decide
      '<a href=" https://e.example/">x</a>', // trimmed by DOMPurify
      '<img src="data:image/png;base64,AAAA">',
      '<img alt="a/>b">',
      '<a href="https://e.example/"><a href="https://e.example/">x</a></a>', // a in a
      '<table><tr><td>x</td></tr></table>', // implied tbody
      '<table><tbody>x<tr><td>y</td></tr></tbody></table>', // foster-parented text
      '<table><caption>c</caption><tbody></tbody></table>',
      '<p><table></table></p>',
    ]) {
      expect(fastSanitizeHtml(input), input).toBeNull();
      expect(sanitizeBodyHtml(input)).toBe(sanitizeBodyHtmlWithDomPurify(input));
    }
  });

  it('takes links, images, figures, lists and tables as agency copy writes them, with the full path’s URLs', () => {
    const base = 'https://www.agency.example/ar/news/7';
    const inputs = [
      '<p dir="rtl">اقرأ أيضاً: <a href="https://www.agency.example/ar/news/8" target="_blank">خبر</a></p>',
      '<p><a href="/ar/news/9" class="more" title="المزيد">المزيد</a> و<a href="mailto:desk@agency.example">البريد</a></p>',
      '<p><a href="https://e.example/search?q=1&amp;lang=ar&page=2">بحث</a></p>',
      '<p><img src="https://media.agency.example/1.jpg" alt="صورة" width="800" height="450"></p>',
      '<figure><img src="/img/2.jpg" alt=""><figcaption>التعليق</figcaption></figure>',
      '<ul>\n<li>أولاً</li>\n<li><b>ثانياً</b></li>\n</ul><hr>',
      '<table><thead><tr><th scope="col">البلد</th><th>النمو</th></tr></thead>\n<tbody><tr><td>كازاخستان</td><td colspan="2">٣٫٥٪</td></tr></tbody></table>',
    ];
    for (const input of inputs) {
      expect(fastSanitizeHtml(input, base), input).not.toBeNull();
      expect(sanitizeBodyHtml(input, { baseUrl: base })).toBe(
        sanitizeBodyHtmlWithDomPurify(input, { baseUrl: base }),
      );
    }
    expect(fastSanitizeHtml(inputs[1]!, base)).toBe(
      '<p><a href="https://www.agency.example/ar/news/9" title="المزيد" target="_blank" rel="noopener noreferrer nofollow">المزيد</a> و<a href="mailto:desk@agency.example" target="_blank" rel="noopener noreferrer nofollow">البريد</a></p>',
    );
  });
});
