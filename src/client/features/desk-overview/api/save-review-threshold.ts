import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionResponse, User } from '#shared/schemas/users.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { errorMessage, i18n } from '#client/lib/i18n.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import { pushToast } from '#client/stores/toast-store.ts';

/**
 * PATCH /api/me: the review threshold a chief sets on the overview is kept with the account, so the overview
 * opens with it on any machine (the server applies it when the URL names none).
 */
export function useSaveReviewThreshold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reviewAfterMinutes: number) =>
      apiRequest<{ user: User }>('/api/me', { method: 'PATCH', body: { reviewAfterMinutes } }),
    onSuccess: ({ user }) => {
      queryClient.setQueryData<SessionResponse | null>(queryKeys.session, (old) =>
        old ? { ...old, user } : old,
      );
    },
    // The overview still uses the threshold (it is in the URL); only remembering it failed.
    onError: (error) => {
      pushToast({
        kind: 'error',
        message: i18n.t('deskOverview.thresholdNotSaved', { reason: errorMessage(error) }),
      });
    },
  });
}
