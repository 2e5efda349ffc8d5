import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Outlet, useParams, useRouter } from '@tanstack/react-router';
import { Suspense, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemCard, ItemFilters } from '#shared/schemas/items.ts';
import { availableActions } from '#shared/workflow.ts';
import { AfterFirstRender } from '#client/components/after-first-render.tsx';
import { Button } from '#client/components/ui/button.tsx';
import { CloseIcon, FilterIcon } from '#client/components/ui/icons.tsx';
import { FiltersPanel } from '#client/features/filters/components/filters-panel.tsx';
import { ResultCount } from '#client/features/filters/components/result-count.tsx';
import { QueueList } from '#client/features/queue/components/queue-list.tsx';
import { fetchInHandCopy } from '#client/features/item/api/get-item-cluster.ts';
import {
  useShortcutAction,
  type ShortcutToast,
} from '#client/features/workflow/hooks/use-shortcut-action.ts';
import { NewStoryButton } from '#client/features/stories/components/new-story-button.tsx';
import { clearedFilters } from '#client/lib/filters.ts';
import { errorMessage } from '#client/lib/i18n.ts';
import { useInHandWords } from '#client/lib/in-hand-words.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { workflowState } from '#client/lib/workflow-state.ts';
import { focusListRow } from '#client/lib/list-focus.ts';
import { findCachedItem, getItemListQueryOptions, useLiveSync } from '#client/lib/live/index.ts';
import { pushToast } from '#client/stores/toast-store.ts';
import { useReadStore } from '#client/stores/read-store.ts';
import { lazyPage } from './on-demand-page.tsx';
import { useUiStore } from '#client/stores/ui-store.ts';
import { FILTERS_COLUMN_CLASS, QUEUE_COLUMNS_CLASS, QUEUE_TOOLBAR_CLASS } from '#client/lib/desk-frame.ts';

/**
 * On a phone the open item covers the list, which stays laid out underneath, invisible (not display: none: the
 * virtualised list would lose its scroll position and its measured rows, and come back blank or elsewhere).
 */
export const LIST_BEHIND_ITEM = 'max-tablet:invisible max-tablet:absolute max-tablet:inset-0';

const queueApi = getRouteApi('/desk/queue');

// The bar for ticked rows is not needed for the first rows: it loads right after them (AfterFirstRender), not in
// the initial bundle, and its strings with it.
const BulkBar = lazyPage(() => import('#client/features/workflow/components/bulk-bar.tsx'), 'BulkBar');

// So does the bar's "Write a story from these reports".
const WriteStoryButton = lazyPage(
  () => import('#client/features/stories/components/write-story-button.tsx'),
  'WriteStoryButton',
);

/** "Write a story from these reports", for the ticked rows (in the order they were ticked). */
const renderBulkExtra = (items: ItemCard[]) => (
  <Suspense fallback={null}>
    <WriteStoryButton sourceIds={items.map((item) => item.id)} variant="secondary" />
  </Suspense>
);

/** The desk: filters | headline queue | item pane. Mirrors in RTL because the grid follows `dir`. */
/** Tailwind's `xl`: from this width the filters are a column beside the list, not a drawer over it. */
const FILTERS_AS_COLUMN = '(min-width: 80rem)';
/** The config's `tablet`: from this width the list and the open item are side by side. */
const TWO_COLUMNS = '(min-width: 56.25rem)';

