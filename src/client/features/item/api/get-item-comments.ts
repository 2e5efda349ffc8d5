import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Comment } from '#shared/schemas/items.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** GET /api/items/:id/comments, oldest first. */
export async function getItemComments(id: number, signal?: AbortSignal): Promise<{ comments: Comment[] }> {
  return apiRequest(`/api/items/${id}/comments`, { signal });
}

export function getItemCommentsQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.comments(id),
    queryFn: ({ signal }) => getItemComments(id, signal),
    staleTime: 5 * 60_000,
  });
}

export function useItemComments(id: number) {
  return useQuery(getItemCommentsQueryOptions(id));
}
