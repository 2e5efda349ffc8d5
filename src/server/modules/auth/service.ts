/** Signing in and out. Failures are generic (401) and throttled per user and per address (429). */
import type { SessionResponse } from '#shared/schemas/users.ts';
import type { AppContext } from '../../context.ts';
import { ApiError } from '../../http/errors.ts';
import { findUserByUsername, deskIdsOf, toUser } from '../users/repository.ts';
import { decoy, verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';
import { clearUserFailures, recordFailure, retryAfterSeconds, throttleKeys } from './throttle.ts';

export class ThrottledError extends ApiError {
  constructor(readonly retryAfter: number) {
    super(
      429,
      'too_many_attempts',
      `Too many failed sign-ins; try again in ${Math.ceil(retryAfter / 60)} minutes.`,
      {
        retryAfterSeconds: retryAfter,
      },
    );
  }
}

/** Checks credentials and opens a session; returns the cookie token with the session's public view. */
export async function login(
  ctx: AppContext,
  username: string,
  password: string,
  address: string,
): Promise<{ token: string; response: SessionResponse; expiresAt: number }> {
  const keys = throttleKeys(username, address);
  const wait = await retryAfterSeconds(ctx, keys);
  if (wait > 0) throw new ThrottledError(wait);
  const row = await findUserByUsername(ctx.database.db, username.trim());
  const valid = row
    ? await verifyPassword(password, row.password_hash)
    : await verifyPassword(password, await decoy()).then(() => false);
  if (!row || !valid || row.disabled === 1) {
    await recordFailure(ctx, keys);
    throw new ApiError(401, 'invalid_credentials', 'Wrong username or password.');
  }
  await clearUserFailures(ctx, keys);
  const { token, session } = await createSession(ctx, row.id);
  const user = toUser(row, await deskIdsOf(ctx.database.db, row.id));
  return { token, response: { user, csrfToken: session.csrfToken }, expiresAt: session.expiresAt };
}
