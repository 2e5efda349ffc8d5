/**
 * Clean, stable story HTML: the one normalisation both the editor (before saving) and the server (after
 * sanitising) apply, written against the standard DOM so it runs in the browser and on jsdom alike.
 * - a list is never inside a paragraph (the paragraph is split around it);
 * - no empty paragraphs, headings, quotes or list items;
 * - no no-break-space runs: U+00A0 becomes a space and runs of spaces collapse, edges of blocks are trimmed;
 * - no bidi embedding, override or isolate controls (they can reverse what a reader sees);
 * - each block takes its direction from its own text (dominant script), the story's direction when it has
 *   no letters: an Arabic paragraph that opens with a Latin name stays right to left, an English quote is
 *   left to right.
 * Applying it twice changes nothing.
 */
import { STORY_BLOCKS } from '../html-policy.ts';
import { blockDirectionOf, neutralizeBidiControls, type Direction } from '../text/direction.ts';

const ELEMENT = 1;
const TEXT = 3;

function isList(node: Node): boolean {
  return (
    node.nodeType === ELEMENT &&
    ((node as Element).localName === 'ul' || (node as Element).localName === 'ol')
  );
}

/** Moves lists out of paragraphs: <p>a<ul>…</ul>b</p> → <p>a</p><ul>…</ul><p>b</p>. */
function liftListsOutOfParagraphs(root: Element): void {
  for (const paragraph of root.querySelectorAll('p')) {
    if (![...paragraph.childNodes].some(isList)) continue;
    const document = paragraph.ownerDocument;
    let current = document.createElement('p');
    const pieces: Node[] = [];
    for (const child of Array.from(paragraph.childNodes)) {
      if (isList(child)) {
        pieces.push(current, child);
        current = document.createElement('p');
      } else current.append(child);
    }
    pieces.push(current);
    paragraph.replaceWith(...pieces);
  }
}

function normaliseSpaces(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    const value = neutralizeBidiControls(text.nodeValue ?? '')
      .replace(/\u00a0/g, ' ')
      .replace(/[ \t\r\n\f]{2,}/g, ' ');
    if (value !== text.nodeValue) text.nodeValue = value;
  }
}

/** Trims white space at the start and end of a block (its first and last text nodes). */
function trimBlock(block: Element): void {
  const first = firstText(block);
  if (first) first.nodeValue = (first.nodeValue ?? '').replace(/^\s+/, '');
  const last = lastText(block);
  if (last) last.nodeValue = (last.nodeValue ?? '').replace(/\s+$/, '');
}

function firstText(node: Node): Text | null {
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT) return child as Text;
    if (child.nodeType === ELEMENT && !STORY_BLOCKS.has((child as Element).localName) && !isList(child)) {
      const found = firstText(child);
      if (found) return found;
    }
    if (child.nodeType === ELEMENT) return null;
  }
  return null;
}

function lastText(node: Node): Text | null {
  const children = Array.from(node.childNodes).toReversed();
  for (const child of children) {
    if (child.nodeType === TEXT) return child as Text;
    if (child.nodeType === ELEMENT && !STORY_BLOCKS.has((child as Element).localName) && !isList(child)) {
      const found = lastText(child);
      if (found) return found;
    }
    if (child.nodeType === ELEMENT) return null;
  }
  return null;
}

function isEmpty(element: Element): boolean {
  return !(element.textContent ?? '').trim() && !element.querySelector('img');
}

/** Normalises a story body in place (see module comment). */
export function normalizeStoryDom(root: Element, baseDirection: Direction): void {
  liftListsOutOfParagraphs(root);
  normaliseSpaces(root);
  // Innermost first, so a list left empty by its items' removal goes too.
  const blocks = Array.from(root.querySelectorAll('p, h2, h3, blockquote, li, ul, ol')).toReversed();
  for (const block of blocks) {
    if (block.localName !== 'ul' && block.localName !== 'ol') trimBlock(block);
    if (isEmpty(block)) {
      block.remove();
      continue;
    }
    // A <br> at the very end of a block shows nothing.
    while (block.lastChild?.nodeType === ELEMENT && (block.lastChild as Element).localName === 'br')
      block.lastChild.remove();
    if (STORY_BLOCKS.has(block.localName))
      block.setAttribute('dir', blockDirectionOf(block.textContent ?? '', baseDirection));
  }
  wrapLooseInline(root, baseDirection);
}

/** Text and inline elements left at the top level belong in paragraphs: each run of them becomes one. */
function wrapLooseInline(root: Element, baseDirection: Direction): void {
  let run: Node[] = [];
  const flush = () => {
    if (run.some((node) => (node.textContent ?? '').trim())) {
      const paragraph = root.ownerDocument.createElement('p');
      run[0]!.parentNode!.insertBefore(paragraph, run[0]!);
      paragraph.append(...run);
      trimBlock(paragraph);
      paragraph.setAttribute('dir', blockDirectionOf(paragraph.textContent ?? '', baseDirection));
    } else for (const node of run) node.parentNode?.removeChild(node);
    run = [];
  };
  for (const child of Array.from(root.childNodes)) {
    const block =
      child.nodeType === ELEMENT && (STORY_BLOCKS.has((child as Element).localName) || isList(child));
    if (block) flush();
    else run.push(child);
  }
  flush();
}
