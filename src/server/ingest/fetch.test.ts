import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addressPolicy, AddressRefusedError, guardedLookup, nonPublicReason } from './address-guard.ts';
import { fetchFeed } from './fetch.ts';
import { readFeed } from './index.ts';
import { FeedError } from './wire-item.ts';

const FEED =
  '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>محلي</title><item><title>خبر</title></item></channel></rss>';
const ETAG = '"v1"';
const LAST_MODIFIED = 'Tue, 15 Jul 2024 10:30:00 GMT';
const MB = 1024 * 1024;
/** The test servers listen on 127.0.0.1, which the SSRF guard refuses unless told otherwise. */
const LOCAL = { allowPrivateAddresses: true } as const;

let server: http.Server;
let base: string;
/** A second server on 127.0.0.2 (another loopback address): the target of redirects the guard must refuse. */
let other: http.Server;
let otherPort = 0;
let otherHits = 0;
/** Bytes the 50 MB endpoint managed to hand to the socket before the client hung up. */
let hugeBytesWritten = 0;
let hugeFinished: Promise<void> = Promise.resolve();
/** Called when a request for /slow-headers has reached the server (a test waits for it). */
let slowHeadersArrived: () => void = () => {};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    switch (url.pathname) {
      case '/feed': {
        if (req.headers['if-none-match'] === ETAG || req.headers['if-modified-since'] === LAST_MODIFIED) {
          res.writeHead(304, { etag: ETAG }).end();
          return;
        }
        res.writeHead(200, {
          'content-type': 'application/rss+xml; charset=utf-8',
          etag: ETAG,
          'last-modified': LAST_MODIFIED,
        });
        res.end(FEED);
        return;
      }
      case '/gzip':
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
        res.end(zlib.gzipSync(FEED));
        return;
      case '/br':
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'br' });
        res.end(zlib.brotliCompressSync(FEED));
        return;
      case '/deflate':
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'deflate' });
        res.end(zlib.deflateSync(FEED));
        return;
      case '/gzip-bomb':
        // 50 MB of zeros compresses to about 50 KB: the cap must apply to the decompressed size.
        res.writeHead(200, { 'content-encoding': 'gzip' });
        res.end(zlib.gzipSync(Buffer.alloc(50 * MB)));
        return;
      case '/huge': {
        // 50 MB, streamed with back-pressure and no Content-Length: the client must stop reading at its cap.
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        hugeBytesWritten = 0;
        hugeFinished = new Promise((resolve) => {
          const pump = (): void => {
            while (hugeBytesWritten < 50 * MB) {
              if (res.destroyed) return resolve();
              hugeBytesWritten += chunk.length;
              if (!res.write(chunk)) return void res.once('drain', pump);
            }
            res.end();
            resolve();
          };
          res.on('close', () => resolve());
          pump();
        });
        return;
      }
      case '/declared-huge':
        res.writeHead(200, { 'content-length': String(50 * MB) });
        res.write('<rss>');
        return; // never finishes: the client must refuse on the header alone
      case '/slow-body':
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.write('<rss><channel>'); // then silence
        return;
      case '/slow-headers':
        slowHeadersArrived();
        return; // accept, never answer
      case '/drip': {
        res.writeHead(200, { 'content-type': 'text/xml' });
        const timer = setInterval(() => res.write(' '), 20);
        res.on('close', () => clearInterval(timer));
        return;
      }
      case '/loop':
        res.writeHead(302, { location: '/loop' }).end();
        return;
      case '/moved':
        res.writeHead(301, { location: 'sub/../feed' }).end(); // relative, resolved against /moved
        return;
      case '/to-file':
        res.writeHead(302, { location: 'file:///etc/passwd' }).end();
        return;
      case '/error':
        res.writeHead(503).end('busy');
        return;
      case '/arabic':
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-language': 'ar' });
        res.end(FEED);
        return;
      case '/to-other-loopback':
        res.writeHead(302, { location: `http://127.0.0.2:${otherPort}/feed` }).end();
        return;
      case '/to-metadata':
        res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
        return;
      case '/to-secret':
        // Relative, with secrets in its query: the message names it resolved, and redacted.
        res.writeHead(302, { location: '/feed?token=t0k3n-value&sig=s1g-value&lang=ar' }).end();
        return;

      default:
        res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  other = http.createServer((_req, res) => {
    otherHits++;
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.2', resolve));
  otherPort = (other.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  other.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await new Promise<void>((resolve) => other.close(() => resolve()));
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (err) {
    if (err instanceof FeedError) return `${err.code}: ${err.message}`;
    throw err;
  }
}

describe('fetchFeed', () => {
  it('returns the body with its validators, then 304 → not-modified on the conditional request', async () => {
    const first = await fetchFeed(`${base}/feed`, LOCAL);
    expect(first).toMatchObject({
      status: 'ok',
      etag: ETAG,
      lastModified: LAST_MODIFIED,
      finalUrl: `${base}/feed`,
    });
    if (first.status !== 'ok') throw new Error('unreachable');
    expect(first.contentType).toBe('application/rss+xml; charset=utf-8');
    expect(readFeed(first.bytes, { contentType: first.contentType, baseUrl: first.finalUrl }).title).toBe(
      'محلي',
    );
    expect(await fetchFeed(`${base}/feed`, { ...LOCAL, etag: first.etag })).toEqual({
      status: 'not-modified',
    });
    expect(await fetchFeed(`${base}/feed`, { ...LOCAL, lastModified: first.lastModified })).toEqual({
      status: 'not-modified',
    });
  });

  it('decompresses gzip, deflate and brotli', async () => {
    for (const path of ['/gzip', '/deflate', '/br']) {
      const result = await fetchFeed(`${base}${path}`, LOCAL);
      if (result.status !== 'ok') throw new Error('expected a body');
      expect(Buffer.from(result.bytes).toString('utf8')).toBe(FEED);
    }
  });

  it('stops reading at the byte cap: a 50 MB stream costs about the cap, not 50 MB', async () => {
    const before = process.memoryUsage().arrayBuffers;
    expect(await codeOf(fetchFeed(`${base}/huge`, { ...LOCAL, maxBytes: 1 * MB }))).toMatch(
      /^feed\.too_large/,
    );
    await hugeFinished;
    const grown = process.memoryUsage().arrayBuffers - before;
    console.log(
      `50 MB endpoint: server got ${(hugeBytesWritten / MB).toFixed(1)} MB out before the client hung up ` +
        `(cap 1 MB; the rest is socket buffers); arrayBuffers grew ${(grown / MB).toFixed(1)} MB`,
    );
    expect(hugeBytesWritten).toBeLessThan(16 * MB);
  });

  it('applies the cap after decompression (gzip bomb) and refuses a declared Content-Length over it', async () => {
    expect(await codeOf(fetchFeed(`${base}/gzip-bomb`, { ...LOCAL, maxBytes: 1 * MB }))).toMatch(
      /^feed\.too_large/,
    );
    expect(await codeOf(fetchFeed(`${base}/declared-huge`, { ...LOCAL, maxBytes: 1 * MB }))).toMatch(
      /^feed\.too_large/,
    );
  });

  it('times out a server that stops sending, one that never answers, and one that drips', async () => {
    expect(await codeOf(fetchFeed(`${base}/slow-body`, { ...LOCAL, readTimeoutMs: 150 }))).toMatch(
      /^feed\.timeout/,
    );
    expect(await codeOf(fetchFeed(`${base}/slow-headers`, { ...LOCAL, readTimeoutMs: 150 }))).toMatch(
      /^feed\.timeout/,
    );
    // Each byte arrives within the idle timeout; only the total deadline stops it.
    expect(
      await codeOf(fetchFeed(`${base}/drip`, { ...LOCAL, readTimeoutMs: 150, totalTimeoutMs: 400 })),
    ).toMatch(/^feed\.timeout/);
  });

  it('follows relative redirects and stops a redirect loop at the bound', async () => {
    const moved = await fetchFeed(`${base}/moved`, LOCAL);
    expect(moved).toMatchObject({ status: 'ok', finalUrl: `${base}/feed` });
    expect(await codeOf(fetchFeed(`${base}/loop`, LOCAL))).toMatch(
      /^feed\.too_many_redirects: More than 5 redirects/,
    );
    expect(await codeOf(fetchFeed(`${base}/loop`, { ...LOCAL, maxRedirects: 2 }))).toMatch(
      /^feed\.too_many_redirects/,
    );
  });

  it('refuses non-http(s) URLs, also as redirect targets', async () => {
    for (const url of ['ftp://127.0.0.1/feed', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url']) {
      expect(await codeOf(fetchFeed(url))).toMatch(/^feed\.bad_url/);
    }
    expect(await codeOf(fetchFeed(`${base}/to-file`, LOCAL))).toMatch(/^feed\.bad_url/);
  });

  it('reports HTTP errors with their status', async () => {
    expect(await codeOf(fetchFeed(`${base}/error`, LOCAL))).toMatch(/^feed\.http_status: HTTP 503/);
    expect(await codeOf(fetchFeed(`${base}/nothing-here`, LOCAL))).toMatch(/^feed\.http_status: HTTP 404/);
  });

  it('reports a refused connection as a network error', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await codeOf(fetchFeed(`http://127.0.0.1:${port}/feed`, LOCAL))).toMatch(
      /^feed\.network: .*ECONNREFUSED/,
    );
  });

  it('turns a request that cannot be sent (a stored ETag with a line break) into a FeedError', async () => {
    expect(await codeOf(fetchFeed(`${base}/feed`, { ...LOCAL, etag: '"v1"\r\nX-Injected: 1' }))).toMatch(
      /^feed\.network/,
    );
  });

  it('honours an abort signal', async () => {
    const controller = new AbortController();
    const arrived = new Promise<void>((resolve) => (slowHeadersArrived = resolve));
    const pending = fetchFeed(`${base}/slow-headers`, { ...LOCAL, signal: controller.signal });
    // Aborted mid-request: the server has the request and is not answering.
    await arrived;
    controller.abort();
    expect(await codeOf(pending)).toMatch(/^feed\.network: .*aborted/);
    expect(
      await codeOf(fetchFeed(`${base}/slow-headers`, { ...LOCAL, signal: AbortSignal.timeout(50) })),
    ).toMatch(/^feed\.timeout/);
  });
});

describe('fetchFeed: secrets in the address', () => {
  const secrets = /wire-user|s3cret-pass|k3y-value|t0k3n-value|s1g-value/;

  it('never puts credentials or secret parameters into an error message', async () => {
    const secret = (path: string) =>
      `${base.replace('//', '//wire-user:s3cret-pass@')}${path}?apikey=k3y-value&lang=ar`;
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const controller = new AbortController();
    controller.abort();
    const messages = [
      // An HTTP error names the address it came from.
      await codeOf(fetchFeed(secret('/nothing-here'), LOCAL)),
      // A redirect loop names where the last redirect went: here a relative Location with secrets of its own.
      await codeOf(fetchFeed(secret('/to-secret'), { ...LOCAL, maxRedirects: 0 })),
      // Network errors (refused here; DNS failures take the same path) name the address.
      await codeOf(
        fetchFeed(`http://wire-user:s3cret-pass@127.0.0.1:${closedPort}/?apikey=k3y-value`, LOCAL),
      ),
      await codeOf(fetchFeed(secret('/slow-headers'), { ...LOCAL, signal: controller.signal })),
      // Not a URL at all: what looks like credentials is taken out all the same.
      await codeOf(fetchFeed('http://wire-user:s3cret-pass@[not-a-host/feed?apikey=k3y-value')),
    ];
    expect(messages[0]).toBe(
      `feed.http_status: HTTP 404 from ${base.replace('//', '//***:***@')}/nothing-here?apikey=***&lang=ar.`,
    );
    expect(messages[1]).toBe(
      // A relative Location keeps the user and password of the address it is resolved against.
      `feed.too_many_redirects: More than 0 redirects, last to ${base.replace('//', '//***:***@')}/feed?token=***&sig=***&lang=ar.`,
    );
    expect(messages[2]).toMatch(
      /^feed\.network: Network error for http:\/\/\*\*\*:\*\*\*@127\.0\.0\.1:\d+\/\?apikey=\*\*\*: ECONNREFUSED$/,
    );
    expect(messages[3]).toMatch(/^feed\.network: Fetch of http:\/\/\*\*\*:\*\*\*@.* was aborted\.$/);
    expect(messages[4]).toBe('feed.bad_url: Not a URL: http://***@[not-a-host/feed');
    for (const message of messages) expect(message).not.toMatch(secrets);
  });

  it('fails with the FeedError an abort gives as its reason (a poll deadline), redacted like the rest', async () => {
    const controller = new AbortController();
    const arrived = new Promise<void>((resolve) => (slowHeadersArrived = resolve));
    const pending = fetchFeed(`${base}/slow-headers`, { ...LOCAL, signal: controller.signal });
    await arrived;
    controller.abort(
      new FeedError('feed.timeout', 'Past the deadline of http://u:s3cret-pass@wire.example/x.'),
    );
    expect(await codeOf(pending)).toBe('feed.timeout: Past the deadline of http://***:***@wire.example/x.');
  });
});

describe('fetchFeed: Content-Language', () => {
  it('returns the header, and readFeed takes it as the language when the document names none', async () => {
    const result = await fetchFeed(`${base}/arabic`, LOCAL);
    if (result.status !== 'ok') throw new Error('expected a body');
    expect(result.contentLanguage).toBe('ar');
    const feed = readFeed(result.bytes, {
      contentType: result.contentType,
      language: result.contentLanguage,
    });
    expect(feed.language).toBe('ar');
    expect(feed.items[0]!.language).toBe('ar');
    const plain = await fetchFeed(`${base}/feed`, LOCAL);
    expect(plain.status === 'ok' && plain.contentLanguage).toBeNull();
    // The document's own language wins; a list of languages says nothing about the items.
    const english = new TextEncoder().encode(
      '<rss><channel><language>en</language><item><title>x</title></item></channel></rss>',
    );
    expect(readFeed(english, { language: 'ar' }).language).toBe('en');
    const none = new TextEncoder().encode('<rss><channel><item><title>x</title></item></channel></rss>');
    expect(readFeed(none, { language: 'ar, en' }).language).toBeNull();
    expect(readFeed(none, { language: ' ar-sa ' }).items[0]!.language).toBe('ar-SA');
    expect(readFeed(none, { language: 'not a tag!' }).language).toBeNull();
  });
});

function lookupOf(allow: boolean): Promise<unknown> {
  return new Promise<unknown>((resolve) =>
    guardedLookup(addressPolicy({ allowPrivateAddresses: allow, allowedNetworks: [] }))(
      'localhost',
      { all: true },
      (error, addresses) => resolve(error ?? addresses),
    ),
  );
}

describe('fetchFeed: SSRF guard (allowPrivateAddresses off by default)', () => {
  it('refuses loopback by address and by name, before sending anything', async () => {
    expect(await codeOf(fetchFeed(`${base}/feed`))).toMatch(
      /^feed\.address_refused: Refused to fetch from 127\.0\.0\.1: loopback/,
    );
    expect(await codeOf(fetchFeed(`http://localhost:${otherPort}/feed`))).toMatch(
      /^feed\.address_refused: Refused to fetch from localhost \((127\.0\.0\.1|::1)\): loopback/,
    );
    expect(await codeOf(fetchFeed(`http://[::1]:${otherPort}/feed`))).toMatch(
      /^feed\.address_refused: .*loopback/,
    );
    // Spellings the URL parser turns into loopback: hex, a single integer, IPv4-mapped IPv6.
    for (const url of ['http://0x7f.1/', 'http://2130706433/', 'http://[::ffff:127.0.0.2]/'])
      expect(await codeOf(fetchFeed(url))).toMatch(/^feed\.address_refused: .*loopback/);
    expect(otherHits).toBe(0);
  });

  it('refuses private, link-local (cloud metadata), unspecified and multicast addresses without connecting', async () => {
    const cases: Array<[string, RegExp]> = [
      ['http://10.1.2.3/feed', /private \(RFC 1918\)/],
      ['http://192.168.0.10/feed', /private \(RFC 1918\)/],
      ['http://172.20.0.1/feed', /private \(RFC 1918\)/],
      ['http://169.254.169.254/latest/meta-data/', /link-local \(incl\. cloud metadata/],
      ['http://0.0.0.0/feed', /unspecified/],
      ['http://224.0.0.1/feed', /multicast/],
      ['http://[fd12:3456::1]/feed', /unique local/],
      ['http://[fe80::1]/feed', /link-local/],
      ['https://100.100.100.200/feed', /shared address space/],
    ];
    // Refused before any request is made (a connection attempt to these would hang here: no route).
    const requests = [vi.spyOn(http, 'request'), vi.spyOn(https, 'request')];
    try {
      for (const [url, reason] of cases) {
        const code = await codeOf(fetchFeed(url));
        expect(code, url).toMatch(/^feed\.address_refused: Refused to fetch/);
        expect(code, url).toMatch(reason);
      }
      for (const request of requests) expect(request).not.toHaveBeenCalled();
    } finally {
      for (const request of requests) request.mockRestore();
    }
  });

  it('checks every redirect hop: an allowed host redirecting to a private one is refused', async () => {
    // Only 127.0.0.1 itself is allowed (as a desk might allow its own wire server); 127.0.0.2 is not.
    const onlyFirst = { allowedPrivateNetworks: ['127.0.0.1/32'] };
    expect(await fetchFeed(`${base}/feed`, onlyFirst)).toMatchObject({ status: 'ok' });
    expect(await codeOf(fetchFeed(`${base}/to-other-loopback`, onlyFirst))).toMatch(
      /^feed\.address_refused: Refused to fetch from 127\.0\.0\.2: loopback/,
    );
    expect(await codeOf(fetchFeed(`${base}/to-metadata`, onlyFirst))).toMatch(
      /^feed\.address_refused: Refused to fetch from 169\.254\.169\.254/,
    );
    expect(otherHits).toBe(0);
    // With private addresses allowed the same redirect is followed.
    expect(await fetchFeed(`${base}/to-other-loopback`, LOCAL)).toMatchObject({
      status: 'ok',
      finalUrl: `http://127.0.0.2:${otherPort}/feed`,
    });
    expect(otherHits).toBe(1);
  });

  it('connects to the very addresses it checked: the lookup answers with them or refuses the name', async () => {
    expect(await lookupOf(false)).toBeInstanceOf(AddressRefusedError);
    const allowed = (await lookupOf(true)) as Array<{ address: string }>;
    expect(allowed.map((entry) => entry.address)).toContain('127.0.0.1');
  });

  it('classifies addresses, including IPv6 forms that embed IPv4', () => {
    for (const address of [
      '8.8.8.8',
      '1.1.1.1',
      '2a00:1450:4001::200e',
      '64:ff9b::808:808',
      '2002:808:808::1',
    ])
      expect(nonPublicReason(address), address).toBeNull();
    for (const address of [
      '127.0.0.1',
      '10.0.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '255.255.255.255',
      '239.1.1.1',
      '::',
      '::1',
      'fc00::1',
      'fdff::1',
      'fe80::1',
      'ff02::1',
      '::ffff:169.254.169.254',
      '::ffff:a9fe:a9fe',
      '::127.0.0.1',
      '64:ff9b::7f00:1',
      '2002:c0a8:101::1',
      '2001:db8::1',
    ])
      expect(nonPublicReason(address), address).not.toBeNull();
  });
});
