import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import iconv from 'iconv-lite';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Feed } from '#shared/schemas/feeds.ts';
import type { Item, ItemListResponse } from '#shared/schemas/items.ts';
import { FeedServer } from '../../test-support/feed-server.ts';
import { describeEachDatabase, type Client } from '../../test-support/harness.ts';
import { HEAVY_TEST_TIMEOUT_MS, until } from '../../test-support/wait.ts';
import { loadConfig } from '../config.ts';
import {
  FeedPoller,
  DEFAULT_POLLER_OPTIONS,
  pollFeed,
  pollerOptionsFrom,
  type PollOutcome,
  type PollerOptions,
} from './poller.ts';
import { findFeedRow } from '../modules/feeds/repository.ts';
import { createFeed, updateFeed } from '../modules/feeds/service.ts';
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
  const plainWire = { items: 3, failNext: false, etag: null as string | null };
  const bigWire = { items: 20_000, etag: null as string | null };
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
    // Takes the request and never answers: whatever the read timeout, it is reached.
    '/slow': () => {},
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
    // The same 20,000 items at every poll (bigWire), in a body that is never quite the same (a generator that
    // stamps it), with a 304 when given an ETag and asked with it.
    '/big': (request, response) => {
      if (bigWire.etag && request.headers['if-none-match'] === bigWire.etag) {
        response.writeHead(304).end();
        return;
      }
      const items = Array.from({ length: bigWire.items }, (_, n) =>
        rssItem(`big-${n}`, `أوزبكستان تعلن مشروعاً جديداً رقم ${n}`),
      );
      const validators = bigWire.etag ? { etag: bigWire.etag } : {};
      response
        .writeHead(200, { 'content-type': 'application/rss+xml', ...validators })
        .end(rss(items.join(''), `<generator>poll ${hits.get('/big')}</generator>`));
    },
    // The same bytes at every poll until told otherwise (plainWire), without validators unless given an ETag,
    // or a 500 when told to.
    '/plain': (request, response) => {
      if (plainWire.failNext) {
        plainWire.failNext = false;
        response.writeHead(500).end();
        return;
      }
      if (plainWire.etag && request.headers['if-none-match'] === plainWire.etag) {
        response.writeHead(304).end();
        return;
      }
      const items = Array.from({ length: plainWire.items }, (_, n) =>
        rssItem(`plain-${n}`, `خبر ثابت رقم ${n}`),
      );
      const validators = plainWire.etag ? { etag: plainWire.etag } : {};
      response
        .writeHead(200, { 'content-type': 'application/rss+xml', ...validators })
        .end(rss(items.join('')));
    },
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
    plainWire,
    bigWire,
    paths: Object.keys(routes).filter((path) => path !== '/loop2'),
  };
}

/** When this suite started, on the wall clock (items' receive times). */
const suiteStarted = Date.now();
/**
 * The poller's own clock runs 20 times faster than the wall clock, so a feed due every second is due every
 * 50 ms. The tests wait for polls to have happened (counted in `onPoll`), never for an amount of time.
 */
const fastClock = () => suiteStarted + (Date.now() - suiteStarted) * 20;

const FAST: PollerOptions = {
  ...DEFAULT_POLLER_OPTIONS,
  tickMs: 20,
  concurrency: 4,
  // Every hostile feed here lives on the one test server: as many polls to it as there are slots.
  pollsPerHost: 4,
  // Only a bound, like the timeouts below; the deadline is proven on its own, with deadlines a test expires.
  deadlineMs: 600_000,
  jitter: 0.1,
  // A failing feed retries after 2, 4, 8… seconds of poller time, at most 20 (1 s of wall time).
  maxBackoffMs: 20_000,
  // Three minutes of wall time: a poll slowed by a loaded machine keeps its claim.
  leaseMs: 3_600_000,
  now: fastClock,
  fetch: {
    ...DEFAULT_POLLER_OPTIONS.fetch,
    // Only bounds: a timer is due first when a busy event loop comes round again, so on a loaded machine a
    // real timeout would fire on a server that has answered. The server that never answers is polled on its
    // own, below, with a short read timeout that only it can reach.
    connectTimeoutMs: 600_000,
    readTimeoutMs: 600_000,
    totalTimeoutMs: 600_000,
    maxBytes: 10 * 1024 * 1024,
    // The hostile servers of this test live on 127.0.0.1.
    allowPrivateAddresses: true,
  },
};

/** Resolves once `enough` holds over the outcomes reported so far; each poll re-checks it. */
function pollsUntil(enough: (outcomes: readonly PollOutcome[]) => boolean) {
  const outcomes: PollOutcome[] = [];
  let done: () => void;
  const reached = new Promise<void>((resolve) => (done = resolve));
  const onPoll = (outcome: PollOutcome) => {
    outcomes.push(outcome);
    if (enough(outcomes)) done();
  };
  return { outcomes, reached, onPoll };
}

