import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { Item, SameStory } from '#shared/schemas/items.ts';
import { inHandCopyOf } from '#shared/workflow.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** GET /api/items/:id/cluster: the same story from other sources, and the desk stories written from them. */
export async function getItemCluster(id: number, signal?: AbortSignal): Promise<SameStory> {
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

/** Another copy of the report's story that the desk has in hand: another agency's report, or a desk story. */
export function inHandCopyIn(report: Item | Pick<Item, 'id' | 'status'>, sameStory: SameStory | undefined) {
  return sameStory ? inHandCopyOf(report, [...sameStory.items, ...sameStory.stories]) : null;
}

/**
 * The copy in hand as the server has it now (a loaded answer still fresh is used as it is): asked before a
 * report is accepted. No retries: the one accepting is waiting, and a failure is said at once.
 */
export async function fetchInHandCopy(queryClient: QueryClient, report: Item | Pick<Item, 'id' | 'status'>) {
  const sameStory = await queryClient.fetchQuery({ ...getItemClusterQueryOptions(report.id), retry: false });
  return inHandCopyIn(report, sameStory);
}
