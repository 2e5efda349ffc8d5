import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '#shared/permissions.ts';
import type { User } from '#shared/schemas/users.ts';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { EmptyState } from '#client/components/ui/state-message.tsx';
import { useCurrentUser } from '#client/lib/session.ts';
import { loadPageStrings } from '#client/lib/i18n.ts';

// People administration is for a few people: its code loads only when the page is opened.
const PeoplePage = lazy(() =>
  Promise.all([import('#client/features/people/components/people-page.tsx'), loadPageStrings()]).then(
    ([module]) => ({
      default: module.PeoplePage,
    }),
  ),
);

/** Who may see the people page and who may change accounts: the shared table the server enforces. */
export function peopleAccess(user: Pick<User, 'roles'>): { read: boolean; edit: boolean } {
  return { read: hasPermission(user, 'users.read'), edit: hasPermission(user, 'users.manage') };
}

export function PeopleScreen() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const access = peopleAccess(user);
  if (!access.read) {
    return (
      <div className="flex h-full items-center justify-center" data-testid="people-forbidden">
        <EmptyState title={t('errors.forbidden')}>
          <Link to="/" search={{}} className="font-medium text-brand hover:underline">
            {t('notFound.back')}
          </Link>
        </EmptyState>
      </div>
    );
  }
  return (
    <Suspense fallback={<Spinner className="p-6" />}>
      <PeoplePage canEdit={access.edit} />
    </Suspense>
  );
}
