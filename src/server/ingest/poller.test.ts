import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Feed } from '#shared/schemas/feeds.ts';
import type { Item } from '#shared/schemas/items.ts';
import { describeEachDatabase, type Client } from '../../test-support/harness.ts';
import { FeedPoller, DEFAULT_POLLER_OPTIONS, type PollOutcome, type PollerOptions } from './poller.ts';
import { createFeed } from '../modules/feeds/service.ts';
import { SYSTEM_ACTOR } from '../modules/events/actors.ts';

const rss = (items: string, extra = '') =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title><link>https://example.org/</link>${extra}${items}</channel></rss>`;
const rssItem = (guid: string | null, title: string, date = 'Tue, 10 Jun 2025 04:00:00 GMT') =>
  `<item>${guid ? `<guid>${guid}</guid>` : ''}<title>${title}</title><link>https://example.org/${encodeURIComponent(guid ?? title)}</link><pubDate>${date}</pubDate><description>نص</description></item>`;

function arabicFeed(encoding: string, title: string): Buffer {
  const body = rss(rssItem(`${encoding}-1`, title)).replace('encoding="utf-8"', `encoding="${encoding}"`);
  return iconv.encode(body, encoding);
}

/** A hostile little wire service: every path is a different kind of feed. */
function feedServer() {
  const hits = new Map<string, number>();
  const inFlight = new Map<string, number>();
  let maxConcurrentSamePath = 0;
  let good = 0;
  const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
    '/good': (request, response) => {
      // A live wire: a new item on each poll after the first, with an ETag so unchanged polls get 304.
      const etag = `"v${Math.floor(good / 2)}"`;
      if (request.headers['if-none-match'] === etag) {
        good++;
        response.writeHead(304).end();
        return;
      }
      good++;
      const items = Array.from({ length: 1 + Math.floor(good / 2) }, (_, n) =>
        rssItem(`good-${n}`, `خبر رقم ${n} من كازاخستان`),
      ).join('');
      response.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(rss(items));
    },
    '/cp1256': (_request, response) =>
      response
        .writeHead(200, { 'content-type': 'text/xml; charset=windows-1256' })
        .end(arabicFeed('windows-1256', 'أذربيجان وأرمينيا تبحثان السلام')),
    '/iso-8859-6': (_request, response) =>
      response
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(arabicFeed('iso-8859-6', 'طاجيكستان تفتتح محطة كهرباء')),
    '/slow': (_request, response) => {
      setTimeout(
        () => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('')),
        5_000,
      ).unref();
    },
    '/loop': (_request, response) => response.writeHead(302, { location: '/loop2' }).end(),
    '/loop2': (_request, response) => response.writeHead(302, { location: '/loop' }).end(),
    '/huge': (_request, response) => {
      // 50 MB if anyone kept reading; the cap stops us long before.
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 50 && response.write(chunk)) sent++;
        if (sent < 50) response.once('drain', pump);
        else response.end();
      };
      pump();
    },
    '/laughs': (_request, response) =>
      response
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(
          '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><title>&c;</title></channel></rss>',
        ),
    '/xxe': (_request, response) =>
      response
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(
          '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title></item></channel></rss>',
        ),
    '/truncated': (_request, response) =>
      response
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(rss(rssItem('t-1', 'خبر')).slice(0, 150)),
    '/big': (_request, response) =>
      response
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(
          rss(
            Array.from({ length: 20_000 }, (_, n) =>
              rssItem(`big-${n}`, `أوزبكستان تعلن مشروعاً جديداً رقم ${n}`),
            ).join(''),
          ),
        ),
    '/quirks': (_request, response) =>
      response
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(
          rss(
            [
              rssItem('dup', 'نسخة أولى'),
              rssItem('dup', 'نسخة ثانية'),
              rssItem(null, 'خبر بلا معرّف'),
              rssItem(null, 'خبر آخر بلا معرّف'),
              rssItem('bad-date', 'تاريخ معطوب', 'the day before yesterday'),
            ].join(''),
          ),
        ),
  };
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url!, 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    inFlight.set(path, (inFlight.get(path) ?? 0) + 1);
    maxConcurrentSamePath = Math.max(maxConcurrentSamePath, inFlight.get(path)!);
    response.on('close', () => inFlight.set(path, inFlight.get(path)! - 1));
    (routes[path] ?? ((_q, r) => r.writeHead(404).end()))(request, response);
  });
  return {
    server,
    hits,
    maxConcurrent: () => maxConcurrentSamePath,
    paths: Object.keys(routes).filter((path) => path !== '/loop2'),
  };
}

