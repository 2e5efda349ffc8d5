/**
 * What the chief's filters offer: the desks and the editors. Same keys and shapes as the header's desk query and
 * the assign dialog's editor list (GET /api/desks, GET /api/users/assignees), so the three share one cache.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AssigneeCandidate, Desk } from '#shared/schemas/users.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

export function useFilterDesks() {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.desks,
      queryFn: (): Promise<{ desks: Desk[] }> => apiRequest('/api/desks'),
      staleTime: 10 * 60_000,
    }),
  );
}

export function useFilterEditors() {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.assignees(null),
      queryFn: ({ signal }): Promise<{ users: AssigneeCandidate[] }> =>
        apiRequest('/api/users/assignees', { signal }),
      // The names matter here, not the load: a minute is fresh enough.
      staleTime: 60_000,
    }),
  );
}
