import { describe, expect, it } from 'vitest';
import { ORGANISATION_IDS } from '#shared/tagging/codes.ts';
import ar from '#shared/i18n/locales/ar.json';
import en from '#shared/i18n/locales/en.json';
import { ORGANISATION_GROUPS, organisationGroups } from './organisations.ts';

describe('organisation groups', () => {
  it('places every organisation of the vocabulary exactly once', () => {
    const placed = organisationGroups().flatMap((group) => group.ids);
    expect([...placed].sort()).toEqual([...ORGANISATION_IDS].sort());
    expect(new Set(placed).size).toBe(placed.length);
  });

  it('puts world bodies first and regional blocs last', () => {
    const groups = organisationGroups();
    expect(groups.map((group) => group.group)).toEqual([...ORGANISATION_GROUPS]);
    expect(groups[0]!.group).toBe('global');
    expect(groups[0]!.ids).toContain('imf');
    expect(groups.at(-1)!.group).toBe('blocs');
    expect(groups.at(-1)!.ids).toEqual(expect.arrayContaining(['eu', 'nato', 'african-union', 'asean']));
  });

  it('groups the UN agencies, the courts and the armed movements', () => {
    const of = (group: string) => organisationGroups().find((entry) => entry.group === group)!.ids;
    expect(of('unAgencies')).toEqual(expect.arrayContaining(['who', 'unicef', 'unhcr', 'iaea']));
    expect(of('courtsRelief')).toEqual(['icj', 'icc', 'icrc']);
    expect(of('movements')).toEqual(['hamas', 'hezbollah', 'houthis', 'taliban', 'isis', 'pkk']);
  });

  it('has a name for every organisation and every group in both languages', () => {
    for (const locale of [ar, en]) {
      const names = locale.organisations as Record<string, string>;
      const groups = locale.filters.orgGroups as Record<string, string>;
      for (const org of ORGANISATION_IDS) expect(names[org], org).toBeTruthy();
      for (const group of ORGANISATION_GROUPS) expect(groups[group], group).toBeTruthy();
    }
  });
});
