/**
 * The queue's search highlighter, loaded with the first search. Highlighting runs the shared normaliser,
 * tokeniser and stemmer (./highlight.ts), several kilobytes that a desk which never searches does not need at
 * start-up; until the module arrives (a few milliseconds after the first search), headlines show unmarked.
 */
import { useEffect, useMemo, useState } from 'react';
import type * as Highlight from './highlight.ts';
import type { Segment } from './highlight.ts';

type HighlightModule = typeof Highlight;

/** A headline cut into plain and marked runs for the current search. */
export type Highlighter = (text: string) => Segment[];

let loaded: HighlightModule | null = null;
let loading: Promise<HighlightModule> | null = null;

function loadHighlight(): Promise<HighlightModule> {
  loading ??= import('./highlight.ts').then((module) => (loaded = module));
  return loading;
}

/** The highlighter for the search `q`, or null when there is nothing to mark (or the module is on its way). */
export function useSearchHighlight(q: string | undefined): Highlighter | null {
  const wanted = Boolean(q?.trim());
  const [module, setModule] = useState<HighlightModule | null>(loaded);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    void loadHighlight().then((ready) => live && setModule(ready));
    return () => {
      live = false;
    };
  }, [wanted, module]);
  return useMemo(() => {
    if (!wanted || !module) return null;
    const query = module.highlightQuery(q);
    return query ? (text: string) => module.highlightSegments(text, query) : null;
  }, [wanted, module, q]);
}
