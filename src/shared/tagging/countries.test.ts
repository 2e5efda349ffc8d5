import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, REGION_COUNTRIES, regionsOfCountry } from './countries.ts';
import { ORGANISATION_IDS, REGION_IDS, TOPICS } from './codes.ts';

describe('country and region tables', () => {
  it('lists the 249 ISO 3166-1 codes plus XK, each once', () => {
    expect(COUNTRY_CODES).toHaveLength(250);
    expect(new Set(COUNTRY_CODES).size).toBe(250);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
  });
  it('has every region id, with known codes only', () => {
    expect(Object.keys(REGION_COUNTRIES).sort()).toEqual([...REGION_IDS].sort());
    for (const codes of Object.values(REGION_COUNTRIES)) {
      expect(codes.length).toBeGreaterThan(0);
      for (const code of codes) expect(COUNTRY_CODES).toContain(code);
    }
  });
  it('regionsOfCountry answers most specific first, case-insensitively', () => {
    expect(regionsOfCountry('kz')).toEqual(['central-asia']);
    expect(regionsOfCountry('SA')).toEqual(['gulf', 'middle-east']);
    expect(regionsOfCountry('EG')).toEqual(['nile-valley', 'middle-east', 'africa']);
    expect(regionsOfCountry('AQ')).toEqual([]);
    expect(regionsOfCountry('ZZ')).toEqual([]);
  });
  it('keeps the vocabularies the API validates against', () => {
    for (const code of Object.values(TOPICS)) expect(code).toMatch(/^medtop:\d{8}$/);
    expect(ORGANISATION_IDS).toEqual(
      expect.arrayContaining(['opec', 'csto', 'sco', 'cis', 'brics', 'gcc', 'un', 'eu', 'nato']),
    );
  });
});
