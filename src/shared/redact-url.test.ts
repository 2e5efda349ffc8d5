import { describe, expect, it } from 'vitest';
import { sameFeedAddress } from './feed-address.ts';
import { redactUrl, redactUrlsIn, restoreRedacted } from './redact-url.ts';

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

describe('an address edited from its redacted form', () => {
  const stored = 'https://wire:pa%3Ass@agency.example/feed?apikey=SE%2BCRET&lang=ar&q=a%20b';

  it('takes back each hidden secret the stored address has, as it was written', () => {
    const shown = redactUrl(stored);
    expect(restoreRedacted(shown.replace('/feed', '/v2/feed'), stored)).toBe(
      'https://wire:pa%3Ass@agency.example/v2/feed?apikey=SE%2BCRET&lang=ar&q=a%20b',
    );
    expect(restoreRedacted('https://***:***@agency.example/feed?apikey=NEW', stored)).toBe(
      'https://wire:pa%3Ass@agency.example/feed?apikey=NEW',
    );
    expect(restoreRedacted('https://other.example/feed', stored)).toBe('https://other.example/feed');
  });

  it('refuses *** where nothing is kept to put back, or on another host: a secret goes where it was given', () => {
    expect(restoreRedacted('https://***:***@agency.example/feed', 'https://agency.example/feed')).toBeNull();
    expect(restoreRedacted('https://agency.example/feed?token=***', stored)).toBeNull();
    const shown = redactUrl(stored);
    expect(restoreRedacted(shown.replace('agency.example', 'evil.example'), stored)).toBeNull();
    expect(restoreRedacted(shown.replace('https:', 'http:'), stored)).toBeNull();
    expect(restoreRedacted(shown.replace('agency.example', 'agency.example:8443'), stored)).toBeNull();
  });

  it('shows the other parameters as written, and a repeated secret one by one', () => {
    const spelled = 'https://agency.example/f?key=A&q=a%20b&s=~x&t=a/b&key=B';
    expect(redactUrl(spelled)).toBe('https://agency.example/f?key=***&q=a%20b&s=~x&t=a/b&key=***');
    expect(restoreRedacted(redactUrl(spelled).replace('/f?', '/g?'), spelled)).toBe(
      'https://agency.example/g?key=A&q=a%20b&s=~x&t=a/b&key=B',
    );
  });
});

describe('one feed, however its address is spelled', () => {
  it('reads the address as the URL standard does, less the fragment', () => {
    for (const spelling of [
      'HTTP://Agency.Example/feed.xml',
      'http://agency.example:80/./feed.xml',
      'http://agency.example/feed.xml#latest',
    ])
      expect(sameFeedAddress(spelling)).toBe('http://agency.example/feed.xml');
    expect(sameFeedAddress('http://0x7f000001:8080/f')).toBe('http://127.0.0.1:8080/f');
    expect(sameFeedAddress('https://agency.example/feed.xml')).not.toBe(
      sameFeedAddress('http://agency.example/feed.xml'),
    );
  });
});
