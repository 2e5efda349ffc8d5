import { getRouteApi } from '@tanstack/react-router';
import { Suspense } from 'react';
import { hasPermission } from '#shared/permissions.ts';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { useCurrentUser } from '#client/lib/session.ts';
import { ForbiddenPage, lazyPage } from './on-demand-page.tsx';

// The overview brings the chart library: its code loads only when the page is opened (the initial JavaScript
// budget is the queue's).
const DeskOverviewPage = lazyPage(
  () => import('#client/features/desk-overview/components/desk-overview-page.tsx'),
  'DeskOverviewPage',
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
  const search = overviewApi.useSearch();
  const user = useCurrentUser();
  if (!hasPermission(user, 'desk.overview')) return <ForbiddenPage testId="desk-overview-forbidden" />;
  return (
    <Suspense fallback={<Spinner className="p-6" />}>
      <DeskOverviewPage search={search} />
    </Suspense>
  );
}
