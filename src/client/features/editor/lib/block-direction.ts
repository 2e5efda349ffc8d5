/**
 * Each block of a story takes its direction from its own text, not from its first letter and not from the
 * page: an Arabic paragraph that opens with "Apple" or "2025", or names more Latin letters than it has Arabic
 * ones, stays right to left; an English quote in an Arabic story is left to right (`blockDirectionOf`, the rule
 * the server's normalisation applies on save). A block without letters takes the story's direction, from its
 * language.
 *
 * The direction is a `dir` attribute of the block nodes, so the editor lays each block out as readers will see
 * it, and it is written into the HTML. It is recomputed after every change, only for the blocks the change
 * touched (a keystroke costs one paragraph's worth of counting, whatever the story's length), and outside the
 * undo history: undoing text recomputes it again.
 */
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { STORY_BLOCKS } from '#shared/html-policy.ts';
import { blockDirectionOf, type Direction } from '#shared/text/direction.ts';

/** The editor's node for each HTML block that carries a direction (STORY_BLOCKS). */
const NODE_OF_BLOCK: Readonly<Record<string, string>> = {
  p: 'paragraph',
  h2: 'heading',
  h3: 'heading',
  li: 'listItem',
  blockquote: 'blockquote',
};

export const DIRECTED_NODES: readonly string[] = [
  ...new Set([...STORY_BLOCKS].map((block) => NODE_OF_BLOCK[block]).filter((name) => name !== undefined)),
];
const DIRECTED = new Set(DIRECTED_NODES);

/** Set on the transactions this extension makes by itself, so they do not count as the user's edits. */
export const DIRECTION_META = 'blockDirection';

export interface BlockDirectionOptions {
  /** The story's direction (from its language): blocks without letters take it. */
  baseDirection: Direction;
}

/** A transaction giving every directed block between `from` and `to` the direction of its text, or null. */
export function directionTransaction(
  state: EditorState,
  from: number,
  to: number,
  base: Direction,
): Transaction | null {
  let tr: Transaction | null = null;
  const size = state.doc.content.size;
  const end = Math.min(size, Math.max(to, from + 1));
  state.doc.nodesBetween(Math.max(0, Math.min(from, size)), end, (node: ProseMirrorNode, pos: number) => {
    if (DIRECTED.has(node.type.name)) {
      const dir = blockDirectionOf(node.textContent, base);
      if (node.attrs.dir !== dir) {
        tr ??= state.tr;
        tr.setNodeAttribute(pos, 'dir', dir);
      }
    }
    // Inside a paragraph or heading there is only text: nothing more to visit.
    return !node.isTextblock;
  });
  const result = tr as Transaction | null;
  if (result) result.setMeta('addToHistory', false).setMeta(DIRECTION_META, true);
  return result;
}

/** Where two documents differ (positions in the new one: `a` of findDiffEnd is in `after`), or null when the same. */
function changedRange(before: ProseMirrorNode, after: ProseMirrorNode): { from: number; to: number } | null {
  const from = after.content.findDiffStart(before.content);
  if (from === null || from === undefined) return null;
  const end = after.content.findDiffEnd(before.content);
  return { from, to: Math.max(from, end?.a ?? after.content.size) };
}

export const BlockDirection = Extension.create<BlockDirectionOptions>({
  name: 'blockDirection',

  addOptions() {
    return { baseDirection: 'rtl' };
  },

  addGlobalAttributes() {
    const base = this.options.baseDirection;
    return [
      {
        types: [...DIRECTED_NODES],
        attributes: {
          dir: {
            default: null,
            // Content coming in (the story as it opens, a paste, a restored draft) is directed as it is parsed,
            // from its own text: whatever `dir` it carried (a pasted `dir="ltr"` on Arabic) does not count.
            parseHTML: (element) => blockDirectionOf(element.textContent ?? '', base),
            renderHTML: (attributes) => (attributes.dir ? { dir: attributes.dir as string } : {}),
          },
        },
      },
    ];
  },

  addProseMirrorPlugins() {
    const base = this.options.baseDirection;
    return [
      new Plugin({
        key: new PluginKey(DIRECTION_META),
        appendTransaction(transactions, oldState, newState) {
          if (!transactions.some((tr) => tr.docChanged)) return null;
          const range = changedRange(oldState.doc, newState.doc);
          return range ? directionTransaction(newState, range.from, range.to, base) : null;
        },
      }),
    ];
  },

  // Content set as JSON is not parsed from HTML: its blocks are directed once the editor exists.
  onCreate() {
    const { state, view } = this.editor;
    const tr = directionTransaction(state, 0, state.doc.content.size, this.options.baseDirection);
    if (tr) view.dispatch(tr);
  },
});
