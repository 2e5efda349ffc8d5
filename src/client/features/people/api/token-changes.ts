/** Creating, rotating and revoking service tokens; a created or rotated token's secret is in the answer, once. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ServiceToken, ServiceTokenSecret } from '#shared/schemas/users.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

function useTokenMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.peopleTokens }),
  });
}

export const useCreateToken = () =>
  useTokenMutation((name: string): Promise<ServiceTokenSecret> =>
    apiRequest('/api/tokens', { method: 'POST', body: { name } }),
  );

export const useRotateToken = () =>
  useTokenMutation((id: number): Promise<ServiceTokenSecret> =>
    apiRequest(`/api/tokens/${id}/rotate`, { method: 'POST' }),
  );

export const useRevokeToken = () =>
  useTokenMutation((id: number): Promise<ServiceToken> =>
    apiRequest(`/api/tokens/${id}`, { method: 'DELETE' }),
  );
