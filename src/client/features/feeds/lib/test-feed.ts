import type { Feed } from '#shared/schemas/feeds.ts';

/** A feed as GET /api/feeds answers it, never fetched, for tests; override what the test is about. */
export function testFeed(
  patch: Partial<Omit<Feed, 'health'>> = {},
  health: Partial<Feed['health']> = {},
): Feed {
  return {
    id: 1,
    name: 'وكالة الأنباء',
    nameEn: null,
    url: 'https://wire.example/rss.xml',
    format: null,
    pollIntervalSeconds: 300,
    language: null,
    deskId: null,
    enabled: true,
    version: 1,
    ...patch,
    health: {
      lastFetchAt: null,
      lastSuccessAt: null,
      itemsTaken: 0,
      lastError: null,
      consecutiveFailures: 0,
      nextPollAt: null,
      ...health,
    },
  };
}
