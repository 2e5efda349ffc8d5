/**
 * The browser's own sanitising of body HTML, just before it becomes DOM (the item pane and the text editor).
 * The server sanitised it already on the way in (src/server/ingest/sanitize.ts); this is the second, independent
 * line, under the same shared policy (src/shared/html-policy.ts). Images are never loaded from the agency's
 * host: their address becomes the server's image route (`/api/images?url=…`), which fetches them behind the
 * address guard — the Content-Security-Policy allows images from this origin only.
 */
import DOMPurify from 'dompurify';
import {
  ALLOWED_ATTRIBUTES,
  PURIFY_ATTRIBUTE_RULES,
  allowedUrl,
  FORBIDDEN_ELEMENTS,
  LINK_ATTRIBUTES,
  LINK_SCHEMES,
  URL_ATTRIBUTES,
} from '#shared/html-policy.ts';
import { blockDirectionOf, neutralizeBidiControls, type Direction } from '#shared/text/direction.ts';

const IMAGE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);

/** Where the page loads a wire image from: the server's image route. */
export function proxiedImageUrl(url: string): string {
  return `/api/images?url=${encodeURIComponent(url)}`;
}

const purify = DOMPurify();
// Bidi embedding and override controls could reverse what a reader sees: the display isolates runs itself.
purify.addHook('afterSanitizeElements', (node) => {
  // 3: a text node (`Node.TEXT_NODE`; no `Node` global where this runs outside a browser, as in the attack suite).
  if (node.nodeType === 3 && node.textContent) node.textContent = neutralizeBidiControls(node.textContent);
});
purify.addHook('afterSanitizeAttributes', (node) => {
  for (const name of URL_ATTRIBUTES) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    const isLink = name === 'href' && node.tagName === 'A';
    const url = allowedUrl(value, isLink ? LINK_SCHEMES : IMAGE_SCHEMES);
    if (url === null) node.removeAttribute(name);
    else if (name === 'src') node.setAttribute('src', proxiedImageUrl(url));
  }
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', LINK_ATTRIBUTES.target);
    node.setAttribute('rel', LINK_ATTRIBUTES.rel);
  } else {
    node.removeAttribute('target');
    node.removeAttribute('rel');
  }
});

/** Body HTML as it may be put into the page. */
export function sanitizeBody(html: string): string {
  if (!html) return '';
  return purify.sanitize(html, {
    // target and rel only as the hook above writes them on links.
    ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES, 'target', 'rel'],
    FORBID_TAGS: [...FORBIDDEN_ELEMENTS],
    ...PURIFY_ATTRIBUTE_RULES,
  });
}

/** Blocks that get a direction of their own when the HTML does not give one. */
const DIRECTED_BLOCKS = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, td, th, dt, dd, figcaption, pre';

/**
 * Body HTML with every block's direction from its own text (`blockDirectionOf`: the story's language's direction
 * unless the other script's words outnumber its own more than two to one, never its first letter). An Arabic
 * paragraph that opens with "Apple" or "2025", or names more Latin letters than it has Arabic ones, stays right
 * to left; an English quote in an Arabic story is left to right. A `dir`
 * the HTML carries is replaced: an agency's markup can be wrong, and a saved story's blocks were directed by the
 * same rule. For HTML that is already sanitised.
 */
export function withBlockDirections(html: string, base: Direction): string {
  if (!html) return '';
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const block of template.content.querySelectorAll(DIRECTED_BLOCKS))
    block.setAttribute('dir', blockDirectionOf(block.textContent ?? '', base));
  return template.innerHTML;
}