/**
 * Polled directly rather than by the scheduler, each in its own test: the server that never answers (with a
 * short timeout there), and the 20,000-item feed, whose polls would hold up everyone else's for seconds.
 */
const ON_THEIR_OWN = ['/slow', '/big', '/plain'];

describeEachDatabase('feed polling against hostile servers', (env) => {
  const wire = feedServer();
  let base: string;
  let admin: Client;
  let feeds: Record<string, Feed>;

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
        enabled: !ON_THEIR_OWN.includes(path),
      });
      // Poll every feed each second of poller time instead of every 30 s (the API's minimum).
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

  const healthChanges = async () =>
    (
      await env()
        .ctx.database.db.selectFrom('events')
        .select('payload')
        .where('type', '=', 'feed.health')
        .execute()
    ).map((row) => JSON.parse(row.payload) as { feedId: number; change: string });

  it('polls every kind of feed; bad ones get a clear error on the feed while the others keep polling', async () => {
    const polled = (outcomes: readonly PollOutcome[], path: string) =>
      outcomes.filter((outcome) => outcome.feedId === feeds[path]!.id).length;
    // Run until the good feed has been polled many times and every feed at least twice.
    const polling = pollsUntil(
      (outcomes) =>
        polled(outcomes, '/good') >= 6 &&
        wire.paths.every((path) => ON_THEIR_OWN.includes(path) || polled(outcomes, path) >= 2),
    );
    const { outcomes } = polling;
    const poller = new FeedPoller(env().ctx, FAST, polling.onPoll);
    poller.start();
    try {
      await polling.reached;
    } finally {
      await poller.stop();
    }
    const errors = Object.fromEntries(
      await Promise.all(
        Object.keys(feeds)
          .filter((path) => !ON_THEIR_OWN.includes(path))
          .map(async (path) => [path, (await feedOf(path)).health.lastError?.code ?? null]),
      ),
    );
    expect(errors).toEqual({
      '/good': null,
      '/cp1256': null,
      '/iso-8859-6': null,
      '/loop': 'feed.too_many_redirects',
      '/huge': 'feed.too_large',
      '/laughs': 'feed.doctype_refused',
      '/xxe': 'feed.doctype_refused',
      '/truncated': 'feed.malformed',
      '/quirks': null,
    });
    // The good feed kept being polled while the bad ones failed, and it saw 304s.
    const good = outcomes.filter((outcome) => outcome.feedId === feeds['/good']!.id);
    expect(good.length).toBeGreaterThanOrEqual(6);
    expect(good.some((outcome) => outcome.status === 'not-modified')).toBe(true);
    expect(good.filter((outcome) => outcome.status === 'error')).toEqual([]);
    // Failing feeds back off: their failure count grows.
    expect((await feedOf('/truncated')).health.consecutiveFailures).toBeGreaterThanOrEqual(2);
    // Never two polls of one feed at once.
    expect(wire.maxConcurrent()).toBe(1);
    // Health changes reach the live stream; repeats of the same state do not.
    const healthEvents = await healthChanges();
    const changesOf = (path: string) =>
      healthEvents.filter((event) => event.feedId === feeds[path]!.id).map((event) => event.change);
    expect(changesOf('/truncated')).toEqual(['failing']);
    expect(changesOf('/good').length).toBeGreaterThan(0);
    expect(changesOf('/good').every((change) => change === 'items')).toBe(true);
    expect(changesOf('/good').length).toBeLessThan(good.length);
  });

  it('a feed that never answers times out, and failing the same way again is no new health change', async () => {
    const id = feeds['/slow']!.id;
    const tight: PollerOptions = { ...FAST, fetch: { ...FAST.fetch, readTimeoutMs: 50 } };
    for (let attempt = 1; attempt <= 2; attempt++) {
      const row = (await findFeedRow(env().ctx.database.db, id))!;
      expect(await pollFeed(env().ctx, row, tight)).toMatchObject({ status: 'error', code: 'feed.timeout' });
    }
    const feed = await feedOf('/slow');
    expect(feed.health.lastError?.code).toBe('feed.timeout');
    expect(feed.health.consecutiveFailures).toBe(2);
    const changes = (await healthChanges()).filter((event) => event.feedId === id);
    expect(changes.map((event) => event.change)).toEqual(['failing']);
  });

  /** Every item stored from a feed, whole (list pages carry cards: no guid, no wire time). */
  const itemsFrom = async (path: string) => {
    const source = encodeURIComponent(feeds[path]!.name);
    const items: Item[] = [];
    let cursor: string | null = null;
    do {
      const page: ItemListResponse = (
        await admin.get(`/api/items?source=${source}&limit=200${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      for (const card of page.items) items.push((await admin.get(`/api/items/${card.id}`)).json<Item>());
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  };
  const guidsFrom = async (path: string) => (await itemsFrom(path)).map((item) => item.guid).sort();

  it('decodes windows-1256 and ISO-8859-6 into correct Arabic', async () => {
    expect((await itemsFrom('/cp1256')).map((item) => item.headline)).toEqual([
      'أذربيجان وأرمينيا تبحثان السلام',
    ]);
    expect((await itemsFrom('/iso-8859-6')).map((item) => item.headline)).toEqual([
      'طاجيكستان تفتتح محطة كهرباء',
    ]);
  });

  it(
    'stores a 20,000-item feed once, however often it is polled',
    async () => {
      const id = feeds['/big']!.id;
      const poll = async () => {
        const outcome = await pollFeed(env().ctx, (await findFeedRow(env().ctx.database.db, id))!, FAST);
        if (outcome.status === 'error') throw new Error(`poll failed: ${outcome.code}: ${outcome.message}`);
        return outcome;
      };
      expect(await poll()).toMatchObject({ status: 'ok', created: 20_000, unchanged: 0 });
      expect(await poll()).toMatchObject({ status: 'ok', created: 0, updated: 0, unchanged: 20_000 });
      expect((await feedOf('/big')).health.lastError).toBeNull();
      const source = encodeURIComponent(feeds['/big']!.name);
      expect((await admin.get(`/api/items/facets?source=${source}`)).json().total).toBe(20_000);
      expect((await feedOf('/big')).health.itemsTaken).toBe(20_000);

      // One item over the cap, from a server that sends an ETag: the shortfall is shown, and still at the next
      // poll, which reads the feed again (a 304 would have recorded a success without it).
      wire.bigWire.items = 20_001;
      wire.bigWire.etag = '"big-v1"';
      const omitted = { code: 'feed.items_omitted', params: { omitted: 1, read: 20_000 } };
      expect(await poll()).toMatchObject({ status: 'ok', created: 0, unchanged: 20_000 });
      expect((await feedOf('/big')).health.lastError).toMatchObject(omitted);
      expect(await poll()).toMatchObject({ status: 'ok', created: 0, unchanged: 20_000 });
      expect((await feedOf('/big')).health.lastError).toMatchObject(omitted);
    },
    HEAVY_TEST_TIMEOUT_MS,
  );

  it('reads a body the same as the last stored one no more: until a poll fails, another poll records, or the body changes', async () => {
    const id = feeds['/plain']!.id;
    // A clock of its own, a second further at each look: every poll starts at its own time.
    let clock = Date.UTC(2026, 11, 5, 6);
    const options: PollerOptions = { ...FAST, now: () => (clock += 1_000) };
    const poll = async () => pollFeed(env().ctx, (await findFeedRow(env().ctx.database.db, id))!, options);
    expect(await poll()).toMatchObject({ status: 'ok', created: 3 });
    const firstSuccess = (await feedOf('/plain')).health.lastSuccessAt;
    expect(await poll()).toEqual({ feedId: id, status: 'same-body' });
    // A poll that read nothing is still a successful poll.
    const feed = await feedOf('/plain');
    expect(feed.health.lastError).toBeNull();
    expect(Date.parse(feed.health.lastSuccessAt!)).toBeGreaterThan(Date.parse(firstSuccess!));
    expect(await guidsFrom('/plain')).toEqual(['plain-0', 'plain-1', 'plain-2']);
    expect(await poll()).toMatchObject({ status: 'same-body' });

    // After a failure nothing is assumed: the same body is read again (and found unchanged), then not again.
    wire.plainWire.failNext = true;
    expect(await poll()).toMatchObject({ status: 'error' });
    expect(await poll()).toMatchObject({ status: 'ok', created: 0, updated: 0, unchanged: 3 });
    expect(await poll()).toMatchObject({ status: 'same-body' });

    // Nor after a poll that this one did not see (another instance's, or an older Mirsad's, which leaves the
    // digest as it was).
    await env()
      .ctx.database.db.updateTable('feeds')
      .set({ last_fetch_at: (clock += 1_000) })
      .where('id', '=', id)
      .execute();
    expect(await poll()).toMatchObject({ status: 'ok', created: 0, unchanged: 3 });
    expect(await poll()).toMatchObject({ status: 'same-body' });

    // Two polls at once ("poll now" beside a scheduled one): the one that records last, having read the feed
    // before the other recorded, keeps no digest, and the next poll reads the body again.
    const before = (await findFeedRow(env().ctx.database.db, id))!;
    expect(await poll()).toMatchObject({ status: 'same-body' });
    expect(await pollFeed(env().ctx, before, options)).toMatchObject({ status: 'same-body' });
    expect(await poll()).toMatchObject({ status: 'ok', created: 0, unchanged: 3 });
    expect(await poll()).toMatchObject({ status: 'same-body' });

    // The server starts sending an ETag for the same bytes: kept, so the next poll is a 304.
    wire.plainWire.etag = '"plain-v1"';
    expect(await poll()).toMatchObject({ status: 'same-body' });
    expect(await poll()).toMatchObject({ status: 'not-modified' });
    wire.plainWire.etag = null;

    // A new item is a new body.
    wire.plainWire.items = 4;
    expect(await poll()).toMatchObject({ status: 'ok', created: 1, unchanged: 3 });
    expect(await guidsFrom('/plain')).toEqual(['plain-0', 'plain-1', 'plain-2', 'plain-3']);
    expect(await poll()).toMatchObject({ status: 'same-body' });
  });

  it('keeps duplicate guids as one item, keys guid-less items by link, and falls back to receive time for broken dates', async () => {
    const items = await itemsFrom('/quirks');
    expect(items.map((item) => item.headline).sort()).toEqual(
      ['تاريخ معطوب', 'خبر آخر بلا معرّف', 'خبر بلا معرّف', 'نسخة ثانية'].sort(),
    );
    const broken = items.find((item) => item.headline === 'تاريخ معطوب')!;
    expect(broken.wireTime).toBeNull();
    expect(Date.parse(broken.receivedAt)).toBeGreaterThanOrEqual(suiteStarted);
  });

  it('a restart resumes from the stored validators without adding old items again', async () => {
    const before = (await itemsFrom('/good')).length;
    // Only the live wire polls now, so slow failing feeds cannot hold the poller's slots.
    await env()
      .ctx.database.db.updateTable('feeds')
      .set({ enabled: 0 })
      .where('id', '!=', feeds['/good']!.id)
      .execute();
    // Two polls of the live wire: one of them brings a new item or a 304, whichever the wire has next.
    const polling = pollsUntil((outcomes) => outcomes.length >= 2);
    const poller = new FeedPoller(env().ctx, FAST, polling.onPoll);
    const hitsBefore = wire.hits.get('/good') ?? 0;
    poller.start();
    try {
      await polling.reached;
    } finally {
      await poller.stop();
    }
    expect(polling.outcomes.filter((outcome) => outcome.status === 'error')).toEqual([]);
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
    // A removal names the version the admin saw: without it 428, after someone else's change 412.
    const current = `"${feed.version + 1}"`;
    expect((await admin.request('DELETE', `/api/feeds/${feed.id}`)).statusCode).toBe(428);
    const stale = await admin.request('DELETE', `/api/feeds/${feed.id}`, {
      headers: { 'if-match': `"${feed.version}"` },
    });
    expect(stale.statusCode).toBe(412);
    expect(
      (await admin.request('DELETE', `/api/feeds/${feed.id}`, { headers: { 'if-match': current } }))
        .statusCode,
    ).toBe(204);
    expect(
      (await admin.request('DELETE', `/api/feeds/${feed.id}`, { headers: { 'if-match': current } }))
        .statusCode,
    ).toBe(404);
  });

  it('an address edited around its hidden secrets keeps them; one spelled another way is the same feed; a desk must exist', async () => {
    const created = await admin.post('/api/feeds', {
      name: 'وكالة بمفتاح',
      url: `${base.replace('//', '//wire:pa%3Ass@')}/plain?apikey=SE%2BCRET&x=1`,
      pollIntervalSeconds: 600,
    });
    expect(created.statusCode, created.body).toBe(201);
    const feed = created.json() as Feed;
    // What the API shows, and so what the form sends back with a new path.
    expect(feed.url).toBe(`${base.replace('//', '//***:***@')}/plain?apikey=***&x=1`);
    const moved = await admin.patch(
      `/api/feeds/${feed.id}`,
      { url: feed.url.replace('/plain?', '/plain/?') },
      { 'if-match': `"${feed.version}"` },
    );
    expect(moved.statusCode, moved.body).toBe(200);
    const stored = async () => (await findFeedRow(env().ctx.database.db, feed.id))!.url;
    expect(await stored()).toBe(`${base.replace('//', '//wire:pa%3Ass@')}/plain/?apikey=SE%2BCRET&x=1`);
    // A new key typed over the old one is taken as typed; *** where nothing is kept is refused, not stored.
    const rekeyed = await admin.patch(
      `/api/feeds/${feed.id}`,
      { url: feed.url.replace('apikey=***', 'apikey=NEW') },
      { 'if-match': `"${feed.version + 1}"` },
    );
    expect(rekeyed.statusCode, rekeyed.body).toBe(200);
    expect(await stored()).toBe(`${base.replace('//', '//wire:pa%3Ass@')}/plain?apikey=NEW&x=1`);
    const hidden = await admin.patch(
      `/api/feeds/${feed.id}`,
      { url: `${base}/plain?token=***` },
      { 'if-match': `"${feed.version + 2}"` },
    );
    expect(hidden.statusCode).toBe(422);
    expect(hidden.json().error.code).toBe('feed.secret_hidden');
    // Another server in its place never receives the kept secrets.
    const elsewhere = await admin.patch(
      `/api/feeds/${feed.id}`,
      { url: feed.url.replace('127.0.0.1', 'localhost') },
      { 'if-match': `"${feed.version + 2}"` },
    );
    expect(elsewhere.json().error.code).toBe('feed.secret_hidden');
    expect(await stored()).toContain('apikey=NEW');

    // The same address in other spellings: upper-case scheme, the default port, ./, a fragment, hex IPv4.
    const port = new URL(base).port;
    for (const url of [
      `${base.toUpperCase()}/slow`,
      `${base}/./slow`,
      `${base}/slow#top`,
      `http://0x7f000001:${port}/slow`,
    ]) {
      const again = await admin.post('/api/feeds', { name: `نسخة ${url}`, url });
      expect(again.statusCode, url).toBe(409);
    }

    // A desk that does not exist is the desk field's error, not a 500.
    const noDesk = await admin.post('/api/feeds', {
      name: 'بلا قسم',
      url: `${base}/nodesk`,
      deskId: 999_999,
    });
    expect(noDesk.statusCode).toBe(400);
    expect(noDesk.json().error.details.issues[0].path).toBe('deskId');
    const patchedDesk = await admin.patch(
      `/api/feeds/${feed.id}`,
      { deskId: 999_999 },
      { 'if-match': `"${feed.version + 2}"` },
    );
    expect(patchedDesk.statusCode).toBe(400);
  });

  it('a poll of an address that was changed while it ran records nothing: the new address is polled as set', async () => {
    const created = await createFeed(env().ctx, SYSTEM_ACTOR, {
      name: 'عنوان يتغير',
      url: `${base}/plain?moving=1`,
      pollIntervalSeconds: 600,
      enabled: false,
    });
    const before = (await findFeedRow(env().ctx.database.db, created.id))!;
    const corrected = await updateFeed(env().ctx, SYSTEM_ACTOR, created.id, created.version, {
      url: `${base}/plain?moving=2`,
    });
    const after = (await findFeedRow(env().ctx.database.db, created.id))!;
    // The poll that read the old address ends now: its outcome is not written on the corrected feed.
    await pollFeed(env().ctx, before, FAST);
    const now = (await findFeedRow(env().ctx.database.db, created.id))!;
    expect(now).toMatchObject({
      url: `${base}/plain?moving=2`,
      version: corrected.version,
      last_fetch_at: after.last_fetch_at,
      last_success_at: after.last_success_at,
      etag: null,
      body_digest: null,
      next_poll_at: after.next_poll_at,
    });
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
      merged: 0,
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

describe('poller configuration', () => {
  it('takes the poll deadline and the polls per host from the environment, and refuses bad values', () => {
    expect(pollerOptionsFrom(loadConfig({}))).toMatchObject({ deadlineMs: 30_000, pollsPerHost: 2 });
    const set = pollerOptionsFrom(loadConfig({ FEED_POLL_DEADLINE_MS: '5000', FEED_POLLS_PER_HOST: '3' }));
    expect(set).toMatchObject({ deadlineMs: 5_000, pollsPerHost: 3 });
    // fetch.ts's own deadline stays behind the poll's, whichever is configured.
    expect(set.fetch.totalTimeoutMs).toBeGreaterThanOrEqual(5_000);
    const long = pollerOptionsFrom(loadConfig({ FEED_POLL_DEADLINE_MS: '300000' }));
    expect(long.fetch.totalTimeoutMs).toBeGreaterThanOrEqual(300_000);
    for (const [name, value] of [
      ['FEED_POLL_DEADLINE_MS', '0'],
      ['FEED_POLL_DEADLINE_MS', 'soon'],
      ['FEED_POLLS_PER_HOST', '0'],
      ['FEED_POLLS_PER_HOST', '1.5'],
    ] as const)
      expect(() => loadConfig({ [name]: value }), `${name}=${value}`).toThrow(new RegExp(`\\b${name}\\b`));
  });
});

const noFeed = (_feedId: number) => false;
const count = (ids: readonly number[], which: (feedId: number) => boolean) => ids.filter(which).length;

/** Whether an outcome is feed `id` polled with at least one new item taken. */
const ingested = (id: number) => (outcome: PollOutcome) =>
  outcome.feedId === id && outcome.status === 'ok' && outcome.created > 0;

/**
 * Poll deadlines that expire when the test says so, never on a clock. `pending(which)` counts the polls of the
 * feeds `which` picks whose fetch is under way (a deadline started, not yet cancelled); `peak(which)` is the
 * most there ever were at once.
 */
function manualDeadlines() {
  const pending = new Map<symbol, { feedId: number; expire: () => void }>();
  /** The feeds in fetch each time a deadline started (that one included). */
  const snapshots: number[][] = [];
  let atOnce: (feedId: number) => boolean = noFeed;
  return {
    start(_ms: number, expire: () => void, feedId: number): () => void {
      if (atOnce(feedId)) {
        expire();
        return () => {};
      }
      const key = Symbol(`deadline of feed ${feedId}`);
      pending.set(key, { feedId, expire });
      snapshots.push([...pending.values()].map((deadline) => deadline.feedId));
      return () => pending.delete(key);
    },
    pending: (which: (feedId: number) => boolean) =>
      count(
        [...pending.values()].map((deadline) => deadline.feedId),
        which,
      ),
    peak: (which: (feedId: number) => boolean) => Math.max(0, ...snapshots.map((ids) => count(ids, which))),
    /** Expires the pending deadlines of the feeds picked. */
    expire(which: (feedId: number) => boolean): void {
      for (const [key, deadline] of pending)
        if (which(deadline.feedId)) {
          pending.delete(key);
          deadline.expire();
        }
    },
    /** Expires theirs now and, from now on, each as soon as it starts. */
    expireFromNowOn(which: (feedId: number) => boolean): void {
      atOnce = which;
      this.expire(which);
    },
  };
}

/**
 * A slow-loris wire server: it takes every request and then holds it. `/stall/…` never answers; `/dribble/…`
 * sends its headers and then a byte every few milliseconds for ever, so no idle read timeout is ever reached.
 */
async function slowLoris() {
  let requests = 0;
  /** Open responses and bytes dribbled, by path. */
  const open = new Map<string, number>();
  const dribbled = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = new URL(request.url!, 'http://x').pathname;
    requests++;
    open.set(path, (open.get(path) ?? 0) + 1);
    response.on('close', () => open.set(path, open.get(path)! - 1));
    if (!path.startsWith('/dribble/')) return;
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    const timer = setInterval(() => {
      response.write(' ');
      dribbled.set(path, (dribbled.get(path) ?? 0) + 1);
    }, 5);
    response.on('close', () => clearInterval(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    requests: () => requests,
    open: (path: string) => open.get(path) ?? 0,
    dribbled: (path: string) => dribbled.get(path) ?? 0,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Collects what is written to it (a logger's output). */
class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += String(chunk);
    done();
  }
}

describeEachDatabase('a slow feed cannot starve the healthy ones', (env) => {
  const healthy = new FeedServer();
  /** Four slow-loris servers: four hosts, as many as the poller has slots. */
  const slow: Array<Awaited<ReturnType<typeof slowLoris>>> = [];
  let admin: Client;

  beforeAll(async () => {
    await healthy.start();
    for (let n = 0; n < 4; n++) slow.push(await slowLoris());
    admin = await env().signIn('slow-feeds-admin', ['admin']);
  });
  afterAll(async () => {
    await healthy.stop();
    for (const server of slow) await server.close();
  });

  const db = () => env().ctx.database.db;
  /** A feed due at `dueAt` (poller time: the lower, the earlier its turn) and then every second. */
  const addFeed = async (name: string, url: string, dueAt: number) => {
    const feed = await createFeed(env().ctx, SYSTEM_ACTOR, {
      name,
      url,
      pollIntervalSeconds: 30,
      enabled: true,
    });
    await db()
      .updateTable('feeds')
      .set({ poll_interval_s: 1, next_poll_at: dueAt })
      .where('id', '=', feed.id)
      .execute();
    return feed.id;
  };
  /** Takes a test's feeds out of the next test's way. */
  const disable = (ids: Iterable<number>) =>
    db()
      .updateTable('feeds')
      .set({ enabled: 0 })
      .where('id', 'in', [...ids])
      .execute();
  const lastErrorOf = async (id: number) => {
    const row = (await findFeedRow(db(), id))!;
    return { ...(JSON.parse(row.last_error ?? 'null') as { code: string; message: string } | null), row };
  };
  const headlinesFrom = async (source: string) =>
    ((await admin.get(`/api/items?source=${encodeURIComponent(source)}`)).json().items as Item[]).map(
      (item) => item.headline,
    );

  it('many feeds on one stalled host take one slot at a time; a healthy feed elsewhere is polled and ingested', async () => {
    healthy.setItems([{ guid: 'one-host-1', title: 'تونس تفتتح خطاً جديداً للقطارات', description: 'نص' }]);
    const host = slow[0]!;
    const slowIds = new Set<number>();
    // Six feeds on one server, half never answering, half dribbling; all due before the healthy feed.
    for (let n = 1; n <= 6; n++)
      slowIds.add(await addFeed(`loris-${n}`, host.url(n % 2 ? `/stall/${n}` : `/dribble/${n}`), n));
    const healthyId = await addFeed('healthy-one-host', `${healthy.arabicUrl}?one-host`, 100);
    const isSlow = (id: number) => slowIds.has(id);
    const deadlines = manualDeadlines();
    const polling = pollsUntil((outcomes) => outcomes.some(ingested(healthyId)));
    const poller = new FeedPoller(
      env().ctx,
      { ...FAST, pollsPerHost: 1, startDeadline: deadlines.start },
      polling.onPoll,
    );
    const slowOutcomes = () => polling.outcomes.filter((outcome) => isSlow(outcome.feedId));
    const allPolled = () => new Set(slowOutcomes().map((outcome) => outcome.feedId)).size === slowIds.size;
    poller.start();
    try {
      // No deadline has expired: the stalled host's first feed still holds its one slot.
      await polling.reached;
      expect(polling.outcomes.filter((outcome) => isSlow(outcome.feedId))).toEqual([]);
      // Then end the stalled polls one by one: each frees the host, and a feed of it that waited is taken.
      while (!allPolled()) {
        await until(
          () => deadlines.pending(isSlow) > 0 || allPolled(),
          'the next poll of the stalled host, or every one of its feeds polled',
        );
        deadlines.expire(isSlow);
      }
    } finally {
      // Nothing of the stalled host may hold up stop().
      deadlines.expireFromNowOn(isSlow);
      await poller.stop();
      await disable([...slowIds, healthyId]);
    }
    // Never more than one poll of the stalled host at a time, while the healthy feed came and went.
    expect(deadlines.peak(isSlow)).toBe(1);
    expect(
      slowOutcomes().filter((outcome) => outcome.status !== 'error' || outcome.code !== 'feed.timeout'),
    ).toEqual([]);
    expect(
      polling.outcomes.filter((outcome) => outcome.feedId === healthyId && outcome.status === 'error'),
    ).toEqual([]);
    expect(await headlinesFrom('healthy-one-host')).toEqual(['تونس تفتتح خطاً جديداً للقطارات']);
    for (const id of slowIds) {
      const { code, message, row } = await lastErrorOf(id);
      expect(code).toBe('feed.timeout');
      expect(message).toMatch(/deadline/);
      expect(row.consecutive_failures).toBeGreaterThanOrEqual(1);
    }
  });

  it('stalled feeds on four hosts hold all four slots only until their deadline; then the healthy feed is polled and ingested', async () => {
    healthy.setItems([{ guid: 'four-hosts-1', title: 'المغرب يطلق قمراً صناعياً', description: 'نص' }]);
    const slowIds = new Set<number>();
    const requestsBefore = slow.map((server) => server.requests());
    for (const [n, server] of slow.entries())
      slowIds.add(await addFeed(`stalled-${n}`, server.url(n % 2 ? '/dribble/four' : '/stall/four'), n + 1));
    const healthyId = await addFeed('healthy-four-hosts', `${healthy.arabicUrl}?four-hosts`, 100);
    const isSlow = (id: number) => slowIds.has(id);
    const deadlines = manualDeadlines();
    const polling = pollsUntil((outcomes) => outcomes.some(ingested(healthyId)));
    // Four hosts, one poll each: the per-host limit (the default) leaves all four slots to them.
    const poller = new FeedPoller(
      env().ctx,
      {
        ...FAST,
        concurrency: 4,
        pollsPerHost: DEFAULT_POLLER_OPTIONS.pollsPerHost,
        startDeadline: deadlines.start,
      },
      polling.onPoll,
    );
    poller.start();
    try {
      await until(
        () =>
          deadlines.pending(isSlow) === 4 &&
          slow.every((server, n) => server.requests() > requestsBefore[n]!),
        'a stalled poll on each of the four hosts',
      );
      // Every slot is held, and none of these polls can finish by itself: the healthy feed has not had a turn.
      expect(polling.outcomes).toEqual([]);
      // The deadline ends them; the healthy feed takes a freed slot (the stalled ones now time out at once).
      deadlines.expireFromNowOn(isSlow);
      await polling.reached;
    } finally {
      deadlines.expireFromNowOn(isSlow);
      await poller.stop();
      await disable([...slowIds, healthyId]);
    }
    expect(
      polling.outcomes.filter((outcome) => outcome.feedId === healthyId && outcome.status === 'error'),
    ).toEqual([]);
    expect(await headlinesFrom('healthy-four-hosts')).toEqual(['المغرب يطلق قمراً صناعياً']);
    for (const id of slowIds) expect((await lastErrorOf(id)).code).toBe('feed.timeout');
  });

  it('the deadline aborts a feed that keeps dribbling bytes, records feed.timeout and backs off', async () => {
    const host = slow[1]!;
    const path = '/dribble/alone';
    const id = await addFeed('dribbler', host.url(path), 1);
    await disable([id]);
    const deadlines = manualDeadlines();
    const before = FAST.now!();
    const polled = pollFeed(env().ctx, (await findFeedRow(db(), id))!, {
      ...FAST,
      startDeadline: deadlines.start,
    });
    // Bytes keep coming, so the idle read timeout is never reached: only the deadline can end this poll.
    await until(() => host.dribbled(path) >= 3, 'the server to dribble a few bytes');
    deadlines.expire(() => true);
    const outcome = await polled;
    expect(outcome).toMatchObject({ status: 'error', code: 'feed.timeout' });
    expect(outcome.status === 'error' && outcome.message).toMatch(/deadline of 600000 ms/);
    // The connection is given up, not left open to dribble on.
    await until(() => host.open(path) === 0, 'the dribbling connection to be closed');
    const { code, row } = await lastErrorOf(id);
    expect(code).toBe('feed.timeout');
    expect(row.consecutive_failures).toBe(1);
    // Backed off like any failure: twice the interval (1 s), less the jitter at most.
    expect(row.next_poll_at!).toBeGreaterThanOrEqual(before + 2_000 * (1 - FAST.jitter));

    // The same on the wall clock (the default timer): the server never finishes, so any deadline is reached.
    const again = await pollFeed(env().ctx, (await findFeedRow(db(), id))!, { ...FAST, deadlineMs: 20 });
    expect(again).toMatchObject({ status: 'error', code: 'feed.timeout' });
    expect((await lastErrorOf(id)).row.consecutive_failures).toBe(2);
  });

  it("a poll's error carries no secret of the feed's address: not in the outcome, on the feed, or in the log", async () => {
    const secrets = /wire-user|s3cret-pass|k3y-value/;
    const id = await addFeed(
      'secret-404',
      `http://wire-user:s3cret-pass@127.0.0.1:${healthy.port}/gone/rss.xml?apikey=k3y-value&lang=ar`,
      1,
    );
    await disable([id]);
    const sink = new Sink();
    const poller = new FeedPoller({ ...env().ctx, log: pino({ level: 'trace' }, sink) }, FAST);
    const outcome = await poller.pollNow(id);
    expect(outcome).toMatchObject({ status: 'error', code: 'feed.http_status' });
    const message = outcome?.status === 'error' ? outcome.message : '';
    expect(message).toBe(
      `HTTP 404 from http://***:***@127.0.0.1:${healthy.port}/gone/rss.xml?apikey=***&lang=ar.`,
    );
    const stored = (await findFeedRow(db(), id))!.last_error!;
    expect(stored).toContain('HTTP 404');
    expect(sink.text).toContain('HTTP 404');
    for (const text of [message, stored, sink.text]) expect(text).not.toMatch(secrets);
  });

  it('relative links in a feed read from an address with secrets do not carry them into items', async () => {
    const wire = createServer((_request, response) =>
      response
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(
          rss(
            '<item><guid>rel-1</guid><title>خبر برابط نسبي</title><link>story/1</link><description>نص</description></item>',
          ),
        ),
    );
    await new Promise<void>((resolve) => wire.listen(0, '127.0.0.1', resolve));
    try {
      const port = (wire.address() as { port: number }).port;
      const id = await addFeed(
        'relative-links',
        `http://u:s3cret@127.0.0.1:${port}/wire/ar.xml?token=t0k3n`,
        1,
      );
      await disable([id]);
      const outcome = await pollFeed(env().ctx, (await findFeedRow(db(), id))!, FAST);
      expect(outcome).toMatchObject({ status: 'ok', created: 1 });
      const item = await db()
        .selectFrom('items')
        .select('url')
        .where('source', '=', 'relative-links')
        .executeTakeFirstOrThrow();
      expect(item.url).toBe(`http://127.0.0.1:${port}/wire/story/1`);
    } finally {
      wire.closeAllConnections();
      await new Promise((resolve) => wire.close(resolve));
    }
  });
});
