/**
 * A comment typed and not yet posted, kept in this browser per user and item: the pane is made anew for each
 * item, so without it, opening another row (or a reload) threw the text away unasked. Posting it clears it.
 */
import { useCallback, useState } from 'react';
import { useCurrentUser } from '#client/lib/session.ts';

const key = (userId: number, itemId: number) => `mirsad.comment.${userId}.${itemId}`;

function read(storageKey: string): string {
  try {
    return localStorage.getItem(storageKey) ?? '';
  } catch {
    return '';
  }
}

function write(storageKey: string, body: string): void {
  try {
    if (body) localStorage.setItem(storageKey, body);
    else localStorage.removeItem(storageKey);
  } catch {
    // Storage full or disabled: the text lives as long as the pane, as before.
  }
}

/** The comment box's text for this item, and its setter; what is set is kept until it is posted or emptied. */
export function useUnsentComment(itemId: number): [string, (body: string) => void] {
  const storageKey = key(useCurrentUser().id, itemId);
  const [body, setBody] = useState(() => read(storageKey));
  const update = useCallback(
    (next: string) => {
      setBody(next);
      write(storageKey, next);
    },
    [storageKey],
  );
  return [body, update];
}
