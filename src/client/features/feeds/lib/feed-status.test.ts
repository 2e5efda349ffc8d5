import { describe, expect, it } from 'vitest';
import type { Feed } from '#shared/schemas/feeds.ts';
import { countStatuses, feedStatus } from './feed-status.ts';
import { testFeed } from './test-feed.ts';

const feed = (enabled: boolean, health: Partial<Feed['health']> = {}): Feed => testFeed({ enabled }, health);
const error = (at: string) => ({ code: 'feed.timeout', params: {}, message: 'No data', at });

describe('feedStatus', () => {
  it('is never fetched until the first fetch', () => {
    expect(feedStatus(feed(true))).toBe('never');
  });
  it('is paused whenever disabled, even when failing', () => {
    expect(
      feedStatus(feed(false, { consecutiveFailures: 3, lastError: error('2026-01-01T00:00:00Z') })),
    ).toBe('paused');
  });
  it('is healthy after a success', () => {
    const at = '2026-01-01T00:00:00.000Z';
    expect(feedStatus(feed(true, { lastFetchAt: at, lastSuccessAt: at }))).toBe('healthy');
  });
  it('is failing after failures in a row', () => {
    const at = '2026-01-01T00:00:00.000Z';
    expect(feedStatus(feed(true, { lastFetchAt: at, consecutiveFailures: 2, lastError: error(at) }))).toBe(
      'failing',
    );
  });
  it('stays failing after a resume reset the count, until a fetch succeeds', () => {
    const health = {
      lastFetchAt: '2026-01-01T00:05:00.000Z',
      lastSuccessAt: '2026-01-01T00:00:00.000Z',
      lastError: error('2026-01-01T00:05:00.000Z'),
    };
    expect(feedStatus(feed(true, health))).toBe('failing');
    expect(feedStatus(feed(true, { ...health, lastSuccessAt: '2026-01-01T00:10:00.000Z' }))).toBe('healthy');
  });
  it('counts each status', () => {
    const at = '2026-01-01T00:00:00.000Z';
    expect(
      countStatuses([feed(true), feed(false), feed(true, { lastFetchAt: at, lastSuccessAt: at })]),
    ).toEqual({ healthy: 1, failing: 0, paused: 1, never: 1 });
  });
});
