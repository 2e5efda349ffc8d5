import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MirsadEvent } from '#shared/schemas/events.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** GET /api/items/:id/history: every event, oldest first. The live stream appends new ones. */
export async function getItemHistory(id: number, signal?: AbortSignal): Promise<{ events: MirsadEvent[] }> {
  return apiRequest(`/api/items/${id}/history`, { signal });
}

export function getItemHistoryQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.history(id),
    queryFn: ({ signal }) => getItemHistory(id, signal),
    staleTime: 5 * 60_000,
  });
}

export function useItemHistory(id: number) {
  return useQuery(getItemHistoryQueryOptions(id));
}
