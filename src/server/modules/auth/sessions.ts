/** Server-side sessions: the cookie carries a random token; the table holds its keyed hash and the CSRF token. */
import type { AppContext } from '../../context.ts';
import { randomToken, sessionKey } from './tokens.ts';

export const SESSION_COOKIE = 'mirsad_session';
// Sliding expiry is refreshed at most this often, so reads do not turn into a write per request.
const TOUCH_INTERVAL_MS = 60_000;

export interface SessionRecord {
  id: string;
  userId: number;
  csrfToken: string;
  expiresAt: number;
}

/** Starts a session and returns the cookie token (shown once) and the record. */
export async function createSession(
  ctx: AppContext,
  userId: number,
): Promise<{ token: string; session: SessionRecord }> {
  const token = randomToken();
  const now = Date.now();
  const session: SessionRecord = {
    id: sessionKey(ctx.config.sessionSecret, token),
    userId,
    csrfToken: randomToken(),
    expiresAt: now + ctx.config.sessionTtlMs,
  };
  await ctx.database.db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: userId,
      csrf_token: session.csrfToken,
      created_at: now,
      expires_at: session.expiresAt,
      last_seen_at: now,
    })
    .execute();
  return { token, session };
}

/**
 * Finds the live session for a cookie token, extending it when it is in use. The live stream looks without
 * touching (`touch: false`): a screen left open is not someone using the desk, so it does not keep a session
 * alive past its lifetime.
 */
export async function findSession(
  ctx: AppContext,
  token: string,
  { touch = true }: { touch?: boolean } = {},
): Promise<SessionRecord | null> {
  const id = sessionKey(ctx.config.sessionSecret, token);
  const now = Date.now();
  const row = await ctx.database.db
    .selectFrom('sessions')
    .select(['id', 'user_id', 'csrf_token', 'expires_at', 'last_seen_at'])
    .where('id', '=', id)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return null;
  let expiresAt = row.expires_at;
  if (touch && now - row.last_seen_at > TOUCH_INTERVAL_MS) {
    expiresAt = now + ctx.config.sessionTtlMs;
    await ctx.database.db
      .updateTable('sessions')
      .set({ last_seen_at: now, expires_at: expiresAt })
      .where('id', '=', id)
      .execute();
  }
  return { id: row.id, userId: row.user_id, csrfToken: row.csrf_token, expiresAt };
}

export async function deleteSession(ctx: AppContext, id: string): Promise<void> {
  await ctx.database.db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Removes expired sessions and stale login-failure windows (run periodically). */
export async function pruneExpired(ctx: AppContext, now = Date.now()): Promise<void> {
  await ctx.database.db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  await ctx.database.db
    .deleteFrom('login_failures')
    .where('window_start', '<', now - 24 * 3_600_000)
    .execute();
}
