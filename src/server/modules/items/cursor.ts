/** Opaque paging cursors: keyset (newest first) or offset (relevance order, which has no stable key). */
import { ApiError } from '../../http/errors.ts';

export type Cursor = { kind: 'key'; receivedAt: number; id: number } | { kind: 'offset'; offset: number };

export function encodeCursor(cursor: Cursor): string {
  const parts = cursor.kind === 'key' ? ['k', cursor.receivedAt, cursor.id] : ['o', cursor.offset];
  return Buffer.from(parts.join(':')).toString('base64url');
}

/** Decodes a cursor from the API; a tampered or foreign one is a 400, not a crash. */
export function decodeCursor(value: string): Cursor {
  const [kind, a, b] = Buffer.from(value, 'base64url').toString('utf8').split(':');
  const first = Number(a);
  const second = Number(b);
  if (kind === 'k' && Number.isSafeInteger(first) && Number.isSafeInteger(second)) {
    return { kind: 'key', receivedAt: first, id: second };
  }
  if (kind === 'o' && Number.isSafeInteger(first) && first >= 0 && b === undefined)
    return { kind: 'offset', offset: first };
  throw new ApiError(400, 'validation_failed', 'query: cursor is not a cursor this server issued', {
    issues: [{ path: 'cursor', message: 'invalid cursor', code: 'custom' }],
  });
}
