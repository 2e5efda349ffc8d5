import { describe, expect, it } from 'vitest';
import type { Item } from '#shared/schemas/items.ts';
import { differingFields, fieldsOfItem, storyPatch } from './story-fields.ts';

/** The fields of an Item the editor reads (a feature's tests do not reach src/test-support). */
const buildItem = (patch: Partial<Item>): Item =>
  ({
    headline: '',
    summary: '',
    body: '',
    byline: null,
    dateline: null,
    slug: null,
    keywords: [],
    urgency: 3,
    ...patch,
  }) as Item;

describe("the editor's fields", () => {
  it('reads a story as fields, missing ones as empty text', () => {
    const fields = fieldsOfItem(buildItem({ headline: 'ع', byline: null, keywords: ['طاقة'] }));
    expect(fields).toMatchObject({ headline: 'ع', byline: '', dateline: '', slug: '', keywords: ['طاقة'] });
  });

  it('sends only what changed', () => {
    const base = fieldsOfItem(buildItem({ headline: 'قبل', keywords: ['أ'] }));
    expect(storyPatch(base, { ...base })).toEqual({});
    expect(storyPatch(base, { ...base, headline: 'بعد', keywords: ['أ', 'ب'] })).toEqual({
      headline: 'بعد',
      keywords: ['أ', 'ب'],
    });
    expect(differingFields(base, { ...base, keywords: ['أ'] })).toEqual([]);
  });
});
