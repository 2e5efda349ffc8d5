import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AdminUser } from '#shared/schemas/users.ts';
import { apiRequest, isRetryable } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** GET /api/users (admins; desk chiefs read): every account with roles, desks, last sign-in and state. */
export async function getUsers(signal?: AbortSignal): Promise<{ users: AdminUser[] }> {
  return apiRequest('/api/users', { signal });
}

export function getUsersQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.peopleUsers,
    queryFn: ({ signal }) => getUsers(signal),
    staleTime: 10_000,
    retry: (count, error) => count < 2 && isRetryable(error),
  });
}

export function useUsers() {
  return useQuery(getUsersQueryOptions());
}
