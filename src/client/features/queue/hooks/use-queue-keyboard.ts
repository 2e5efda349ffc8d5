import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemCard } from '#shared/schemas/items.ts';
import { directionOf } from '#client/lib/i18n.ts';
import { isTypingTarget, shortcutOf } from '#client/lib/keyboard.ts';
import { useUiStore } from '#client/stores/ui-store.ts';

/** Controls that move with the arrow keys themselves: the queue's arrows leave them alone. */
const ARROW_WIDGETS =
  'select, [role="menu"], [role="menubar"], [role="listbox"], [role="radiogroup"], [role="tablist"], [role="slider"]';

export interface QueueKeyboardOptions {
  /** The rows as shown (held new items left out). */
  visible: readonly ItemCard[];
  /** The list's scrolling element, which holds the rows. */
  scrollRef: RefObject<HTMLElement | null>;
  virtualizer: Pick<Virtualizer<HTMLDivElement, Element>, 'scrollToIndex'>;
  /** The item open in the pane, if any. */
  openId: number | null;
  onOpen(item: ItemCard, options?: { focusPane?: boolean }): void;
  onShortcutAction?(item: ItemCard, action: 'accept' | 'spike'): void;
  /** Changes with the view (its filters): a new list, where the last one's places mean nothing. */
  viewKey: string;
}

/**
 * The queue's keyboard: j/k (and the up/down arrows, when nothing else has focus) move the current row, and
 * focus with it when it is in the list already; Enter opens it (the arrow towards the pane also moves focus
 * there, the other arrow comes back to its row), x selects it, a/s act on it. A row focused by Tab or click, or opened in the pane, becomes the
 * current row, so j/k continue from there.
 */
export function useQueueKeyboard({
  visible,
  scrollRef,
  virtualizer,
  openId,
  onOpen,
  onShortcutAction,
  viewKey,
}: QueueKeyboardOptions): void {
  const { i18n } = useTranslation();
  const currentId = useUiStore((state) => state.currentId);
  const setCurrent = useUiStore((state) => state.setCurrent);
  const toggleSelected = useUiStore((state) => state.toggleSelected);

  const focusRow = useCallback(
    (id: number) => {
      const row = scrollRef.current?.querySelector<HTMLElement>(`[data-item-id="${id}"]`);
      row?.focus({ preventScroll: true });
    },
    [scrollRef],
  );
  // Where the current row was last seen in the list, so that when it leaves (spiked or accepted out of a
  // filtered view, here or by someone else) the row that takes its place becomes current: j/k and a/s must never
  // jump to the top story unasked.
  const lastIndex = useRef<number | null>(null);
  // A new view (other filters) starts afresh: its rows are not the old ones. The effect reads no value of
  // viewKey; its change is the trigger.
  // oxlint-disable-next-line react/exhaustive-deps
  useEffect(() => {
    lastIndex.current = null;
  }, [viewKey]);
  useEffect(() => {
    if (currentId === null || visible.length === 0) return;
    const index = visible.findIndex((item) => item.id === currentId);
    if (index >= 0) {
      lastIndex.current = index;
      return;
    }
    if (lastIndex.current === null) return;
    const next = visible[Math.min(lastIndex.current, visible.length - 1)]!;
    setCurrent(next.id);
    // Focus went down with the row that left: it goes to the row in its place.
    if (document.activeElement === document.body) requestAnimationFrame(() => focusRow(next.id));
  }, [visible, currentId, setCurrent, focusRow]);

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
        case 'back': {
          // From the pane (or the page) back to the open item's row, the pane left open (Escape closes it). Not
          // from a control that uses the arrows itself.
          const inPane = (event.target as HTMLElement | null)?.closest?.('[data-pane]') != null;
          if ((!onBody && !inPane) || openId === null) return;
          if ((event.target as HTMLElement | null)?.closest?.(ARROW_WIDGETS)) return;
          const index = visible.findIndex((item) => item.id === openId);
          if (index < 0) return;
          event.preventDefault();
          setCurrent(openId);
          virtualizer.scrollToIndex(index, { align: 'auto' });
          requestAnimationFrame(() => focusRow(openId));
          return;
        }
        case 'select':
          if (!current) return;
          event.preventDefault();
          toggleSelected(current.id);
          return;
        case 'accept':
        case 'spike': {
          // Only where an item is in view: the list (its current row) or the pane (the item open in it). A
          // letter typed on a filter, a menu or a link elsewhere must not spike a story unseen.
          const inPane = (event.target as HTMLElement | null)?.closest?.('[data-pane]') != null;
          if (!onBody && !inPane) return;
          const open = visible.find((item) => item.id === openId) ?? null;
          const target = inPane ? open : (current ?? open);
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
  }, [
    i18n.language,
    scrollRef,
    visible,
    currentId,
    openId,
    moveBy,
    onOpen,
    setCurrent,
    virtualizer,
    focusRow,
    onShortcutAction,
    toggleSelected,
  ]);

  useEffect(() => {
    const container = scrollRef.current;
    if (!container) return;
    const onFocusIn = (event: FocusEvent) => {
      const id = (event.target as HTMLElement).dataset?.itemId;
      if (id) setCurrent(Number(id));
    };
    container.addEventListener('focusin', onFocusIn);
    return () => container.removeEventListener('focusin', onFocusIn);
  }, [scrollRef, setCurrent]);

  useEffect(() => {
    if (openId !== null) setCurrent(openId);
  }, [openId, setCurrent]);
}
