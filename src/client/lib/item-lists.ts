/**
 * Item lists (the queue, "my work"): one fetcher and one infinite-query factory, because the live stream
 * patches every list the same way (lib/item-cache.ts) and so every list must share key and shape.
 */
import { infiniteQueryOptions, type QueryClient } from '@tanstack/react-query';
import type { ItemFilters, ItemListResponse } from '#shared/schemas/items.ts';
import { apiRequest } from './api-client.ts';
import { toSearchParams } from './filters.ts';
import type { ListPage } from './item-cache.ts';
import { liveSync, pageStamp, readLiveSeq } from './live-sync.ts';
import { queryKeys } from './query-keys.ts';

export const PAGE_SIZE = 50;

/**
 * GET /api/items with the filters in the same format as the URL, newest first, one cursor page, stamped with
 * the live sequence its rows are current to (X-Live-Seq; see lib/live-sync.ts).
 */
export async function getItemsPage(
  filters: ItemFilters,
  cursor: string | null,
  signal?: AbortSignal,
  options: { limit?: number; expectUnauthenticated?: boolean } = {},
): Promise<ListPage> {
  const query = toSearchParams({
    ...filters,
    sort: 'newest',
    limit: options.limit ?? PAGE_SIZE,
    cursor: cursor ?? undefined,
  });
  const absorbed = liveSync.absorbedAtStart(filters);
  let headerSeq: number | undefined;
  const page = await apiRequest<ItemListResponse>('/api/items', {
    query,
    signal,
    expectUnauthenticated: options.expectUnauthenticated,
    onHeaders: (headers) => (headerSeq = readLiveSeq(headers)),
  });
  const liveSeq = pageStamp(headerSeq, absorbed);
  return liveSeq === undefined ? page : { ...page, liveSeq };
}

/**
 * At boot, before the router has checked the session: asks for the queue the URL shows, so the rows are on
 * their way while the app renders. A 401 here is not a lost session (maybe nobody signed in yet): quiet.
 */
export function prefetchQueueAtBoot(queryClient: QueryClient, filters: ItemFilters): void {
  void queryClient.prefetchInfiniteQuery({
    ...getItemListQueryOptions(filters),
    queryFn: ({ signal }) => getItemsPage(filters, null, signal, { expectUnauthenticated: true }),
  });
}

export function getItemListQueryOptions(filters: ItemFilters) {
  return infiniteQueryOptions({
    queryKey: queryKeys.itemList(filters),
    queryFn: ({ pageParam, signal }) => getItemsPage(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Live messages keep loaded lists current; a list is reloaded only when it is opened again later.
    staleTime: 5 * 60_000,
  });
}
