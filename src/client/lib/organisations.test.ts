import { describe, expect, it } from 'vitest';
import { ORGANISATION_IDS } from '#shared/tagging/codes.ts';
import { organisationGroups } from './organisations.ts';

describe('organisation groups', () => {
  it('places every organisation of the vocabulary exactly once', () => {
    const placed = organisationGroups().flatMap((group) => group.ids);
    expect([...placed].sort()).toEqual([...ORGANISATION_IDS].sort());
    expect(new Set(placed).size).toBe(placed.length);
  });

  it('puts world bodies first and regional blocs last', () => {
    const groups = organisationGroups();
    expect(groups.map((group) => group.group)).toEqual(['global', 'arabIslamic', 'eurasia', 'blocs']);
    expect(groups[0]!.ids).toContain('imf');
    expect(groups.at(-1)!.ids).toEqual(expect.arrayContaining(['eu', 'nato', 'african-union', 'asean']));
  });
});
