/**
 * Exact cache patches for one item: its detail entry and every loaded queue page that shows it or should.
 * Used by the live stream and by optimistic workflow actions, so both move a row the same way.
 */
import {
  hashKey,
  type Query,
  type QueryClient,
  type QueryFilters,
  type QueryKey,
} from '@tanstack/react-query';
import type { LiveItem } from '#shared/schemas/events.ts';
import {
  ItemCardSchema,
  type Item,
  type ItemCard,
  type ItemFilters,
  type SameStory,
} from '#shared/schemas/items.ts';
import { compareNewestFirst, matchesFilters } from '#shared/filters.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import type { ItemPages } from './list-page.ts';
import { readAgain } from './read-again.ts';
import type { LiveSync } from './sync.ts';

type PatchResult = ItemPages | 'unchanged' | 'refetch';

const CARD_FIELDS = Object.keys(ItemCardSchema.shape) as Array<keyof ItemCard>;

/**
 * An item's new state as a list row: a card, as the server's pages carry it (lists never show the body or the
 * rest); a live item, a mutation's answer or an optimistic change is cut to that shape, so lists stay as lean
 * as pages.
 */
function asRow(item: ItemCard): ItemCard {
  return Object.fromEntries(CARD_FIELDS.map((field) => [field, item[field]])) as ItemCard;
}

/** Applies one item's new state to a list's pages. */
export function patchPages(
  data: ItemPages,
  item: ItemCard,
  filters: ItemFilters,
  viewerId: number | null,
  options: { force?: boolean } = {},
): PatchResult {
  const card = asRow(item);
  const match = matchesFilters(card, filters, viewerId);
  let found: { page: number; index: number } | null = null;
  let changed = false;
  const pages = data.pages.map((page, pageIndex) => {
    let items = page.items;
    items.forEach((row, index) => {
      if (row.id === item.id) found = { page: pageIndex, index };
    });
    // Other sources of the same story show the cluster's new size.
    if (
      item.clusterId !== null &&
      items.some((row) => row.clusterId === item.clusterId && row.clusterSize !== item.clusterSize)
    ) {
      items = items.map((row) =>
        row.clusterId === item.clusterId && row.id !== item.id
          ? { ...row, clusterSize: item.clusterSize }
          : row,
      );
      changed = true;
    }
    return items === page.items ? page : { ...page, items };
  });

  const at = found as { page: number; index: number } | null;
  if (at) {
    const page = pages[at.page]!;
    const existing = page.items[at.index]!;
    if (!options.force && existing.version > item.version) return changed ? { ...data, pages } : 'unchanged';
    const items = [...page.items];
    if (match === false) items.splice(at.index, 1);
    else items[at.index] = card;
    pages[at.page] = { ...page, items };
    return { ...data, pages };
  }

  if (match === undefined) return 'refetch';
  if (match === false) return changed ? { ...data, pages } : 'unchanged';

  // Not shown yet but belongs: insert in order, unless it falls past the last loaded page.
  for (let pageIndex = 0; pageIndex < pages.length; pageIndex++) {
    const page = pages[pageIndex]!;
    const index = page.items.findIndex((row) => compareNewestFirst(card, row) < 0);
    if (index >= 0) {
      const items = [...page.items];
      items.splice(index, 0, card);
      pages[pageIndex] = { ...page, items };
      return { ...data, pages };
    }
  }
  const last = pages.at(-1);
  if (!last || last.nextCursor === null) {
    if (last) pages[pages.length - 1] = { ...last, items: [...last.items, card] };
    else return 'refetch';
    return { ...data, pages };
  }
  return changed ? { ...data, pages } : 'unchanged';
}

export interface WriteOptions {
  /** Optimistic writes and rollbacks: ignore the version guard. */
  force?: boolean;
  /** Which loaded lists to patch (default: all). The live stream skips lists that already hold this event. */
  lists?: (query: Query) => boolean;
  /** Whether to touch the item's detail entry (default: yes). */
  detail?: boolean;
}

/**
 * Writes an item into the detail cache and every loaded list; lists it cannot judge are refetched.
 *
 * A live item carries no body, so it never stands in for a detail entry: a newer version is merged into a
 * loaded detail at once (status, tags and headline change on screen immediately) and the detail is marked
 * stale, which refetches the whole item, body included, wherever it is shown (the open item pane). A read of
 * the detail on its way when any item is written (a first read, a refetch) is dropped and asked again, so that an
 * answer read before this change cannot land over it.
 */
export function writeItemToCaches(
  queryClient: QueryClient,
  item: Item | LiveItem | ItemCard,
  viewerId: number | null,
  options: WriteOptions = {},
): void {
  if (options.detail !== false) writeDetail(queryClient, item, options.force === true);
  writeToSameStory(queryClient, item, options.force === true);
  for (const query of queryClient.getQueryCache().findAll({ queryKey: queryKeys.itemLists })) {
    const data = query.state.data as ItemPages | undefined;
    if (!data || (options.lists && !options.lists(query))) continue;
    const filters = (query.queryKey[2] ?? {}) as ItemFilters;
    const result = patchPages(data, item, filters, viewerId, options);
    if (result === 'refetch') void queryClient.invalidateQueries(only(query.queryKey));
    else if (result !== 'unchanged') queryClient.setQueryData(query.queryKey, result);
  }
}

