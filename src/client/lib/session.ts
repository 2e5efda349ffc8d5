/** The signed-in user: read by the router's guard, the workflow buttons and the live stream. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionResponse, User } from '#shared/schemas/users.ts';
import { ApiError, apiRequest, setCsrfToken } from './api-client.ts';
import { queryKeys } from './query-keys.ts';

/** GET /api/session: the session, or null when there is none (401). */
export async function getSession(): Promise<SessionResponse | null> {
  try {
    const session = await apiRequest<SessionResponse>('/api/session', {
      expectUnauthenticated: true,
      priority: true,
    });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function getSessionQueryOptions() {
  return queryOptions({ queryKey: queryKeys.session, queryFn: getSession, staleTime: Infinity, retry: 2 });
}

export function useSession() {
  return useQuery(getSessionQueryOptions());
}

/** The signed-in user, for components under the signed-in layout (which renders only with a session). */
export function useCurrentUser(): User {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser outside a signed-in route');
  return data.user;
}
