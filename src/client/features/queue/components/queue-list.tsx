import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item, ItemFilters } from '#shared/schemas/items.ts';
import { ItemRow } from '#client/components/item-row.tsx';
import { Button } from '#client/components/ui/button.tsx';
import { InboxIcon } from '#client/components/ui/icons.tsx';
import { EmptyState, ErrorState } from '#client/components/ui/state-message.tsx';
import { compareNewestFirst, hasAnyFilter } from '#client/lib/filters.ts';
import { highlightQuery } from '#client/lib/highlight.ts';
import { directionOf } from '#client/lib/i18n.ts';
import { isTypingTarget, shortcutOf } from '#client/lib/keyboard.ts';
import { isUnread, useReadStore } from '#client/stores/read-store.ts';
import { useUiStore } from '#client/stores/ui-store.ts';
import { useItems } from '../api/get-items.ts';
import { NewItemsBanner } from './new-items-banner.tsx';

export interface QueueListProps {
  filters: ItemFilters;
  /** The item open in the pane, if any. */
  openId: number | null;
  label: string;
  itemHref(item: Item): string;
  onOpen(item: Item, options?: { focusPane?: boolean }): void;
  /** Keyboard `a` / `s` on the current row. */
  onShortcutAction?(item: Item, action: 'accept' | 'spike'): void;
  onClearFilters?(): void;
  toolbar?: ReactNode;
}

const ESTIMATED_ROW = 76;
const LOAD_AHEAD = 10;

type Anchor = { receivedAt: string; id: number };
const newerThan = (item: Item, anchor: Anchor) =>
  compareNewestFirst(item, { receivedAt: anchor.receivedAt, id: anchor.id } as Item) < 0;

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
  const { t, i18n } = useTranslation();
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
  const highlight = useMemo(() => highlightQuery(filters.q), [filters.q]);

  // Everything newer than the anchor is held back while the user is scrolled down.
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  let hidden = 0;
  if (anchor) while (hidden < items.length && newerThan(items[hidden]!, anchor)) hidden++;
  const visible = hidden ? items.slice(hidden) : items;

  const read = useReadStore();
  const selected = useUiStore((state) => state.selected);
  const currentId = useUiStore((state) => state.currentId);
  const setCurrent = useUiStore((state) => state.setCurrent);
  const toggleSelected = useUiStore((state) => state.toggleSelected);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length + (hasNextPage ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 6,
    getItemKey: (index) => visible[index]?.id ?? 'more',
  });
  const virtualItems = virtualizer.getVirtualItems();

  // A new view starts at the top, following new items.
  const filtersKey = JSON.stringify(filters);
  useEffect(() => {
    setAnchor(null);
    virtualizer.scrollToOffset(0);
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- only when the view changes
  }, [filtersKey]);

  // Load the next page before the user reaches the end.
  const lastIndex = virtualItems.at(-1)?.index ?? 0;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= visible.length - LOAD_AHEAD) void fetchNextPage();
  }, [lastIndex, visible.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  const onScroll = () => {
    const top = scrollRef.current?.scrollTop ?? 0;
    if (top <= 4) {
      if (anchor) setAnchor(null);
    } else if (!anchor && items[0]) {
      setAnchor({ receivedAt: items[0].receivedAt, id: items[0].id });
    }
  };

  const showNew = () => {
    setAnchor(null);
    virtualizer.scrollToOffset(0);
    scrollRef.current?.focus({ preventScroll: true });
  };

  // Keyboard: the current row follows j/k; focus moves with it when it is in the list already.
  const focusRow = useCallback((id: number) => {
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-item-id="${id}"]`);
    row?.focus({ preventScroll: true });
  }, []);
  const moveBy = useCallback(
    (delta: number) => {
      if (visible.length === 0) return;
      const index = visible.findIndex((item) => item.id === currentId);
      const nextIndex = index < 0 ? 0 : Math.min(visible.length - 1, Math.max(0, index + delta));
      const next = visible[nextIndex]!;
      setCurrent(next.id);
      virtualizer.scrollToIndex(nextIndex, { align: 'auto' });
      requestAnimationFrame(() => focusRow(next.id));
    },
    [visible, currentId, setCurrent, virtualizer, focusRow],
  );

  useEffect(() => {
    const direction = directionOf(i18n.language);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if ((event.target as HTMLElement | null)?.closest?.('dialog, [role="dialog"], details[open]')) return;
      const shortcut = shortcutOf(event, direction);
      if (!shortcut) return;
      const inList = scrollRef.current?.contains(event.target as Node) ?? false;
      const onBody = event.target === document.body || inList;
      const current = visible.find((item) => item.id === currentId) ?? null;
      switch (shortcut) {
        case 'next':
        case 'prev':
          // Arrows belong to whatever has focus (menus, the pane); j/k work from anywhere.
          if (event.key.startsWith('Arrow') && !onBody) return;
          event.preventDefault();
          moveBy(shortcut === 'next' ? 1 : -1);
          return;
        case 'open':
        case 'forward':
          if (!onBody || !current) return;
          event.preventDefault();
          onOpen(current, { focusPane: shortcut === 'forward' });
          return;
        case 'select':
          if (!current) return;
          event.preventDefault();
          toggleSelected(current.id);
          return;
        case 'accept':
        case 'spike': {
          const target = current ?? visible.find((item) => item.id === openId) ?? null;
          if (!target || !onShortcutAction) return;
          event.preventDefault();
          onShortcutAction(target, shortcut);
          return;
        }
        default:
          return;
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [i18n.language, visible, currentId, openId, moveBy, onOpen, onShortcutAction, toggleSelected]);

  // A row focused by Tab or click becomes the current row.
  useEffect(() => {
    const container = scrollRef.current;
    if (!container) return;
    const onFocusIn = (event: FocusEvent) => {
      const id = (event.target as HTMLElement).dataset?.itemId;
      if (id) setCurrent(Number(id));
    };
    container.addEventListener('focusin', onFocusIn);
    return () => container.removeEventListener('focusin', onFocusIn);
  }, [setCurrent]);

  // The opened item becomes the current row, so j/k continue from it.
  useEffect(() => {
    if (openId !== null) setCurrent(openId);
  }, [openId, setCurrent]);

  const total = visible.length;
  const setSize = hasNextPage ? -1 : total;

  return (
    <section aria-label={label} className="relative flex h-full min-h-0 flex-col bg-white">
      {toolbar}
      <NewItemsBanner count={hidden} onShow={showNew} />
      <div
        ref={scrollRef}
        onScroll={onScroll}
        tabIndex={-1}
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
                  current={item.id === currentId || (currentId === null && row.index === 0)}
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
