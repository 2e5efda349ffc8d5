/** Writing one feed into the list's cache entry, the same way for every mutation and for rollbacks. */
import type { QueryClient } from '@tanstack/react-query';
import type { Feed } from '#shared/schemas/feeds.ts';
import { FEEDS_QUERY_KEY, type FeedsResponse } from './get-feeds.ts';

/**
 * Puts the feed in the list (replacing the one with its id, or adding it in name order). An older version never
 * replaces a newer one; the same version does (a poll changes health, not the version).
 */
export function writeFeed(queryClient: QueryClient, feed: Feed, { force = false } = {}): void {
  queryClient.setQueryData<FeedsResponse>(FEEDS_QUERY_KEY, (old) => {
    if (!old) return old;
    const index = old.feeds.findIndex((known) => known.id === feed.id);
    if (index === -1) {
      const feeds = [...old.feeds, feed].sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id,
      );
      return { feeds };
    }
    if (!force && old.feeds[index]!.version > feed.version) return old;
    const feeds = [...old.feeds];
    feeds[index] = feed;
    return { feeds };
  });
}

export function removeFeed(queryClient: QueryClient, id: number): void {
  queryClient.setQueryData<FeedsResponse>(FEEDS_QUERY_KEY, (old) =>
    old ? { feeds: old.feeds.filter((feed) => feed.id !== id) } : old,
  );
}

export function findFeed(queryClient: QueryClient, id: number): Feed | undefined {
  return queryClient.getQueryData<FeedsResponse>(FEEDS_QUERY_KEY)?.feeds.find((feed) => feed.id === id);
}
