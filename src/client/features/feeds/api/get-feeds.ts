import { queryOptions, useIsMutating, useQuery } from '@tanstack/react-query';
import type { Feed } from '#shared/schemas/feeds.ts';
import { apiRequest, isRetryable } from '#client/lib/api-client.ts';

export interface FeedsResponse {
  feeds: Feed[];
}

/** The feeds list's cache key. lib/live/apply-message.ts invalidates it on every feed.* event. */
export const FEEDS_QUERY_KEY = ['feeds'] as const;
/** Feed changes of this tab (create, edit, pause, remove, poll) carry this mutation key. */
export const FEEDS_MUTATION_KEY = ['feeds'] as const;

/**
 * A poll that changes a feed's health state sends `feed.health` and the list updates at once; a quiet poll
 * (304, nothing new) only moves "last fetch" and "next poll", so the list is asked for again this often while
 * the page is visible to keep those honest (React Query pauses the interval in a hidden tab).
 */
export const FEEDS_REFRESH_MS = 30_000;

/** GET /api/feeds (admin and chief): every feed with its health. */
export async function getFeeds(signal?: AbortSignal): Promise<FeedsResponse> {
  return apiRequest('/api/feeds', { signal });
}

export function getFeedsQueryOptions() {
  return queryOptions({
    queryKey: FEEDS_QUERY_KEY,
    queryFn: ({ signal }) => getFeeds(signal),
    staleTime: 5_000,
    retry: (count, error) => count < 2 && isRetryable(error),
  });
}

export function useFeeds() {
  // A refetch landing in the middle of a change would show the old state for a moment: wait for it.
  const changing = useIsMutating({ mutationKey: FEEDS_MUTATION_KEY }) > 0;
  return useQuery({
    ...getFeedsQueryOptions(),
    refetchInterval: changing ? false : FEEDS_REFRESH_MS,
    refetchIntervalInBackground: false,
  });
}
