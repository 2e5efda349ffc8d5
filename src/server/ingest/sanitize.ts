import createDOMPurify, { type Config } from 'dompurify';
import { JSDOM } from 'jsdom';
import { LIMITS } from '../../shared/schemas/items.ts';
import { fastHtmlText, fastSanitizeHtml } from './html-fast-path.ts';

/**
 * Wire HTML → HTML that is safe to render inside the dashboard.
 *
 * DOMPurify runs on ONE jsdom window made when this module loads: building a JSDOM costs milliseconds, sanitising
 * a body costs microseconds, and a poller handles thousands of items. DOMPurify calls are synchronous, so sharing
 * the window between concurrently polled feeds is safe (nothing interleaves inside a call), and nothing from one
 * call survives into the next (no hooks, no per-call config left behind).
 *
 * Choices, beyond DOMPurify's defaults:
 * - HTML profile only: no SVG, no MathML (news bodies do not need them; they are where mXSS bugs live).
 * - Removed with their markup: script, style, form and its controls, iframe/frame, object, embed, base, meta,
 *   link, template, noscript. `style`, `class` and `id` attributes go too: wire copy must not restyle or overlay
 *   the dashboard (`class="fixed inset-0"` would be a Tailwind overlay), nor clobber ids the page uses.
 * - Kept: `dir` and `lang` (Arabic copy needs them), `<bdi>`/`<bdo>`, and every bidi or zero-width character.
 * - URLs: after DOMPurify, every URL attribute is resolved against the item's base URL; only http(s) survives in
 *   `src`-like attributes and http(s)/mailto/tel in `href`. `data:` is refused everywhere, images included: a
 *   data image cannot be proxied or cached, may be megabytes inside the body cap, and `data:image/svg+xml` has a
 *   history. Relative URLs that cannot be made absolute are dropped rather than left to resolve against the
 *   dashboard's own origin.
 * - Links open in a new tab: `target="_blank"` with `rel="noopener noreferrer nofollow"` on every `<a href>`, so
 *   an editor clicking through never loses the queue and the wire site gets neither `window.opener` nor referrer.
 * - Size: the output is at most `LIMITS.body` characters of HTML. Input beyond 1.25 times that is cut before
 *   parsing (it bounds the parser's work; HTML parsing repairs the cut). If the clean HTML is still too long, the
 *   TEXT is cut: the tree is walked in document order, the text node where the budget runs out is shortened at a
 *   word boundary, everything after it is removed, and an ellipsis is appended. Tags are never split.
 */

const { window } = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>');
// DOMPurify's WindowLike type is narrower than jsdom's DOMWindow type in ways that do not matter at run time.
const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
const document = window.document;
const NodeType = { ELEMENT: 1, TEXT: 3 } as const;

const PURIFY_CONFIG: Config & { RETURN_DOM: true } = {
  USE_PROFILES: { html: true },
  ADD_ATTR: ['dir', 'lang'],
  FORBID_TAGS: [
    'script',
    'style',
    'form',
    'input',
    'button',
    'select',
    'option',
    'optgroup',
    'textarea',
    'datalist',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'base',
    'meta',
    'link',
    'template',
    'noscript',
    'dialog',
    'portal',
    'svg',
    'math',
  ],
  FORBID_ATTR: ['style', 'class', 'id', 'srcset', 'target', 'autofocus', 'formaction', 'ping'],
  ALLOW_DATA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  RETURN_DOM: true,
};

const URL_ATTRIBUTES = ['href', 'src', 'cite', 'poster', 'background', 'longdesc', 'action', 'xlink:href'];
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const RESOURCE_SCHEMES = new Set(['http:', 'https:']);
// jsdom + DOMPurify need 50–100 µs per element: a quarter over the cap leaves room for markup that the cleaning
// removes, and bounds a pathological body (all tags, no text) to a couple of seconds.
const MAX_INPUT = Math.round(LIMITS.body * 1.25);
const ELLIPSIS = '…';

export interface SanitizeOptions {
  /** Absolute URL that relative links and image sources in the body are resolved against. */
  baseUrl?: string | null;
  /** Maximum length of the returned HTML; defaults to LIMITS.body. */
  maxLength?: number;
}

/**
 * Sanitise wire HTML for display: DOMPurify + URL resolution + link rel + a size cap (see module comment).
 * Bodies provably inside a small safe subset (html-fast-path.ts) are serialised without jsdom; the result is
 * the same string DOMPurify gives (html-fast-path.test.ts proves it differentially). Everything else, and any
 * fast result over the size cap, goes through DOMPurify.
 */
