import { describe, expect, it } from 'vitest';
import { redactUrl, redactUrlsIn } from './redact-url.ts';

describe('feed addresses without their secrets', () => {
  it('redacts credentials and secret-looking parameters, keeps the rest', () => {
    expect(redactUrl('https://user:pass@wire.example/feed.xml?apikey=abc123&lang=ar')).toBe(
      'https://***:***@wire.example/feed.xml?apikey=***&lang=ar',
    );
    expect(redactUrl('https://wire.example/rss?token=t&Signature=s&page=2')).toBe(
      'https://wire.example/rss?token=***&Signature=***&page=2',
    );
    expect(redactUrl('https://wire.example/rss')).toBe('https://wire.example/rss');
    expect(redactUrl('not a url //user:pw@host')).toBe('not a url //***@host');
    expect(redactUrl('wire.example/rss?apikey=k1&lang=ar')).toBe('wire.example/rss?apikey=***&lang=ar');
  });

  it('redacts every address inside a message', () => {
    expect(redactUrlsIn('HTTP 404 from https://u:p@wire.example/f?key=k.')).toBe(
      'HTTP 404 from https://***:***@wire.example/f?key=***.',
    );
  });
});