const FAST: PollerOptions = {
  ...DEFAULT_POLLER_OPTIONS,
  tickMs: 50,
  concurrency: 4,
  jitter: 0.1,
  maxBackoffMs: 1_000,
  fetch: {
    // Generous enough that a poll delayed by another feed's big synchronous SQLite batch is not a timeout;
    // the slow server (5 s) still is.
    connectTimeoutMs: 2_000,
    readTimeoutMs: 1_500,
    totalTimeoutMs: 4_000,
    maxBytes: 10 * 1024 * 1024,
    maxRedirects: 5,
    // The hostile servers of this test live on 127.0.0.1.
    allowPrivateAddresses: true,
  },
};

describeEachDatabase('feed polling against hostile servers', (env) => {
  const wire = feedServer();
  let base: string;
  let admin: Client;
  let feeds: Record<string, Feed>;
  const outcomes: PollOutcome[] = [];

  beforeAll(async () => {
    await new Promise<void>((resolve) => wire.server.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(wire.server.address() as { port: number }).port}`;
    admin = await env().signIn('feeds-admin', ['admin']);
    feeds = {};
    for (const path of wire.paths) {
      feeds[path] = await createFeed(env().ctx, SYSTEM_ACTOR, {
        name: `feed${path.replace('/', '-')}`,
        url: `${base}${path}`,
        pollIntervalSeconds: 30,
        enabled: true,
      });
      // Poll every feed each second instead of every 30 s (the API's minimum).
      await env()
        .ctx.database.db.updateTable('feeds')
        .set({ poll_interval_s: 1 })
        .where('id', '=', feeds[path]!.id)
        .execute();
    }
  });
  afterAll(async () => {
    wire.server.closeAllConnections();
    await new Promise((resolve) => wire.server.close(resolve));
  });

  const feedOf = async (path: string) =>
    ((await admin.get('/api/feeds')).json().feeds as Feed[]).find((feed) => feed.id === feeds[path]!.id)!;

  it('polls every kind of feed; bad ones get a clear error on the feed while the others keep polling', async () => {
    const poller = new FeedPoller(env().ctx, FAST, (outcome) => outcomes.push(outcome));
    poller.start();
    try {
      const goodId = feeds['/good']!.id;
      const deadline = Date.now() + 90_000;
      // Run until the good feed has been polled many times and every feed at least twice.
      while (Date.now() < deadline) {
        const polled = (id: number) => outcomes.filter((outcome) => outcome.feedId === id).length;
        if (polled(goodId) >= 6 && Object.values(feeds).every((feed) => polled(feed.id) >= 2)) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      await poller.stop();
    }
    const errors = Object.fromEntries(
      await Promise.all(
        Object.keys(feeds).map(async (path) => [path, (await feedOf(path)).health.lastError?.code ?? null]),
      ),
    );
    expect(errors).toEqual({
      '/good': null,
      '/cp1256': null,
      '/iso-8859-6': null,
      '/slow': 'feed.timeout',
      '/loop': 'feed.too_many_redirects',
      '/huge': 'feed.too_large',
      '/laughs': 'feed.doctype_refused',
      '/xxe': 'feed.doctype_refused',
      '/truncated': 'feed.malformed',
      '/big': null,
      '/quirks': null,
    });
    // The good feed kept being polled while the bad ones failed, and it saw 304s.
    const good = outcomes.filter((outcome) => outcome.feedId === feeds['/good']!.id);
    expect(good.length).toBeGreaterThanOrEqual(6);
    expect(good.some((outcome) => outcome.status === 'not-modified')).toBe(true);
    expect(good.every((outcome) => outcome.status !== 'error')).toBe(true);
    // Failing feeds back off: their failure count grows.
    expect((await feedOf('/truncated')).health.consecutiveFailures).toBeGreaterThanOrEqual(2);
    // Never two polls of one feed at once.
    expect(wire.maxConcurrent()).toBe(1);
    // Health changes reach the live stream; repeats of the same state do not.
    const healthEvents = (
      await env()
        .ctx.database.db.selectFrom('events')
        .select('payload')
        .where('type', '=', 'feed.health')
        .execute()
    ).map((row) => JSON.parse(row.payload) as { feedId: number; change: string });
    const changesOf = (path: string) =>
      healthEvents.filter((event) => event.feedId === feeds[path]!.id).map((event) => event.change);
    expect(changesOf('/truncated')).toEqual(['failing']);
    expect(changesOf('/slow')).toEqual(['failing']);
    expect(changesOf('/good').length).toBeGreaterThan(0);
    expect(changesOf('/good').every((change) => change === 'items')).toBe(true);
    expect(changesOf('/good').length).toBeLessThan(good.length);
  }, 120_000);

  const itemsFrom = async (path: string) => {
    const source = encodeURIComponent(feeds[path]!.name);
    const items: Item[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Item[]; nextCursor: string | null } = (
        await admin.get(`/api/items?source=${source}&limit=200${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  };

  it('decodes windows-1256 and ISO-8859-6 into correct Arabic', async () => {
    expect((await itemsFrom('/cp1256')).map((item) => item.headline)).toEqual([
      'أذربيجان وأرمينيا تبحثان السلام',
    ]);
    expect((await itemsFrom('/iso-8859-6')).map((item) => item.headline)).toEqual([
      'طاجيكستان تفتتح محطة كهرباء',
    ]);
  });

  it('stores a 20,000-item feed once, however often it is polled', async () => {
    const items = await itemsFrom('/big');
    expect(items).toHaveLength(20_000);
    expect((await feedOf('/big')).health.itemsTaken).toBe(20_000);
  });

  it('keeps duplicate guids as one item, keys guid-less items by link, and falls back to receive time for broken dates', async () => {
    const items = await itemsFrom('/quirks');
    expect(items.map((item) => item.headline).sort()).toEqual(
      ['تاريخ معطوب', 'خبر آخر بلا معرّف', 'خبر بلا معرّف', 'نسخة ثانية'].sort(),
    );
    const broken = items.find((item) => item.headline === 'تاريخ معطوب')!;
    expect(broken.wireTime).toBeNull();
    expect(Date.parse(broken.receivedAt)).toBeGreaterThan(Date.now() - 5 * 60_000);
  });

  it('a restart resumes from the stored validators without adding old items again', async () => {
    const before = (await itemsFrom('/good')).length;
    // Only the live wire polls now, so slow failing feeds cannot hold the poller's slots.
    await env()
      .ctx.database.db.updateTable('feeds')
      .set({ enabled: 0 })
      .where('id', '!=', feeds['/good']!.id)
      .execute();
    const poller = new FeedPoller(env().ctx, FAST);
    const hitsBefore = wire.hits.get('/good') ?? 0;
    poller.start();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await poller.stop();
    expect(wire.hits.get('/good')! - hitsBefore).toBeGreaterThan(0);
    const after = await itemsFrom('/good');
    // At most the items the live wire really added since; nothing old twice.
    expect(new Set(after.map((item) => item.guid)).size).toBe(after.length);
    expect(after.length).toBeGreaterThanOrEqual(before);
  });

  it('admins manage feeds; others may not', async () => {
    const editor = await env().signIn('feeds-editor', ['editor']);
    expect((await editor.get('/api/feeds')).statusCode).toBe(403);
    expect((await editor.post('/api/feeds', { name: 'x', url: 'https://example.org/x' })).statusCode).toBe(
      403,
    );
    const created = await admin.post('/api/feeds', {
      name: 'وكالة',
      url: 'https://example.org/rss',
      pollIntervalSeconds: 120,
    });
    expect(created.statusCode, created.body).toBe(201);
    const feed = created.json() as Feed;
    expect(feed).toMatchObject({ enabled: true, format: null, health: { itemsTaken: 0, lastError: null } });
    expect(
      (await admin.post('/api/feeds', { name: 'again', url: 'https://example.org/rss' })).statusCode,
    ).toBe(409);
    expect((await admin.post('/api/feeds', { name: 'bad', url: 'ftp://example.org/rss' })).statusCode).toBe(
      400,
    );
    expect((await admin.post('/api/feeds', { name: 'bad', url: 'javascript:alert(1)' })).statusCode).toBe(
      400,
    );
    expect((await admin.patch(`/api/feeds/${feed.id}`, { enabled: false })).statusCode).toBe(428);
    const paused = await admin.patch(
      `/api/feeds/${feed.id}`,
      { enabled: false },
      { 'if-match': `"${feed.version}"` },
    );
    expect(paused.json()).toMatchObject({ enabled: false, version: feed.version + 1 });
    expect(
      (await admin.patch(`/api/feeds/${feed.id}`, { name: 'x' }, { 'if-match': `"${feed.version}"` }))
        .statusCode,
    ).toBe(412);
    expect((await admin.request('DELETE', `/api/feeds/${feed.id}`)).statusCode).toBe(204);
    expect((await admin.request('DELETE', `/api/feeds/${feed.id}`)).statusCode).toBe(404);
  });

  it('agencies push whole feed documents; hostile ones are refused with the reason', async () => {
    const authorization = await env().serviceToken();
    const push = (body: string | Buffer, type = 'application/rss+xml', source = 'دفع') =>
      env().app.inject({
        method: 'POST',
        url: `/api/ingest/feed?source=${encodeURIComponent(source)}`,
        headers: { authorization, 'content-type': type },
        payload: body,
      });
    const ok = await push(
      rss(rssItem('push-1', 'قرغيزستان تلغي التأشيرات') + rssItem('push-2', 'تركمانستان تصدر الغاز')),
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({
      format: 'rss',
      created: 2,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      omitted: 0,
    });
    expect((await push(rss(rssItem('push-1', 'قرغيزستان تلغي التأشيرات')))).json()).toMatchObject({
      created: 0,
      unchanged: 1,
    });
    const json = await push(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'j',
        items: [{ id: 'j1', title: 'خبر JSON', content_text: 'نص' }],
      }),
      'application/feed+json',
    );
    expect(json.json()).toMatchObject({ format: 'json-feed', created: 1 });
    const laughs = await push('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "a">]><rss/>', 'application/xml');
    expect(laughs.statusCode).toBe(422);
    expect(laughs.json().error.code).toBe('feed.doctype_refused');
    expect((await push('', 'application/xml')).statusCode).toBe(400);
    expect((await push('not a feed at all, just words', 'application/xml')).statusCode).toBe(422);
    const tooBig = await push(Buffer.alloc(11 * 1024 * 1024, 'a'), 'application/xml');
    expect(tooBig.statusCode).toBe(413);
    const noToken = await env().app.inject({
      method: 'POST',
      url: '/api/ingest/feed?source=x',
      headers: { 'content-type': 'application/xml' },
      payload: rss(''),
    });
    expect(noToken.statusCode).toBe(401);
  });
});
