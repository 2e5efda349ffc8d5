import { getRouteApi, Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '#shared/permissions.ts';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { EmptyState } from '#client/components/ui/state-message.tsx';
import { useCurrentUser } from '#client/lib/session.ts';
import { loadPageStrings } from '#client/lib/i18n.ts';

// The overview brings the chart library: its code loads only when the page is opened (the initial JavaScript
// budget is the queue's).
const DeskOverviewPage = lazy(() =>
  Promise.all([
    import('#client/features/desk-overview/components/desk-overview-page.tsx'),
    loadPageStrings(),
  ]).then(([module]) => ({
    default: module.DeskOverviewPage,
  })),
);

const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

/** What the overview's URL may carry; the server (and the page's form) check the values themselves. */
export function validateOverviewSearch(search: Record<string, unknown>): {
  hours?: string;
  reviewAfter?: string;
} {
  return { hours: text(search.hours), reviewAfter: text(search.reviewAfter) };
}

const overviewApi = getRouteApi('/desk/desk');

export function DeskOverviewScreen() {
  const { t } = useTranslation();
  const search = overviewApi.useSearch();
  const user = useCurrentUser();
  if (!hasPermission(user, 'desk.overview')) {
    return (
      <div className="flex h-full items-center justify-center" data-testid="desk-overview-forbidden">
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
      <DeskOverviewPage search={search} />
    </Suspense>
  );
}
