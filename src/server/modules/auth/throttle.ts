/**
 * Login throttling per username and per client address, kept in the database so that several server
 * instances share the count. A fixed window: after `limit` failures within it, logins are refused with 429
 * until it ends, even with the right password.
 */
import { sql } from 'kysely';
import type { AppContext } from '../../context.ts';

export const LOGIN_WINDOW_MS = 15 * 60_000;
export const LIMIT_PER_USER = 5;
export const LIMIT_PER_ADDRESS = 20;

export interface ThrottleKeys {
  user: string;
  address: string;
}

export function throttleKeys(username: string, address: string): ThrottleKeys {
  return { user: `user:${username.trim().toLowerCase()}`, address: `ip:${address}` };
}

/** Seconds until a login may be tried again, or 0 when not throttled. */
export async function retryAfterSeconds(
  ctx: AppContext,
  keys: ThrottleKeys,
  now = Date.now(),
): Promise<number> {
  const rows = await ctx.database.db
    .selectFrom('login_failures')
    .selectAll()
    .where('key', 'in', [keys.user, keys.address])
    .where('window_start', '>', now - LOGIN_WINDOW_MS)
    .execute();
  let wait = 0;
  for (const row of rows) {
    const limit = row.key === keys.user ? LIMIT_PER_USER : LIMIT_PER_ADDRESS;
    if (row.failures >= limit)
      wait = Math.max(wait, Math.ceil((row.window_start + LOGIN_WINDOW_MS - now) / 1000));
  }
  return wait;
}

/** Counts a failed login against both keys (an upsert, so concurrent failures on several instances all count). */
export async function recordFailure(ctx: AppContext, keys: ThrottleKeys, now = Date.now()): Promise<void> {
  const expired = sql<boolean>`login_failures.window_start <= ${now - LOGIN_WINDOW_MS}`;
  for (const key of [keys.user, keys.address]) {
    await ctx.database.db
      .insertInto('login_failures')
      .values({ key, failures: 1, window_start: now })
      .onConflict((conflict) =>
        conflict.column('key').doUpdateSet({
          failures: sql`case when ${expired} then 1 else login_failures.failures + 1 end`,
          window_start: sql`case when ${expired} then ${now} else login_failures.window_start end`,
        }),
      )
      .execute();
  }
}

/** A successful login clears the user's count (the address keeps its own). */
export async function clearUserFailures(ctx: AppContext, keys: ThrottleKeys): Promise<void> {
  await ctx.database.db.deleteFrom('login_failures').where('key', '=', keys.user).execute();
}
