import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '#client/lib/api-client.ts';
import { removeFeed } from './feed-cache.ts';
import { FEEDS_MUTATION_KEY, FEEDS_QUERY_KEY } from './get-feeds.ts';

/**
 * DELETE /api/feeds/:id (admin) with If-Match: 204, and the items the feed brought stay; 412 when someone else
 * changed the feed after the version the admin confirmed (renamed it, pointed it elsewhere).
 */
export async function deleteFeed({ id, version }: { id: number; version: number }): Promise<void> {
  return apiRequest(`/api/feeds/${id}`, { method: 'DELETE', ifMatch: version });
}

export function useDeleteFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: FEEDS_MUTATION_KEY,
    mutationFn: deleteFeed,
    onSuccess: (_nothing, { id }) => removeFeed(queryClient, id),
    onError: (error, { id }) => {
      // Someone else removed it first: the outcome the admin asked for.
      if (error instanceof ApiError && error.status === 404) removeFeed(queryClient, id);
      // Someone else changed it: the dialog shows their version, to be confirmed again.
      if (error instanceof ApiError && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: FEEDS_QUERY_KEY });
    },
  });
}
