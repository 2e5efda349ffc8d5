/**
 * What every request goes through before a handler sees it, alike on both databases: who is asking (before the
 * body is read), the allowances, the body's depth, ids in range, and one rule for control characters.
 */
import { connect, type Socket } from 'node:net';
import { beforeAll, expect, it } from 'vitest';
import { MAX_ID } from '#shared/schemas/common.ts';
import type { Item } from '#shared/schemas/items.ts';
import { describeEachDatabase, type Client } from '../../test-support/harness.ts';
import { ingestItems, wireItem } from '../../test-support/wire-items.ts';
import { jsonDepthExceeds } from './json-body.ts';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

interface RawResponse {
  status: number;
  head: string;
}

/**
 * A bare HTTP/1.1 connection, to see what a socket sees (inject has none): the responses read so far, and a wait
 * for the next `count` that fails if the server closes or resets the connection first.
 */
function rawConnection(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  let received = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => (received = Buffer.concat([received, chunk])));
  const responses = (): RawResponse[] => {
    const found: RawResponse[] = [];
    for (let at = 0; ;) {
      const headEnd = received.indexOf('\r\n\r\n', at);
      if (headEnd < 0) return found;
      const head = received.subarray(at, headEnd).toString('latin1');
      const length = Number(/^content-length: *(\d+)/im.exec(head)?.[1] ?? 0);
      if (received.length < headEnd + 4 + length) return found;
      found.push({ status: Number(head.split(' ')[1]), head });
      at = headEnd + 4 + length;
    }
  };
  const waitForResponses = (count: number) =>
    new Promise<RawResponse[]>((resolve, reject) => {
      const check = () => {
        if (responses().length < count) return;
        socket.off('data', check).off('close', closed);
        resolve(responses());
      };
      const closed = () => reject(new Error(`connection closed after ${responses().length} responses`));
      socket.on('data', check).on('close', closed);
      check();
    });
  const ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.on('error', () => {}); // a reset shows as 'close' before the responses waited for
  return { socket, waitForResponses, ended };
}