export function sanitizeBodyHtml(html: string, options: SanitizeOptions = {}): string {
  if (!html || !/\S/.test(html)) return '';
  const maxLength = options.maxLength ?? LIMITS.body;
  const input = html.length > MAX_INPUT ? cutString(html, MAX_INPUT) : html;
  const fast = fastSanitizeHtml(input);
  if (fast !== null && fast.length <= maxLength) return fast.trim();
  return purified(input, maxLength, options.baseUrl ?? null);
}

/** sanitizeBodyHtml without the fast path: DOMPurify on jsdom for every input (differential tests, benches). */
export function sanitizeBodyHtmlWithDomPurify(html: string, options: SanitizeOptions = {}): string {
  if (!html || !/\S/.test(html)) return '';
  const maxLength = options.maxLength ?? LIMITS.body;
  const input = html.length > MAX_INPUT ? cutString(html, MAX_INPUT) : html;
  return purified(input, maxLength, options.baseUrl ?? null);
}

function purified(input: string, maxLength: number, baseUrl: string | null): string {
  // Text without a single tag cannot carry markup: decode its references and escape it again, which is exactly
  // what DOMPurify would return, without the cost (and the retained document, below) of a DOMPurify call.
  if (!input.includes('<')) {
    const text = textOfFragment(input);
    const escaped = escapeHtml(text);
    return (
      escaped.length > maxLength ? escapeHtml(cutAtWord(text, maxLength - 64)) + ELLIPSIS : escaped
    ).trim();
  }
  if (nestingEstimate(input) > MAX_NESTING) return flattenedBody(input, maxLength);
  // With RETURN_DOM, DOMPurify returns the <body> element of its working document — or null when the input
  // parses into a document without one (a <frameset> page), in which case nothing displayable survives.
  const body = purify.sanitize(input, PURIFY_CONFIG) as Element | null;
  if (!body) return '';
  try {
    fixUrlsAndLinks(body, baseUrl);
    const out = body.innerHTML;
    return (out.length > maxLength ? truncateTree(body, maxLength) : out).trim();
  } finally {
    // DOMPurify walks each document with a NodeIterator, and jsdom tracks iterators through a WeakRef; a WeakRef
    // keeps its target alive until the current synchronous job ends, so in one readFeed of thousands of items
    // every working document would survive until the feed is done (~100 KB each for ordinary bodies).
    // Emptying the body leaves only the empty document shell (~12 KB) to wait for the end of the job.
    body.replaceChildren();
  }
}

/** The text of an HTML fragment, parsed inertly in the shared window (no scripts run, nothing is fetched). */
function textOfFragment(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.textContent ?? '';
}

/**
 * All descendant elements, in document order. A plain sibling walk: querySelectorAll on a fresh document per call
 * makes jsdom's selector engine slower with every call, and indexing a live `children` collection is linear.
 */
function descendants(root: Element): Element[] {
  const out: Element[] = [];
  let el = root.firstElementChild;
  while (el) {
    out.push(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) {
      el = el.parentElement;
      if (el === root) el = null;
    }
    el = el ? el.nextElementSibling : null;
  }
  return out;
}

function fixUrlsAndLinks(root: Element, baseUrl: string | null): void {
  for (const el of descendants(root)) {
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      const isLink = name === 'href' && el.localName === 'a';
      const resolved = absoluteUrl(value, baseUrl, isLink ? LINK_SCHEMES : RESOURCE_SCHEMES);
      if (resolved === null) el.removeAttribute(name);
      else if (resolved !== value) el.setAttribute(name, resolved);
    }
    if (el.localName === 'a' && el.hasAttribute('href')) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer nofollow');
    } else if (el.localName === 'a') {
      el.removeAttribute('rel');
    }
  }
}

