/** A feed's health in one word, as the status column and the summary count it. */
import type { Feed } from '#shared/schemas/feeds.ts';

export type FeedStatus = 'healthy' | 'failing' | 'paused' | 'never';

/**
 * Paused wins (nothing is fetched, whatever happened before); then a feed never fetched; then failing when
 * the last fetch failed (its error is newer than its last success, or it failed in a row); else healthy.
 */
export function feedStatus(feed: Feed): FeedStatus {
  if (!feed.enabled) return 'paused';
  const { lastFetchAt, lastSuccessAt, lastError, consecutiveFailures } = feed.health;
  if (lastFetchAt === null && lastError === null) return 'never';
  if (consecutiveFailures > 0) return 'failing';
  if (lastError && (lastSuccessAt === null || Date.parse(lastError.at) > Date.parse(lastSuccessAt)))
    return 'failing';
  return 'healthy';
}

export function countStatuses(feeds: readonly Feed[]): Record<FeedStatus, number> {
  const counts: Record<FeedStatus, number> = { healthy: 0, failing: 0, paused: 0, never: 0 };
  for (const feed of feeds) counts[feedStatus(feed)] += 1;
  return counts;
}
