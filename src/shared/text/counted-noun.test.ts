import { describe, expect, it } from 'vitest';
import { countedNoun, countForm, type CountedNoun } from './counted-noun.ts';

const COUNTRY: CountedNoun = {
  singular: 'دولة',
  accusative: 'دولة',
  dual: ['دولتان', 'دولتين'],
  plural: 'دول',
  one: 'واحدة',
};
const SOLDIER: CountedNoun = {
  singular: 'عسكري',
  accusative: 'عسكريا',
  dual: ['عسكريان', 'عسكريين'],
  plural: 'عسكريين',
  one: 'واحد',
};

describe('Arabic numeral–noun agreement', () => {
  it.each([
    [1, 'دولة واحدة'],
    [2, 'دولتين'],
    [3, '3 دول'],
    [10, '10 دول'],
    [11, '11 دولة'],
    [19, '19 دولة'],
    [20, '20 دولة'],
    [99, '99 دولة'],
    [100, '100 دولة'],
    [101, '101 دولة'],
    [102, '102 دولتين'],
    [103, '103 دول'],
    [110, '110 دول'],
    [111, '111 دولة'],
    [200, '200 دولة'],
    [1000, '1000 دولة'],
    [1003, '1003 دول'],
    [1_000_000, '1000000 دولة'],
  ])('%i → %s', (n, expected) => {
    expect(countedNoun(n, COUNTRY)).toBe(expected);
  });

  it('the dual shows the case; a masculine noun its accusative alef (مقتل 11 عسكريا)', () => {
    expect(countedNoun(2, COUNTRY, 'nominative')).toBe('دولتان');
    expect(countedNoun(2, COUNTRY, 'oblique')).toBe('دولتين');
    expect(countedNoun(11, SOLDIER)).toBe('11 عسكريا');
    expect(countedNoun(1, SOLDIER)).toBe('عسكري واحد');
    expect(countedNoun(100, SOLDIER)).toBe('100 عسكري');
  });

  it('follows the last part of the number above 100, and whole hundreds take the genitive singular', () => {
    for (let hundreds = 100; hundreds <= 900; hundreds += 100) {
      expect(countForm(hundreds)).toBe('genitive');
      expect(countForm(hundreds + 1)).toBe('one');
      expect(countForm(hundreds + 2)).toBe('dual');
      for (let k = 3; k <= 10; k++) expect(countForm(hundreds + k)).toBe('plural');
      for (let k = 11; k <= 99; k++) expect(countForm(hundreds + k)).toBe('accusative');
    }
  });

  it('writes the digits it is given (Arabic-Indic for a UI that uses them)', () => {
    expect(countedNoun(12, COUNTRY, 'oblique', (n) => n.toLocaleString('ar-EG'))).toBe('١٢ دولة');
  });

  it('refuses what is not a count', () => {
    for (const n of [0, -1, 2.5, Number.NaN]) expect(() => countForm(n)).toThrow(RangeError);
  });
});
