/**
 * Opaque paging cursors. The queue is keyset-paged on id (newest first); ranked search pages through its
 * tiers (headline hits, then the rest), each newest first, so its cursor names the tier too.
 */
import { ApiError } from '../../http/errors.ts';

export type Cursor = { kind: 'id'; id: number } | { kind: 'tier'; tier: 1 | 2; id: number | null };

export function encodeCursor(cursor: Cursor): string {
  const parts = cursor.kind === 'id' ? ['i', cursor.id] : ['t', cursor.tier, cursor.id ?? ''];
  return Buffer.from(parts.join(':')).toString('base64url');
}

const parseId = (text: string | undefined) =>
  text !== undefined && /^\d{1,15}$/.test(text) ? Number(text) : null;

/** Decodes a cursor from the API; a tampered or foreign one is a 400, not a crash. */
export function decodeCursor(value: string): Cursor {
  const [kind, a, b, ...rest] = Buffer.from(value, 'base64url').toString('utf8').split(':');
  if (rest.length === 0) {
    if (kind === 'i' && b === undefined && parseId(a) !== null) return { kind: 'id', id: parseId(a)! };
    if (kind === 't' && (a === '1' || a === '2') && (b === '' || parseId(b) !== null)) {
      return { kind: 'tier', tier: a === '1' ? 1 : 2, id: b === '' ? null : parseId(b) };
    }
  }
  throw new ApiError(400, 'validation_failed', 'query: cursor is not a cursor this server issued', {
    issues: [{ path: 'cursor', message: 'invalid cursor', code: 'custom' }],
  });
}
