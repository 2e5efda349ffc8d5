import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet (and the web font) are side effects
import './index.css';
import { setUnauthenticatedHandler } from './lib/api-client.ts';
import { initLocale } from './lib/i18n.ts';
import { parseSearch } from '#shared/query-string.ts';
import { validateFilters } from './lib/filters.ts';
import { LiveSync, LiveSyncContext, prefetchQueueAtBoot } from './lib/live/index.ts';
import { queryClient } from './lib/query-client.ts';
import { getSessionQueryOptions } from './lib/session.ts';
import { createAppRouter } from './app/router.tsx';
import { handleSessionLost } from './app/session-expiry.ts';

// The tab's one record of which live events each loaded list holds: the list fetchers, the live connection
// and optimistic rollbacks all reach it through LiveSyncContext.
const liveSync = new LiveSync();
const router = createAppRouter(queryClient);
setUnauthenticatedHandler(() => handleSessionLost(router, queryClient));

// The first requests start now, in parallel, instead of one after another as the routes render.
const session = queryClient.fetchQuery(getSessionQueryOptions()).catch(() => null);
// The queue's first page, where the queue shows (not on the editor's page, /items/:id/edit).
if (location.pathname === '/' || /^\/items\/[^/]+\/?$/.test(location.pathname)) {
  prefetchQueueAtBoot(queryClient, liveSync, validateFilters(parseSearch(location.search)));
}

// The first paint is already in the user's language (the router waits for the session anyway). A promise chain,
// not a top-level await: top-level await turns off the bundler's chunk merging and costs the entry ~2 KB gzipped
// and three extra files (docs/decisions/003-client.md).
void session
  .then((response) => initLocale(response?.user.locale, response?.user.digits))
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <LiveSyncContext value={liveSync}>
            <RouterProvider router={router} />
          </LiveSyncContext>
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
