/** Random secrets and their stored forms. */
import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { sha256 } from '../../sha256.ts';

/** A URL-safe random token with 256 bits of entropy. */
export function randomToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** The stored form of a session token: keyed with SESSION_SECRET so a copied table yields no usable cookie. */
export function sessionKey(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url');
}

/** The stored form of a service token (already high-entropy, so a plain hash suffices). */
export function tokenHash(token: string): string {
  return sha256(token);
}

/** Compares two strings in constant time. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

// No 0/o, 1/l/i: a one-time password is read off a screen and typed, or read out over the phone.
const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A one-time password an admin hands over: four groups of four readable characters (about 79 bits). */
export function oneTimePassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => READABLE[randomInt(READABLE.length)]).join(''),
  );
  return groups.join('-');
}
