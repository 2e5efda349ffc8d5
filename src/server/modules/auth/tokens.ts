/** Random secrets and their stored forms. */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

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
  return createHash('sha256').update(token).digest('base64url');
}

/** Compares two strings in constant time. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
