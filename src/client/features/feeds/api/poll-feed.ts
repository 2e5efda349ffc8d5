import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Feed } from '#shared/schemas/feeds.ts';
import { ApiError, apiRequest } from '#client/lib/api-client.ts';
import { removeFeed, writeFeed } from './feed-cache.ts';
import { FEEDS_MUTATION_KEY } from './get-feeds.ts';

/**
 * POST /api/feeds/:id/poll (admin): fetches the feed now and answers it with its new health. A feed that
 * could not be fetched is still a 200: the failure is in `health.lastError`.
 */
export async function pollFeed(id: number): Promise<Feed> {
  return apiRequest(`/api/feeds/${id}/poll`, { method: 'POST' });
}

export function usePollFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: FEEDS_MUTATION_KEY,
    mutationFn: (feed: Feed) => pollFeed(feed.id),
    onSuccess: (feed) => writeFeed(queryClient, feed),
    onError: (error, feed) => {
      if (error instanceof ApiError && error.status === 404) removeFeed(queryClient, feed.id);
    },
  });
}
