/**
 * What the editor shows about its text while it is typed: the body's counts (at most every COUNTS_EVERY_MS while
 * typing, so they stay live without costing every keystroke a render of the page) and the suggested tags (a
 * moment after the text stops changing: the tagger reads the whole story). `bodyChanged` only sets timers; it
 * never renders.
 */
import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Item } from '#shared/schemas/items.ts';
import { bodyStatus } from '../lib/field-limits.ts';
import { suggestTags, type TagKindSuggestion } from '../lib/suggested-tags.ts';
import { bodyText } from './use-story-body.ts';

export const COUNTS_EVERY_MS = 150;
export const SUGGEST_AFTER_MS = 600;

export function useTextMeasures(editor: Editor, item: Item, headline: string, summary: string) {
  const language = item.language;
  const [bodyStats, setBodyStats] = useState(() => bodyStatus(bodyText(editor), language));
  const [suggestions, setSuggestions] = useState<TagKindSuggestion[]>(() =>
    suggestTags(item, { headline, summary, body: bodyText(editor) }),
  );
  const latest = useRef({ item, headline, summary });
  useLayoutEffect(() => {
    latest.current = { item, headline, summary };
  });
  const countsTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const tagsTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const suggestSoon = useCallback(() => {
    clearTimeout(tagsTimer.current);
    tagsTimer.current = setTimeout(() => {
      if (editor.isDestroyed) return;
      const { item: story, headline: title, summary: lead } = latest.current;
      setSuggestions(suggestTags(story, { headline: title, summary: lead, body: bodyText(editor) }));
    }, SUGGEST_AFTER_MS);
  }, [editor]);

  const bodyChanged = useCallback(() => {
    if (countsTimer.current === undefined)
      countsTimer.current = setTimeout(() => {
        countsTimer.current = undefined;
        if (!editor.isDestroyed) setBodyStats(bodyStatus(bodyText(editor), language));
      }, COUNTS_EVERY_MS);
    suggestSoon();
  }, [editor, language, suggestSoon]);

  // The headline, the summary or the story's tags changed.
  useEffect(suggestSoon, [item, headline, summary, suggestSoon]);
  useEffect(
    () => () => {
      clearTimeout(countsTimer.current);
      clearTimeout(tagsTimer.current);
    },
    [],
  );

  return { bodyStats, suggestions, bodyChanged };
}
