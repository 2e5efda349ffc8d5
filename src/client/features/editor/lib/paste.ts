/**
 * Pasted HTML (Word, Google Docs, a web page) before the editor's schema parses it. The schema already keeps
 * only story elements; this step does what the schema cannot: it measures the paste before any of it is parsed
 * (a 5 MB page must not freeze the editor, and a paste that would take the body over its limit is refused as a
 * whole, never cut), removes what carries no story text (scripts, styles, media, Word's hidden list bullets and
 * conditional comments, bidi controls), turns Word's fake lists into real ones and maps headings onto the
 * story's two levels. It works on an inert document (DOMParser): nothing pasted ever runs.
 *
 * Inline styles and event handlers never reach a DOM, not even an inert one: Chromium reports every `style`
 * and `on…` attribute it parses as a CSP violation (style-src, script-src-attr), though nothing runs. They are
 * renamed in the markup first (handlers to an inert name, then dropped by the schema), and what styles meant
 * for a story (bold, italic, Google Docs' "not bold" wrapper) becomes <strong> and <em>.
 */
import { BLOCK_ELEMENTS, FORBIDDEN_ELEMENTS } from '#shared/html-policy.ts';
import { countCharacters } from '#shared/editorial/counts.ts';
import { neutralizeBidiControls } from '#shared/text/direction.ts';

/** Removed with their content: nothing in them is story text. */
const DROPPED = [...FORBIDDEN_ELEMENTS, 'head', 'title', 'img', 'picture', 'video', 'audio', 'canvas', 'map'];
/** Present in a paste, they mean something was left out or flattened: the editor says so. */
const NOTICED = ['img', 'picture', 'video', 'audio', 'iframe', 'object', 'embed', 'svg', 'canvas', 'table'];

export interface CleanPaste {
  html: string;
  /** Characters of text the paste brings (as the body's limit counts them). */
  characters: number;
  /** Images, tables or embedded content were left out or flattened. */
  simplified: boolean;
}

/** Where a pasted element's inline style is kept once renamed (see module comment). */
const PASTED_STYLE = 'data-pasted-style';
const TAG = /<[a-zA-Z][^>]*>/g;
const STYLE_ATTRIBUTE = /(\s)style(\s*=)/gi;
const HANDLER_ATTRIBUTE = /(\s)on([a-z]+\s*=)/gi;
const STYLE_ELEMENT = /<style\b[\s\S]*?(?:<\/style\s*>|$)/gi;

/** Pasted markup with its <style> elements removed, its style and handler attributes renamed: parse-safe. */
export function inertMarkup(html: string): string {
  return html
    .replace(STYLE_ELEMENT, '')
    .replace(TAG, (tag) =>
      tag.replace(STYLE_ATTRIBUTE, `$1${PASTED_STYLE}$2`).replace(HANDLER_ATTRIBUTE, '$1data-pasted-on-$2'),
    );
}

const BOLD = /font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b/i;
const NOT_BOLD = /font-weight\s*:\s*(?:normal|[1-4]00)\b/i;
const ITALIC = /font-style\s*:\s*italic\b/i;

/** What the renamed styles meant for a story: <strong> and <em>; Google Docs' <b style="font-weight:normal"> goes. */
function applyPastedStyles(body: HTMLElement): void {
  const doc = body.ownerDocument;
  for (const element of body.querySelectorAll(`[${PASTED_STYLE}]`)) {
    const style = element.getAttribute(PASTED_STYLE) ?? '';
    element.removeAttribute(PASTED_STYLE);
    if (element.localName === 'b' && NOT_BOLD.test(style)) {
      element.replaceWith(...element.childNodes);
      continue;
    }
    const wrap = (name: 'strong' | 'em') => {
      const wrapper = doc.createElement(name);
      wrapper.append(...element.childNodes);
      element.append(wrapper);
    };
    if (BOLD.test(style) && !['b', 'strong'].includes(element.localName)) wrap('strong');
    if (ITALIC.test(style) && !['i', 'em'].includes(element.localName)) wrap('em');
  }
}

/** Word marks list paragraphs with `mso-list` and writes the bullet itself in a span hidden from Word. */
function isWordListParagraph(element: Element): boolean {
  return (
    element.localName === 'p' &&
    (/mso-list\s*:/i.test(element.getAttribute(PASTED_STYLE) ?? '') ||
      /^MsoListParagraph/i.test(element.getAttribute('class') ?? ''))
  );
}

function wordBullet(element: Element): Element | null {
  return element.querySelector(
    `[${PASTED_STYLE}*="mso-list:Ignore" i], [${PASTED_STYLE}*="mso-list: Ignore" i]`,
  );
}

/** Word's list id (`mso-list:l0 level1 lfo1` → l0): consecutive paragraphs of one id are one list. */
function wordListId(element: Element): string {
  return /mso-list\s*:\s*(l\d+)/i.exec(element.getAttribute(PASTED_STYLE) ?? '')?.[1] ?? '';
}

/** Consecutive Word list paragraphs become one list: numbered when the hidden marker is a number or letter. */
function convertWordLists(body: HTMLElement): void {
  const doc = body.ownerDocument;
  for (const paragraph of body.querySelectorAll('p')) {
    if (!paragraph.isConnected || !isWordListParagraph(paragraph)) continue;
    const bullet = wordBullet(paragraph);
    const numbered = /^\s*(\d+|[a-z]|[ivx]+)[.)]/i.test(bullet?.textContent ?? '');
    const list = doc.createElement(numbered ? 'ol' : 'ul');
    paragraph.before(list);
    const id = wordListId(paragraph);
    let current: Element | null = paragraph;
    while (current && isWordListParagraph(current) && wordListId(current) === id) {
      const next: Element | null = current.nextElementSibling;
      wordBullet(current)?.remove();
      const item = doc.createElement('li');
      item.append(...current.childNodes);
      list.append(item);
      current.remove();
      current = next;
    }
  }
}

