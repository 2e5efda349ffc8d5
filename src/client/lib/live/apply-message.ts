/**
 * What one live message means for React Query's caches. Each message carries the event and the item as it now
 * is (without its body): the item is written into the loaded lists that have not absorbed it yet (exact
 * patches, item-cache.ts) and its detail entry (which then refetches, body included, where it is shown);
 * history gets the event appended, and a user it concerns gets a notification and a toast. Facet counts are
 * not touched here: they cannot be patched exactly, so they are re-asked (sync.ts says when, connection.ts
 * throttles).
 */
import type { Query, QueryClient } from '@tanstack/react-query';
import { notificationKindFor } from '#shared/notifications.ts';
import { isActionEvent, type LiveMessage, type MirsadEvent } from '#shared/schemas/events.ts';
import type { Item } from '#shared/schemas/items.ts';
import type { SessionResponse } from '#shared/schemas/users.ts';
import type { Notification } from '#shared/schemas/views.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import { useFlashAlertStore } from '#client/stores/flash-alert-store.ts';
import { pushToast } from '#client/stores/toast-store.ts';
import { writeItemToCaches } from './item-cache.ts';
import { readAgain } from './read-again.ts';
import { announceUrgentArrival } from './urgent-arrivals.ts';

const FEED_EVENTS = new Set<MirsadEvent['type']>([
  'feed.created',
  'feed.updated',
  'feed.deleted',
  'feed.health',
]);
const FEEDS_KEY = ['feeds'] as const;
/** The item views (the second part of their keys) that show people's current names: see `user.renamed`. */
const VIEWS_WITH_NAMES = new Set<unknown>([
  queryKeys.itemLists[1],
  queryKeys.item(0)[1],
  queryKeys.comments(0)[1],
  queryKeys.storySources(0)[1],
  queryKeys.clusterAll[1],
]);

export interface ApplyOptions {
  /** Which loaded lists take the message (those that have not absorbed it yet). */
  lists?: (query: Query) => boolean;
  /**
   * The tab hears this event for the first time: besides the lists, the item's detail, its history and
   * comments, the user's notifications and a toast. A replayed event only brings lists forward.
   */
  fresh?: boolean;
}

/** A story's versions, its agency copies and its publication preview are not in the live item: asked again. */
function readStoryViewsAgain(queryClient: QueryClient, itemId: number, type: MirsadEvent['type']): void {
  if (type === 'item.lease' || type === 'comment.added') return;
  readAgain(queryClient, { queryKey: queryKeys.publicationPreview(itemId) });
  if (type === 'item.edited' || type === 'item.reingested')
    readAgain(queryClient, { queryKey: queryKeys.versions(itemId) });
  if (type === 'item.wire_updated' || type === 'item.reingested') {
    readAgain(queryClient, { queryKey: queryKeys.wireCopies(itemId) });
    // A story written from this report shows it among its sources, with a mark once the agency updates it.
    readAgain(queryClient, {
      queryKey: queryKeys.storySourcesAll,
      predicate: (query) =>
        (query.state.data as Item[] | undefined)?.some((report) => report.id === itemId) ?? false,
    });
  }
}

