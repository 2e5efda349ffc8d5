import { describe, expect, it } from 'vitest';
import { memoryStorage } from './testing/memory-storage.ts';
import { clearSyncedDraftCopies } from './draft-copies.ts';

const copy = (synced: boolean) =>
  JSON.stringify({ itemId: 7, baseVersion: 1, fields: { body: '<p>نص</p>' }, synced });

describe('signing out', () => {
  it("removes the user's draft copies the server has, and nothing else", () => {
    const storage = memoryStorage({
      'mirsad.draft.1.7.tab-a': copy(true),
      'mirsad.draft.1.7': copy(true),
      // Never stored on the server: the only copy of those words.
      'mirsad.draft.1.8.tab-a': copy(false),
      // Another user's, a user whose id begins the same way, and what is not a draft.
      'mirsad.draft.2.7.tab-a': copy(true),
      'mirsad.draft.12.7.tab-a': copy(true),
      'mirsad.draft.1.9.tab-b': '{cut short',
      'mirsad.comment.1.7': 'تعليق لم يُرسل',
      'mirsad.locale': 'ar',
    });
    clearSyncedDraftCopies(storage, 1);
    expect(Array.from({ length: storage.length }, (_, index) => storage.key(index)).sort()).toEqual([
      'mirsad.comment.1.7',
      'mirsad.draft.1.8.tab-a',
      'mirsad.draft.1.9.tab-b',
      'mirsad.draft.12.7.tab-a',
      'mirsad.draft.2.7.tab-a',
      'mirsad.locale',
    ]);
  });
});