function removeComments(root: Node): void {
  const walker = root.ownerDocument!.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

function neutralizeText(root: Node): void {
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    const clean = neutralizeBidiControls(value);
    if (clean !== value) node.nodeValue = clean;
  }
}

/** A cell's content as inline content: its blocks' contents one after another, a space between them. */
function inlineContent(cell: Element): Node[] {
  const out: Node[] = [];
  for (const node of cell.childNodes) {
    if (node instanceof Element && BLOCK_ELEMENTS.has(node.localName)) {
      if (out.length > 0) out.push(cell.ownerDocument.createTextNode(' '));
      out.push(...inlineContent(node));
    } else out.push(node);
  }
  return out;
}

/**
 * A story has no tables: each row becomes a paragraph, its cells kept apart by " | " (and the caption a
 * paragraph of its own). Flattened by the schema instead, the cells' text ran together ("خلية 1cell 2٣4"):
 * figures from different cells read as one number.
 */
function flattenTables(body: HTMLElement): void {
  const doc = body.ownerDocument;
  for (const table of [...body.querySelectorAll('table')].toReversed()) {
    const paragraphs: HTMLElement[] = [];
    const caption = table.querySelector(':scope > caption');
    if (caption?.textContent?.trim()) {
      const paragraph = doc.createElement('p');
      paragraph.append(...inlineContent(caption));
      paragraphs.push(paragraph);
    }
    for (const row of table.querySelectorAll('tr')) {
      const cells = [...row.children].filter((cell) => cell.localName === 'td' || cell.localName === 'th');
      // Empty cells inside a row keep their place (a value must stay under its heading); only trailing ones go.
      const filled = cells.slice(0, cells.findLastIndex((cell) => cell.textContent?.trim()) + 1);
      if (filled.length === 0) continue;
      const paragraph = doc.createElement('p');
      filled.forEach((cell, index) => {
        if (index > 0) paragraph.append(' | ');
        paragraph.append(...inlineContent(cell));
      });
      paragraphs.push(paragraph);
    }
    table.replaceWith(...paragraphs);
  }
}

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
  n: 'ⁿ',
};
const SUBSCRIPT: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
};

/**
 * A story has no <sup>/<sub>: figures in them become the Unicode superscript and subscript characters (10⁶,
 * CO₂), which the schema keeps; before, "10<sup>6</sup>" read as 106. Other text in them stays as it is.
 */
function keepScripts(body: HTMLElement): void {
  for (const element of body.querySelectorAll('sup, sub')) {
    const map = element.localName === 'sup' ? SUPERSCRIPT : SUBSCRIPT;
    const text = element.textContent ?? '';
    const chars = [...text];
    if (chars.length > 0 && chars.every((char) => char in map))
      element.replaceWith(chars.map((char) => map[char]).join(''));
  }
}

/** h1 is the story's headline, h4–h6 are deeper than a story goes: they become h2 and h3. */
function mapHeadings(body: HTMLElement): void {
  const doc = body.ownerDocument;
  for (const heading of body.querySelectorAll('h1, h4, h5, h6')) {
    const replacement = doc.createElement(heading.localName === 'h1' ? 'h2' : 'h3');
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  }
}

/**
 * A story's HTML as the editor opens it: wire copy may carry tables and sup/sub, which the story's schema would
 * run together as it parses them (flattenTables, keepScripts). Other HTML is returned as it is.
 */
export function asStoryHtml(html: string): string {
  if (!/<(?:table|sup|sub)\b/i.test(html)) return html;
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  flattenTables(body);
  keepScripts(body);
  return body.innerHTML;
}

/** Cleans pasted HTML and measures its text (see module comment). */
export function cleanPastedHtml(html: string): CleanPaste {
  const doc = new DOMParser().parseFromString(inertMarkup(html), 'text/html');
  const body = doc.body;
  const simplified = NOTICED.some((name) => doc.getElementsByTagName(name).length > 0);
  for (const element of doc.querySelectorAll(DROPPED.join(','))) element.remove();
  removeComments(body);
  // Word's namespaced leftovers (<o:p>, <w:sdt>…) keep their text, if any.
  for (const element of [...body.querySelectorAll('*')].filter((node) => node.localName.includes(':')))
    element.replaceWith(...element.childNodes);
  convertWordLists(body);
  // Styles first: a bold header cell (a spreadsheet's) keeps its bold once its row is a paragraph.
  applyPastedStyles(body);
  flattenTables(body);
  keepScripts(body);
  mapHeadings(body);
  neutralizeText(body);
  return {
    html: body.innerHTML,
    characters: countCharacters((body.textContent ?? '').replace(/\s+/g, ' ').trim()),
    simplified,
  };
}

/** Pasted plain text, cleaned the same way (bidi controls) and measured. */
export function cleanPastedText(text: string): { text: string; characters: number } {
  const clean = neutralizeBidiControls(text);
  return { text: clean, characters: countCharacters(clean.replace(/\s+/g, ' ').trim()) };
}
