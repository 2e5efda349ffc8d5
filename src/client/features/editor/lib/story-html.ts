/**
 * The editor's HTML as it is saved: clean and stable, and exactly what the server will store. The editor writes
 * its own schema's HTML; this applies the shared normalisation (src/shared/editorial/story-html.ts: no list
 * inside a paragraph, no empty paragraph, no no-break-space runs, no bidi controls, each block's direction from
 * its text), then does what the server's sanitiser does to links (an absolute address with an allowed scheme,
 * then the policy's target and rel, in that order) and keeps no other attribute than a block's `dir`. A list
 * item holding a single paragraph is written as the item alone (`<li>text</li>`, not `<li><p>text</p></li>`).
 *
 * Because the server applies the same steps after its own sanitiser, what the editor sends and what readers
 * receive are the same string.
 */
import { normalizeStoryDom } from '#shared/editorial/story-html.ts';
import { allowedUrl, LINK_ATTRIBUTES, LINK_SCHEMES, STORY_ELEMENTS } from '#shared/html-policy.ts';
import type { Direction } from '#shared/text/direction.ts';

const ALLOWED: ReadonlySet<string> = new Set(STORY_ELEMENTS);

/** `<li><p>text</p></li>` → `<li>text</li>` when the paragraph is the item's only child. */
function unwrapSingleParagraphItems(root: Element): void {
  for (const item of root.querySelectorAll('li')) {
    const only = item.children.length === 1 && item.firstElementChild?.localName === 'p';
    const bare = [...item.childNodes].every(
      (node) => node === item.firstElementChild || !(node.textContent ?? '').trim(),
    );
    if (only && bare) item.replaceChildren(...item.firstElementChild!.childNodes);
  }
}

/** Elements outside the story's language keep their text; attributes other than dir and links' go. */
function cleanElements(root: Element): void {
  for (const element of [...root.querySelectorAll('*')].toReversed()) {
    if (!ALLOWED.has(element.localName)) {
      element.replaceWith(...element.childNodes);
      continue;
    }
    if (element.localName === 'a') {
      const href = allowedUrl(element.getAttribute('href') ?? '', LINK_SCHEMES);
      if (href === null) {
        element.replaceWith(...element.childNodes);
        continue;
      }
      for (const name of element.getAttributeNames()) element.removeAttribute(name);
      element.setAttribute('href', href);
      element.setAttribute('target', LINK_ATTRIBUTES.target);
      element.setAttribute('rel', LINK_ATTRIBUTES.rel);
      continue;
    }
    for (const name of element.getAttributeNames()) if (name !== 'dir') element.removeAttribute(name);
  }
}

let inert: Document | null = null;

/**
 * A document of its own for HTML not yet cleaned (a draft, a paste): elements made in the page's document load
 * their images and run their handlers even detached (only the CSP stopped a draft's `<img onerror>`); in one
 * with no browsing context they do neither.
 */
function inertDocument(): Document {
  inert ??= document.implementation.createHTMLDocument('');
  return inert;
}

/** The story HTML to save, from the editor's HTML (see module comment). */
export function storyHtmlToSave(
  html: string,
  baseDirection: Direction,
  doc: Document = inertDocument(),
): string {
  const template = doc.createElement('template');
  template.innerHTML = html;
  const root = doc.createElement('div');
  root.append(template.content);
  unwrapSingleParagraphItems(root);
  cleanElements(root);
  normalizeStoryDom(root, baseDirection);
  return root.innerHTML;
}

/** The text of story HTML as the server counts it: blocks separated by a space, white space collapsed. */
export function storyText(html: string, doc: Document = inertDocument()): string {
  const template = doc.createElement('template');
  template.innerHTML = html.replace(/<(\/?)(p|h2|h3|li|blockquote|ul|ol|br)\b/gi, ' <$1$2');
  return (template.content.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Wire HTML a story cannot hold without losing something a reader saw: media, tables, rules, embeds. */
const LOSSY = /<(?:img|picture|video|audio|iframe|object|embed|svg|math|canvas|table|hr|figure)\b/i;

/** Whether saving this HTML as a story would leave out something a reader saw (an image, a table…). */
export function losesContentAsStory(html: string): boolean {
  return LOSSY.test(html);
}
