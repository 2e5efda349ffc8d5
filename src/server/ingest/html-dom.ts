/**
 * The one jsdom window of the process, built on first use (not at import: a process that never meets HTML
 * outside the fast path, like the CLI's `tag` or a server with only plain wire copy, never pays its ~100 MB),
 * and the helpers that read HTML with it. DOMPurify calls are synchronous, so sharing the window between
 * concurrently polled feeds is safe: nothing interleaves inside a call.
 */
import { createRequire } from 'node:module';
import type { DOMPurify } from 'dompurify';
import type * as JsdomModule from 'jsdom';
import { VOID_ELEMENTS } from '#shared/html-policy.ts';

// jsdom and DOMPurify are required (both ship CommonJS), not imported: an import is resolved when the process
// starts, and jsdom's module graph alone costs ~650 ms and ~90 MB, which every CLI command and server start
// would pay before doing anything. `require` is synchronous, so `domTools()` stays a plain call.
const require = createRequire(import.meta.url);

interface DomTools {
  document: Document;
  purify: DOMPurify;
}

let tools: DomTools | null = null;

/** The shared window's document and a DOMPurify bound to it. */
export function domTools(): DomTools {
  uses++;
  if (!tools) {
    const { JSDOM } = require('jsdom') as typeof JsdomModule;
    const createDOMPurify = require('dompurify') as DOMPurify;
    const { window } = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>');
    // DOMPurify's WindowLike type is narrower than jsdom's DOMWindow type in ways that do not matter at run time.
    const purify = createDOMPurify(window as unknown as Parameters<DOMPurify>[0]);
    tools = { document: window.document, purify };
  }
  return tools;
}

let uses = 0;
/** How many times this thread has used its window (the server's event loop never does: dom-thread.ts). */
export function domUses(): number {
  return uses;
}

export const NodeType = { ELEMENT: 1, TEXT: 3 } as const;

/** The text of an HTML fragment, parsed inertly in the shared window (no scripts run, nothing is fetched). */
export function textOfFragment(html: string): string {
  const template = domTools().document.createElement('template');
  template.innerHTML = html;
  return template.content.textContent ?? '';
}

/**
 * Deeply nested markup is a denial-of-service vector: jsdom's serialiser and any recursive walk overflow the stack
 * somewhere past a few thousand levels, and parsing 50,000 nested <div>s takes a minute. Browsers cap the depth
 * too (Blink's parser flattens beyond 512). Before parsing, estimate the depth from the tags alone — counting only
 * elements that can nest, so `<p>` and `<li>` without end tags do not count — and above MAX_NESTING fall back
 * to the text.
 */
export const MAX_NESTING = 512;

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

export function stripTags(html: string): string {
  // Code and style blocks are not text; drop them with their content before dropping the tags.
  return html
    .replace(/<(script|style|template|noscript|textarea|iframe)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>?/g, ' ');
}

/** Runs of white space (no-break spaces included: `\s` has them) as one space, trimmed. */
export function collapseWhitespace(text: string): string {
  // A single plain space is left where it is: replacing each of them too made a copy per word, and this ran
  // at about half the speed (50 ms against 20 for the text of 20,000 agency bodies).
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}
