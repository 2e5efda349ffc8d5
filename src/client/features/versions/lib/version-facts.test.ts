import { describe, expect, it } from 'vitest';
import type { Version } from '#shared/schemas/stories.ts';
import { defaultPair, orderedPair, otherChangedFields } from './version-facts.ts';

const version = (patch: Partial<Version> = {}): Version => ({
  number: 1,
  kind: 'wire',
  author: { id: null, name: 'وكالة' },
  createdAt: '2026-01-02T10:00:00.000Z',
  fields: [],
  words: 10,
  wordsDelta: 0,
  restoredFrom: null,
  headline: 'عنوان',
  summary: '',
  body: '<p>نص</p>',
  byline: null,
  dateline: null,
  slug: null,
  keywords: [],
  urgency: 3,
  language: 'ar',
  tags: { countries: ['KZ'], regions: [], organisations: [], topics: [], manual: [] },
  ...patch,
});

describe('facts about versions', () => {
  it('lists the fields besides the text that differ', () => {
    const before = version();
    const after = version({
      number: 2,
      headline: 'عنوان آخر',
      byline: 'هدى',
      keywords: ['طاقة'],
      tags: { countries: ['KZ', 'UZ'], regions: [], organisations: [], topics: [], manual: ['countries'] },
    });
    expect(otherChangedFields(before, after)).toEqual(['byline', 'keywords', 'countries']);
    expect(otherChangedFields(before, before)).toEqual([]);
  });

  it('compares a version with the latest, the latest with the one before, and nothing alone', () => {
    const list = [{ number: 4 }, { number: 3 }, { number: 2 }, { number: 1 }];
    expect(defaultPair(1, list)).toEqual({ before: 1, after: 4 });
    expect(defaultPair(4, list)).toEqual({ before: 3, after: 4 });
    expect(defaultPair(1, [{ number: 1 }])).toBeNull();
  });

  it('puts the older version first whatever order they were chosen in', () => {
    expect(orderedPair(4, 1)).toEqual({ before: 1, after: 4 });
    expect(orderedPair(2, 3)).toEqual({ before: 2, after: 3 });
  });
});
