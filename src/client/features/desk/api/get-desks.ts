import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Desk } from '#shared/schemas/users.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** GET /api/desks. */
export async function getDesks(): Promise<{ desks: Desk[] }> {
  return apiRequest('/api/desks');
}

export function getDesksQueryOptions() {
  return queryOptions({ queryKey: queryKeys.desks, queryFn: getDesks, staleTime: 10 * 60_000 });
}

export function useDesks() {
  return useQuery(getDesksQueryOptions());
}
