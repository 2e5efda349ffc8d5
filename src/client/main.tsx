// First: the start-up requests leave before the rest of the code is evaluated (boot.ts).
import { liveSync, session } from './boot.ts';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet (and the web font) are side effects
import './index.css';
import { heldReads, setUnauthenticatedHandler } from './lib/api-client.ts';
import { firstGlanceShown, keepGlanceRowHeights } from './lib/glance-heights.ts';
import { initLocale } from './lib/i18n.ts';
import { LiveSyncContext } from './lib/live/index.ts';
import { queryClient } from './lib/query-client.ts';
import { createAppRouter } from './app/router.tsx';
import { handleSessionLost } from './app/session-expiry.ts';

const router = createAppRouter(queryClient);
setUnauthenticatedHandler(() => handleSessionLost(router, queryClient));

/**
 * How long the first render waits, once the session is in, for the queue's first page. The two are asked for
 * together, so the page is usually there; a slow one shows the desk and its skeleton after this, not nothing.
 */
const FIRST_PAGE_WAIT_MS = 400;
/**
 * With the server's first glance on screen (src/shared/first-glance.ts), the rows are already shown: the desk
 * waits longer for its own, rather than replace them with a skeleton.
 */
const FIRST_PAGE_WAIT_WITH_GLANCE_MS = 3_000;
const firstPageWait = firstGlanceShown() ? FIRST_PAGE_WAIT_WITH_GLANCE_MS : FIRST_PAGE_WAIT_MS;

// The first paint is already in the user's language (the router waits for the session anyway), and on the queue
// it waits for the first page a little (see above), so that it draws the rows. Rendering before the page meant a
// skeleton, the desk's own start-up work (its on-demand modules, its reads) and then a second render and layout
// of the whole desk for the rows. A promise chain, not a top-level await: top-level await turns off the
// bundler's chunk merging and costs the entry ~2 KB gzipped and three extra files (docs/decisions/003-client.md).
void session
  .then((response) => initLocale(response?.user.locale, response?.user.digits))
  .then(() => Promise.race([heldReads(), new Promise((resolve) => setTimeout(resolve, firstPageWait))]))
  // The route matched and its checks done before the first render: React's first commit replaces the page's
  // content (the first glance), and a router still loading would commit nothing, a blank frame.
  .then(() => router.load())
  // (A route that fails to load renders its own error; the render below happens either way.)
  .catch(() => undefined)
  .then(() => {
    keepGlanceRowHeights();
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <LiveSyncContext value={liveSync}>
            <RouterProvider router={router} />
          </LiveSyncContext>
        </QueryClientProvider>
      </StrictMode>,
    );
  });
