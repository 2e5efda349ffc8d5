import { getRouteApi, useRouter } from '@tanstack/react-router';
import { Suspense } from 'react';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { useLogout } from '#client/features/auth/api/logout.ts';
import { lazyPage } from './on-demand-page.tsx';

// Seen once per account (after a one-time password): not part of every desk's start-up, nor are its strings.
const ChangePasswordPage = lazyPage(
  () => import('#client/features/password/components/change-password-page.tsx'),
  'ChangePasswordPage',
);

const changePasswordApi = getRouteApi('/change-password');

/** Choosing one's own password, then on to where the user was going. */
export function ChangePasswordScreen() {
  const router = useRouter();
  const logout = useLogout();
  const { redirect } = changePasswordApi.useSearch();
  return (
    <Suspense fallback={<Spinner className="p-6" />}>
      <ChangePasswordPage
        onDone={() => void router.navigate({ href: redirect ?? '/', replace: true })}
        onSignOut={() =>
          logout.mutate(undefined, { onSettled: () => void router.navigate({ to: '/login', search: {} }) })
        }
      />
    </Suspense>
  );
}
