import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '#client/lib/api-client.ts';
import { removeFeed } from './feed-cache.ts';
import { FEEDS_MUTATION_KEY } from './get-feeds.ts';

/** DELETE /api/feeds/:id (admin): 204; the items the feed brought stay. */
export async function deleteFeed(id: number): Promise<void> {
  return apiRequest(`/api/feeds/${id}`, { method: 'DELETE' });
}

export function useDeleteFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: FEEDS_MUTATION_KEY,
    mutationFn: deleteFeed,
    onSuccess: (_nothing, id) => removeFeed(queryClient, id),
    onError: (error, id) => {
      // Someone else removed it first: the outcome the admin asked for.
      if (error instanceof ApiError && error.status === 404) removeFeed(queryClient, id);
    },
  });
}
