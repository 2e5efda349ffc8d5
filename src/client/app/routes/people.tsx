import { Suspense } from 'react';
import { hasPermission } from '#shared/permissions.ts';
import type { User } from '#shared/schemas/users.ts';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { useCurrentUser } from '#client/lib/session.ts';
import { ForbiddenPage, lazyPage } from './on-demand-page.tsx';

// People administration is for a few people: its code loads only when the page is opened.
const PeoplePage = lazyPage(() => import('#client/features/people/components/people-page.tsx'), 'PeoplePage');

/** Who may see the people page and who may change accounts: the shared table the server enforces. */
export function peopleAccess(user: Pick<User, 'roles'>): { read: boolean; edit: boolean } {
  return { read: hasPermission(user, 'users.read'), edit: hasPermission(user, 'users.manage') };
}

export function PeopleScreen() {
  const access = peopleAccess(useCurrentUser());
  if (!access.read) return <ForbiddenPage testId="people-forbidden" />;
  return (
    <Suspense fallback={<Spinner className="p-6" />}>
      <PeoplePage canEdit={access.edit} />
    </Suspense>
  );
}
