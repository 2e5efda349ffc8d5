/**
 * Sign-in throttling that resists guessing without locking anyone out, kept in the database so that every
 * instance shares it.
 *
 * Each attempt is counted BEFORE its password is checked, by one atomic upsert per key that returns the new
 * count: of a thousand concurrent guesses, only those the allowance covers are ever checked. Three keys:
 * - account × address: 5 attempts free, then a progressive delay (2 s, 4 s, 8 s … up to 15 minutes) before the
 *   next one is checked; other addresses are not affected, so the real user elsewhere still signs in;
 * - address: 100 failed attempts an hour over all accounts (an office behind one NAT address is many people,
 *   and a successful sign-in gives its attempt back);
 * - account: past 100 failed attempts in an hour the account is under attack, and only addresses it has
 *   signed in from before (within 90 days) are still checked.
 * A success clears the account × address count and remembers the address for the account.
 *
 * Guesses an attacker gets per account: from one address about 16 an hour; from any number of addresses at
 * most about 100 an hour (after which only known addresses are heard).
 */
import { sql } from 'kysely';
import type { AppContext } from '../../context.ts';

export const PAIR_FREE_ATTEMPTS = 5;
export const ADDRESS_ATTEMPTS_PER_HOUR = 100;
export const ACCOUNT_FAILURES_BEFORE_KNOWN_ONLY = 100;
export const MAX_DELAY_MS = 15 * 60_000;
const WINDOW_MS = 3_600_000;
const KNOWN_FOR_MS = 90 * 24 * 3_600_000;

export interface ThrottleKeys {
  pair: string;
  address: string;
  account: string;
}

export function throttleKeys(username: string, address: string): ThrottleKeys {
  const user = username.trim().toLowerCase();
  return { pair: `pair:${user}|ip:${address}`, address: `ip:${address}`, account: `user:${user}` };
}

/** The delay after the n-th attempt under one account × address, once the free ones are used. */
export function delayAfter(attempts: number): number {
  if (attempts < PAIR_FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, 1_000 * 2 ** (attempts - PAIR_FREE_ATTEMPTS + 1));
}

interface Counted {
  attempts: number;
  blockedUntil: number;
  windowStart: number;
}

/** Counts one attempt under the key (a window restarts when it is an hour old) and returns the new state. */
async function count(ctx: AppContext, key: string, now: number): Promise<Counted> {
  const expired = sql<boolean>`login_failures.window_start <= ${now - WINDOW_MS}`;
  const row = await ctx.database.db
    .insertInto('login_failures')
    .values({ key, failures: 1, window_start: now, blocked_until: 0 })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet({
        failures: sql`case when ${expired} then 1 else login_failures.failures + 1 end`,
        window_start: sql`case when ${expired} then ${now} else login_failures.window_start end`,
        blocked_until: sql`case when ${expired} then 0 else login_failures.blocked_until end`,
      }),
    )
    .returning(['failures', 'blocked_until', 'window_start'])
    .executeTakeFirstOrThrow();
  return {
    attempts: row.failures,
    blockedUntil: Number(row.blocked_until),
    windowStart: Number(row.window_start),
  };
}

export type AttemptDecision = { check: true } | { check: false; retryAfterSeconds: number; reason: string };

/** Counts the attempt under every key and says whether its password may be checked. */
export async function beginAttempt(
  ctx: AppContext,
  keys: ThrottleKeys,
  now: number,
): Promise<AttemptDecision> {
  const [pair, address, account] = await Promise.all([
    count(ctx, keys.pair, now),
    count(ctx, keys.address, now),
    // The account's own count grows only with failures (see failedAttempt); read it here.
    ctx.database.db
      .selectFrom('login_failures')
      .select(['failures', 'window_start'])
      .where('key', '=', keys.account)
      .executeTakeFirst(),
  ]);
  const wait = (until: number) => ({ retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) });
  if (pair.blockedUntil > now) return { check: false, reason: 'delay', ...wait(pair.blockedUntil) };
  if (pair.attempts > PAIR_FREE_ATTEMPTS && pair.blockedUntil === 0) {
    // Counted past the free attempts by concurrent guesses before any delay was set: wait the first delay.
    return { check: false, reason: 'delay', ...wait(now + delayAfter(pair.attempts - 1)) };
  }
  if (address.attempts > ADDRESS_ATTEMPTS_PER_HOUR)
    return { check: false, reason: 'address', ...wait(address.windowStart + WINDOW_MS) };
  const hot =
    account !== undefined &&
    Number(account.window_start) > now - WINDOW_MS &&
    account.failures >= ACCOUNT_FAILURES_BEFORE_KNOWN_ONLY;
  if (hot && !(await knownAddress(ctx, keys, now)))
    return { check: false, reason: 'account', ...wait(Number(account.window_start) + WINDOW_MS) };
  return { check: true };
}

async function knownAddress(ctx: AppContext, keys: ThrottleKeys, now: number): Promise<boolean> {
  const row = await ctx.database.db
    .selectFrom('login_known')
    .select('last_success_at')
    .where('key', '=', `${keys.account}|${keys.address}`)
    .executeTakeFirst();
  return row !== undefined && Number(row.last_success_at) > now - KNOWN_FOR_MS;
}

/** A checked attempt failed: the next one from this address waits (progressively), the account counts it. */
export async function failedAttempt(ctx: AppContext, keys: ThrottleKeys, now: number): Promise<void> {
  const pair = await ctx.database.db
    .selectFrom('login_failures')
    .select('failures')
    .where('key', '=', keys.pair)
    .executeTakeFirst();
  const delay = delayAfter(pair?.failures ?? 0);
  if (delay > 0)
    await ctx.database.db
      .updateTable('login_failures')
      .set({ blocked_until: now + delay })
      .where('key', '=', keys.pair)
      .execute();
  await count(ctx, keys.account, now);
}

/** A success clears this address's count for the account and remembers the address. */
export async function succeededAttempt(ctx: AppContext, keys: ThrottleKeys, now: number): Promise<void> {
  await ctx.database.db.deleteFrom('login_failures').where('key', '=', keys.pair).execute();
  // The address's allowance is for guesses: a right password gives its attempt back, so a newsroom behind one
  // address can sign in all morning (it was counted first only so that concurrent guesses cannot overrun it).
  await ctx.database.db
    .updateTable('login_failures')
    .set({ failures: sql`case when failures > 0 then failures - 1 else 0 end` })
    .where('key', '=', keys.address)
    .execute();
  const key = `${keys.account}|${keys.address}`;
  await ctx.database.db
    .insertInto('login_known')
    .values({ key, last_success_at: now })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ last_success_at: now }))
    .execute();
}
