import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from './fetch.ts';
import { readFeed } from './index.ts';
import { FeedError } from './wire-item.ts';

const FEED =
  '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>محلي</title><item><title>خبر</title></item></channel></rss>';
const ETAG = '"v1"';
const LAST_MODIFIED = 'Tue, 15 Jul 2024 10:30:00 GMT';
const MB = 1024 * 1024;

let server: http.Server;
let base: string;
/** Bytes the 50 MB endpoint managed to hand to the socket before the client hung up. */
let hugeBytesWritten = 0;
let hugeFinished: Promise<void> = Promise.resolve();

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
      default:
        res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
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
    const first = await fetchFeed(`${base}/feed`);
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
    expect(await fetchFeed(`${base}/feed`, { etag: first.etag })).toEqual({ status: 'not-modified' });
    expect(await fetchFeed(`${base}/feed`, { lastModified: first.lastModified })).toEqual({
      status: 'not-modified',
    });
  });

  it('decompresses gzip, deflate and brotli', async () => {
    for (const path of ['/gzip', '/deflate', '/br']) {
      const result = await fetchFeed(`${base}${path}`);
      if (result.status !== 'ok') throw new Error('expected a body');
      expect(Buffer.from(result.bytes).toString('utf8')).toBe(FEED);
    }
  });

  it('stops reading at the byte cap: a 50 MB stream costs about the cap, not 50 MB', async () => {
    const before = process.memoryUsage().arrayBuffers;
    expect(await codeOf(fetchFeed(`${base}/huge`, { maxBytes: 1 * MB }))).toMatch(/^feed\.too_large/);
    await hugeFinished;
    const grown = process.memoryUsage().arrayBuffers - before;
    console.log(
      `50 MB endpoint: server got ${(hugeBytesWritten / MB).toFixed(1)} MB out before the client hung up ` +
        `(cap 1 MB; the rest is socket buffers); arrayBuffers grew ${(grown / MB).toFixed(1)} MB`,
    );
    expect(hugeBytesWritten).toBeLessThan(16 * MB);
  });

  it('applies the cap after decompression (gzip bomb) and refuses a declared Content-Length over it', async () => {
    expect(await codeOf(fetchFeed(`${base}/gzip-bomb`, { maxBytes: 1 * MB }))).toMatch(/^feed\.too_large/);
    expect(await codeOf(fetchFeed(`${base}/declared-huge`, { maxBytes: 1 * MB }))).toMatch(
      /^feed\.too_large/,
    );
  });

  it('times out a server that stops sending, one that never answers, and one that drips', async () => {
    expect(await codeOf(fetchFeed(`${base}/slow-body`, { readTimeoutMs: 150 }))).toMatch(/^feed\.timeout/);
    expect(await codeOf(fetchFeed(`${base}/slow-headers`, { readTimeoutMs: 150 }))).toMatch(/^feed\.timeout/);
    // Each byte arrives within the idle timeout; only the total deadline stops it.
    expect(await codeOf(fetchFeed(`${base}/drip`, { readTimeoutMs: 150, totalTimeoutMs: 400 }))).toMatch(
      /^feed\.timeout/,
    );
  });

  it('follows relative redirects and stops a redirect loop at the bound', async () => {
    const moved = await fetchFeed(`${base}/moved`);
    expect(moved).toMatchObject({ status: 'ok', finalUrl: `${base}/feed` });
    expect(await codeOf(fetchFeed(`${base}/loop`))).toMatch(
      /^feed\.too_many_redirects: More than 5 redirects/,
    );
    expect(await codeOf(fetchFeed(`${base}/loop`, { maxRedirects: 2 }))).toMatch(/^feed\.too_many_redirects/);
  });

  it('refuses non-http(s) URLs, also as redirect targets', async () => {
    for (const url of ['ftp://127.0.0.1/feed', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url']) {
      expect(await codeOf(fetchFeed(url))).toMatch(/^feed\.bad_url/);
    }
    expect(await codeOf(fetchFeed(`${base}/to-file`))).toMatch(/^feed\.bad_url/);
  });

  it('reports HTTP errors with their status', async () => {
    expect(await codeOf(fetchFeed(`${base}/error`))).toMatch(/^feed\.http_status: HTTP 503/);
    expect(await codeOf(fetchFeed(`${base}/nothing-here`))).toMatch(/^feed\.http_status: HTTP 404/);
  });

  it('reports a refused connection as a network error', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await codeOf(fetchFeed(`http://127.0.0.1:${port}/feed`))).toMatch(
      /^feed\.network: .*ECONNREFUSED/,
    );
  });

  it('turns a request that cannot be sent (a stored ETag with a line break) into a FeedError', async () => {
    expect(await codeOf(fetchFeed(`${base}/feed`, { etag: '"v1"\r\nX-Injected: 1' }))).toMatch(
      /^feed\.network/,
    );
  });

  it('honours an abort signal', async () => {
    const controller = new AbortController();
    const pending = fetchFeed(`${base}/slow-headers`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await codeOf(pending)).toMatch(/^feed\.network: .*aborted/);
    expect(await codeOf(fetchFeed(`${base}/slow-headers`, { signal: AbortSignal.timeout(50) }))).toMatch(
      /^feed\.timeout/,
    );
  });
});