describeEachDatabase(
  'request guards',
  (env) => {
    let editor: Client;
    let reviewer: Client;

    let port: number;

    beforeAll(async () => {
      editor = await env().signIn('guard-editor', ['editor']);
      reviewer = await env().signIn('guard-reviewer', ['reviewer']);
      await env().app.listen({ port: 0, host: '127.0.0.1' });
      port = (env().app.server.address() as { port: number }).port;
    });

    it('refuses a stranger before reading the body: a deep body from nobody is 401, not parsed', async () => {
      const response = await env().app.inject({
        method: 'POST',
        url: '/api/items/1/comments',
        headers: { 'content-type': 'application/json' },
        payload: nested(100_000),
      });
      expect(response.statusCode).toBe(401);
    });

    it('refuses a sign-in body bigger than any real one before reading it; the longest real one is answered', async () => {
      const flood = await env().app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { 'content-type': 'application/json' },
        payload: nested(500_000),
      });
      expect(flood.statusCode).toBe(413);
      expect(flood.json().error.code).toBe('payload_too_large');
      // The longest real request still fits: a 64-character name and a 256-character password, all escaped.
      const longest = JSON.stringify({
        username: 'u'.repeat(64),
        password: '\u{1F600}'.repeat(128),
        locale: 'ar',
      }).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
      const answered = await env().app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { 'content-type': 'application/json' },
        payload: longest,
      });
      expect(answered.statusCode).toBe(401);
    });

    it('delivers the 413 of a body refused unread over a real socket, and keeps the connection for the next request', async () => {
      // Answering before the body is read and then closing made the kernel reset the connection while the client
      // was still sending; the reset could overtake the 413 (the attack suite's client saw EPIPE, 1 in 100).
      const body = Buffer.from(nested(524_288));
      const { socket, waitForResponses } = rawConnection(port);
      socket.write(
        `POST /api/session HTTP/1.1\r\nHost: desk\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
      );
      socket.write(body.subarray(0, 65_536));
      const [refused] = await waitForResponses(1);
      expect(refused!.status).toBe(413);
      expect(refused!.head).not.toMatch(/^connection: *close/im);
      // The client goes on sending what it announced, then asks again on the same connection.
      socket.write(body.subarray(65_536));
      socket.write(
        'POST /api/session HTTP/1.1\r\nHost: desk\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello',
      );
      socket.write('GET /healthz HTTP/1.1\r\nHost: desk\r\n\r\n');
      const statuses = (await waitForResponses(3)).map((response) => response.status);
      expect(statuses).toEqual([413, 415, 200]);
      socket.destroy();
    });

    it('still cuts off a body announced bigger than any route reads, after answering 413', async () => {
      const { socket, waitForResponses, ended } = rawConnection(port);
      const tooBig = env().ctx.config.bodyLimitBytes + 1;
      socket.write(
        `POST /api/items/1/comments HTTP/1.1\r\nHost: desk\r\nCookie: ${editor.cookie}\r\nX-CSRF-Token: ${editor.csrfToken}\r\nContent-Type: application/json\r\nContent-Length: ${tooBig}\r\n\r\n[`,
      );
      const [refused] = await waitForResponses(1);
      expect(refused!.status).toBe(413);
      expect(refused!.head).toMatch(/^connection: *close/im);
      await ended;
    });

    it('refuses a body nested deeper than the limit, once signed in', async () => {
      const response = await editor.request('POST', '/api/items/1/comments', {
        body: nested(40),
        headers: { 'content-type': 'application/json' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('too_deep');
      expect(jsonDepthExceeds('{"a":"[[[[[[[[[[[[[[[["}', 3)).toBe(false);
      expect(jsonDepthExceeds('{"a":[{"b":[1]}]}', 3)).toBe(true);
    });

    it('checks the role before the body: a reviewer with a malformed accept is 403', async () => {
      const [id] = await ingestItems(env().ctx, [wireItem()]);
      const response = await reviewer.post(`/api/items/${id}/actions/accept`, { nonsense: { deep: [1, 2] } });
      expect(response.statusCode).toBe(403);
    });

    it('answers ids beyond what the databases store with 400 everywhere, and a bulk action with one applies none', async () => {
      for (const url of [
        `/api/items/${MAX_ID + 1}`,
        `/api/items/${MAX_ID + 1}/history`,
        `/api/items/99999999999`,
      ]) {
        const response = await editor.get(url);
        expect(response.statusCode, url).toBe(400);
      }
      expect((await editor.get(`/api/items/${MAX_ID}`)).statusCode).toBe(404);
      const [id] = await ingestItems(env().ctx, [wireItem()]);
      const bulk = await editor.post('/api/items/actions/accept', { ids: [id, MAX_ID + 1] });
      expect(bulk.statusCode).toBe(400);
      expect((await editor.get(`/api/items/${id}`)).json<Item>().status).toBe('incoming');
    });

    it('strips control characters, NUL included, from everything a request carries, on both databases', async () => {
      const [id] = await ingestItems(env().ctx, [wireItem()]);
      const comment = await editor.post(`/api/items/${id}/comments`, { body: 'تعليق\u0000 مع\u0007 رموز' });
      expect(comment.statusCode, comment.body).toBe(201);
      expect(comment.json().body).toBe('تعليق مع رموز');
      const view = await editor.post('/api/views', { name: 'عرض\u0000', filters: { q: 'غاز\u0000' } });
      expect(view.statusCode, view.body).toBe(201);
      expect(view.json()).toMatchObject({ name: 'عرض', filters: { q: 'غاز' } });
      const login = await env().app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'nobody\u0000', password: 'x\u0000y' },
      });
      expect(login.statusCode).toBe(401);
    });

    it('neutralises bidi controls in pushed copy, and refuses a headline of only invisible characters', async () => {
      const authorization = await env().serviceToken();
      const push = (headline: string, guid: string) =>
        env().app.inject({
          method: 'POST',
          url: '/api/items',
          headers: { authorization },
          payload: { source: 'bidi-wire', guid, headline, summary: 'ملخص \u202eمقلوب\u202c' },
        });
      const pushed = await push('ملف x \u202egpj.exe\u202c', 'bidi-1');
      expect(pushed.statusCode, pushed.body).toBe(201);
      expect(pushed.json().item).toMatchObject({ headline: 'ملف x gpj.exe', summary: 'ملخص مقلوب' });
      // Nothing visible is no headline: refused as the field's error.
      // Source and guid are what a re-sent item is matched by: a mark at their end stays, and the same item
      // sent again is the same item.
      const marked = () =>
        env().app.inject({
          method: 'POST',
          url: '/api/items',
          headers: { authorization },
          payload: { source: 'وكالة\u200f', guid: 'marked-guid\u200f', headline: 'خبر بعلامة' },
        });
      expect((await marked()).json().outcome).toBe('created');
      expect((await marked()).json()).toMatchObject({
        outcome: 'unchanged',
        item: { source: 'وكالة\u200f', guid: 'marked-guid\u200f' },
      });
      const invisible = await push('\u200b\u202e\u2066\u2069\u200f', 'bidi-2');
      expect(invisible.statusCode).toBe(400);
      expect(invisible.json().error.details.issues[0].path).toBe('headline');
    });

    it('an id is decimal digits: 0x10, 1e3 and "1 " are no ids', async () => {
      for (const id of ['0x10', '1e3', '1%20', '%201', '1.0', '-1'])
        expect((await editor.get(`/api/items/${id}`)).statusCode, id).toBe(400);
      const [item] = (await editor.get('/api/items?limit=1')).json().items as Array<{ id: number }>;
      expect((await editor.get(`/api/items/${item!.id}`)).statusCode).toBe(200);
    });

    it('a request line past what Node reads is answered in the one error shape, and the server goes on', async () => {
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1');
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString()));
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
        socket.write(`GET /api/items?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
      });
      expect(raw).toMatch(/^HTTP\/1\.1 431 /);
      expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toEqual({
        error: { code: 'bad_request', message: 'The request line or its headers are too large.' },
      });
      expect((await fetch(`http://127.0.0.1:${port}/api/session`)).status).toBe(401);
    });

    it('a name or comment of only invisible marks is refused as empty; names lose bidi overrides', async () => {
      const admin = await env().signIn('guards-admin', ['admin']);
      for (const name of ['\u200f\u200e', '\u200b', '\u202e', ' \ufeff '])
        expect((await admin.post('/api/feeds', { name, url: 'https://example.org/x.xml' })).statusCode).toBe(
          400,
        );
      expect((await admin.post('/api/views', { name: '\u200f', filters: {} })).statusCode).toBe(400);
      const view = await admin.post('/api/views', { name: '\u202eمنظر abc', filters: {} });
      expect(view.json().name).toBe('منظر abc');
      const [item] = (await editor.get('/api/items?limit=1')).json().items as Array<{ id: number }>;
      const blank = await editor.post(`/api/items/${item!.id}/comments`, { body: '\u200b\u200b' });
      expect(blank.statusCode).toBe(400);
      // A feed's byline and a pushed source: "‮John Smith 42" would read "24 htimS nhoJ" to every editor.
      const pushed = await env().app.inject({
        method: 'POST',
        url: '/api/ingest/feed?source=%E2%80%AEAFP%20123',
        headers: { authorization: await env().serviceToken(), 'content-type': 'application/rss+xml' },
        payload:
          '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title>' +
          '<item><guid>bidi-author</guid><title>خبر بتوقيع مقلوب</title><dc:creator>&#x202E;John Smith 42</dc:creator></item>' +
          '</channel></rss>',
      });
      expect(pushed.statusCode, pushed.body).toBe(200);
      const stored = (await editor.get(`/api/items?limit=5`)).json().items as Array<{
        id: number;
        source: string;
        headline: string;
      }>;
      const byline = stored.find((each) => each.headline === 'خبر بتوقيع مقلوب')!;
      expect(byline.source).toBe('AFP 123');
      const full = (await editor.get(`/api/items/${byline.id}`)).json();
      expect(full.author).toBe('John Smith 42');
    });

    it('answers 429 with Retry-After past the search allowance, per user', async () => {
      const statuses: number[] = [];
      let retryAfter: string | undefined;
      for (let n = 0; n < 6; n++) {
        const response = await editor.get(`/api/items?q=${encodeURIComponent('غاز')}&limit=1`);
        statuses.push(response.statusCode);
        if (response.statusCode === 429) retryAfter = response.headers['retry-after'] as string;
      }
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses[5]).toBe(429);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      // Another user's allowance is their own, and browsing without a search is not counted.
      expect((await reviewer.get(`/api/items?q=${encodeURIComponent('غاز')}&limit=1`)).statusCode).toBe(200);
      expect((await editor.get('/api/items?limit=1')).statusCode).toBe(200);
    });
  },
  { env: { RATE_SEARCH_PER_MINUTE: '5' } },
);
