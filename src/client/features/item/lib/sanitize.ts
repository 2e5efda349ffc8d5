/**
 * The browser's own sanitising of body HTML, just before it becomes DOM (the item pane and the text editor).
 * The server sanitised it already on the way in (src/server/ingest/sanitize.ts); this is the second, independent
 * line, configured like the first: HTML only (no SVG, no MathML), no scripts, styles, frames, forms, objects,
 * base or meta, no style/class/id attributes, and URLs only absolute: https for images, http(s)/mailto/tel for
 * links. Links open in a new tab that cannot reach back into the app.
 */
import DOMPurify from 'dompurify';

const FORBID_TAGS = [
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
];
const ALLOWED_ATTR = ['href', 'dir', 'lang', 'title', 'alt', 'src', 'colspan', 'rowspan', 'target', 'rel'];
const URL_ATTRIBUTES = ['href', 'src'];
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
// Images over plain http would be refused by the CSP (img-src https:) anyway: drop them here, quietly.
const RESOURCE_SCHEMES = new Set(['https:']);

/** An absolute URL with an allowed scheme, or null (relative URLs would resolve against the dashboard). */
function allowedUrl(value: string, schemes: ReadonlySet<string>): string | null {
  try {
    const url = new URL(value.trim());
    return schemes.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const purify = DOMPurify();
purify.addHook('afterSanitizeAttributes', (node) => {
  for (const name of URL_ATTRIBUTES) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    const isLink = name === 'href' && node.tagName === 'A';
    const url = allowedUrl(value, isLink ? LINK_SCHEMES : RESOURCE_SCHEMES);
    if (url === null) node.removeAttribute(name);
  }
  if (node.tagName === 'A') {
    if (node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer nofollow');
    } else {
      node.removeAttribute('target');
      node.removeAttribute('rel');
    }
  }
});

/** Body HTML as it may be put into the page. */
export function sanitizeBody(html: string): string {
  if (!html) return '';
  return purify.sanitize(html, {
    ALLOWED_ATTR,
    FORBID_TAGS,
    ALLOW_DATA_ATTR: false,
    // DOMPurify applies this to every attribute value that is not known to be URL-free (`dir="rtl"` included),
    // so it must let plain values through; the hook above then allows only absolute URLs in href and src.
    ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  });
}
