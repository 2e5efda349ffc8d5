/**
 * Urgent wire copy as it arrives: a flash (urgency 1) raises a persistent alert, an urgent item (urgency 2) a
 * toast, when the desk's queue filters would show it. Judged by the same rule that places live items in the
 * lists (`matchesFilters`), once per message the tab hears for the first time: sync.ts marks a replayed
 * message as not fresh, so a reconnect raises what arrived while the tab was away and nothing it had heard.
 * A tab too far behind to be replayed to (`reset`) asks the queue for the flashes it missed instead.
 */
import { matchesFilters } from '#shared/filters.ts';
import { toSearchParams } from '#shared/query-string.ts';
import type { LiveItem, LiveMessage } from '#shared/schemas/events.ts';
import type { ItemCard, ItemFilters, ItemListResponse } from '#shared/schemas/items.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { useFlashAlertStore } from '#client/stores/flash-alert-store.ts';
import { pushToast } from '#client/stores/toast-store.ts';

/** The most missed flashes raised after a reset: more than a screenful is a desk that should read the queue. */
const MISSED_FLASHES_LIMIT = 20;

export interface UrgentArrival {
  urgency: 1 | 2;
  item: LiveItem;
  seq: number;
}

/**
 * Whether a list with these filters would show the item. Grouped or not, a new report that matches the other
 * filters is its story's newest, so it shows either way; a text search only the server can judge, and a flash
 * is better raised than missed there.
 */
export function wouldShow(item: ItemCard, filters: ItemFilters, viewerId: number | null): boolean {
  const { collapse: _grouping, ...selection } = filters;
  return matchesFilters(item, selection, viewerId) !== false;
}

/**
 * The urgent arrival a live message is, if any: a wire item just ingested or just upgraded by its agency, urgent,
 * and shown by the filters.
 */
export function urgentArrivalOf(
  message: LiveMessage,
  watched: ItemFilters,
  viewerId: number | null,
): UrgentArrival | null {
  const { event, item } = message;
  if (!item || (item.urgency !== 1 && item.urgency !== 2)) return null;
  // Arrivals, and reports an agency's new copy made more urgent (a report upgraded to a flash is news as a flash
  // is). Any other update of an item already in the queue (edited, retagged, refreshed) is not news of its own.
  const upgraded =
    event.type === 'item.reingested' &&
    event.payload.urgencyFrom !== undefined &&
    item.urgency < event.payload.urgencyFrom;
  if (event.type !== 'item.ingested' && !upgraded) return null;
  if (!wouldShow(item, watched, viewerId)) return null;
  return { urgency: item.urgency, item, seq: event.seq };
}

/** Raises the alert or the toast for a message heard for the first time (apply-message.ts). */
export function announceUrgentArrival(message: LiveMessage, viewerId: number | null): void {
  const alerts = useFlashAlertStore.getState();
  const arrival = urgentArrivalOf(message, alerts.watched, viewerId);
  if (!arrival) return;
  const { item } = arrival;
  if (arrival.urgency === 1) {
    raiseFlash(item, arrival.seq);
  } else {
    pushToast({
      kind: 'urgent',
      itemId: item.id,
      headline: item.headline,
      language: item.language,
      source: item.source,
    });
  }
}

function raiseFlash(item: ItemCard, seq: number): void {
  useFlashAlertStore.getState().raise({
    itemId: item.id,
    seq,
    headline: item.headline,
    language: item.language,
    source: item.source,
    receivedAt: item.receivedAt,
  });
}

/**
 * After a `reset` (the stream could not replay what the tab missed): the flashes the desk's filters show that
 * arrived since the last event the tab heard, asked of the queue and raised like live ones. An item that raised
 * before in this tab does not raise again (the store remembers), so the inclusive `since` repeats nothing.
 * `seq`: the stream's position after the gap, which the alerts are ordered by; the newest item first.
 */
export async function raiseMissedFlashes(since: string, seq: number, viewerId: number | null): Promise<void> {
  const { collapse: _grouping, ...watched } = useFlashAlertStore.getState().watched;
  if (watched.urgency?.length && !watched.urgency.includes(1)) return;
  const query = toSearchParams({ ...watched, urgency: [1], since, limit: MISSED_FLASHES_LIMIT });
  const { items } = await apiRequest<ItemListResponse>(`/api/items?${query.toString()}`);
  // Oldest first, so the newest ends on top as it would have live.
  for (const item of items.toReversed()) if (wouldShow(item, watched, viewerId)) raiseFlash(item, seq);
}
