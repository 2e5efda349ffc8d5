import { describe, expect, it } from 'vitest';
import type { Item } from '#shared/schemas/items.ts';
import { storedFields } from './field-limits.ts';
import { differingFields, fieldsOfItem, rebaseDraft, storyPatch } from './story-fields.ts';

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

  it('compares as a save sends: text trimmed, keywords once each', () => {
    const typed = fieldsOfItem(buildItem({ headline: ' عنوان  ', keywords: [' طاقة', 'طاقة', ''] }));
    expect(storedFields(typed)).toMatchObject({ headline: 'عنوان', keywords: ['طاقة'] });
  });

  it("restores a draft over a story saved since: its own changes, and everyone else's", () => {
    // The draft changed the body of version 1; someone then saved version 2 with a new headline.
    const base = fieldsOfItem(buildItem({ headline: 'عنوان الوكالة', body: '<p>نص</p>', keywords: ['أ'] }));
    const draft = { ...base, body: '<p>نص وإضافة المحرر</p>' };
    const now = { ...base, headline: 'عنوان سمير المصحح', keywords: ['أ', 'ب'] };
    const restored = rebaseDraft(draft, now, differingFields(storedFields(base), storedFields(draft)));
    expect(restored).toEqual({ ...now, body: '<p>نص وإضافة المحرر</p>' });
    // Saved over version 2, only the body goes: the new headline and keywords stay.
    expect(storyPatch(now, restored)).toEqual({ body: '<p>نص وإضافة المحرر</p>' });
    // A field both changed keeps the draft's (the editor compares before saving over theirs).
    const both = { ...draft, headline: 'عنوان المحرر' };
    expect(rebaseDraft(both, now, differingFields(base, both)).headline).toBe('عنوان المحرر');
  });
});