/** Applies one live message to the cache, and notifies the user when it concerns them. */
export function applyLiveMessage(
  queryClient: QueryClient,
  message: LiveMessage,
  { lists, fresh = true }: ApplyOptions = {},
): void {
  const { event, item } = message;
  const session = queryClient.getQueryData<SessionResponse | null>(queryKeys.session);
  const user = session?.user ?? null;

  if (item) {
    writeItemToCaches(queryClient, item, user?.id ?? null, { lists, detail: fresh });
    // A flash in the band follows its item (withdrawn, corrected), replayed messages included.
    useFlashAlertStore.getState().follow(item);
  }
  if (!fresh) return;
  // A flash raises its alert, an urgent item its toast: once, on first hearing (never on a replay).
  announceUrgentArrival(message, user?.id ?? null);

  // Another admin added, changed or removed a feed, or a poll changed a feed's health: the feeds page (its list
  // is the key ['feeds'], see features/feeds/api/get-feeds.ts) asks again.
  if (FEED_EVENTS.has(event.type)) readAgain(queryClient, { queryKey: FEEDS_KEY });
  // A renamed feed's items carry its new name (their source): whatever shows items shows it.
  if (event.type === 'feed.updated' && event.payload.fields.includes('name'))
    readAgain(queryClient, { queryKey: queryKeys.items });

  // A new report may join an open item's story; a new desk story may be written from its reports (the pane then
  // says the story is in hand).
  if (
    item &&
    (event.type === 'item.ingested' || event.type === 'item.reingested' || event.type === 'item.created')
  ) {
    readAgain(queryClient, { queryKey: queryKeys.clusterAll });
  }
  if (event.itemId !== null) {
    readStoryViewsAgain(queryClient, event.itemId, event.type);
    const historyKey = queryKeys.history(event.itemId);
    const history = queryClient.getQueryCache().find({ queryKey: historyKey, exact: true });
    if (history?.state.data) {
      queryClient.setQueryData<{ events: MirsadEvent[] }>(historyKey, (old) =>
        old && !old.events.some((known) => known.seq === event.seq)
          ? { events: [...old.events, event] }
          : old,
      );
    }
    // A read of the history still on its way (the first, or one asked for again) may predate this event, and its
    // answer would replace the event just added, or land without it.
    if (!history?.state.data || history.state.fetchStatus === 'fetching')
      readAgain(queryClient, { queryKey: historyKey, exact: true });
    // A comment, or an action that came with one (a return's note).
    if (event.type === 'comment.added' || (isActionEvent(event) && event.payload.commentId !== undefined)) {
      readAgain(queryClient, { queryKey: queryKeys.comments(event.itemId) });
    }
  }
  // An account or a token changed (heard by those who read the people page, by the person it is about, and by
  // everyone for a new name): what lists people asks again: the people page, the desk overview's editors, the
  // assignee pickers.
  if (event.type.startsWith('user.')) {
    readAgain(queryClient, { queryKey: queryKeys.people });
    readAgain(queryClient, { queryKey: queryKeys.deskOverviewAll });
    readAgain(queryClient, { queryKey: queryKeys.assigneesAll });
  }
  // A new name shows wherever items show people as they are now (rows' assignees and "… is editing", the open
  // item, its comments, a story's sources, a cluster): those views ask again. Timelines and versions keep the
  // names their events and saves were written under, and counts have none.
  if (event.type === 'user.renamed') {
    readAgain(queryClient, {
      queryKey: queryKeys.items,
      predicate: (query) => VIEWS_WITH_NAMES.has(query.queryKey[1]),
    });
  }
  if (
    (event.type === 'user.updated' || event.type === 'user.renamed') &&
    user &&
    event.payload.userId === user.id
  ) {
    readAgain(queryClient, { queryKey: queryKeys.session });
  }

  // The notifications list shows each item's headline and status as they are now.
  if (item) {
    queryClient.setQueryData<{ notifications: Notification[] }>(queryKeys.notifications, (old) => {
      if (!old?.notifications.some((known) => known.item?.id === item.id)) return old;
      return {
        notifications: old.notifications.map((known) =>
          known.item?.id === item.id
            ? { ...known, item: { id: item.id, headline: item.headline, status: item.status } }
            : known,
        ),
      };
    });
  }

  if (!user) return;
  const kind = notificationKindFor(event, user);
  if (!kind) return;
  const notification: Notification = {
    kind,
    event,
    item: item ? { id: item.id, headline: item.headline, status: item.status } : null,
  };
  queryClient.setQueryData<{ notifications: Notification[] }>(queryKeys.notifications, (old) =>
    old && !old.notifications.some((known) => known.event.seq === event.seq)
      ? { notifications: [notification, ...old.notifications] }
      : old,
  );
  pushToast({
    kind: 'notification',
    notification: kind,
    itemId: event.itemId,
    headline: item?.headline ?? null,
    actor: event.actor.name,
  });
}
