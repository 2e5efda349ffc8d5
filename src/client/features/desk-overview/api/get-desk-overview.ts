import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { DeskOverview, DeskOverviewRawQuery } from '#shared/schemas/desk-overview.ts';
import { toSearchParams } from '#shared/query-string.ts';
import { getCounted, type Counted } from '#client/lib/live/index.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** GET /api/desk/overview, stamped with the live sequence it was counted at (X-Live-Seq). */
export async function getDeskOverview(
  query: DeskOverviewRawQuery,
  signal?: AbortSignal,
): Promise<Counted<DeskOverview>> {
  return getCounted('/api/desk/overview', { query: toSearchParams(query), signal });
}

/**
 * The live stream re-asks it (lib/live/connection.ts, throttled with the facet counts) whenever items change,
 * and when it lands counted before events the tab has heard (lib/live/sync.ts); the minute refresh moves what
 * changes with time alone (waiting past the threshold, the hour under way).
 */
export function getDeskOverviewQueryOptions(query: DeskOverviewRawQuery) {
  return queryOptions({
    queryKey: queryKeys.deskOverview(query),
    queryFn: ({ signal }) => getDeskOverview(query, signal),
    staleTime: 30_000,
    refetchInterval: 60_000,
    // A refused query is the user's input to correct, not a hiccup to retry.
    retry: false,
  });
}

export function useDeskOverview(query: DeskOverviewRawQuery) {
  return useQuery({ ...getDeskOverviewQueryOptions(query), placeholderData: keepPreviousData });
}
