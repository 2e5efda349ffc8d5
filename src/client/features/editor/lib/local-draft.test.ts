import { describe, expect, it } from 'vitest';
import type { Draft } from '#shared/schemas/stories.ts';
import {
  chooseDraft,
  clearLocalDraft,
  readLocalDraft,
  writeLocalDraft,
  type LocalDraft,
} from './local-draft.ts';
import type { EditorFields } from './story-fields.ts';

/** A Storage over a Map (what the browser gives, without a browser); `full` refuses every write. */
function memoryStorage({ full = false } = {}): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      map.set(key, value);
    },
  };
}

const opened: EditorFields = {
  headline: 'العنوان كما فُتح',
  summary: '',
  body: '<p dir="rtl">النص</p>',
  byline: '',
  dateline: '',
  slug: '',
  keywords: [],
  urgency: 3,
};

const server = (savedAt: string, fields: Partial<EditorFields>): Draft => ({
  itemId: 7,
  baseVersion: 4,
  fields,
  savedAt,
});
const local = (savedAt: string, fields: Partial<EditorFields>, synced = false): LocalDraft => ({
  itemId: 7,
  baseVersion: 4,
  fields: { ...opened, ...fields },
  savedAt,
  synced,
});

describe('the browser copy of a draft', () => {
  it('is kept per user and story, read back, and cleared', () => {
    const storage = memoryStorage();
    const draft = local('2026-03-01T10:32:00.000Z', { headline: 'عنوان لم يُحفظ' });
    expect(writeLocalDraft(storage, 1, draft)).toBe(true);
    expect(readLocalDraft(storage, 1, 7)).toEqual(draft);
    expect(readLocalDraft(storage, 2, 7)).toBeNull();
    expect(readLocalDraft(storage, 1, 8)).toBeNull();
    clearLocalDraft(storage, 1, 7);
    expect(readLocalDraft(storage, 1, 7)).toBeNull();
  });

  it('says so when the browser refuses to keep it, and ignores what is not a draft', () => {
    expect(writeLocalDraft(memoryStorage({ full: true }), 1, local('2026-03-01T10:32:00.000Z', {}))).toBe(
      false,
    );
    const storage = memoryStorage();
    storage.setItem('mirsad.draft.1.7', '{"not":"a draft"}');
    expect(readLocalDraft(storage, 1, 7)).toBeNull();
    storage.setItem('mirsad.draft.1.7', '{broken');
    expect(readLocalDraft(storage, 1, 7)).toBeNull();
  });
});

describe('which unsaved changes are offered back', () => {
  it('offers nothing when there is nothing, or when it is the story as opened', () => {
    expect(chooseDraft(null, null, opened)).toBeNull();
    expect(
      chooseDraft(server('2026-03-01T10:32:00.000Z', { headline: opened.headline }), null, opened),
    ).toBeNull();
  });

  it("offers the server's draft, completed from the story as opened", () => {
    const offer = chooseDraft(server('2026-03-01T10:32:00.000Z', { summary: 'موجز جديد' }), null, opened);
    expect(offer).toMatchObject({ origin: 'server', baseVersion: 4, savedAt: '2026-03-01T10:32:00.000Z' });
    expect(offer?.fields).toEqual({ ...opened, summary: 'موجز جديد' });
  });

  it("offers the browser's copy when it is newer (typed offline, or just before a reload)", () => {
    const offer = chooseDraft(
      server('2026-03-01T10:32:00.000Z', { headline: 'أقدم' }),
      local('2026-03-01T10:33:10.000Z', { headline: 'أحدث، كُتب دون اتصال' }),
      opened,
    );
    expect(offer).toMatchObject({ origin: 'browser', fields: { headline: 'أحدث، كُتب دون اتصال' } });
  });

  it("prefers the server's draft when it is newer, or the same copy the server already has", () => {
    expect(
      chooseDraft(
        server('2026-03-01T10:35:00.000Z', { headline: 'من علامة تبويب أخرى' }),
        local('2026-03-01T10:33:00.000Z', { headline: 'أقدم' }),
        opened,
      )?.origin,
    ).toBe('server');
    expect(
      chooseDraft(
        server('2026-03-01T10:33:00.000Z', { headline: 'نفسه' }),
        local('2026-03-01T10:33:00.000Z', { headline: 'نفسه' }, true),
        opened,
      )?.origin,
    ).toBe('server');
  });
});

/** A stand-in for the editor's saved form: a block's trailing space goes. */
const asSaved = (body: string) => body.replace(/ <\/p>/g, '</p>');

describe('a draft body kept as typed', () => {
  it('is compared with the story in saved form, and offered back exactly as typed', () => {
    const typed = server('2026-03-01T10:32:00.000Z', { body: '<p dir="rtl">النص </p>' });
    expect(chooseDraft(typed, null, opened, asSaved)).toBeNull();
    const cut = server('2026-03-01T10:32:00.000Z', { body: '<p dir="rtl">وقالت مصادر إن </p>' });
    expect(chooseDraft(cut, null, opened, asSaved)?.fields.body).toBe('<p dir="rtl">وقالت مصادر إن </p>');
  });
});
