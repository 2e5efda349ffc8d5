import { describe, expect, it } from 'vitest';
import { matchesFilters } from './filters.ts';
import type { Item } from './schemas/items.ts';
import { buildItem } from '../test-support/item-builder.ts';

const item = (patch: Partial<Item> = {}): Item =>
  buildItem({
    countries: ['KZ'],
    regions: ['central-asia'],
    topics: ['energy'],
    desk: { id: 1, name: 'desk' },
    ...patch,
  });

describe('matchesFilters', () => {
  it('judges live items like the server: OR within a key, AND across keys', () => {
    expect(matchesFilters(item(), { country: ['UZ', 'KZ'], topic: ['energy'] }, null)).toBe(true);
    expect(matchesFilters(item(), { country: ['KZ'], topic: ['sport'] }, null)).toBe(false);
    expect(matchesFilters(item({ status: 'accepted' }), { status: ['incoming'] }, null)).toBe(false);
    expect(
      matchesFilters(item({ assignee: { id: 3, username: 'u', displayName: 'U' } }), { assignee: 'me' }, 3),
    ).toBe(true);
    expect(matchesFilters(item(), { assignee: 'me' }, 3)).toBe(false);
    expect(matchesFilters(item(), { since: '2026-01-02T11:00:00.000Z' }, null)).toBe(false);
    // Collapsed lists show a cluster's newest matching member: only the server can say which row that is.
    expect(matchesFilters(item({ clusterId: 2 }), { collapse: true }, null)).toBeUndefined();
    expect(matchesFilters(item({ clusterId: null }), { collapse: true }, null)).toBe(true);
    // "Returned to me": the latest workflow action, as the server's lastAction filter reads it.
    const returned = item({ status: 'assigned', lastAction: 'return' });
    expect(matchesFilters(returned, { status: ['assigned'], lastAction: ['return'] }, null)).toBe(true);
    expect(matchesFilters(returned, { lastAction: ['assign'] }, null)).toBe(false);
    expect(matchesFilters(returned, { lastAction: ['assign', 'return'] }, null)).toBe(true);
    expect(matchesFilters(item(), { lastAction: ['return'] }, null)).toBe(false);
    // A text search cannot be judged in the browser.
    expect(matchesFilters(item(), { q: 'غاز' }, null)).toBeUndefined();
  });
});
