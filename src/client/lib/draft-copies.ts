/**
 * Where the browser keeps its copies of story drafts (features/editor/lib/local-draft.ts writes and reads them,
 * one per user, story and tab), and what signing out removes of them: the copies the server already has
 * (`synced`), so that the next person at a shared computer finds no story text of this user's it need not keep.
 * A copy the server never stored stays: it is the only one, offered back at the user's next sign-in.
 */
const PREFIX = 'mirsad.draft';

/** The key of a user's copy of a story's draft from one tab (null: a copy kept before copies were per tab). */
export function draftCopyKey(userId: number, itemId: number, tabId: string | null): string {
  return tabId === null ? `${PREFIX}.${userId}.${itemId}` : `${PREFIX}.${userId}.${itemId}.${tabId}`;
}

/** Every key the storage holds, read before any is removed. */
export function storageKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key !== null) keys.push(key);
  }
  return keys;
}

export function clearSyncedDraftCopies(storage: Storage, userId: number): void {
  try {
    const own = `${PREFIX}.${userId}.`;
    for (const key of storageKeys(storage)) {
      if (!key.startsWith(own)) continue;
      try {
        const value: unknown = JSON.parse(storage.getItem(key) ?? 'null');
        if (typeof value === 'object' && value !== null && (value as { synced?: unknown }).synced === true)
          storage.removeItem(key);
      } catch {
        // Not a copy (cut short, or written by hand): not this rule's to remove.
      }
    }
  } catch {
    // Storage disabled: nothing kept.
  }
}
