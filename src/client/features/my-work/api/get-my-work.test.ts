import { describe, expect, it } from 'vitest';
import { matchesFilters } from '#shared/filters.ts';
import type { Item } from '#shared/schemas/items.ts';
import { buildItem } from '../../../../test-support/item-builder.ts';
import { myWorkSections } from './get-my-work.ts';

const me = { id: 7, roles: ['editor'] as const };
const mine = (patch: Partial<Item>): Item =>
  buildItem({ status: 'assigned', assignee: { id: 7, username: 'huda', displayName: 'هدى' }, ...patch });

describe('my work', () => {
  it('lists every story assigned to the editor, in exactly one section, however it came to them', () => {
    const sections = myWorkSections({ ...me, roles: [...me.roles] });
    const sectionsOf = (item: Item) =>
      sections.filter(({ filters }) => matchesFilters(item, filters, me.id)).map(({ section }) => section);
    expect(sectionsOf(mine({ lastAction: 'assign' }))).toEqual(['assigned']);
    expect(sectionsOf(mine({ lastAction: 'return' }))).toEqual(['returned']);
    // A published story sent back for a correction: changes asked for, with the returned.
    expect(sectionsOf(mine({ lastAction: 'correct' }))).toEqual(['returned']);
    expect(sectionsOf(mine({ status: 'in_review', lastAction: 'submit' }))).toEqual(['submitted']);
  });
});
