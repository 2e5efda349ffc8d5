/** A lost session (any 401, or the live stream saying so): back to the login page, then back to here. */
import type { QueryClient } from '@tanstack/react-query';
import type { RegisteredRouter } from '@tanstack/react-router';
import { setCsrfToken } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import { isSigningOut } from '#client/lib/sign-out.ts';

// RegisteredRouter is the app's router by the `Register` declaration in router.tsx; naming it this way, not by
// importing router.tsx, keeps this module out of the router → desk layout → here loop.
export function handleSessionLost(router: RegisteredRouter, queryClient: QueryClient): void {
  const location = router.state.location;
  // Signing out: the 401s of the requests still under way are expected, and the login page is on its way.
  if (location.pathname === '/login' || isSigningOut()) return;
  setCsrfToken(null);
  // Cleared first, so the login route's guard does not bounce straight back on a cached session.
  queryClient.setQueryData(queryKeys.session, null);
  void router.navigate({ to: '/login', search: { redirect: location.href, expired: '1' }, replace: true });
}
