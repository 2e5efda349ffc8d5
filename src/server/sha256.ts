import { createHash, hash } from 'node:crypto';

/**
 * SHA-256 of a string's UTF-8 bytes, as base64url: content hashes (a wire item's, a story's), stored token forms.
 * One-shot (`crypto.hash`, no Hash object per call): a re-poll hashes every item of the feed to find that none
 * changed, and creating the Hash object was a third of that hashing.
 */
export function sha256(text: string): string {
  return hash('sha256', text, 'base64url');
}

/**
 * SHA-256 of parts taken one after the other (strings as UTF-8), as base64url, without joining them first: a
 * fetched feed's body (up to the feed size limit) behind the headers it is read with (poller.ts).
 */
export function sha256Parts(parts: ReadonlyArray<string | Uint8Array>): string {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part);
  return digest.digest('base64url');
}
