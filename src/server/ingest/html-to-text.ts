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
  return htmlToTextWithoutDom(html) ?? htmlToTextWithJsdom(html);
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
  return decodeEntitiesWithoutDom(text) ?? htmlToTextWithJsdom(text.replace(/</g, '&lt;'));
}

/** decodeEntities' answer where it needs no DOM, else null (the DOM thread then makes it: dom-thread.ts). */
export function decodeEntitiesWithoutDom(text: string): string | null {
  if (!text.includes('&')) return text;
  return htmlToTextWithoutDom(text.replace(/</g, '&lt;'));
}
