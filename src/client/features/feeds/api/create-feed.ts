import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Feed, FeedCreate } from '#shared/schemas/feeds.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { writeFeed } from './feed-cache.ts';
import { FEEDS_MUTATION_KEY } from './get-feeds.ts';

/** POST /api/feeds (admin): 201 with the feed; 409 `feed.exists` when its address is taken. */
export async function createFeed(input: FeedCreate): Promise<Feed> {
  return apiRequest('/api/feeds', { method: 'POST', body: input });
}

export function useCreateFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: FEEDS_MUTATION_KEY,
    mutationFn: createFeed,
    onSuccess: (feed) => writeFeed(queryClient, feed),
  });
}
