/**
 * The story body's TipTap editor: the schema from the shared story elements, each block's direction from its
 * text, pastes cleaned and measured before they are parsed, and a refusal (never a cut) when a paste would take
 * the body over its limit. The editor is made once per page; it never re-renders React on a keystroke (the
 * toolbar and the counts subscribe to what they show), which keeps typing in a long story fast.
 *
 * What happens inside the editor (typing, Ctrl/Cmd+K, a paste refused or simplified) is told through `signals`
 * (an EventTarget) and the editor's own events, which the page subscribes to: the editor's configuration, made
 * once, never holds the page's callbacks.
 */
import type { EditorView } from '@tiptap/pm/view';
import { useEditor, type Editor } from '@tiptap/react';
import { useEffect, useEffectEvent, useState } from 'react';
import { FIELD_LIMITS } from '#shared/editorial/limits.ts';
import { countCharacters } from '#shared/editorial/counts.ts';
import type { Direction } from '#shared/text/direction.ts';
import { asStoryHtml } from '../lib/paste.ts';
import { DIRECTION_META } from '../lib/block-direction.ts';
import { cleanPastedHtml, cleanPastedText } from '../lib/paste.ts';
import { storyExtensions } from '../lib/story-extensions.ts';

/** Set on transactions the page makes itself (following the live story, restoring a draft): not typing. */
export const PROGRAMMATIC_META = 'storyProgrammatic';

export interface PasteRefusal {
  /** Characters the body would have had with the paste. */
  characters: number;
  limit: number;
}

/** The body's text, blocks separated by spaces: what its limits and counts are measured on. */
export function bodyText(editor: Editor): string {
  const { doc } = editor.state;
  return doc.textBetween(0, doc.content.size, ' ', ' ');
}

/** Characters of the body outside the selection (what a paste replacing the selection adds to). */
function charactersAround(view: EditorView): number {
  const { doc, selection } = view.state;
  const all = doc.textBetween(0, doc.content.size, ' ', ' ').replace(/\s+/g, ' ').trim();
  return countCharacters(all) - countCharacters(doc.textBetween(selection.from, selection.to, ' ', ' '));
}

/**
 * What the editor tells the page: 'link' (Ctrl/Cmd+K), 'paste-refused' (detail: PasteRefusal) and
 * 'paste-simplified'. A paste refused while it was being transformed is swallowed by handlePaste (nothing of
 * it is inserted): the refusal waits for it here.
 */
function bodyChannel() {
  const signals = new EventTarget();
  let refused: PasteRefusal | null = null;
  return {
    signals,
    /** Whether this paste is refused (remembered for handlePaste). */
    judge(refusal: PasteRefusal | null): boolean {
      refused = refusal;
      return refusal !== null;
    },
    /** The refusal of the paste being handled, once. */
    takeRefusal(): PasteRefusal | null {
      const refusal = refused;
      refused = null;
      return refusal;
    },
  };
}

/** A paste over the body's limit, or null: measured on the text the paste brings, before it is parsed. */
function pasteRefusal(view: EditorView, characters: number): PasteRefusal | null {
  const total = charactersAround(view) + characters;
  return total > FIELD_LIMITS.body.hard ? { characters: total, limit: FIELD_LIMITS.body.hard } : null;
}

export function useStoryBody({
  initialHtml,
  baseDirection,
  language,
  labelId,
  describedBy,
}: {
  initialHtml: string;
  baseDirection: Direction;
  language: string;
  labelId: string;
  describedBy: string;
}): { editor: Editor; signals: EventTarget } {
  const [channel] = useState(bodyChannel);
  const { signals } = channel;
  const editor = useEditor(
    {
      extensions: storyExtensions({
        baseDirection,
        onLinkShortcut: () => signals.dispatchEvent(new Event('link')),
      }),
      content: asStoryHtml(initialHtml),
      editable: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      // The CSP refuses inline <style>: the editor's styles come with its chunk (story-editor.css).
      injectCSS: false,
      editorProps: {
        attributes: {
          id: 'story-body-editor',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelId,
          'aria-describedby': describedBy,
          dir: baseDirection,
          lang: language,
          spellcheck: 'true',
          class: 'story-body prose-wire min-h-72 px-4 py-3 text-ink focus-visible:outline-none',
          'data-testid': 'story-body',
        },
        transformPastedHTML(html, view) {
          const clean = cleanPastedHtml(html);
          if (channel.judge(pasteRefusal(view, clean.characters))) return '';
          if (clean.simplified) signals.dispatchEvent(new Event('paste-simplified'));
          return clean.html;
        },
        transformPastedText(text, _plain, view) {
          const clean = cleanPastedText(text);
          return channel.judge(pasteRefusal(view, clean.characters)) ? '' : clean.text;
        },
        handlePaste() {
          const refusal = channel.takeRefusal();
          if (!refusal) return false;
          signals.dispatchEvent(new CustomEvent<PasteRefusal>('paste-refused', { detail: refusal }));
          return true;
        },
      },
    },
    [],
  );
  return { editor, signals };
}

export interface StoryBodyHandlers {
  /** The editor typed (not the page's own replacements, not the directions it sets itself). */
  onChange(): void;
  onLinkShortcut(): void;
  onPasteRefused(refusal: PasteRefusal): void;
  /** Images, tables or embedded content were left out of a paste. */
  onPasteSimplified(): void;
}

/** Subscribes the page to what the body editor tells it (see useStoryBody). */
export function useStoryBodyHandlers(
  editor: Editor,
  signals: EventTarget,
  handlers: StoryBodyHandlers,
): void {
  const onChange = useEffectEvent(handlers.onChange);
  const onLink = useEffectEvent(handlers.onLinkShortcut);
  const onRefused = useEffectEvent(handlers.onPasteRefused);
  const onSimplified = useEffectEvent(handlers.onPasteSimplified);
  useEffect(() => {
    const update = ({ transaction }: { transaction: { getMeta(key: string): unknown } }) => {
      if (transaction.getMeta(DIRECTION_META) || transaction.getMeta(PROGRAMMATIC_META)) return;
      onChange();
    };
    const link = () => onLink();
    const refused = (event: Event) => onRefused((event as CustomEvent<PasteRefusal>).detail);
    const simplified = () => onSimplified();
    editor.on('update', update);
    signals.addEventListener('link', link);
    signals.addEventListener('paste-refused', refused);
    signals.addEventListener('paste-simplified', simplified);
    return () => {
      editor.off('update', update);
      signals.removeEventListener('link', link);
      signals.removeEventListener('paste-refused', refused);
      signals.removeEventListener('paste-simplified', simplified);
    };
  }, [editor, signals]);
}

/**
 * Replaces the body without it counting as typing, and outside the undo history. A draft is restored with its
 * white space as typed (`asTyped`: a sentence cut short keeps the space before the next word).
 */
export function replaceBody(editor: Editor, html: string, { asTyped = false } = {}): void {
  editor
    .chain()
    .setMeta(PROGRAMMATIC_META, true)
    .setMeta('addToHistory', false)
    .setContent(asStoryHtml(html), {
      emitUpdate: false,
      parseOptions: asTyped ? { preserveWhitespace: true } : undefined,
    })
    .run();
}
