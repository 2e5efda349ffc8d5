import { describe, expect, it } from 'vitest';
import { matchesFilters } from '#shared/filters.ts';
import type { ItemCard } from '#shared/schemas/items.ts';
import { myWorkSections } from './get-my-work.ts';

const me = { id: 7, roles: ['editor'] as const };
/** What the sections' filters judge of a card (the rest is not read by matchesFilters for them). */
const mine = (patch: Partial<ItemCard>): ItemCard =>
  ({
    countries: [],
    regions: [],
    topics: [],
    organisations: [],
    status: 'assigned',
    urgency: 3,
    source: 'وكالة',
    lastAction: null,
    assignee: { id: 7, username: 'huda', displayName: 'هدى' },
    desk: null,
    receivedAt: '2026-12-05T10:00:00.000Z',
    publishedAt: null,
    stateSince: '2026-12-05T10:00:00.000Z',
    clusterId: null,
    ...patch,
  }) as unknown as ItemCard;

describe('my work', () => {
  it('lists every story assigned to the editor, in exactly one section, however it came to them', () => {
    const sections = myWorkSections({ ...me, roles: [...me.roles] });
    const sectionsOf = (item: ItemCard) =>
      sections.filter(({ filters }) => matchesFilters(item, filters, me.id)).map(({ section }) => section);
    expect(sectionsOf(mine({ lastAction: 'assign' }))).toEqual(['assigned']);
    expect(sectionsOf(mine({ lastAction: 'return' }))).toEqual(['returned']);
    // A published story sent back for a correction: changes asked for, with the returned.
    expect(sectionsOf(mine({ lastAction: 'correct' }))).toEqual(['returned']);
    expect(sectionsOf(mine({ status: 'in_review', lastAction: 'submit' }))).toEqual(['submitted']);
  });
});
