import { queryOptions } from '@tanstack/react-query';
import type { Item } from '#shared/schemas/items.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** GET /api/items/:id: the story as it is now (the same cache entry the item pane reads and the stream patches). */
export async function getStory(id: number, signal?: AbortSignal): Promise<Item> {
  return apiRequest<Item>(`/api/items/${id}`, { signal });
}

export function getStoryQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.item(id),
    queryFn: ({ signal }) => getStory(id, signal),
    staleTime: 5 * 60_000,
  });
}
