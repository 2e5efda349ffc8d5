import { describe, expect, it } from 'vitest';
import { linkAddress } from './link-address.ts';

describe('the link dialog address check', () => {
  it('accepts absolute addresses with the policy schemes', () => {
    expect(linkAddress(' https://example.com/a?b=1 ')).toBe('https://example.com/a?b=1');
    expect(linkAddress('mailto:desk@example.com')).toBe('mailto:desk@example.com');
    expect(linkAddress('tel:+96550000000')).toBe('tel:+96550000000');
  });

  it('forgives a bare host (https) and a bare address (mailto)', () => {
    expect(linkAddress('example.com/news')).toBe('https://example.com/news');
    expect(linkAddress('www.aljazeera.net')).toBe('https://www.aljazeera.net/');
    expect(linkAddress('desk@example.com')).toBe('mailto:desk@example.com');
  });

  it('refuses what a story may not link to', () => {
    for (const input of [
      '',
      'javascript:alert(1)',
      'data:text/html,x',
      '/relative',
      'ftp://x.test',
      'كلمة',
      'localhost',
    ])
      expect(linkAddress(input), input).toBeNull();
  });
});
