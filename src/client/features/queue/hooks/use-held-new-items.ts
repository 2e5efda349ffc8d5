import { useState, type UIEvent } from 'react';
import type { ItemCard } from '#shared/schemas/items.ts';
import { compareNewestFirst } from '#shared/filters.ts';

type Anchor = { receivedAt: string; id: number };
const newerThan = (item: ItemCard, anchor: Anchor) =>
  compareNewestFirst(item, { receivedAt: anchor.receivedAt, id: anchor.id } as ItemCard) < 0;

/**
 * New items held above what the user is reading: once the list is scrolled away from the top, everything newer
 * than the row that was first at that moment is kept out of the rows (and counted for the banner) instead of
 * pushing them down, as wire monitors do. Back at the top, or on `release`, they show again.
 */
export function useHeldNewItems(items: ItemCard[]) {
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  let hidden = 0;
  if (anchor) while (hidden < items.length && newerThan(items[hidden]!, anchor)) hidden++;
  const visible = hidden ? items.slice(hidden) : items;

  /** For the scrolling element's onScroll. */
  const onScroll = (event: UIEvent<HTMLElement>) => {
    const top = event.currentTarget.scrollTop;
    if (top <= 4) {
      if (anchor) setAnchor(null);
    } else if (!anchor && items[0]) {
      setAnchor({ receivedAt: items[0].receivedAt, id: items[0].id });
    }
  };

  /** Shows what was held (the caller scrolls back to the top). */
  const release = () => setAnchor(null);

  return { visible, hidden, onScroll, release };
}
