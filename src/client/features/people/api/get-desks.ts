import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Desk } from '#shared/schemas/users.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** GET /api/desks, to name and choose a user's desks. Same key and shape as the header's desk query. */
export function usePeopleDesks() {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.desks,
      queryFn: (): Promise<{ desks: Desk[] }> => apiRequest('/api/desks'),
      staleTime: 10 * 60_000,
    }),
  );
}
