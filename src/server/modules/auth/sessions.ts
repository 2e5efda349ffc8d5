/** Server-side sessions: the cookie carries a random token; the table holds its keyed hash and the CSRF token. */
import { sql } from 'kysely';
import type { Executor } from '../../db/index.ts';
import { isPostgres } from '../../db/is-postgres.ts';
import { prepared } from '../../db/prepared.ts';
import type { User } from '#shared/schemas/users.ts';
import type { AppContext } from '../../context.ts';
import { toUser, USER_COLUMNS } from '../users/repository.ts';
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

/** The session by its key, unexpired, with its user and the user's desks: run by every request, so prepared. */
const sessionWithUser = prepared((db: Executor, id: string, now: number) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(USER_COLUMNS.map((column) => `users.${column}` as const))
    .select([
      'sessions.csrf_token as session_csrf_token',
      'sessions.expires_at as session_expires_at',
      'sessions.last_seen_at as session_last_seen_at',
      (eb) =>
        eb
          .selectFrom('desk_members')
          .select(
            (isPostgres(db)
              ? sql<string>`coalesce(json_agg(desk_members.desk_id)::text, '[]')`
              : sql<string>`json_group_array(desk_members.desk_id)`
            ).as('ids'),
          )
          .whereRef('desk_members.user_id', '=', 'users.id')
          .as('desk_ids'),
    ])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', now),
);

/**
 * Finds the live session for a cookie token and its user, in one statement (every request asks: three round
 * trips had been a tenth of a search on PostgreSQL), extending the session when it is in use. Null for no
 * session, an expired one, or a disabled or removed user. The live stream looks without touching
 * (`touch: false`): a screen left open is not someone using the desk, so it does not keep a session alive past
 * its lifetime.
 */
export async function findSignedIn(
  ctx: AppContext,
  token: string,
  { touch = true }: { touch?: boolean } = {},
): Promise<{ session: SessionRecord; user: User } | null> {
  const id = sessionKey(ctx.config.sessionSecret, token);
  const now = Date.now();
  const { db } = ctx.database;
  const [row] = await sessionWithUser(db, id, now);
  if (!row || row.disabled === 1) return null;
  let expiresAt = row.session_expires_at;
  if (touch && now - row.session_last_seen_at > TOUCH_INTERVAL_MS) {
    expiresAt = now + ctx.config.sessionTtlMs;
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now, expires_at: expiresAt })
      .where('id', '=', id)
      .execute();
  }
  const {
    session_csrf_token: csrfToken,
    session_expires_at: _expires,
    session_last_seen_at: _seen,
    desk_ids: desks,
    ...user
  } = row;
  return {
    session: { id, userId: user.id, csrfToken, expiresAt },
    user: toUser(user, JSON.parse(desks ?? '[]') as number[]),
  };
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
