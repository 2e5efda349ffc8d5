/**
 * Saved as you type: a draft is not a version (docs/decisions/008-stories.md). Half a second after the last
 * change the browser keeps a copy (localStorage), a few seconds after it the server does (PUT …/draft), so a
 * reload, a crash, a click elsewhere or a lost connection loses nothing. When the server cannot be reached the
 * copy stays in the browser and goes up when the connection returns. As the tab is hidden or closed, the copy
 * is written at once. When the text is back to the saved version, the draft goes.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DraftDelete } from '#shared/schemas/stories.ts';
import { ApiError } from '#client/lib/api-client.ts';
import { beforeSignOut } from '#client/lib/sign-out.ts';
import { deleteDrafts } from '../api/delete-draft.ts';
import { saveDraft } from '../api/save-draft.ts';
import {
  clearLocalDraft,
  clearLocalDraftAsTaken,
  writeLocalDraft,
  type TakenText,
} from '../lib/local-draft.ts';
import type { EditorFields } from '../lib/story-fields.ts';

/** After the last keystroke: the browser's copy, then the server's. */
export const LOCAL_COPY_DELAY_MS = 500;
export const SERVER_DRAFT_DELAY_MS = 2_500;

export type AutosaveStatus =
  | { state: 'clean' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; savedAt: string }
  /** Kept in this browser only: the server could not be reached. */
  | { state: 'local'; savedAt: string }
  | { state: 'error'; error: unknown; savedAt: string | null };

export interface DraftSnapshot {
  /** The item's version the text was begun from (its ETag then). */
  baseVersion: number;
  /** The story's version number the text was begun from, when known. */
  storyVersion?: number;
  fields: EditorFields;
}

/**
 * What a flush took to send: the text (null when it is the saved version's, undefined when the story is not being
 * edited: nothing to keep or remove), at which change, under which forget().
 */
interface Taken {
  snapshot: DraftSnapshot | null | undefined;
  edit: number;
  started: number;
}

interface ForgetOptions {
  discard?: DraftDelete['drafts'];
  keepServerDraft?: boolean;
  seenBySave?: string | null;
  taken?: TakenText;
}

export interface Autosave {
  status: AutosaveStatus;
  /** Something changed: schedule the copies. */
  changed(): void;
  /** Keep what there is now, in the browser and on the server (a lost lease, leaving the page). */
  flush(): Promise<void>;
  /**
   * The text became a version, or was discarded: no draft any more. `discard` removes this tab's draft on the
   * server too, and the other drafts named (offered back and discarded, as they were then). With
   * `keepServerDraft` (the agency's copy was taken over the text) the server keeps what it has, and a draft
   * still on its way may land there. `seenBySave`: the text became a version by a save that named this draft
   * (draftSeen() as the save was sent); a draft of this tab's stored since (its timer fired while the save was
   * on its way) is removed too, unless words were typed since the save was sent (the editor then sends them).
   * `taken`: what the save started from. This tab's browser copy goes only if written by then, or holding that
   * very text: another later one is newer words, typed while the save was on its way, here or in the editor that
   * opened the story again in this tab after this one closed (both keep their copy under the same name).
   */
  forget(options?: ForgetOptions): void;
  /** When the server stored the last draft this session sent (a save removes drafts up to then), or null. */
  draftSeen(): string | null;
}

/**
 * Each story's draft requests, in the order they were made, across editors: the editor closed with a save still
 * on its way and the story opened again, the old editor's save must land before the new one's (or it would
 * bring back older text, or a draft just discarded). A new editing session reads the drafts after them.
 */
const draftRequests = new Map<number, Promise<void>>();

function queueDraftRequest(itemId: number, request: () => Promise<void>): Promise<void> {
  // A request that failed does not stop the ones after it (each handles its own failures anyway).
  const queued = draftRequestsSettled(itemId).then(request);
  draftRequests.set(itemId, queued);
  return queued.finally(() => {
    if (draftRequests.get(itemId) === queued) draftRequests.delete(itemId);
  });
}

/** Settles when this story's draft requests made so far have answered. */
export function draftRequestsSettled(itemId: number): Promise<void> {
  return (draftRequests.get(itemId) ?? Promise.resolve()).catch(() => undefined);
}

