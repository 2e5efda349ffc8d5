import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ServiceToken } from '#shared/schemas/users.ts';
import { apiRequest, isRetryable } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** GET /api/tokens (admins; desk chiefs read): service tokens, never their secrets. */
export async function getTokens(signal?: AbortSignal): Promise<{ tokens: ServiceToken[] }> {
  return apiRequest('/api/tokens', { signal });
}

export function useTokens() {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.peopleTokens,
      queryFn: ({ signal }) => getTokens(signal),
      staleTime: 10_000,
      retry: (count, error) => count < 2 && isRetryable(error),
    }),
  );
}
