import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '#shared/permissions.ts';
import type { User } from '#shared/schemas/users.ts';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { EmptyState } from '#client/components/ui/state-message.tsx';
import { useCurrentUser } from '#client/lib/session.ts';
import { loadPageStrings } from '#client/lib/i18n.ts';

// Feed administration is for a few people: its code (and its strings) load only when the page is opened.
const FeedsPage = lazy(() =>
  Promise.all([import('#client/features/feeds/components/feeds-page.tsx'), loadPageStrings()]).then(
    ([module]) => ({
      default: module.FeedsPage,
    }),
  ),
);

/** Who may see the feeds page and who may change feeds: the shared table the server enforces. */
export function feedsAccess(user: Pick<User, 'roles'>): { read: boolean; edit: boolean } {
  return { read: hasPermission(user, 'feeds.read'), edit: hasPermission(user, 'feeds.manage') };
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