export function QueueScreen() {
  const { t } = useTranslation();
  const router = useRouter();
  const queryClient = useQueryClient();
  const liveSync = useLiveSync();
  const filters = queueApi.useSearch();
  const params = useParams({ strict: false }) as { itemId?: number };
  const openId = params.itemId ?? null;
  const filtersOpen = useUiStore((state) => state.filtersOpen);
  const setFiltersOpen = useUiStore((state) => state.setFiltersOpen);
  const clearSelection = useUiStore((state) => state.clearSelection);
  const markAllRead = useReadStore((state) => state.markAllRead);
  const shortcutAction = useShortcutAction();
  const inHandWords = useInHandWords();
  const user = useCurrentUser();

  // Read at call time, so that opening another item does not hand the filters column a new callback (and a
  // needless re-render of every facet).
  const openIdRef = useRef(openId);
  useEffect(() => {
    openIdRef.current = openId;
  }, [openId]);
  const setFilters = useCallback(
    (next: ItemFilters) => {
      // Ask for the new rows at once; the route change and its render happen while they travel.
      void queryClient.prefetchInfiniteQuery(getItemListQueryOptions(next, liveSync));
      clearSelection();
      const open = openIdRef.current;
      void router.navigate({
        to: open ? '/items/$itemId' : '/',
        params: open ? { itemId: open } : {},
        search: next,
      });
    },
    [router, clearSelection, queryClient, liveSync],
  );
  const itemHref = useCallback(
    (item: ItemCard) =>
      router.buildLocation({ to: '/items/$itemId', params: { itemId: item.id }, search: filters }).href,
    [router, filters],
  );
  const onOpen = useCallback(
    (item: ItemCard, options?: { focusPane?: boolean }) => {
      // Opened otherwise (a click, Enter), an earlier request to move focus into a pane is dropped.
      // On a phone the list goes when an item opens, and focus with it: there, focus always moves to the item.
      const onePane = !window.matchMedia(TWO_COLUMNS).matches;
      useUiStore.setState({ focusPaneFor: options?.focusPane || onePane ? item.id : null });
      void router.navigate({ to: '/items/$itemId', params: { itemId: item.id }, search: filters });
    },
    [router, filters],
  );
  const findInHand = useCallback((report: ItemCard) => fetchInHandCopy(queryClient, report), [queryClient]);
  /** Rows whose `a` is asking whether their story is in hand: a second press meanwhile is the same press. */
  const acceptsAsking = useRef(new Set<number>());
  const onShortcutAction = useCallback(
    (item: ItemCard, action: 'accept' | 'spike') => {
      const tell = (toast: ShortcutToast) => pushToast({ kind: 'info', ...toast });
      const accepting = action === 'accept' && availableActions(user, workflowState(item)).includes('accept');
      if (!accepting) return shortcutAction(item, action, tell);
      if (acceptsAsking.current.has(item.id)) return;
      acceptsAsking.current.add(item.id);
      // The row as it is when accepted (the answer, or the toast's button, may come after it moved on).
      const accept = () => shortcutAction(findCachedItem(queryClient, item.id) ?? item, 'accept', tell);
      // A key does not take up a second copy of a story the desk already has in hand: it says so, naming the
      // report, and accepting it anyway is one more press (the item pane asks the same before its Accept).
      findInHand(item)
        .then(
          (copy) => {
            if (!copy) return accept();
            tell({
              message: t('workflow.inHandShortcut', { headline: item.headline, ...inHandWords(copy) }),
              action: { label: t('workflow.inHandAccept'), run: accept },
            });
          },
          (error: unknown) => pushToast({ kind: 'error', message: errorMessage(error) }),
        )
        .finally(() => acceptsAsking.current.delete(item.id));
    },
    [shortcutAction, queryClient, findInHand, inHandWords, t, user],
  );

  // A saved view applied in the drawer is a choice made: the drawer gives way to its rows (a column stays).
  const closeDrawer = useCallback(() => {
    if (!window.matchMedia(FILTERS_AS_COLUMN).matches) setFiltersOpen(false);
  }, [setFiltersOpen]);

  // Below the width where the filters are a column, they open as a drawer over the list: modal while open (the
  // rest inert), focus in it from the start, and back on its button once it closes, however it closes.
  const drawerOpen = filtersOpen && !window.matchMedia(FILTERS_AS_COLUMN).matches;
  // Widened past it (a tablet turned), the drawer is a column again: closed, so that nothing stays inert.
  useEffect(() => {
    const asColumn = window.matchMedia(FILTERS_AS_COLUMN);
    const widened = () => {
      if (asColumn.matches) setFiltersOpen(false);
    };
    asColumn.addEventListener('change', widened);
    return () => asColumn.removeEventListener('change', widened);
  }, [setFiltersOpen]);
  const wasOpen = useRef(drawerOpen);
  useEffect(() => {
    const drawer = document.getElementById('filters-column');
    if (drawerOpen) drawer?.querySelector<HTMLElement>('[data-testid="filters-done"]')?.focus();
    else if (wasOpen.current) {
      const focus = document.activeElement;
      if (!focus || focus === document.body || drawer?.contains(focus))
        document.querySelector<HTMLElement>('[aria-controls="filters-column"]')?.focus();
    }
    wasOpen.current = drawerOpen;
  }, [drawerOpen]);

  // Escape closes the filters drawer, then the pane.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (
        (event.target as HTMLElement | null)?.closest?.(
          'dialog, input:not([type=checkbox]):not([type=radio]), textarea, select, [contenteditable="true"]',
        )
      )
        return;
      if (useUiStore.getState().filtersOpen) setFiltersOpen(false);
      else if (openId !== null) {
        const fromPane = (event.target as HTMLElement | null)?.closest?.('[data-pane]') != null;
        void router.navigate({ to: '/', search: filters }).then(() => fromPane && focusListRow(openId));
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [openId, filters, router, setFiltersOpen]);

  const toolbar = (
    <div className="flex shrink-0 flex-col">
      <div className={QUEUE_TOOLBAR_CLASS}>
        <Button
          size="sm"
          variant="ghost"
          className="xl:hidden"
          aria-expanded={filtersOpen}
          aria-controls="filters-column"
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          <FilterIcon />
          {t('filters.title')}
        </Button>
        <h1 className="text-sm font-semibold">{t('queue.title')}</h1>
        <ResultCount filters={filters} />
        <Button
          size="sm"
          variant="ghost"
          className="ms-auto"
          onClick={() => markAllRead(new Date().toISOString())}
        >
          {t('queue.markAllRead')}
        </Button>
        <NewStoryButton />
      </div>
      <AfterFirstRender>
        <BulkBar renderExtra={renderBulkExtra} findInHand={findInHand} />
      </AfterFirstRender>
    </div>
  );

  return (
    // A phone shows one column at a time: the queue, or the open item (the browser's back button returns).
    <div className={QUEUE_COLUMNS_CLASS} data-open={openId === null ? undefined : ''}>
      {filtersOpen ? (
        <button
          type="button"
          aria-label={t('filters.close')}
          tabIndex={-1}
          className="fixed inset-0 z-30 bg-slate-900/20 xl:hidden"
          onClick={() => setFiltersOpen(false)}
        />
      ) : null}
      <aside
        id="filters-column"
        aria-label={t('filters.title')}
        className={`${filtersOpen ? 'absolute inset-y-0 start-0 z-40 block w-[min(20rem,calc(100vw-2.5rem))] shadow-xl' : 'hidden'} ${FILTERS_COLUMN_CLASS}`}
      >
        {/* The drawer's own way out (a phone has no Escape key): the list is already filtered behind it. */}
        <div className="sticky top-0 z-10 flex justify-end border-b border-surface-line bg-surface-raised p-1 xl:hidden">
          <Button size="sm" variant="ghost" onClick={() => setFiltersOpen(false)} data-testid="filters-done">
            <CloseIcon />
            {t('filters.close')}
          </Button>
        </div>
        <FiltersPanel filters={filters} onChange={setFilters} onViewApplied={closeDrawer} />
      </aside>
      <div
        className={`min-h-0 border-e border-surface-line ${openId === null ? '' : LIST_BEHIND_ITEM}`}
        inert={drawerOpen || undefined}
      >
        <QueueList
          filters={filters}
          openId={openId}
          label={t('queue.title')}
          itemHref={itemHref}
          onOpen={onOpen}
          onShortcutAction={onShortcutAction}
          onClearFilters={() => setFilters(clearedFilters(filters))}
          toolbar={toolbar}
        />
      </div>
      <div
        className={`min-h-0 overflow-y-auto bg-white ${openId === null ? 'max-tablet:hidden' : ''}`}
        data-pane=""
        inert={drawerOpen || undefined}
      >
        {/* On a phone the open item hides the list and its heading: the page keeps its h1 (the item's own is h2). */}
        {openId === null ? null : <h1 className="sr-only tablet:hidden">{t('queue.title')}</h1>}
        <Outlet />
      </div>
    </div>
  );
}
