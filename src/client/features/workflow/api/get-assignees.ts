import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AssigneeCandidate } from '#shared/schemas/users.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** GET /api/users/assignees?desk=: editors with their current load, least loaded first. */
export async function getAssignees(
  desk: number | null,
  signal?: AbortSignal,
): Promise<{ users: AssigneeCandidate[] }> {
  const query = new URLSearchParams();
  if (desk !== null) query.set('desk', String(desk));
  return apiRequest('/api/users/assignees', { query, signal });
}

export function getAssigneesQueryOptions(desk: number | null) {
  // Load changes with every assignment: always ask again when the picker opens.
  return queryOptions({
    queryKey: queryKeys.assignees(desk),
    queryFn: ({ signal }) => getAssignees(desk, signal),
    staleTime: 0,
  });
}

export function useAssignees(desk: number | null, enabled = true) {
  return useQuery({ ...getAssigneesQueryOptions(desk), enabled });
}
