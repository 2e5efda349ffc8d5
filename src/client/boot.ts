/**
 * The first requests: who is signed in, and the first page of the queue the URL shows. This module is
 * main.tsx's first import, so the bundle evaluates it (and its few dependencies) before react-dom, the router
 * and the pages, and the requests are on their way while the rest of the code is still being evaluated.
 * (`/api/session` is also preloaded by index.html: this request picks up that response.)
 */
import { parseSearch } from '#shared/query-string.ts';
import { validateFilters } from '#shared/queue-page.ts';
import { LiveSync, prefetchQueueAtBoot } from './lib/live/index.ts';
import { queryClient } from './lib/query-client.ts';
import { getSessionQueryOptions } from './lib/session.ts';

// The tab's one record of which live events each loaded list holds: the list fetchers, the live connection
// and optimistic rollbacks all reach it through LiveSyncContext.
export const liveSync = new LiveSync();

export const session = queryClient.fetchQuery(getSessionQueryOptions()).catch(() => null);

// The queue's first page, where the queue shows (not on the editor's page, /items/:id/edit).
if (location.pathname === '/' || /^\/items\/[^/]+\/?$/.test(location.pathname)) {
  prefetchQueueAtBoot(queryClient, liveSync, validateFilters(parseSearch(location.search)));
}
