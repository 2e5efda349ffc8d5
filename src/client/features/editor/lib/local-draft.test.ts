import { describe, expect, it } from 'vitest';
import type { Draft } from '#shared/schemas/stories.ts';
import {
  browserCopiesOf,
  chooseDrafts,
  clearLocalDraft,
  clearLocalDraftAsTaken,
  isSuperseded,
  readLocalDrafts,
  serverCopiesOf,
  writeLocalDraft,
  type LocalDraft,
} from './local-draft.ts';
import type { EditorFields } from './story-fields.ts';
import { memoryStorage } from '#client/lib/testing/memory-storage.ts';

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

const TAB = 'tab-aaaaaaaa';
const OTHER_TAB = 'tab-bbbbbbbb';

const server = (savedAt: string, fields: Partial<EditorFields>, tabId = TAB): Draft => ({
  itemId: 7,
  tabId,
  baseVersion: 4,
  fields,
  savedAt,
});
const local = (
  savedAt: string,
  fields: Partial<EditorFields>,
  synced = false,
  tabId: string | null = TAB,
): LocalDraft => ({
  itemId: 7,
  tabId,
  baseVersion: 4,
  fields: { ...opened, ...fields },
  savedAt,
  synced,
});

const sorted = (drafts: LocalDraft[]) => drafts.toSorted((a, b) => a.savedAt.localeCompare(b.savedAt));

describe('the browser copies of a draft', () => {
  it('are kept per user, story and tab, read back, and cleared one tab at a time', () => {
    const storage = memoryStorage();
    const mine = local('2026-03-01T10:32:00.000Z', { headline: 'عنوان لم يُحفظ' });
    const theirs = local('2026-03-01T10:33:00.000Z', { headline: 'من النافذة الأخرى' }, false, OTHER_TAB);
    expect(writeLocalDraft(storage, 1, mine)).toBe(true);
    expect(writeLocalDraft(storage, 1, theirs)).toBe(true);
    // Another story whose id begins the same way, and another user: not this story's.
    writeLocalDraft(storage, 1, { ...mine, itemId: 70 });
    writeLocalDraft(storage, 2, mine);
    expect(sorted(readLocalDrafts(storage, 1, 7))).toEqual([mine, theirs]);
    expect(readLocalDrafts(storage, 3, 7)).toEqual([]);
    clearLocalDraft(storage, 1, 7, TAB);
    expect(readLocalDrafts(storage, 1, 7)).toEqual([theirs]);
  });

  it('are cleared "as offered" only when their tab has not written since', () => {
    const storage = memoryStorage();
    writeLocalDraft(storage, 1, local('2026-03-01T10:35:00.000Z', { headline: 'أحدث' }, false, OTHER_TAB));
    clearLocalDraft(storage, 1, 7, OTHER_TAB, '2026-03-01T10:33:00.000Z');
    expect(readLocalDrafts(storage, 1, 7)).toHaveLength(1);
    clearLocalDraft(storage, 1, 7, OTHER_TAB, '2026-03-01T10:35:00.000Z');
    expect(readLocalDrafts(storage, 1, 7)).toEqual([]);
  });

  it('are cleared by a save only when written by the time it took its text, or holding that very text', () => {
    const storage = memoryStorage();
    const saved = { at: '2026-03-01T10:33:00.000Z', fields: { ...opened, headline: 'كما حُفظ' } };
    // Words typed while the save was on its way (here, or in this tab's next editor of the story): kept.
    const newer = local('2026-03-01T10:34:00.000Z', { headline: 'كما حُفظ وأكثر' });
    writeLocalDraft(storage, 1, newer);
    clearLocalDraftAsTaken(storage, 1, 7, TAB, saved);
    expect(readLocalDrafts(storage, 1, 7)).toEqual([newer]);
    // Written after the text was taken, but the very text saved (a timer that fired meanwhile): cleared.
    writeLocalDraft(storage, 1, local('2026-03-01T10:34:00.000Z', { headline: 'كما حُفظ' }));
    clearLocalDraftAsTaken(storage, 1, 7, TAB, saved);
    expect(readLocalDrafts(storage, 1, 7)).toEqual([]);
    // Written by then, whatever it holds (older text the version replaces); another tab's copy is not this one's.
    const otherTab = local('2026-03-01T10:30:00.000Z', { headline: 'نافذة أخرى' }, false, OTHER_TAB);
    writeLocalDraft(storage, 1, local('2026-03-01T10:32:00.000Z', { headline: 'أقدم' }));
    writeLocalDraft(storage, 1, otherTab);
    clearLocalDraftAsTaken(storage, 1, 7, TAB, saved);
    expect(readLocalDrafts(storage, 1, 7)).toEqual([otherTab]);
    // A save that started from the story as saved (no text of its own): only the time tells.
    writeLocalDraft(storage, 1, newer);
    clearLocalDraftAsTaken(storage, 1, 7, TAB, { at: saved.at, fields: null });
    expect(readLocalDrafts(storage, 1, 7)).toContainEqual(newer);
    clearLocalDraftAsTaken(storage, 1, 7, TAB, { at: newer.savedAt, fields: null });
    expect(readLocalDrafts(storage, 1, 7)).toEqual([otherTab]);
  });

  it('include a copy kept before copies were per tab, and ignore what is not a draft', () => {
    expect(writeLocalDraft(memoryStorage({}, { full: true }), 1, local('2026-03-01T10:32:00.000Z', {}))).toBe(
      false,
    );
    const storage = memoryStorage();
    const { tabId: _tab, ...before } = local('2026-03-01T10:32:00.000Z', { headline: 'قديم' });
    storage.setItem('mirsad.draft.1.7', JSON.stringify(before));
    storage.setItem(`mirsad.draft.1.7.${OTHER_TAB}`, '{"not":"a draft"}');
    storage.setItem('mirsad.draft.1.7.tab-cccccccc', '{broken');
    expect(readLocalDrafts(storage, 1, 7)).toEqual([{ ...before, tabId: null }]);
  });
});

