/** HTML → plain text: for titles, summaries, search indexing and word counts. */
import { BLOCK_ELEMENTS } from '#shared/html-policy.ts';
import { fastHtmlText } from './html-fast-path.ts';
import {
  collapseWhitespace,
  domTools,
  MAX_NESTING,
  nestingEstimate,
  NodeType,
  stripTags,
  textOfFragment,
} from './html-dom.ts';

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
  return htmlToTextWithoutDom(html) ?? textNeedingDom(html);
}

/**
 * Texts the DOM thread made (dom-thread.ts), by the HTML they were made of, so that the synchronous htmlToText
 * finds them here rather than use a DOM on the event loop: the store step makes each body's text there before
 * its version's word count and search text are taken; a small feed's titles are made there before it is read
 * again (read-feed-off-thread.ts). The oldest go first past TEXTS_KEPT_CHARS of HTML.
 */
const madeElsewhere = new Map<string, string>();
let madeElsewhereChars = 0;
const TEXTS_KEPT_CHARS = 4_000_000;

/** Keeps a text the DOM thread made of `html` (see madeElsewhere). */
export function rememberText(html: string, text: string): void {
  if (madeElsewhere.has(html) || html.length > TEXTS_KEPT_CHARS) return;
  madeElsewhere.set(html, text);
  madeElsewhereChars += html.length;
  for (const [oldest] of madeElsewhere) {
    if (madeElsewhereChars <= TEXTS_KEPT_CHARS) break;
    madeElsewhere.delete(oldest);
    madeElsewhereChars -= oldest.length;
  }
}

/** Forgets every remembered text, as a restart does (tests of what runs after one). */
export function forgetRememberedTexts(): void {
  madeElsewhere.clear();
  madeElsewhereChars = 0;
}

/** What a read under needingDom asked of the DOM, when it is collected rather than done. */
let collecting: Set<string> | null = null;

/**
 * Runs `read` without a DOM for text: what would need one gives '' and is returned in `needed` (HTML to make on
 * the DOM thread with textOfHtml, then read again: read-feed-off-thread.ts).
 */
export function needingDom<T>(read: () => T): { result: T; needed: string[] } {
  const outer = collecting;
  const needed = new Set<string>();
  collecting = needed;
  try {
    return { result: read(), needed: [...needed] };
  } finally {
    collecting = outer;
  }
}

/** The text of HTML outside the fast path: made on the DOM thread already, collected, or made here with jsdom. */
function textNeedingDom(html: string): string {
  const made = madeElsewhere.get(html);
  if (made !== undefined) return made;
  if (collecting) {
    collecting.add(html);
    return '';
  }
  return htmlToTextWithJsdom(html);
}

/** htmlToText's answer where it needs no DOM, else null (the DOM thread then makes it: dom-thread.ts). */
export function htmlToTextWithoutDom(html: string): string | null {
  if (!html) return '';
  // Fast path: most titles carry no markup and no references at all.
  if (!/[<&]/.test(html)) return collapseWhitespace(html);
  // Markup inside the well-nested subset (html-fast-path.ts) gives the same text without jsdom.
  const fast = fastHtmlText(html);
  return fast === null ? null : collapseWhitespace(fast);
}

/** htmlToText without the fast path: the jsdom walk for every input (differential tests, benches). */
export function htmlToTextWithJsdom(html: string): string {
  if (!html) return '';
  if (!/[<&]/.test(html)) return collapseWhitespace(html);
  if (nestingEstimate(html) > MAX_NESTING) return collapseWhitespace(textOfFragment(stripTags(html)));
  const template = domTools().document.createElement('template');
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
  return text.includes('&') ? htmlToText(entitiesAsHtml(text)) : text;
}

/** Plain text as the HTML whose text decodeEntities gives: its `<` literal. */
export function entitiesAsHtml(text: string): string {
  return text.replace(/</g, '&lt;');
}
