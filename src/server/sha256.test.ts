import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { sha256, sha256Parts } from './sha256.ts';

it('gives the digests stored before it (SHA-256 of the UTF-8 bytes, base64url), whatever the text', () => {
  // Stored content hashes and token forms are compared with these: a different digest would make every stored
  // wire item look changed on its next poll, and every service token unknown.
  expect(sha256('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
  for (const text of [
    '',
    'زلزال بقوة 6 درجات يضرب طشقند',
    'emoji 😀 and a lone \ud800 surrogate',
    'x'.repeat(70_000),
  ])
    expect(sha256(text)).toBe(createHash('sha256').update(text).digest('base64url'));
});

it('hashes parts as the text they make together, bytes as their UTF-8 text', () => {
  expect(sha256Parts(['a', 'bc'])).toBe(sha256('abc'));
  expect(sha256Parts(['["x"]', new TextEncoder().encode('نص الخبر')])).toBe(sha256('["x"]نص الخبر'));
  expect(sha256Parts([])).toBe(sha256(''));
});
