import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Item } from '#shared/schemas/items.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** GET /api/items/:id/cluster: the same story from other sources. */
export async function getItemCluster(id: number, signal?: AbortSignal): Promise<{ items: Item[] }> {
  return apiRequest(`/api/items/${id}/cluster`, { signal });
}

export function getItemClusterQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.cluster(id),
    queryFn: ({ signal }) => getItemCluster(id, signal),
    staleTime: 5 * 60_000,
  });
}

export function useItemCluster(id: number, enabled: boolean) {
  return useQuery({ ...getItemClusterQueryOptions(id), enabled });
}
