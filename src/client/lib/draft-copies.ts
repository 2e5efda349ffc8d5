/**
 * Where the browser keeps its copies of story drafts (features/editor/lib/local-draft.ts writes and reads them,
 * one per user, story and tab), and what signing out removes of them: the copies the server already has
 * (`synced`), so that the next person at a shared computer finds no story text of this user's it need not keep.
 * A copy the server never stored stays: it is the only one, offered back at the user's next sign-in.
 */
export const DRAFT_COPY_PREFIX = 'mirsad.draft';

export function clearSyncedDraftCopies(storage: Storage, userId: number): void {
  try {
    const own = `${DRAFT_COPY_PREFIX}.${userId}.`;
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key?.startsWith(own)) keys.push(key);
    }
    for (const key of keys) {
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
