/**
 * Wire HTML → HTML that is safe to render inside the dashboard, under the shared policy
 * (src/shared/html-policy.ts: what is removed, which attributes stay, which URL schemes).
 *
 * DOMPurify runs on the process's one jsdom window (html-dom.ts): building a JSDOM costs milliseconds, sanitising
 * a body costs microseconds, and a poller handles thousands of items. Nothing from one call survives into the next
 * (no hooks, no per-call config left behind).
 *
 * Beyond the policy:
 * - URLs: after DOMPurify, every URL attribute is resolved against the item's base URL and kept only with an
 *   allowed scheme. `data:` is refused everywhere, images included: a data image cannot be proxied or cached,
 *   may be megabytes inside the body cap, and `data:image/svg+xml` has a history. Relative URLs that cannot be
 *   made absolute are dropped rather than left to resolve against the dashboard's own origin.
 * - Size: the output is at most `LIMITS.body` characters of HTML. Input beyond 1.25 times that is cut before
 *   parsing (it bounds the parser's work; HTML parsing repairs the cut). If the clean HTML is still too long, the
 *   TEXT is cut: the tree is walked in document order, the text node where the budget runs out is shortened at a
 *   word boundary, everything after it is removed, and an ellipsis is appended. Tags are never split.
 */
import type { Config } from 'dompurify';
import {
  ALLOWED_ATTRIBUTES,
  PURIFY_ATTRIBUTE_RULES,
  allowedUrl,
  FORBIDDEN_ELEMENTS,
  LINK_ATTRIBUTES,
  LINK_SCHEMES,
  RESOURCE_SCHEMES,
  URL_ATTRIBUTES,
  VOID_ELEMENTS,
} from '#shared/html-policy.ts';
import { LIMITS } from '#shared/schemas/items.ts';
import { fastSanitizeHtml } from './html-fast-path.ts';
import {
  collapseWhitespace,
  domTools,
  MAX_NESTING,
  nestingEstimate,
  NodeType,
  stripTags,
  textOfFragment,
} from './html-dom.ts';
import { neutralizeBidiControls } from '#shared/text/direction.ts';

const PURIFY_CONFIG: Config & { RETURN_DOM: true } = {
  ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES],
  FORBID_TAGS: [...FORBIDDEN_ELEMENTS],
  ...PURIFY_ATTRIBUTE_RULES,
  RETURN_DOM: true,
};

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
 * The input, cut to MAX_INPUT, without bidi embedding, override and isolate controls: in a body they can only
 * reverse what readers see (the display isolates runs itself), so they go at ingest, as they do from headlines.
 */
function withoutBidiControls(html: string): string {
  return neutralizeBidiControls(html.length > MAX_INPUT ? cutString(html, MAX_INPUT) : html);
}

/**
 * Sanitise wire HTML for display: DOMPurify + URL resolution + link rel + a size cap (see module comment).
 * Bodies provably inside a small safe subset (html-fast-path.ts) are serialised without jsdom; the result is
 * the same string DOMPurify gives (html-fast-path.test.ts proves it differentially). Everything else, and any
 * fast result over the size cap, goes through DOMPurify.
 */
export function sanitizeBodyHtml(html: string, options: SanitizeOptions = {}): string {
  if (!html || !/\S/.test(html)) return '';
  const input = withoutBidiControls(html);
  return (
    fastResult(input, options) ?? purified(input, options.maxLength ?? LIMITS.body, options.baseUrl ?? null)
  );
}

/**
 * sanitizeBodyHtml's answer where it needs no DOM (empty input, or the fast path within the size cap), else
 * null: the body then goes through DOMPurify, on the DOM thread in the server (dom-thread.ts).
 */
export function sanitizeBodyHtmlWithoutDom(html: string, options: SanitizeOptions = {}): string | null {
  if (!html || !/\S/.test(html)) return '';
  return fastResult(withoutBidiControls(html), options);
}

/** The fast path's result for prepared input (withoutBidiControls), or null when it gives up or is over the cap. */
function fastResult(input: string, options: SanitizeOptions): string | null {
  const fast = fastSanitizeHtml(input, options.baseUrl ?? null);
  return fast !== null && fast.length <= (options.maxLength ?? LIMITS.body) ? fast.trim() : null;
}

/** sanitizeBodyHtml without the fast path: DOMPurify on jsdom for every input (differential tests, benches). */
export function sanitizeBodyHtmlWithDomPurify(html: string, options: SanitizeOptions = {}): string {
  if (!html || !/\S/.test(html)) return '';
  const maxLength = options.maxLength ?? LIMITS.body;
  const input = withoutBidiControls(html);
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
  const body = domTools().purify.sanitize(input, PURIFY_CONFIG) as Element | null;
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
      const resolved = allowedUrl(value, isLink ? LINK_SCHEMES : RESOURCE_SCHEMES, baseUrl);
      if (resolved === null) el.removeAttribute(name);
      else if (resolved !== value) el.setAttribute(name, resolved);
    }
    if (el.localName === 'a' && el.hasAttribute('href')) {
      el.setAttribute('target', LINK_ATTRIBUTES.target);
      el.setAttribute('rel', LINK_ATTRIBUTES.rel);
    }
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

function flattenedBody(html: string, maxLength: number): string {
  const text = collapseWhitespace(textOfFragment(stripTags(html)));
  const cut = text.length > maxLength - 64 ? cutAtWord(text, maxLength - 64) + ELLIPSIS : text;
  return cut ? `<p>${escapeHtml(cut)}</p>` : '';
}
