/**
 * GET /api/items/:id/sources: the reports a desk story was written from, in the editor's order. One query,
 * shared by the editor's sources panel and the item pane's list of sources (both features read it).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Item } from '#shared/schemas/items.ts';
import { apiRequest } from './api-client.ts';
import { queryKeys } from './query-keys.ts';

export async function getStorySources(id: number, signal?: AbortSignal): Promise<Item[]> {
  return (await apiRequest<{ items: Item[] }>(`/api/items/${id}/sources`, { signal })).items;
}

export function getStorySourcesQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.storySources(id),
    queryFn: ({ signal }) => getStorySources(id, signal),
    staleTime: 5 * 60_000,
  });
}

export function useStorySources(id: number, enabled: boolean) {
  return useQuery({ ...getStorySourcesQueryOptions(id), enabled });
}
