import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Desk } from '#shared/schemas/users.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/**
 * GET /api/desks, for the default-desk picker. Same key and shape as the header's desk query
 * (features/desk), so both read one cache entry; a feature may not import another, hence the twin.
 */
export function getDesksQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.desks,
    queryFn: (): Promise<{ desks: Desk[] }> => apiRequest('/api/desks'),
    staleTime: 10 * 60_000,
  });
}

export function useDesks() {
  return useQuery(getDesksQueryOptions());
}
