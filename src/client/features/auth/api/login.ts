import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, SessionResponse } from '#shared/schemas/users.ts';
import { apiRequest, setCsrfToken } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import { signedIn } from '#client/lib/sign-out.ts';

/** POST /api/session: signs in, sets the HttpOnly cookie, returns the user and CSRF token. */
export async function login(credentials: LoginRequest): Promise<SessionResponse> {
  const session = await apiRequest<SessionResponse>('/api/session', {
    method: 'POST',
    body: credentials,
    expectUnauthenticated: true,
  });
  setCsrfToken(session.csrfToken);
  signedIn();
  return session;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      // Another user may have used this tab: nothing of theirs may show.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
      queryClient.setQueryData(queryKeys.session, session);
    },
  });
}
