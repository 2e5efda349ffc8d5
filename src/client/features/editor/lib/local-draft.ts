/**
 * The browser's copies of drafts: written before every autosave reaches the server and while the server cannot be
 * reached, so that a lost connection, a crash or a reload mid-sentence loses nothing. One per user, story and tab,
 * as the server's drafts are: a tab that loses the story to the user's other tab keeps its text beside the other
 * tab's, never under it. On opening, every tab's newest text is offered back (the newest first) unless it is the
 * story as saved; a copy the server already has is marked `synced`.
 */
import type { Draft } from '#shared/schemas/stories.ts';
import { draftCopyKey, storageKeys } from '#client/lib/draft-copies.ts';
import { differingFields, type EditorFields } from './story-fields.ts';

export interface LocalDraft {
  itemId: number;
  /** The tab that wrote it; null for a copy kept before copies were kept per tab. */
  tabId: string | null;
  baseVersion: number;
  /** The story's version number the text was begun from; absent in copies kept before it was named. */
  storyVersion?: number;
  fields: EditorFields;
  /** ISO time of the last change it holds. */
  savedAt: string;
  /** The server has this very copy. */
  synced: boolean;
}

function isLocalDraft(value: unknown): value is Omit<LocalDraft, 'tabId'> {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<LocalDraft>;
  return (
    typeof draft.itemId === 'number' &&
    typeof draft.baseVersion === 'number' &&
    typeof draft.savedAt === 'string' &&
    typeof draft.fields === 'object' &&
    draft.fields !== null &&
    typeof draft.fields.body === 'string'
  );
}

/** Every tab's copy of the user's draft of the story (and one kept before copies were per tab). */
export function readLocalDrafts(storage: Storage, userId: number, itemId: number): LocalDraft[] {
  const own = draftCopyKey(userId, itemId, null);
  const drafts: LocalDraft[] = [];
  try {
    for (const key of storageKeys(storage)) {
      if (key !== own && !key.startsWith(`${own}.`)) continue;
      try {
        const value: unknown = JSON.parse(storage.getItem(key) ?? 'null');
        if (!isLocalDraft(value) || value.itemId !== itemId) continue;
        drafts.push({ ...value, tabId: key === own ? null : key.slice(own.length + 1) });
      } catch {
        // Not a draft (written by hand, or cut short): ignored.
      }
    }
  } catch {
    // Storage disabled: nothing kept.
  }
  return drafts;
}

