/**
 * Two states of a story side by side, word by word: the older text with its deleted words marked, the newer
 * with its inserted words marked. Headline and summary are one block each; the body is read from its HTML block
 * by block (paragraphs, headings, list items, quotes, cells), so paragraphs stay apart and each keeps its own
 * direction (an English quote in an Arabic story reads left to right).
 *
 * The whole body is diffed at once, blocks joined by a separator that no block contains (white space inside a
 * block is collapsed to single spaces), so a sentence moved to the next paragraph is still a match; each side
 * is then cut back into its own blocks at that separator.
 */
import { BLOCK_ELEMENTS } from '#shared/html-policy.ts';
import { diffWords, type DiffPart } from '#shared/text/diff.ts';
import { directionOf, neutralizeBidiControls, type Direction } from '#shared/text/direction.ts';

export interface DiffSegment {
  kind: DiffPart['kind'];
  text: string;
}

export interface DiffBlock {
  dir: Direction;
  segments: DiffSegment[];
}

export interface SideBySide {
  before: DiffBlock[];
  after: DiffBlock[];
  /** Whether anything differs. */
  changed: boolean;
}

export interface StoryText {
  headline: string;
  summary: string;
  /** HTML. */
  body: string;
}

export type StoryDiff = Record<keyof StoryText, SideBySide>;

/** Elements whose text starts a block of its own: the one list html-to-text uses too. */
const BLOCKS = BLOCK_ELEMENTS;
const SKIPPED: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript']);
const ELEMENT = 1;
const TEXT = 3;

/**
 * The text of each block of body HTML, in order, white space collapsed, empty blocks left out. DOMParser makes
 * an inert document: nothing in it runs or loads.
 */
export function bodyBlocks(html: string): string[] {
  if (!html.trim()) return [];
  const document = new DOMParser().parseFromString(html, 'text/html');
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = neutralizeBidiControls(current).replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT) current += child.nodeValue ?? '';
      if (child.nodeType !== ELEMENT) continue;
      const name = (child as Element).localName;
      if (SKIPPED.has(name)) continue;
      if (name === 'br') {
        current += ' ';
        continue;
      }
      const block = BLOCKS.has(name);
      if (block) flush();
      walk(child);
      if (block) flush();
    }
  };
  walk(document.body);
  flush();
  return blocks;
}

const SEPARATOR = '\n\n';

/** One side's blocks: the equal parts and its own changes (deletions for the old side, insertions for the new). */
function sideBlocks(parts: readonly DiffPart[], own: 'insert' | 'delete', fallback: Direction): DiffBlock[] {
  const blocks: DiffSegment[][] = [[]];
  for (const part of parts) {
    if (part.kind !== 'equal' && part.kind !== own) continue;
    part.text.split(SEPARATOR).forEach((piece, index) => {
      if (index > 0) blocks.push([]);
      if (piece) blocks.at(-1)!.push({ kind: part.kind, text: piece });
    });
  }
  return blocks
    .filter((segments) => segments.some((segment) => segment.text.trim()))
    .map((segments) => ({
      dir: directionOf(segments.map((segment) => segment.text).join(''), fallback),
      segments,
    }));
}

/** The word differences between two texts made of blocks, as two sides. */
export function diffBlocks(
  before: readonly string[],
  after: readonly string[],
  fallback: Direction,
): SideBySide {
  const parts = diffWords(before.join(SEPARATOR), after.join(SEPARATOR));
  return {
    before: sideBlocks(parts, 'delete', fallback),
    after: sideBlocks(parts, 'insert', fallback),
    changed: parts.some((part) => part.kind !== 'equal'),
  };
}

const oneBlock = (text: string) => {
  const clean = neutralizeBidiControls(text).replace(/\s+/g, ' ').trim();
  return clean ? [clean] : [];
};

/** Headline, summary and body of two states of a story, compared. `fallback`: the story language's direction. */
export function diffStory(before: StoryText, after: StoryText, fallback: Direction): StoryDiff {
  return {
    headline: diffBlocks(oneBlock(before.headline), oneBlock(after.headline), fallback),
    summary: diffBlocks(oneBlock(before.summary), oneBlock(after.summary), fallback),
    body: diffBlocks(bodyBlocks(before.body), bodyBlocks(after.body), fallback),
  };
}
