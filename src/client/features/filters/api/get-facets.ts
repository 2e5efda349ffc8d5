import {
  hashKey,
  keepPreviousData,
  queryOptions,
  useIsFetching,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import type { FacetsResponse, ItemFilters } from '#shared/schemas/items.ts';
import { toSearchParams } from '#shared/query-string.ts';
import { getCounted, type Counted } from '#client/lib/live/index.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/**
 * GET /api/items/facets: counts per dimension under the other filters (each ignores its own), stamped with the
 * live sequence they were counted at (X-Live-Seq), so counts older than what the tab has heard are re-asked.
 */
export async function getFacets(
  filters: ItemFilters,
  signal?: AbortSignal,
): Promise<Counted<FacetsResponse>> {
  return getCounted('/api/items/facets', { query: toSearchParams(filters), signal });
}

export function getFacetsQueryOptions(filters: ItemFilters) {
  return queryOptions({
    queryKey: queryKeys.facets(filters),
    queryFn: ({ signal }) => getFacets(filters, signal),
    staleTime: 60_000,
  });
}

/**
 * Facet counts; the previous counts stay while new ones load, so the panel does not jump. They are asked for
 * only once the list for the same filters has arrived: counting is the slower query, and the server answers
 * one query at a time (SQLite), so the rows come first and the counts follow.
 */
export function useFacets(filters: ItemFilters) {
  const queryClient = useQueryClient();
  const listHash = useMemo(() => hashKey(queryKeys.itemList(filters)), [filters]);
  // A predicate on the hash, not `{queryKey, exact}`: that form hashes the key once per query in the cache on
  // every cache event, which grows with every item opened in a long session.
  const listFetching = useIsFetching({ predicate: (query) => query.queryHash === listHash }) > 0;
  const listReady = queryClient.getQueryCache().get(listHash)?.state.data !== undefined;
  return useQuery({
    ...getFacetsQueryOptions(filters),
    placeholderData: keepPreviousData,
    enabled: listReady && !listFetching,
    // Live updates mark counts stale without refetching in a hidden tab; they catch up when it is shown.
    refetchOnWindowFocus: true,
  });
}
