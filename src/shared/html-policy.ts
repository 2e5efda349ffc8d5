/**
 * THE policy for body HTML, written once: what the server's sanitiser (src/server/ingest/sanitize.ts) lets into
 * the database and what the browser's (src/client/lib/sanitize-html.ts) lets into the page. Both configure
 * DOMPurify from these lists, and each side has a test that walks them, so the two lines of defence cannot
 * drift apart.
 *
 * - HTML only: no SVG, no MathML (news bodies do not need them; they are where mXSS bugs live).
 * - Removed with their markup: scripts, styles, forms and their controls, frames, objects, base, meta, link,
 *   template, noscript, dialog. `style`, `class` and `id` never survive: wire copy must not restyle or overlay
 *   the dashboard (`class="fixed inset-0"` would be a Tailwind overlay), nor clobber ids the page uses.
 * - Kept: `dir` and `lang` (Arabic copy needs them), `<bdi>`/`<bdo>`, every bidi or zero-width character.
 * - URLs: only absolute; links http(s)/mailto/tel, resources (images) http(s); `data:` nowhere.
 * - Links open in a new tab that cannot reach back into the app and tells the wire site nothing.
 */

/** Elements removed together with their content. */
export const FORBIDDEN_ELEMENTS: readonly string[] = [
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

/** Attributes an element of a body may carry (everything else, `on*`, `style`, `class`, `id`… is dropped). */
export const ALLOWED_ATTRIBUTES: readonly string[] = [
  'href',
  'src',
  'alt',
  'title',
  'dir',
  'lang',
  'cite',
  'datetime',
  'colspan',
  'rowspan',
  'scope',
  'headers',
  'start',
  'reversed',
  'width',
  'height',
];

/** What the sanitiser itself writes on every `<a href>`; the browser's second pass keeps exactly these. */
export const LINK_ATTRIBUTES = { target: '_blank', rel: 'noopener noreferrer nofollow' } as const;

/** Attributes whose value is a URL, checked against the schemes below (others are dropped by the allowlist). */
export const URL_ATTRIBUTES: readonly string[] = ['href', 'src', 'cite'];

/** Schemes a link (`<a href>`) may use. */
export const LINK_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Schemes a resource (`src`, `cite`) may use. */
export const RESOURCE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * DOMPurify's pre-filter for attribute values. It applies to every value not known to be URL-free (`dir="rtl"`
 * included), so it lets plain values through; the URL check above then allows only absolute URLs.
 */
export const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/**
 * What every DOMPurify call of the policy sets beside its lists (the wire's and the story's, on the server and
 * in the browser): no `data-*` attributes, no `aria-*` ones (an agency's or a paste's `aria-hidden` would hide a
 * paragraph from the desk's screen readers, and its `aria-describedby` would point at the dashboard's own
 * elements), and the URL pre-filter above.
 */
export const PURIFY_ATTRIBUTE_RULES = {
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP,
} as const;

/** Elements that never have content or an end tag. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
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

/** Elements that break text into blocks: HTML → text puts a space around each. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
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

/** An absolute URL with one of the schemes, normalised, or null (relative, malformed or another scheme). */
export function allowedUrl(
  value: string,
  schemes: ReadonlySet<string>,
  baseUrl?: string | null,
): string | null {
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
 * A story's body, as the desk writes it, is a smaller language than wire copy: these elements and no others.
 * The editor's schema (src/client/features/editor) is built from this list and the server's sanitiser allows
 * exactly it for stories; a test on each side walks it.
 */
export const STORY_ELEMENTS = [
  'p',
  'h2',
  'h3',
  'strong',
  'em',
  'ul',
  'ol',
  'li',
  'blockquote',
  'a',
  'br',
] as const;
export type StoryElement = (typeof STORY_ELEMENTS)[number];

/** Blocks that carry their own direction (`dir`), taken from their text. */
export const STORY_BLOCKS: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'li', 'blockquote']);

/** Attributes a story's body may carry: links' href (and the link attributes above), blocks' dir. */
export const STORY_ATTRIBUTES: readonly string[] = ['href', 'dir'];
