import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Item, ItemCard } from '#shared/schemas/items.ts';
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
 * One item, and while it loads the card of a loaded list that shows it (or the item itself once here): the
 * pane shows the card's headline, status and source at once, and what needs the whole item (the text, the
 * actions, the tags, the versions) when it arrives.
 */
export function useItem(id: number) {
  const queryClient = useQueryClient();
  const query = useQuery(getItemQueryOptions(id));
  const shown: ShownItem | undefined =
    query.data ?? (query.isPending ? findCachedItem(queryClient, id) : undefined);
  return { query, shown };
}

/** The whole item, or a list's card standing in for it (the fields only the whole item has are absent). */
export type ShownItem = ItemCard & Partial<Item>;
