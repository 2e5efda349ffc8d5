import { Suspense } from 'react';
import { hasPermission } from '#shared/permissions.ts';
import type { User } from '#shared/schemas/users.ts';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { useCurrentUser } from '#client/lib/session.ts';
import { ForbiddenPage, lazyPage } from './on-demand-page.tsx';

// Feed administration is for a few people: its code (and its strings) load only when the page is opened.
const FeedsPage = lazyPage(() => import('#client/features/feeds/components/feeds-page.tsx'), 'FeedsPage');

/** Who may see the feeds page and who may change feeds: the shared table the server enforces. */
export function feedsAccess(user: Pick<User, 'roles'>): { read: boolean; edit: boolean } {
  return { read: hasPermission(user, 'feeds.read'), edit: hasPermission(user, 'feeds.manage') };
}

export function FeedsScreen() {
  const access = feedsAccess(useCurrentUser());
  if (!access.read) return <ForbiddenPage testId="feeds-forbidden" />;
  return (
    <Suspense fallback={<Spinner className="p-6" />}>
      <FeedsPage canEdit={access.edit} />
    </Suspense>
  );
}
