import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '#shared/schemas/users.ts';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { EmptyState } from '#client/components/ui/state-message.tsx';
import { useCurrentUser } from '#client/lib/session.ts';

// Feed administration is for a few people: its code (and its strings) load only when the page is opened.
const FeedsPage = lazy(() =>
  import('#client/features/feeds/components/feeds-page.tsx').then((module) => ({
    default: module.FeedsPage,
  })),
);

/** Who may see the feeds page (GET /api/feeds answers admins and desk chiefs), and who may change feeds. */
export function feedsAccess(user: Pick<User, 'roles'>): { read: boolean; edit: boolean } {
  const edit = user.roles.includes('admin');
  return { read: edit || user.roles.includes('chief'), edit };
}

export function FeedsScreen() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const access = feedsAccess(user);
  if (!access.read) {
    return (
      <div className="flex h-full items-center justify-center" data-testid="feeds-forbidden">
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
      <FeedsPage canEdit={access.edit} />
    </Suspense>
  );
}
