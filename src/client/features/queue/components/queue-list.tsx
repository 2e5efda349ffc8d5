import { useVirtualizer, type VirtualItem, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemFilters, ItemCard } from '#shared/schemas/items.ts';
import { ItemRow } from '#client/components/item-row.tsx';
import { Button } from '#client/components/ui/button.tsx';
import { InboxIcon } from '#client/components/ui/icons.tsx';
import { EmptyState, ErrorState } from '#client/components/ui/state-message.tsx';
import { hasAnyFilter } from '#client/lib/filters.ts';
import { glanceRowHeight } from '#client/lib/glance-heights.ts';
import { useSearchHighlight } from '#client/lib/use-search-highlight.ts';
import { isUnread, useReadStore } from '#client/stores/read-store.ts';
import { useUiStore } from '#client/stores/ui-store.ts';
import { useItems } from '../api/get-items.ts';
import { useHeldNewItems } from '../hooks/use-held-new-items.ts';
import { useQueueKeyboard } from '../hooks/use-queue-keyboard.ts';
import { NewItemsBanner } from './new-items-banner.tsx';

export interface QueueListProps {
  filters: ItemFilters;
  /** The item open in the pane, if any. */
  openId: number | null;
  label: string;
  itemHref(item: ItemCard): string;
  onOpen(item: ItemCard, options?: { focusPane?: boolean }): void;
  /** Keyboard `a` / `s` on the current row. */
  onShortcutAction?(item: ItemCard, action: 'accept' | 'spike'): void;
  onClearFilters?(): void;
  toolbar?: ReactNode;
}

const ESTIMATED_ROW = 76;
const LOAD_AHEAD = 10;

/**
 * A row's height as the ResizeObserver reports it, after the browser's own layout. The virtualiser's default
 * reads offsetHeight as each row mounts, which forces a layout per row on the first render (the largest part of
 * the time between the first page's arrival and its rows on screen). Until observed, a row counts as the height
 * it had before (scrolled back into view) or the estimate.
 */
function measuredHeight(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  virtualizer: Virtualizer<HTMLDivElement, Element>,
): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  // Inside a ResizeObserver callback layout is already done: reading the height forces nothing.
  if (entry) return (element as HTMLElement).offsetHeight;
  const key = virtualizer.options.getItemKey(virtualizer.indexFromElement(element));
  return virtualizer.itemSizeCache.get(key) ?? glanceRowHeight(key) ?? ESTIMATED_ROW;
}

/**
 * The list's viewport as the ResizeObserver reports it, after layout. The virtualiser's default reads its size
 * as it mounts, forcing the page's first layout in the middle of the first render; until the observer reports,
 * the window's height stands in (the list is never taller).
 */
function observedViewport(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  report: (rect: { width: number; height: number }) => void,
): (() => void) | undefined {
  const element = virtualizer.scrollElement;
  if (!element) return undefined;
  // Inside the observer's callback layout is done: reading the size forces nothing.
  const observer = new ResizeObserver(() =>
    report({ width: element.clientWidth, height: element.clientHeight }),
  );
  observer.observe(element);
  return () => observer.disconnect();
}

/** The current row: the one the user last moved to, or the first while they have not. */
function isCurrentRow(item: ItemCard, index: number, currentId: number | null): boolean {
  return currentId === null ? index === 0 : item.id === currentId;
}

/**
 * The row Tab enters the list by: the current row, or, when scrolling has taken the current row out of the DOM
 * (the list is virtualised), the first row in view. Otherwise a list scrolled far from its current row had
 * nothing to Tab into (axe: scrollable-region-focusable); focusing that row makes it the current one. Only the
 * rendered rows are looked at: this runs on every scroll.
 */
function tabStopIndex(
  visible: readonly ItemCard[],
  currentId: number | null,
  rendered: readonly VirtualItem[],
  scrollOffset: number,
): number | undefined {
  const rows = rendered.filter((row) => row.index < visible.length);
  const current = rows.find((row) => isCurrentRow(visible[row.index]!, row.index, currentId));
  return (current ?? rows.find((row) => row.end > scrollOffset) ?? rows[0])?.index;
}

/**
 * The headline queue: virtualised (a few dozen rows in the DOM whatever the length), paged by cursor as the
 * user scrolls, patched live. When the user has scrolled away from the top, new items are held above what
 * they are reading and announced in a banner instead of pushing the rows down (as wire monitors do).
 */
