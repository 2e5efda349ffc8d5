import { hash } from 'node:crypto';

/**
 * SHA-256 of a string's UTF-8 bytes, as base64url: content hashes (a wire item's, a story's), stored token forms.
 * One-shot (`crypto.hash`, no Hash object per call): a re-poll hashes every item of the feed to find that none
 * changed, and creating the Hash object was a third of that hashing.
 */
export function sha256(text: string): string {
  return hash('sha256', text, 'base64url');
}
