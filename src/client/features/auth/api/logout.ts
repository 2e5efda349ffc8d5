import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import { prepareSignOut } from '#client/lib/sign-out.ts';

/** DELETE /api/session, once the open screens have kept what they must (sign-out.ts). */
export async function logout(): Promise<void> {
  await prepareSignOut();
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