export function QueueList({
  filters,
  openId,
  label,
  itemHref,
  onOpen,
  onShortcutAction,
  onClearFilters,
  toolbar,
}: QueueListProps) {
  const { t } = useTranslation();
  const query = useItems(filters);
  const {
    data,
    hasNextPage,
    isFetchingNextPage,
    fetchNextPage,
    isPending,
    isError,
    error,
    refetch,
    isPlaceholderData,
  } = query;
  const items = useMemo(() => data?.pages.flatMap((page) => page.items) ?? [], [data]);
  // While the previous view's rows stand in for a new search, they are not marked with its words.
  const highlight = useSearchHighlight(filters.q);

  const held = useHeldNewItems(items);
  const { visible, hidden } = held;

  const read = useReadStore();
  const selected = useUiStore((state) => state.selected);
  const currentId = useUiStore((state) => state.currentId);
  const toggleSelected = useUiStore((state) => state.toggleSelected);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length + (hasNextPage ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    // A row the server's first glance showed is placed at the height it had there (it does not move).
    estimateSize: (index) => glanceRowHeight(visible[index]?.id) ?? ESTIMATED_ROW,
    measureElement: measuredHeight,
    observeElementRect: observedViewport,
    initialRect: { width: 0, height: window.innerHeight },
    overscan: 6,
    getItemKey: (index) => visible[index]?.id ?? 'more',
  });
  const virtualItems = virtualizer.getVirtualItems();

  // A new view starts at the top, following new items.
  const filtersKey = JSON.stringify(filters);
  useEffect(() => {
    held.release();
    virtualizer.scrollToOffset(0);
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- only when the view changes
  }, [filtersKey]);

  // Load the next page before the user reaches the end.
  const lastIndex = virtualItems.at(-1)?.index ?? 0;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= visible.length - LOAD_AHEAD) void fetchNextPage();
  }, [lastIndex, visible.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  const showNew = () => {
    held.release();
    virtualizer.scrollToOffset(0);
    scrollRef.current?.focus({ preventScroll: true });
  };

  useQueueKeyboard({
    visible,
    scrollRef,
    virtualizer,
    openId,
    onOpen,
    onShortcutAction,
    viewKey: filtersKey,
  });

  const total = visible.length;
  const setSize = hasNextPage ? -1 : total;
  const tabStop = tabStopIndex(visible, currentId, virtualItems, virtualizer.scrollOffset ?? 0);

  return (
    <section aria-label={label} className="relative flex h-full min-h-0 flex-col bg-white">
      {toolbar}
      <NewItemsBanner count={hidden} onShow={showNew} />
      <div
        ref={scrollRef}
        onScroll={held.onScroll}
        tabIndex={-1}
        id="queue-rows"
        className="min-h-0 flex-1 overflow-y-auto [overflow-anchor:none] focus-visible:outline-none"
        data-testid="queue-scroll"
      >
        {isPending ? (
          <QueueSkeleton />
        ) : isError && items.length === 0 ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : items.length === 0 ? (
          hasAnyFilter(filters) ? (
            <EmptyState title={t('queue.noResults')} icon={<InboxIcon className="size-8" />}>
              <p>{t('queue.noResultsHint')}</p>
              {onClearFilters ? (
                <Button size="sm" className="mt-3" onClick={onClearFilters}>
                  {t('filters.clearAll')}
                </Button>
              ) : null}
            </EmptyState>
          ) : (
            <EmptyState title={t('queue.empty')} icon={<InboxIcon className="size-8" />}>
              <p>{t('queue.emptyHint')}</p>
            </EmptyState>
          )
        ) : (
          <>
            {/* The rows' own headings are h3 (as under my work's h2 sections): this keeps the outline in order. */}
            <h2 className="sr-only">{t('queue.rowsHeading')}</h2>
            <div
              role="feed"
              aria-label={label}
              aria-busy={isFetchingNextPage || isPlaceholderData}
              className={`relative w-full transition-opacity ${isPlaceholderData ? 'opacity-60' : ''}`}
              style={{ height: virtualizer.getTotalSize() }}
            >
              {virtualItems.map((row) => {
                const item = visible[row.index];
                const style = {
                  position: 'absolute' as const,
                  top: 0,
                  insetInlineStart: 0,
                  width: '100%',
                  transform: `translateY(${row.start}px)`,
                };
                if (!item) {
                  return (
                    <div
                      key={row.key}
                      data-index={row.index}
                      ref={virtualizer.measureElement}
                      style={style}
                      className="px-4 py-3 text-center text-xs text-ink-faint"
                    >
                      {isFetchingNextPage ? t('queue.loadingMore') : ''}
                    </div>
                  );
                }
                return (
                  <ItemRow
                    key={row.key}
                    roving
                    ref={virtualizer.measureElement}
                    item={item}
                    index={row.index}
                    setSize={setSize}
                    href={itemHref(item)}
                    unread={isUnread(read, item.id, item.receivedAt)}
                    current={isCurrentRow(item, row.index, currentId)}
                    tabStop={row.index === tabStop}
                    open={item.id === openId}
                    selected={selected.has(item.id)}
                    highlight={isPlaceholderData ? null : highlight}
                    offset={row.start}
                    onOpen={onOpen}
                    onToggleSelected={toggleSelected}
                  />
                );
              })}
            </div>
          </>
        )}
      </div>
    </section>
  );
}

function QueueSkeleton() {
  const { t } = useTranslation();
  return (
    <div aria-busy="true" className="divide-y divide-surface-line">
      <output className="sr-only">{t('common.loading')}</output>
      {Array.from({ length: 9 }, (_, index) => (
        <div key={index} className="flex flex-col gap-2 px-4 py-3">
          <div className="h-3.5 w-4/5 animate-pulse rounded bg-surface-sunken" />
          <div className="h-2.5 w-2/5 animate-pulse rounded bg-surface-sunken" />
        </div>
      ))}
    </div>
  );
}
