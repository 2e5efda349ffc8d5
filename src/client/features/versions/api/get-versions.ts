import { queryOptions, useQuery } from '@tanstack/react-query';
import type { VersionSummary } from '#shared/schemas/stories.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** GET /api/items/:id/versions: who saved what and when, newest first. The live `item.edited` refreshes it. */
export async function getVersions(id: number, signal?: AbortSignal): Promise<{ versions: VersionSummary[] }> {
  return apiRequest(`/api/items/${id}/versions`, { signal });
}

export function getVersionsQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.versions(id),
    queryFn: ({ signal }) => getVersions(id, signal),
    staleTime: 5 * 60_000,
  });
}

export function useVersions(id: number) {
  return useQuery(getVersionsQueryOptions(id));
}