function absoluteUrl(value: string, baseUrl: string | null, schemes: Set<string>): string | null {
  // Browsers strip tabs/newlines and leading/trailing C0 controls from URLs; so does the URL parser.
  const trimmed = value.trim();
  if (!trimmed) return null;
  try {
    const url = baseUrl ? new URL(trimmed, baseUrl) : new URL(trimmed);
    return schemes.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Serialise the tree, cutting the TEXT (never the markup) so the result fits `maxLength`: one pass in document
 * order; an element is only opened if its start and end tags still fit, and its end tag's length is reserved
 * while its content is written, so every element that is opened is closed. The text node where the budget runs
 * out is shortened at a word boundary and gets an ellipsis; everything after it is left out.
 */
function truncateTree(root: Element, maxLength: number): string {
  let out = '';
  let reserved = 0; // end tags of the elements currently open
  let done = false;
  const budget = (): number => maxLength - ELLIPSIS.length - reserved - out.length;
  const walk = (node: Element): void => {
    for (let child = node.firstChild; child && !done; child = child.nextSibling) {
      if (child.nodeType === NodeType.TEXT) {
        const escaped = escapeHtml(child.nodeValue ?? '');
        if (escaped.length <= budget()) out += escaped;
        else {
          out += escapeHtml(cutAtWord(child.nodeValue ?? '', Math.max(0, budget()))) + ELLIPSIS;
          done = true;
        }
      } else if (child.nodeType === NodeType.ELEMENT) {
        const el = child as Element;
        const shell = (el.cloneNode(false) as Element).outerHTML;
        const endTag = VOID_ELEMENTS.has(el.localName) ? '' : `</${el.localName}>`;
        const startTag = shell.slice(0, shell.length - endTag.length);
        if (startTag.length + endTag.length > budget()) {
          out += ELLIPSIS;
          done = true;
          return;
        }
        out += startTag;
        reserved += endTag.length;
        walk(el);
        reserved -= endTag.length;
        out += endTag;
      }
    }
  };
  walk(root);
  return out;
}

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

function cutAtWord(text: string, room: number): string {
  if (room <= 0) return '';
  const cut = cutString(text, room);
  const space = cut.search(/\s\S*$/);
  return space > room * 0.8 ? cut.slice(0, space) : cut;
}

/** Cut a string to at most `length` UTF-16 units without splitting a surrogate pair. */
function cutString(text: string, length: number): string {
  if (text.length <= length) return text;
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

/** Text escaping exactly as the HTML serialiser does it, so the cut output re-serialises identically. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/\u00a0/g, '&nbsp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * Deeply nested markup is a denial-of-service vector: jsdom's serialiser and any recursive walk overflow the stack
 * somewhere past a few thousand levels, and parsing 50,000 nested <div>s takes a minute. Browsers cap the depth
 * too (Blink's parser flattens beyond 512). Before parsing, estimate the depth from the tags alone — counting only
 * elements that can nest, so `<p>` and `<li>` without end tags do not count — and above MAX_NESTING fall back
 * to the text, escaped, in paragraphs.
 */
const MAX_NESTING = 512;
const NOT_NESTING = new Set([
  ...VOID_ELEMENTS,
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'tbody',
  'thead',
  'tfoot',
  'colgroup',
  'caption',
  'rt',
  'rp',
  'html',
  'head',
  'body',
]);

/** An upper-bound estimate of the element nesting depth of an HTML string, from its tags alone. */
export function nestingEstimate(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/g)) {
    const name = m[2]!.toLowerCase();
    if (NOT_NESTING.has(name)) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

function stripTags(html: string): string {
  // Code and style blocks are not text; drop them with their content before dropping the tags.
  return html
    .replace(/<(script|style|template|noscript|textarea|iframe)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>?/g, ' ');
}

function flattenedBody(html: string, maxLength: number): string {
  const text = collapseWhitespace(textOfFragment(stripTags(html)));
  const cut = text.length > maxLength - 64 ? cutAtWord(text, maxLength - 64) + ELLIPSIS : text;
  return cut ? `<p>${escapeHtml(cut)}</p>` : '';
}

const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
// Elements whose content is code or raw text, not prose. (<object>'s children are fallback text and are kept.)
const SKIPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
  'textarea',
]);

/** HTML → plain text for titles and summaries: entities decoded, tags dropped, block breaks become spaces. */
export function htmlToText(html: string): string {
  if (!html) return '';
  // Fast path: most titles carry no markup and no references at all.
  if (!/[<&]/.test(html)) return collapseWhitespace(html);
  // Markup inside the well-nested subset (html-fast-path.ts) gives the same text without jsdom.
  const fast = fastHtmlText(html);
  if (fast !== null) return collapseWhitespace(fast);
  return htmlToTextWithJsdom(html);
}

/** htmlToText without the fast path: the jsdom walk for every input (differential tests, benches). */
export function htmlToTextWithJsdom(html: string): string {
  if (!html) return '';
  if (!/[<&]/.test(html)) return collapseWhitespace(html);
  if (nestingEstimate(html) > MAX_NESTING) return collapseWhitespace(textOfFragment(stripTags(html)));
  const template = document.createElement('template');
  template.innerHTML = html;
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === NodeType.TEXT) {
        parts.push(child.nodeValue ?? '');
      } else if (child.nodeType === NodeType.ELEMENT) {
        const name = (child as Element).localName;
        if (SKIPPED_ELEMENTS.has(name)) continue;
        const block = BLOCK_ELEMENTS.has(name);
        if (block) parts.push(' ');
        walk(child);
        if (block) parts.push(' ');
      }
    }
  };
  walk(template.content);
  return collapseWhitespace(parts.join(''));
}

/** Decode HTML character references in plain text, leaving any `<` literal (for text that is not HTML). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return htmlToText(text.replace(/</g, '&lt;'));
}

function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
