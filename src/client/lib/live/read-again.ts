import type { QueryClient, QueryFilters } from '@tanstack/react-query';

/**
 * Asks again for views that something heard on the stream has changed (only those on screen refetch). A read
 * of one already on its way may have left before the change was committed: it is dropped and started anew, and
 * whoever awaits it (the editor opening a story) gets the new read's answer. Left to itself, React Query drops
 * such a read only when the view already shows something; a first read would stand for the new one, and land
 * without the change.
 */
export function readAgain(queryClient: QueryClient, filters: QueryFilters): void {
  for (const query of queryClient.getQueryCache().findAll(filters)) {
    if (query.state.fetchStatus !== 'fetching') continue;
    // Silent and reverted: the dropped read's promise follows the one started here instead of failing.
    void query.cancel({ silent: true, revert: true });
    query.fetch().catch(() => {
      // A failed read shows in the view's own state.
    });
  }
  // The rest are marked stale, and those on screen read again; the reads just started are joined, not redone.
  void queryClient.invalidateQueries(filters, { cancelRefetch: false });
}
