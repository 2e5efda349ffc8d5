import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Item } from '#shared/schemas/items.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { findCachedItem } from '#client/lib/live/index.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** GET /api/items/:id (the version doubles as the ETag). */
export async function getItem(id: number, signal?: AbortSignal): Promise<Item> {
  return apiRequest<Item>(`/api/items/${id}`, { signal });
}

export function getItemQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.item(id),
    queryFn: ({ signal }) => getItem(id, signal),
    staleTime: 5 * 60_000,
  });
}

/**
 * One item; a row already in a loaded list shows at once while the full item loads. Rows carry no body, so
 * while `isPlaceholderData` is true the stand-in has none: the pane shows nothing that needs it (the text,
 * the publication preview, the versions) until the item arrives, and an action taken meanwhile patches the
 * caches as a row does (writeItemToCaches tells a body-less item from a full one).
 */
export function useItem(id: number) {
  const queryClient = useQueryClient();
  return useQuery({
    ...getItemQueryOptions(id),
    placeholderData: () => findCachedItem(queryClient, id) as Item | undefined,
  });
}
