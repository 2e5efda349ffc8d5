/**
 * The browser's copy of a draft: written before every autosave reaches the server and while the server cannot be
 * reached, so that a lost connection, a crash or a reload mid-sentence loses nothing. One per user and story
 * (localStorage is shared by the user's tabs, as the server's draft is). On opening, the newer of this copy and
 * the server's draft is offered back; a copy the server already has is marked `synced`.
 */
import type { Draft } from '#shared/schemas/stories.ts';
import { differingFields, type EditorFields } from './story-fields.ts';

export interface LocalDraft {
  itemId: number;
  baseVersion: number;
  fields: EditorFields;
  /** ISO time of the last change it holds. */
  savedAt: string;
  /** The server has this very copy. */
  synced: boolean;
}

const PREFIX = 'mirsad.draft';

export function localDraftKey(userId: number, itemId: number): string {
  return `${PREFIX}.${userId}.${itemId}`;
}

function isLocalDraft(value: unknown): value is LocalDraft {
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

export function readLocalDraft(storage: Storage, userId: number, itemId: number): LocalDraft | null {
  try {
    const raw = storage.getItem(localDraftKey(userId, itemId));
    const value: unknown = raw ? JSON.parse(raw) : null;
    return isLocalDraft(value) && value.itemId === itemId ? value : null;
  } catch {
    return null;
  }
}

/** Keeps the copy; false when the browser refuses (storage full or disabled): the caller says so. */
export function writeLocalDraft(storage: Storage, userId: number, draft: LocalDraft): boolean {
  try {
    storage.setItem(localDraftKey(userId, draft.itemId), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearLocalDraft(storage: Storage, userId: number, itemId: number): void {
  try {
    storage.removeItem(localDraftKey(userId, itemId));
  } catch {
    // Nothing to clear where storage is disabled.
  }
}

/** A draft to offer back: where it came from, its base version, its fields and when it was written. */
export interface DraftOffer {
  origin: 'server' | 'browser';
  baseVersion: number;
  fields: EditorFields;
  savedAt: string;
}

/** A server draft's partial fields completed from the story as it was opened. */
function complete(fields: Partial<EditorFields>, opened: EditorFields): EditorFields {
  return { ...opened, ...fields };
}

/**
 * Which unsaved changes to offer back, if any: the newer of the server's draft and the browser's copy (the
 * browser's wins a tie only when the server never had it), and only when it differs from the story as opened.
 * A draft keeps the body exactly as typed (a space at the end of a sentence cut short included); `asSaved`
 * gives it the form a save would, to compare it with the story as opened.
 */
export function chooseDraft(
  server: Draft | null,
  local: LocalDraft | null,
  opened: EditorFields,
  asSaved: (body: string) => string = (body) => body,
): DraftOffer | null {
  const candidates: DraftOffer[] = [];
  if (server)
    candidates.push({
      origin: 'server',
      baseVersion: server.baseVersion,
      fields: complete(server.fields, opened),
      savedAt: server.savedAt,
    });
  if (local)
    candidates.push({
      origin: 'browser',
      baseVersion: local.baseVersion,
      fields: complete(local.fields, opened),
      savedAt: local.savedAt,
    });
  const newest = candidates.reduce<DraftOffer | null>((best, candidate) => {
    if (!best) return candidate;
    const difference = Date.parse(candidate.savedAt) - Date.parse(best.savedAt);
    if (difference > 0) return candidate;
    if (difference === 0 && candidate.origin === 'browser' && local && !local.synced) return candidate;
    return best;
  }, null);
  if (!newest) return null;
  if (differingFields(opened, { ...newest.fields, body: asSaved(newest.fields.body) }).length === 0)
    return null;
  return newest;
}
