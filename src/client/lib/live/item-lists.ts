/**
 * Item lists (the queue, "my work"): one fetcher and one infinite-query factory, because the live stream
 * patches every list the same way (item-cache.ts) and so every list must share key and shape.
 */
import { infiniteQueryOptions, type QueryClient } from '@tanstack/react-query';
import type { ItemFilters, ItemListResponse } from '#shared/schemas/items.ts';
import { apiRequest, holdReadsUntil } from '#client/lib/api-client.ts';
import { listPageQuery, QUEUE_PAGE_SIZE } from '#shared/queue-page.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import type { ListPage } from './list-page.ts';
import { pageStamp, readLiveSeq, type LiveSync } from './sync.ts';

export const PAGE_SIZE = QUEUE_PAGE_SIZE;

export interface GetItemsPageOptions {
  /** The tab's LiveSync: the page is stamped no later than what its view held when the request left. */
  sync: LiveSync;
  signal?: AbortSignal;
  limit?: number;
  expectUnauthenticated?: boolean;
  /** The first page at start-up, which other reads wait for (api-client.ts, holdReadsUntil). */
  priority?: boolean;
}

/**
 * GET /api/items with the filters in the same format as the URL, newest first, one cursor page, stamped with
 * the live sequence its rows are current to (X-Live-Seq; see sync.ts).
 */
export async function getItemsPage(
  filters: ItemFilters,
  cursor: string | null,
  { sync, signal, limit, expectUnauthenticated, priority }: GetItemsPageOptions,
): Promise<ListPage> {
  const query = listPageQuery(filters, cursor, limit ?? PAGE_SIZE);
  const absorbed = sync.absorbedAtStart(filters);
  let headerSeq: number | undefined;
  const page = await apiRequest<ItemListResponse>('/api/items', {
    query,
    signal,
    expectUnauthenticated,
    priority,
    onHeaders: (headers) => (headerSeq = readLiveSeq(headers)),
  });
  const liveSeq = pageStamp(headerSeq, absorbed);
  return liveSeq === undefined ? page : { ...page, liveSeq };
}

/**
 * At boot, before the router has checked the session: asks for the queue the URL shows, so the rows are on
 * their way while the app renders. A 401 here is not a lost session (maybe nobody signed in yet): quiet.
 */
export function prefetchQueueAtBoot(queryClient: QueryClient, sync: LiveSync, filters: ItemFilters): void {
  holdReadsUntil(
    queryClient.prefetchInfiniteQuery({
      ...getItemListQueryOptions(filters, sync),
      queryFn: ({ signal }) =>
        getItemsPage(filters, null, { sync, signal, expectUnauthenticated: true, priority: true }),
    }),
  );
}

export function getItemListQueryOptions(filters: ItemFilters, sync: LiveSync) {
  return infiniteQueryOptions({
    queryKey: queryKeys.itemList(filters),
    queryFn: ({ pageParam, signal }) => getItemsPage(filters, pageParam, { sync, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Live messages keep loaded lists current; a list is reloaded only when it is opened again later.
    staleTime: 5 * 60_000,
  });
}
