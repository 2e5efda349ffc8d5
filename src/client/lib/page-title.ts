/**
 * The tab's title says where the user is (WCAG 2.4.2): "Queue — Mirsad", an open item's headline, "Edit story —
 * …". Pages name themselves with usePageTitle; the deepest named one wins (an item open over the queue), so a
 * parent's name, set after its child's, does not hide it. Flash alerts waiting come first, as the tab strip is
 * where a desk in another tab sees them (useFlashTitle).
 */
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';

interface TitleState {
  /** Named pages now shown, by the id of the component that named it. */
  pages: ReadonlyMap<string, { name: string; depth: number }>;
  /** Flash alerts waiting. */
  flashes: number;
}

const useTitleStore = create<TitleState>(() => ({ pages: new Map(), flashes: 0 }));

/** Names the page in the tab's title while this component shows it (null: no name of its own yet). */
export function usePageTitle(name: string | null, depth = 0): void {
  const id = useId();
  useEffect(() => {
    if (!name) return;
    useTitleStore.setState(({ pages }) => ({ pages: new Map(pages).set(id, { name, depth }) }));
    return () =>
      useTitleStore.setState(({ pages }) => {
        const next = new Map(pages);
        next.delete(id);
        return { pages: next };
      });
  }, [id, name, depth]);
}

/** How many flash alerts wait: they lead the title while there are any. */
export function setTitleFlashes(flashes: number): void {
  useTitleStore.setState({ flashes });
}

/** Keeps document.title in step with the named pages, the flashes and the language; mounted once. */
export function useDocumentTitle(): void {
  const { t } = useTranslation();
  const pages = useTitleStore((state) => state.pages);
  const flashes = useTitleStore((state) => state.flashes);
  let page: { name: string; depth: number } | null = null;
  for (const entry of pages.values()) if (!page || entry.depth >= page.depth) page = entry;
  const title =
    flashes > 0
      ? t('app.flashTabTitle', { count: flashes })
      : page
        ? t('app.pageTitle', { page: page.name })
        : t('app.title');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