export function useAutosave({
  itemId,
  userId,
  tabId,
  enabled,
  collect,
}: {
  itemId: number;
  userId: number;
  /** This tab: its drafts are its own, beside (never over) the user's other tabs'. */
  tabId: string;
  /** Only while this tab edits the story. */
  enabled: boolean;
  /**
   * What to keep now, null when the text is the saved version's (any draft goes), or undefined while the story
   * is not being edited (loading, or a draft on offer: what is kept must stay as it is).
   */
  collect: () => DraftSnapshot | null | undefined;
}): Autosave {
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'clean' });
  // The latest `collect`, read when a timer fires (assigned after each render, as the timers need it).
  const collectRef = useRef(collect);
  useLayoutEffect(() => {
    collectRef.current = collect;
  });
  const timers = useRef<{ local?: ReturnType<typeof setTimeout>; server?: ReturnType<typeof setTimeout> }>(
    {},
  );
  /** Whether the server may hold a draft of this session's (so that clean text removes it). */
  const serverHasDraft = useRef(false);
  /**
   * Counts forget(): a draft sent before the last one was on its way while the text became a version (or was
   * discarded), and answers for text that is no longer a draft.
   */
  const generation = useRef(0);
  /** Whether a draft that lands after the last forget() is removed (see `keepServerDraft`). */
  const lateDraftGoes = useRef(true);

  /**
   * Counts the changes: an answer for text taken before the last one is not the browser's latest copy (nor
   * "saved"): the newer text's own save follows it.
   */
  const edits = useRef(0);
  /**
   * When the server stored the last draft this session sent (its time, not the browser's): a save of the
   * story removes drafts up to it, and no later one (X-Draft-Seen), which another tab of the user's may have
   * written as it lost the lease to this one.
   */
  const lastStored = useRef<string | null>(null);
  /**
   * The change whose text the server has (under which forget()), or null: a flush with nothing typed since
   * sends nothing. Sent again, the same text would be a draft written now, after whatever happened meanwhile:
   * as this tab loses the story to the user's other tab, it would look like words that tab never saw.
   */
  const storedEdit = useRef<{ edit: number; started: number } | null>(null);
  /**
   * The editor has closed: what it had was kept as it closed, so it keeps and sends no more drafts (changed and
   * flush do nothing). A request of its that answers later (a save, the agency's copy taken) leaves this tab's
   * browser copy alone, which this tab's next editor of the story keeps under the same name, except the copy
   * of the very text a save took (forget's `taken`); the server's drafts go as the save named them.
   */
  const closed = useRef(false);
  const unchangedSinceStored = useCallback(
    () => storedEdit.current?.edit === edits.current && storedEdit.current.started === generation.current,
    [],
  );

  /** Removes this tab's draft on the server (its text became a version, went back to it, or was discarded). */
  const deleteOwn = useCallback(() => deleteDrafts(itemId, { drafts: [{ tabId }] }), [itemId, tabId]);

  const keepLocally = useCallback((): DraftSnapshot | null | undefined => {
    const snapshot = collectRef.current();
    if (snapshot === undefined) return undefined;
    if (!snapshot) {
      clearLocalDraft(localStorage, userId, itemId, tabId);
      return null;
    }
    const savedAt = new Date().toISOString();
    writeLocalDraft(localStorage, userId, { itemId, tabId, ...snapshot, savedAt, synced: false });
    return snapshot;
  }, [itemId, userId, tabId]);

  /** Sends what flush() took, once the request before it has answered. */
  const sendToServer = useCallback(
    async ({ snapshot, edit, started }: Taken): Promise<void> => {
      // Not being edited when taken; or the text became a version (or was discarded) while this waited its
      // turn: nothing of it is a draft.
      if (snapshot === undefined || generation.current !== started) return;
      const latest = () => edits.current === edit;
      if (!snapshot) {
        if (latest()) setStatus({ state: 'clean' });
        if (serverHasDraft.current) {
          serverHasDraft.current = false;
          await deleteOwn().catch(() => undefined);
        }
        return;
      }
      if (latest()) setStatus({ state: 'saving' });
      try {
        const saved = await saveDraft(itemId, { tabId, ...snapshot });
        lastStored.current = saved.savedAt;
        if (generation.current !== started) {
          // The server stored it after the text was saved as a version (or discarded): left there, it would be
          // offered back on the next visit as unsaved work, and the status would say "draft saved" over saved
          // text. Removed before any later draft goes up (the next request waits for this one).
          if (lateDraftGoes.current) await deleteOwn().catch(() => undefined);
          return;
        }
        serverHasDraft.current = true;
        // Typed since this was taken: the browser's copy is newer than what the server has, and stays unsynced.
        if (!latest()) return;
        storedEdit.current = { edit, started };
        writeLocalDraft(localStorage, userId, {
          itemId,
          tabId,
          ...snapshot,
          savedAt: saved.savedAt,
          synced: true,
        });
        setStatus({ state: 'saved', savedAt: saved.savedAt });
      } catch (error) {
        if (generation.current !== started || !latest()) return;
        const savedAt = new Date().toISOString();
        if (error instanceof ApiError && (error.status === 0 || error.status >= 500))
          setStatus({ state: 'local', savedAt });
        else setStatus({ state: 'error', error, savedAt: null });
      }
    },
    [itemId, userId, tabId, deleteOwn],
  );

  const flush = useCallback((): Promise<void> => {
    if (closed.current) return draftRequestsSettled(itemId);
    clearTimeout(timers.current.local);
    clearTimeout(timers.current.server);
    if (unchangedSinceStored()) return draftRequestsSettled(itemId);
    // The text is taken now, while the editor holds it (and kept in the browser at once): by the time the
    // request before this one has answered, the editor may be gone (the page left, the session lost), and what
    // it was last asked for would be older than what was typed.
    const taken: Taken = { snapshot: keepLocally(), edit: edits.current, started: generation.current };
    // One request at a time for the story, in the order taken: the latest text last.
    return queueDraftRequest(itemId, () => sendToServer(taken));
  }, [itemId, keepLocally, sendToServer, unchangedSinceStored]);

  const changed = useCallback(() => {
    if (closed.current) return;
    edits.current++;
    setStatus((current) => (current.state === 'pending' ? current : { state: 'pending' }));
    clearTimeout(timers.current.local);
    clearTimeout(timers.current.server);
    timers.current.local = setTimeout(keepLocally, LOCAL_COPY_DELAY_MS);
    timers.current.server = setTimeout(() => void flush(), SERVER_DRAFT_DELAY_MS);
  }, [keepLocally, flush]);

  const forget = useCallback(
    ({ discard, keepServerDraft = false, seenBySave, taken }: ForgetOptions = {}) => {
      generation.current++;
      lateDraftGoes.current = !keepServerDraft;
      clearTimeout(timers.current.local);
      clearTimeout(timers.current.server);
      if (taken) clearLocalDraftAsTaken(localStorage, userId, itemId, tabId, taken);
      else if (!closed.current) clearLocalDraft(localStorage, userId, itemId, tabId);
      // A save removes this tab's drafts up to the one it named. One stored after that (sent while the save was
      // on its way, and answered before it) would stay beside the version and be offered back as unsaved work:
      // it goes too, as it was then (a later draft of this tab's is newer text), unless text was typed since the
      // save was sent, which the editor sends at once in its place. (One still on its way now is removed as it
      // lands: sendToServer.)
      const stored = lastStored.current;
      const staleSinceSave =
        seenBySave !== undefined &&
        stored !== null &&
        stored !== seenBySave &&
        !keepServerDraft &&
        collectRef.current() === null;
      if (discard || staleSinceSave) {
        const own = discard ? { tabId } : { tabId, upTo: stored! };
        const drafts = [own, ...(discard ?? [])];
        void queueDraftRequest(itemId, () => deleteDrafts(itemId, { drafts }).catch(() => undefined));
      }
      serverHasDraft.current = false;
      setStatus({ state: 'clean' });
    },
    [itemId, userId, tabId],
  );

  // Leaving, hiding, going offline and coming back: nothing typed waits for a timer that may never fire.
  useEffect(() => {
    if (!enabled) return;
    const hidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const leaving = () => {
      clearTimeout(timers.current.local);
      if (!unchangedSinceStored()) keepLocally();
    };
    const online = () => {
      if (status.state === 'local' || status.state === 'error') void flush();
    };
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', leaving);
    window.addEventListener('beforeunload', leaving);
    window.addEventListener('online', online);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', leaving);
      window.removeEventListener('beforeunload', leaving);
      window.removeEventListener('online', online);
    };
  }, [enabled, flush, keepLocally, status.state, unchangedSinceStored]);

  // The editor closes (another page, another story): what is pending is kept now.
  const pending = status.state === 'pending';
  const pendingRef = useRef(pending);
  const flushRef = useRef(flush);
  useLayoutEffect(() => {
    pendingRef.current = pending;
    flushRef.current = flush;
  });
  useEffect(() => {
    closed.current = false;
    // The same object for the editor's life (its fields change, never the object).
    const scheduled = timers.current;
    return () => {
      clearTimeout(scheduled.local);
      clearTimeout(scheduled.server);
      if (pendingRef.current) void flushRef.current();
      closed.current = true;
    };
  }, []);

  // Signing out: what was typed reaches the server while the session still stands.
  useEffect(() => {
    if (!enabled) return;
    return beforeSignOut(() => flushRef.current());
  }, [enabled]);

  const draftSeen = useCallback(() => lastStored.current, []);
  return { status, changed, flush, forget, draftSeen };
}
