import { describe, expect, it } from 'vitest';
import { isWellFormedUsername, passwordProblem } from './credentials.ts';

describe('usernames', () => {
  it('takes Latin letters, digits, dot, dash and underscore, starting with a letter or digit', () => {
    expect(isWellFormedUsername('layla')).toBe(true);
    expect(isWellFormedUsername('l.haddad_2')).toBe(true);
    expect(isWellFormedUsername('ليلى')).toBe(false);
    expect(isWellFormedUsername('-layla')).toBe(false);
    expect(isWellFormedUsername('lay la')).toBe(false);
    expect(isWellFormedUsername('l')).toBe(false);
    expect(isWellFormedUsername('a'.repeat(65))).toBe(false);
  });
});

describe('password strength', () => {
  it('names the first reason a password is too weak', () => {
    expect(passwordProblem('short')).toBe('too_short');
    expect(passwordProblem('x'.repeat(257))).toBe('too_long');
    expect(passwordProblem('layla-2026-spring', 'layla')).toBe('contains_username');
    expect(passwordProblem('1212121212')).toBe('too_simple');
    expect(passwordProblem('correct horse battery', 'layla')).toBeNull();
  });

  it('counts an Arabic passphrase by its letters', () => {
    // Ten Arabic letters: ten characters, whatever their encoding.
    expect(passwordProblem('كلمة سر قوية')).toBeNull();
    expect(passwordProblem('كلمة سر')).toBe('too_short');
  });
});
