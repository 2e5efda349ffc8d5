import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Digits, SessionResponse, User } from '#shared/schemas/users.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { errorMessage, i18n, setUiDigits } from '#client/lib/i18n.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import { pushToast } from '#client/stores/toast-store.ts';

/** PATCH /api/me: the digits of the Arabic interface are remembered per user, like the language. */
export async function updateDigits(digits: Digits): Promise<{ user: User }> {
  return apiRequest<{ user: User }>('/api/me', { method: 'PATCH', body: { digits } });
}

export function useUpdateDigits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDigits,
    // The numbers change at once; the server remembers the choice in the background, or the choice is undone.
    onMutate: (digits) => {
      const before = queryClient.getQueryData<SessionResponse | null>(queryKeys.session)?.user.digits;
      setUiDigits(digits);
      return { before };
    },
    onSuccess: ({ user }) => {
      queryClient.setQueryData<SessionResponse | null>(queryKeys.session, (old) =>
        old ? { ...old, user } : old,
      );
    },
    onError: (error, _digits, context) => {
      if (context?.before) setUiDigits(context.before);
      pushToast({
        kind: 'error',
        message: i18n.t('preferences.digits.failed', { reason: errorMessage(error) }),
      });
    },
  });
}
