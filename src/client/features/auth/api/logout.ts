import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '#client/lib/api-client.ts';
import type { SessionResponse } from '#shared/schemas/users.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import { prepareSignOut } from '#client/lib/sign-out.ts';
import { clearSyncedDraftCopies } from '#client/lib/draft-copies.ts';

/**
 * DELETE /api/session, once the open screens have kept what they must (sign-out.ts); then the browser's copies of
 * drafts the server has are removed (a shared computer keeps no story text of this user's it need not).
 */
export async function logout(userId: number | undefined): Promise<void> {
  await prepareSignOut();
  await apiRequest<void>('/api/session', { method: 'DELETE', expectUnauthenticated: true });
  if (userId !== undefined) clearSyncedDraftCopies(localStorage, userId);
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => logout(queryClient.getQueryData<SessionResponse | null>(queryKeys.session)?.user.id),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.setQueryData(queryKeys.session, null);
    },
  });
}
