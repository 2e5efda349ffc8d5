/**
 * Password hashing with node:crypto scrypt at OWASP's parameters (N = 2^17, r = 8, p = 1). The parameters travel
 * with each hash, so a hash made with older ones still verifies, and is rehashed at the next sign-in.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEY_LENGTH = 32;
/** OWASP's scrypt recommendation: log2(N) = 17 with r = 8, p = 1 (128 MiB per hash). */
export const DEFAULT_COST = 17;
const R = 8;
const P = 1;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  // 128 × N × r bytes are needed; allow twice that.
  const maxmem = 256 * (options.N ?? 0) * (options.r ?? R) + 1_048_576;
  return new Promise((resolve, reject) =>
    scryptCallback(password, salt, KEY_LENGTH, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** Hashes a password as `scrypt$N$r$p$salt$key` (base64url parts); `cost` is log2(N). */
export async function hashPassword(password: string, cost: number = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16);
  const N = 2 ** cost;
  const key = await scrypt(password, salt, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Checks a password against a stored hash in constant time; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const N = Number(n);
  if (!Number.isInteger(N) || N < 2 || N > 2 ** 20) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), { N, r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Whether a stored hash was made with weaker parameters than `cost` asks for (rehash it at sign-in). */
export function needsRehash(stored: string, cost: number): boolean {
  const [scheme, n, r, p] = stored.split('$');
  return scheme !== 'scrypt' || Number(n) < 2 ** cost || Number(r) < R || Number(p) < P;
}

// Verified against when the username does not exist, so a wrong username costs the same time as a wrong password.
const decoys = new Map<number, Promise<string>>();
/** A fixed hash at this cost to verify against for unknown users (timing parity). */
export function decoy(cost: number = DEFAULT_COST): Promise<string> {
  let hash = decoys.get(cost);
  if (!hash) decoys.set(cost, (hash = hashPassword(randomBytes(16).toString('hex'), cost)));
  return hash;
}