describe('which unsaved changes are offered back', () => {
  it('offers nothing when there is nothing, or when it is the story as opened', () => {
    expect(chooseDrafts([], [], opened)).toEqual([]);
    expect(
      chooseDrafts([server('2026-03-01T10:32:00.000Z', { headline: opened.headline })], [], opened),
    ).toEqual([]);
  });

  it("offers the server's draft, completed from the story as opened", () => {
    const [offer, ...more] = chooseDrafts(
      [server('2026-03-01T10:32:00.000Z', { summary: 'موجز جديد' })],
      [],
      opened,
    );
    expect(more).toEqual([]);
    expect(offer).toMatchObject({ origin: 'server', baseVersion: 4, savedAt: '2026-03-01T10:32:00.000Z' });
    expect(offer?.fields).toEqual({ ...opened, summary: 'موجز جديد' });
  });

  it("offers the tab's browser copy when it is newer (typed offline, or just before a reload)", () => {
    const offers = chooseDrafts(
      [server('2026-03-01T10:32:00.000Z', { headline: 'أقدم' })],
      [local('2026-03-01T10:33:10.000Z', { headline: 'أحدث، كُتب دون اتصال' })],
      opened,
    );
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ origin: 'browser', fields: { headline: 'أحدث، كُتب دون اتصال' } });
    // Discarding it removes both copies of that tab: the server's as it was, and the browser's.
    expect(serverCopiesOf(offers)).toEqual([{ tabId: TAB, upTo: '2026-03-01T10:32:00.000Z' }]);
    expect(browserCopiesOf(offers)).toEqual([
      { origin: 'browser', tabId: TAB, savedAt: '2026-03-01T10:33:10.000Z' },
    ]);
  });

  it("prefers the server's draft when it is newer, or the same copy the server already has", () => {
    expect(
      chooseDrafts(
        [server('2026-03-01T10:35:00.000Z', { headline: 'من علامة تبويب أخرى' })],
        [local('2026-03-01T10:33:00.000Z', { headline: 'أقدم' })],
        opened,
      ).map((offer) => offer.origin),
    ).toEqual(['server']);
    expect(
      chooseDrafts(
        [server('2026-03-01T10:33:00.000Z', { headline: 'نفسه' })],
        [local('2026-03-01T10:33:00.000Z', { headline: 'نفسه' }, true)],
        opened,
      ).map((offer) => offer.origin),
    ).toEqual(['server']);
  });

  it("offers each window's text, the newest first: one tab's never hides the other's", () => {
    // The second window took the story over and typed on; the first sent its last words as it lost the lease.
    const offers = chooseDrafts(
      [
        server('2026-03-01T10:40:00.000Z', { headline: 'نص النافذة الثانية' }, OTHER_TAB),
        server('2026-03-01T10:38:00.000Z', { headline: 'آخر كلمات النافذة الأولى' }),
      ],
      [],
      opened,
    );
    expect(offers.map((offer) => [offer.tabId, offer.fields.headline])).toEqual([
      [OTHER_TAB, 'نص النافذة الثانية'],
      [TAB, 'آخر كلمات النافذة الأولى'],
    ]);
  });

  it('offers the same text from two windows once, and discarding it removes both', () => {
    const offers = chooseDrafts(
      [
        server('2026-03-01T10:40:00.000Z', { headline: 'النص نفسه' }, OTHER_TAB),
        server('2026-03-01T10:38:00.000Z', { headline: 'النص نفسه' }),
      ],
      [],
      opened,
    );
    expect(offers).toHaveLength(1);
    expect(serverCopiesOf(offers)).toEqual([
      { tabId: OTHER_TAB, upTo: '2026-03-01T10:40:00.000Z' },
      { tabId: TAB, upTo: '2026-03-01T10:38:00.000Z' },
    ]);
  });

  it('does not offer a copy the server had and removed; offers every copy when the server cannot be read', () => {
    const synced = local('2026-03-01T10:33:00.000Z', { headline: 'حُفظ نسخةً' }, true, OTHER_TAB);
    expect(isSuperseded([], synced)).toBe(true);
    expect(chooseDrafts([], [synced], opened)).toEqual([]);
    expect(isSuperseded(null, synced)).toBe(false);
    expect(chooseDrafts(null, [synced], opened)).toHaveLength(1);
    // Never sent (written offline): offered whatever the server says.
    const unsent = { ...synced, synced: false };
    expect(isSuperseded([], unsent)).toBe(false);
    expect(chooseDrafts([], [unsent], opened)).toHaveLength(1);
  });
});

/** A stand-in for the editor's saved form: a block's trailing space goes. */
const asSaved = (body: string) => body.replace(/ <\/p>/g, '</p>');

describe('a draft body kept as typed', () => {
  it('is compared with the story in saved form, and offered back exactly as typed', () => {
    const typed = server('2026-03-01T10:32:00.000Z', { body: '<p dir="rtl">النص </p>' });
    expect(chooseDrafts([typed], [], opened, asSaved)).toEqual([]);
    const cut = server('2026-03-01T10:32:00.000Z', { body: '<p dir="rtl">وقالت مصادر إن </p>' });
    expect(chooseDrafts([cut], [], opened, asSaved)[0]?.fields.body).toBe('<p dir="rtl">وقالت مصادر إن </p>');
  });
});
