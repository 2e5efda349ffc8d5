import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PasswordChange, SessionResponse, User } from '#shared/schemas/users.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** POST /api/me/password: the signed-in user's own password (the session goes on, others end). */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PasswordChange): Promise<{ user: User }> =>
      apiRequest('/api/me/password', { method: 'POST', body: input }),
    onSuccess: ({ user }) =>
      queryClient.setQueryData<SessionResponse | null>(queryKeys.session, (old) =>
        old ? { ...old, user } : old,
      ),
  });
}