/** Keeps the tab's copy; false when the browser refuses (storage full or disabled): the caller says so. */
export function writeLocalDraft(storage: Storage, userId: number, draft: LocalDraft): boolean {
  try {
    storage.setItem(draftCopyKey(userId, draft.itemId, draft.tabId), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** Clears a tab's copy; with `upTo`, only a copy written by then (a later one is text not yet seen). */
export function clearLocalDraft(
  storage: Storage,
  userId: number,
  itemId: number,
  tabId: string | null,
  upTo?: string,
): void {
  try {
    if (upTo !== undefined) {
      const copy = readLocalDrafts(storage, userId, itemId).find((draft) => draft.tabId === tabId);
      if (!copy || Date.parse(copy.savedAt) > Date.parse(upTo)) return;
    }
    storage.removeItem(draftCopyKey(userId, itemId, tabId));
  } catch {
    // Nothing to clear where storage is disabled.
  }
}

/**
 * What a save started from: when (the browser's clock), and the text as the browser's copies hold it (null when
 * it was the story as saved). A copy the server has carries the server's time, so the two clocks meet here: a
 * synced copy judged on the wrong side of `at` is harmless either way (cleared, the server still has it; kept,
 * it is removed as superseded when the story next opens).
 */
export interface TakenText {
  at: string;
  fields: EditorFields | null;
}

/**
 * Clears a tab's copy once the save has answered: a copy written by the time it started, or holding the very text
 * it took. Any other is words typed since (in this editor, or in this tab's next editor of the story,
 * which keeps its copy under the same name), and stays.
 */
export function clearLocalDraftAsTaken(
  storage: Storage,
  userId: number,
  itemId: number,
  tabId: string,
  taken: TakenText,
): void {
  const copy = readLocalDrafts(storage, userId, itemId).find((draft) => draft.tabId === tabId);
  const sameText = !!copy && taken.fields !== null && differingFields(copy.fields, taken.fields).length === 0;
  clearLocalDraft(storage, userId, itemId, tabId, sameText ? undefined : taken.at);
}

/** One copy of a draft: on the server or in this browser, from one tab. */
export interface DraftCopy {
  origin: 'server' | 'browser';
  tabId: string | null;
  savedAt: string;
}

/** A draft to offer back: its text, and every copy it stands for (discarding it removes them all). */
export interface DraftOffer extends DraftCopy {
  baseVersion: number;
  storyVersion?: number;
  fields: EditorFields;
  copies: DraftCopy[];
}

/** A server draft's partial fields completed from the story as it was opened. */
function complete(fields: Partial<EditorFields>, opened: EditorFields): EditorFields {
  return { ...opened, ...fields };
}

/**
 * A browser copy the server had (synced) and no longer has, or has newer text of from that tab: removed there on
 * purpose (saved as a version, or discarded), or behind it. Never offered; the editor clears it. Unknown while
 * the server's drafts could not be read (`server` null).
 */
export function isSuperseded(server: readonly Draft[] | null, copy: LocalDraft): boolean {
  if (!server || !copy.synced) return false;
  const onServer = server.find((draft) => draft.tabId === copy.tabId);
  return !onServer || Date.parse(onServer.savedAt) > Date.parse(copy.savedAt);
}

const newestFirst = (a: { savedAt: string }, b: { savedAt: string }) =>
  Date.parse(b.savedAt) - Date.parse(a.savedAt);

/**
 * Which unsaved changes to offer back: for each tab, the newer of the server's draft and the browser's copy (the
 * browser's wins a tie only when the server never had it), the newest first, one offer for the same text, and
 * none that is the story as opened. `server` is null when the server's drafts could not be read: every copy in
 * the browser is a candidate then; otherwise a copy the server had and no longer has was removed there on
 * purpose (saved as a version, or discarded) and is not offered. A draft keeps the body exactly as typed (a
 * space at the end of a sentence cut short included); `asSaved` gives it the form a save would, to compare.
 */
export function chooseDrafts(
  server: readonly Draft[] | null,
  local: readonly LocalDraft[],
  opened: EditorFields,
  asSaved: (body: string) => string = (body) => body,
): DraftOffer[] {
  const byTab = new Map<string | null, DraftOffer>();
  const consider = (candidate: Omit<DraftOffer, 'copies'>, preferredOnTie: boolean) => {
    const copy: DraftCopy = { origin: candidate.origin, tabId: candidate.tabId, savedAt: candidate.savedAt };
    const held = byTab.get(candidate.tabId);
    if (!held) {
      byTab.set(candidate.tabId, { ...candidate, copies: [copy] });
      return;
    }
    const difference = Date.parse(candidate.savedAt) - Date.parse(held.savedAt);
    const copies = [...held.copies, copy];
    byTab.set(
      candidate.tabId,
      difference > 0 || (difference === 0 && preferredOnTie) ? { ...candidate, copies } : { ...held, copies },
    );
  };
  for (const draft of server ?? [])
    consider(
      {
        origin: 'server',
        tabId: draft.tabId,
        baseVersion: draft.baseVersion,
        ...(draft.storyVersion === undefined ? {} : { storyVersion: draft.storyVersion }),
        fields: complete(draft.fields, opened),
        savedAt: draft.savedAt,
      },
      false,
    );
  for (const copy of local) {
    if (isSuperseded(server, copy)) continue;
    consider(
      {
        origin: 'browser',
        tabId: copy.tabId,
        baseVersion: copy.baseVersion,
        ...(copy.storyVersion === undefined ? {} : { storyVersion: copy.storyVersion }),
        fields: complete(copy.fields, opened),
        savedAt: copy.savedAt,
      },
      !copy.synced,
    );
  }
  const offers: DraftOffer[] = [];
  for (const candidate of [...byTab.values()].sort(newestFirst)) {
    const text = { ...candidate.fields, body: asSaved(candidate.fields.body) };
    if (differingFields(opened, text).length === 0) continue;
    // The same text from another tab (one restored the other's, say): one offer stands for both.
    const same = offers.find(
      (offer) =>
        offer.baseVersion === candidate.baseVersion &&
        differingFields(offer.fields, candidate.fields).length === 0,
    );
    if (same) same.copies.push(...candidate.copies);
    else offers.push(candidate);
  }
  return offers;
}

/** What discarding offers removes on the server: each copy there, as it was when offered. */
export function serverCopiesOf(
  offers: readonly { copies: readonly DraftCopy[] }[],
): { tabId: string; upTo: string }[] {
  return offers.flatMap((offer) =>
    offer.copies.flatMap((copy) =>
      copy.origin === 'server' && copy.tabId !== null ? [{ tabId: copy.tabId, upTo: copy.savedAt }] : [],
    ),
  );
}

/** What discarding offers (or saving the text restored from one) removes in this browser: its copies, as offered. */
export function browserCopiesOf(offers: readonly { copies: readonly DraftCopy[] }[]): DraftCopy[] {
  return offers.flatMap((offer) => offer.copies.filter((copy) => copy.origin === 'browser'));
}

/** The server's drafts that no offer stands for: the story as opened (nothing of them differs from it). */
export function unofferedServerCopies(server: readonly Draft[], offers: readonly DraftOffer[]): DraftCopy[] {
  const offered = new Set(
    offers.flatMap((offer) =>
      offer.copies.filter((copy) => copy.origin === 'server').map((copy) => copy.tabId),
    ),
  );
  return server
    .filter((draft) => !offered.has(draft.tabId))
    .map((draft) => ({ origin: 'server', tabId: draft.tabId, savedAt: draft.savedAt }));
}

/**
 * Whether the story's text was saved since the draft was begun: by its story version when the draft names it (a
 * workflow action moves the item's version, not the text), else by the item's version, as drafts kept before.
 */
export function savedSince(
  draft: { baseVersion: number; storyVersion?: number },
  now: { version: number; storyVersion: number | null },
): boolean {
  return draft.storyVersion === undefined
    ? draft.baseVersion !== now.version
    : draft.storyVersion !== now.storyVersion;
}
