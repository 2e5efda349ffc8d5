/**
 * What makes a username well-formed and a password strong enough: one rule each, used by the admin form (as a
 * hint while typing), the server (which refuses with the same reason) and the CLI.
 */

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]*$/i;
export const USERNAME_MIN = 2;
export const USERNAME_MAX = 64;

/** Whether a username is well-formed: 2–64 Latin letters, digits, dot, dash, underscore; starts with one of the first two. */
export function isWellFormedUsername(username: string): boolean {
  const name = username.trim();
  return name.length >= USERNAME_MIN && name.length <= USERNAME_MAX && USERNAME_PATTERN.test(name);
}

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;
/** Fewer different characters than this is a pattern ("aaaaaaaaaa", "1212121212"), not a password. */
const MIN_DISTINCT = 5;

export type PasswordProblem = 'too_short' | 'too_long' | 'contains_username' | 'too_simple';

/**
 * Why a password someone chose is too weak, or null. Length counts characters as a reader does (an Arabic
 * passphrase counts its letters, not its UTF-16 units).
 */
export function passwordProblem(password: string, username?: string): PasswordProblem | null {
  const characters = [...password];
  if (characters.length < PASSWORD_MIN) return 'too_short';
  if (characters.length > PASSWORD_MAX) return 'too_long';
  const name = username?.trim().toLowerCase();
  if (name && name.length >= 3 && password.toLowerCase().includes(name)) return 'contains_username';
  if (new Set(characters).size < MIN_DISTINCT) return 'too_simple';
  return null;
}
