import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Version } from '#shared/schemas/stories.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/**
 * GET /api/items/:id/versions/:n: the whole story as it was saved then (version 1 of a wire item: the wire). Read
 * by the versions' comparison and by the editor (a draft begun from an older version, restored).
 */
export async function getVersion(id: number, number: number, signal?: AbortSignal): Promise<Version> {
  return apiRequest(`/api/items/${id}/versions/${number}`, { signal });
}

export function getVersionQueryOptions(id: number, number: number) {
  return queryOptions({
    queryKey: queryKeys.version(id, number),
    queryFn: ({ signal }) => getVersion(id, number, signal),
    // Versions are append-only: a saved one never changes.
    staleTime: Infinity,
  });
}

export function useVersion(id: number, number: number | null) {
  return useQuery({ ...getVersionQueryOptions(id, number ?? 0), enabled: number !== null });
}
