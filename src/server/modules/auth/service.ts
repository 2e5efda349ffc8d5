/**
 * Signing in and out. Failures are generic (401); attempts are throttled per account × address, address and
 * account (throttle.ts) and every refused or failed attempt is an `auth.failed` event in the audit trail. A
 * successful sign-in rotates the session (any session the browser brought is ended) and upgrades a password
 * hash made with older parameters.
 */
import type { Locale, SessionResponse, User } from '#shared/schemas/users.ts';
import type { AppContext } from '../../context.ts';
import { ApiError } from '../../http/errors.ts';
import { SYSTEM_ACTOR, userActor } from '../events/actors.ts';
import { withEvents } from '../events/with-events.ts';
import {
  adoptLoginLocale,
  findUserByUsername,
  findUserById,
  deskIdsOf,
  toUser,
} from '../users/repository.ts';
import { decoy, hashPassword, needsRehash, verifyPassword } from './passwords.ts';
import { createSession, deleteSession } from './sessions.ts';
import { beginAttempt, failedAttempt, succeededAttempt, throttleKeys } from './throttle.ts';

export class ThrottledError extends ApiError {
  constructor(readonly retryAfter: number) {
    super(
      429,
      'too_many_attempts',
      `Too many failed sign-ins from here; try again in ${retryAfter} seconds.`,
      { retryAfterSeconds: retryAfter, retryAfter },
    );
  }
}

async function auditFailure(
  ctx: AppContext,
  username: string,
  address: string,
  reason: string,
): Promise<void> {
  await withEvents(ctx, SYSTEM_ACTOR, async (_trx, emit) => {
    emit({
      type: 'auth.failed',
      itemId: null,
      payload: { username: username.slice(0, 64), address, reason },
    });
  });
}

/**
 * Checks credentials and opens a session; returns the cookie token with the session's public view.
 * `previousSession` is the session id the browser already had, if any: it is ended (rotation).
 * `loginLocale` is the login page's language: it becomes the user's own if they never chose one.
 */
export async function login(
  ctx: AppContext,
  username: string,
  password: string,
  address: string,
  previousSession: string | null = null,
  loginLocale?: Locale,
): Promise<{ token: string; response: SessionResponse; expiresAt: number }> {
  const now = ctx.now();
  const keys = throttleKeys(username, address);
  const decision = await beginAttempt(ctx, keys, now);
  if (!decision.check) {
    await auditFailure(ctx, username, address, `throttled:${decision.reason}`);
    throw new ThrottledError(decision.retryAfterSeconds);
  }
  const row = await findUserByUsername(ctx.database.db, username.trim());
  const cost = ctx.config.passwordHashCost;
  const valid = row
    ? await verifyPassword(password, row.password_hash)
    : await verifyPassword(password, await decoy(cost)).then(() => false);
  if (!row || !valid || row.disabled === 1) {
    await failedAttempt(ctx, keys, now);
    await auditFailure(
      ctx,
      username,
      address,
      !row ? 'unknown_user' : row.disabled ? 'disabled' : 'password',
    );
    throw new ApiError(401, 'invalid_credentials', 'Wrong username or password.');
  }
  await succeededAttempt(ctx, keys, now);
  // People administration shows when each user last signed in.
  await ctx.database.db.updateTable('users').set({ last_sign_in_at: now }).where('id', '=', row.id).execute();
  if (needsRehash(row.password_hash, cost)) {
    await ctx.database.db
      .updateTable('users')
      .set({ password_hash: await hashPassword(password, cost) })
      .where('id', '=', row.id)
      .execute();
  }
  if (previousSession) await deleteSession(ctx, previousSession);
  const { token, session } = await createSession(ctx, row.id);
  const adopted =
    loginLocale !== undefined && (await adoptLoginLocale(ctx.database.db, row.id, loginLocale, now));
  const current = adopted ? ((await findUserById(ctx.database.db, row.id)) ?? row) : row;
  const user = toUser(current, await deskIdsOf(ctx.database.db, row.id));
  await withEvents(ctx, userActor(user), async (_trx, emit) => {
    emit({ type: 'auth.signed_in', itemId: null, payload: { userId: user.id, address } });
  });
  return { token, response: { user, csrfToken: session.csrfToken }, expiresAt: session.expiresAt };
}

/**
 * Ends a session. The event lets every server instance end that user's open streams on this session at once
 * (each re-checks its own session when it hears it), rather than at its next heartbeat.
 */
export async function logout(ctx: AppContext, user: Pick<User, 'id' | 'displayName'>, sessionId: string) {
  await withEvents(ctx, userActor(user), async (trx, emit) => {
    await trx.deleteFrom('sessions').where('id', '=', sessionId).execute();
    emit({ type: 'auth.signed_out', itemId: null, payload: { userId: user.id } });
  });
}
