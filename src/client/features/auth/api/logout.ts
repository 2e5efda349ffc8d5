import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** DELETE /api/session. */
export async function logout(): Promise<void> {
  await apiRequest<void>('/api/session', { method: 'DELETE', expectUnauthenticated: true });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      setCsrfToken(null);
      queryClient.setQueryData(queryKeys.session, null);
    },
  });
}
