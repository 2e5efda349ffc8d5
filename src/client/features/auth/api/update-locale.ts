import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale, SessionResponse, User } from '#shared/schemas/users.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { setUiLocale } from '#client/lib/i18n.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** PATCH /api/me: the language is remembered per user. */
export async function updateLocale(locale: Locale): Promise<{ user: User }> {
  return apiRequest<{ user: User }>('/api/me', { method: 'PATCH', body: { locale } });
}

export function useUpdateLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLocale,
    // The UI switches at once; the server remembers it in the background.
    onMutate: (locale) => void setUiLocale(locale),
    onSuccess: ({ user }) => {
      queryClient.setQueryData<SessionResponse | null>(queryKeys.session, (old) =>
        old ? { ...old, user } : old,
      );
    },
  });
}