/**
 * Filters that match one query. (`{queryKey, exact: true}` would hash the key again for every query in the
 * cache; the cache grows with every item opened in a long session.)
 */
function only(key: QueryKey): QueryFilters {
  const hash = hashKey(key);
  return { predicate: (query) => query.queryHash === hash };
}

function writeDetail(queryClient: QueryClient, item: Item | LiveItem | ItemCard, force: boolean): void {
  const detailKey = queryKeys.item(item.id);
  const full = 'body' in item;
  const state = queryClient.getQueryState<Item>(detailKey);
  const old = state?.data;
  if (old) {
    // Already this version or a newer one (our own mutation's answer usually arrives before its event).
    if (!force && old.version > item.version) return;
    if (!force && old.version === item.version && !full) {
      // Who is editing changes without a new version (a lease is not an edit): take it, nothing to refetch.
      if (JSON.stringify(old.lease) !== JSON.stringify(item.lease))
        queryClient.setQueryData<Item>(detailKey, { ...old, lease: item.lease });
      return;
    }
    queryClient.setQueryData<Item>(detailKey, { ...old, ...item } as Item);
  } else if (full) {
    queryClient.setQueryData<Item>(detailKey, item);
  }
  // A live item has no body: a loaded detail is read again whole. And a read already on its way left before
  // this change: landing after it, it would put the older item back (a mutation's answer written over by the
  // detail's first read, and the change's own event, the same version, then leaving it there). A detail nobody
  // loaded or asked for (most live items) is left alone: no walk through the query cache for it.
  if ((old && !full) || state?.fetchStatus === 'fetching') readAgain(queryClient, only(detailKey));
}

/**
 * The item's entry where an open report lists its story's other copies (its cluster, and the desk stories
 * written from them): its new status and holder show there as they change, which is how the desk sees that
 * another copy has been taken up (and the pane asks before a second one is accepted).
 */
function writeToSameStory(queryClient: QueryClient, item: Item | LiveItem | ItemCard, force: boolean): void {
  const update = (copies: Item[]): Item[] => {
    const at = copies.findIndex((copy) => copy.id === item.id);
    if (at < 0 || (!force && copies[at]!.version >= item.version)) return copies;
    const updated = [...copies];
    updated[at] = { ...copies[at]!, ...asRow(item) };
    return updated;
  };
  for (const query of queryClient.getQueryCache().findAll({ queryKey: queryKeys.clusterAll })) {
    const data = query.state.data as SameStory | undefined;
    if (!data) continue;
    const items = update(data.items);
    const stories = update(data.stories);
    if (items !== data.items || stories !== data.stories)
      queryClient.setQueryData<SameStory>(query.queryKey, { items, stories });
  }
}

export interface CacheSnapshot {
  entries: Array<[QueryKey, unknown]>;
  /** The live sequence when it was taken: live events heard since are applied again after a rollback. */
  seq: number | null;
}

/** Everything an optimistic change to these items may touch, to put back if the server refuses. */
export function snapshotItems(
  queryClient: QueryClient,
  sync: LiveSync,
  ids: readonly number[],
): CacheSnapshot {
  const entries: Array<[QueryKey, unknown]> = [];
  for (const id of ids) entries.push([queryKeys.item(id), queryClient.getQueryData(queryKeys.item(id))]);
  for (const [key, data] of queryClient.getQueriesData({ queryKey: queryKeys.itemLists }))
    entries.push([key, data]);
  for (const [key, data] of queryClient.getQueriesData({ queryKey: queryKeys.clusterAll }))
    entries.push([key, data]);
  return { entries, seq: sync.lastSeq };
}

/** Puts back what an optimistic change touched, then re-applies the live events heard meanwhile. */
export function restoreSnapshot(queryClient: QueryClient, sync: LiveSync, snapshot: CacheSnapshot): void {
  for (const [key, data] of snapshot.entries) queryClient.setQueryData(key, data);
  sync.reapplyAfter(snapshot.seq);
  // The lists of a story's copies may have been read again meanwhile (a desk story written from it), which the
  // events applied again do not redo: they are asked for again, so that none shows a copy in hand as it was.
  readAgain(queryClient, { queryKey: queryKeys.clusterAll });
}

/** Finds an item in any cache: the whole item, or else the card of a loaded list. */
export function findCachedItem(queryClient: QueryClient, id: number): Item | ItemCard | undefined {
  const detail = queryClient.getQueryData<Item>(queryKeys.item(id));
  if (detail) return detail;
  for (const [, data] of queryClient.getQueriesData<ItemPages>({ queryKey: queryKeys.itemLists })) {
    for (const page of data?.pages ?? []) {
      const item = page.items.find((row) => row.id === id);
      if (item) return item;
    }
  }
  return undefined;
}
