/**
 * Finding 1: requests that stalled the whole desk. Each attack runs while a probe asks /healthz every 100 ms and a
 * second editor reloads their queue (GET /api/items?limit=50) every 250 ms; the desk held if both stay under
 * 250 ms at p99 (ADR 009). 429s and 503s the ATTACKER gets are the protection working and are reported.
 *
 * - (a) a grouped facets request with many filters over a database of huge near-duplicate clusters;
 * - (b) a 10 MB (~18,500-item) RSS document pushed to /api/ingest/feed, and the same fetched by a feed poll;
 * - (c) four anonymous clients sending 1 MB of nested JSON arrays;
 * - (d) one editor varying facet filters in six parallel requests.
 *
 * The full run builds the big database (SQLite 60,000 items; PostgreSQL ATTACKS_PG_ITEMS, 20,000 by default) by
 * running the CLI while the server is up, which also shows the server noticing another process's writes. The
 * short run keeps only what the server answers (statuses, 429s), on the behaviour desk.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DialectName } from '../../src/server/db/index.ts';
import type { AttackContext } from './support/context.ts';
import { Desk } from './support/desk.ts';
import { FeedHost, largeFeed, nearDuplicateItems, rssDocument } from './support/feeds.ts';
import {
  expectStatus,
  formatTally,
  freshAddress,
  noAnswerReasons,
  json,
  request,
  tally,
  type HttpResponse,
} from './support/http.ts';
import { formatStats, percentile, Probe, type ProbeStats } from './support/latency.ts';
import { ms, seconds, type RowSink } from './support/rows.ts';

/** The request of the issue. (Its `since=2020-01-01` is refused by the API, which wants a timestamp: see below.) */
export const GROUPED_FACETS =
  '/api/items/facets?collapse=true&status=incoming&status=accepted&urgency=1&urgency=2&urgency=3' +
  '&country=IQ&country=IR&country=TR&country=EG&topic=economy&since=2020-01-01T00:00:00Z';
const ISSUE_FACETS = GROUPED_FACETS.replace('2020-01-01T00:00:00Z', '2020-01-01');

/** Under this at p99, /healthz and the second editor's queue did not notice the attack. */
const P99_BOUND_MS = 250;

const NESTED_MB = `${'['.repeat(524_288)}${']'.repeat(524_288)}`;

/** `n` of the list, at random. */
const pick = <T>(list: readonly T[], n: number) => [...list].sort(() => Math.random() - 0.5).slice(0, n);

/** A facet filter set drawn at random: what an editor clicking through the sidebar sends. */
function randomFilters(): string {
  const params = new URLSearchParams();
  for (const country of pick(
    ['IQ', 'IR', 'TR', 'EG', 'KZ', 'UZ', 'RU', 'CN'],
    1 + Math.floor(Math.random() * 4),
  ))
    params.append('country', country);
  for (const status of pick(['incoming', 'accepted', 'assigned'], 1 + Math.floor(Math.random() * 2)))
    params.append('status', status);
  for (const topic of pick(['economy', 'energy', 'diplomacy', 'politics'], Math.floor(Math.random() * 2)))
    params.append('topic', topic);
  if (Math.random() < 0.7) params.set('collapse', 'true');
  if (Math.random() < 0.5) params.append('urgency', String(1 + Math.floor(Math.random() * 3)));
  if (Math.random() < 0.3)
    params.set('q', ['اتفاقية', 'النفط', 'التجارة', 'الطاقة'][Math.floor(Math.random() * 4)]!);
  return `/api/items/facets?${params}`;
}

/** Sends requests in `parallel` lanes, one after another in each, while `more()` says so. */
async function lanes(
  parallel: number,
  more: () => boolean,
  send: (lane: number) => Promise<HttpResponse>,
): Promise<HttpResponse[]> {
  const responses: HttpResponse[] = [];
  await Promise.all(
    Array.from({ length: parallel }, async (_, lane) => {
      while (more()) responses.push(await send(lane));
    }),
  );
  return responses;
}

const until = (deadline: number) => () => Date.now() < deadline;
const times = (count: number) => {
  let sent = 0;
  return () => sent++ < count;
};

/** Anonymous clients, each from its own address, posting 1 MB of `[[[[…]]]]` to a user route and to sign-in. */
function nestedJsonFlood(base: string, clients: number, more: () => boolean): Promise<HttpResponse[]> {
  const addresses = Array.from({ length: clients }, () => freshAddress());
  let n = 0;
  return lanes(clients, more, (lane) =>
    request(base, 'POST', n++ % 2 ? '/api/session' : '/api/items/1/comments', {
      body: NESTED_MB,
      headers: { 'content-type': 'application/json' },
      localAddress: addresses[lane]!,
    }),
  );
}

/** The behavioural rows of finding 1 (short and full runs), on the behaviour desk. */
export async function stallBehaviour({ desk, rows, mode }: AttackContext): Promise<void> {
  const base = desk.servers.desk.url;
  const { samir } = desk.sessions;

  await rows.check('1a', 'grouped facets with 12 filters is answered', async () => {
    const response = await samir.get(GROUPED_FACETS);
    const issue = await samir.get(ISSUE_FACETS);
    return {
      held: response.status === 200,
      figure: `${response.status} in ${ms(response.ms)}; the issue's own URL (since=2020-01-01, a date without a time) answers ${issue.status} ${issue.status === 400 ? json<{ error: { code: string } }>(issue).error.code : ''}`,
    };
  });

  await rows.check('1c', '4 anonymous clients send 1 MB nested JSON', async () => {
    const before = desk.servers.desk.memory();
    const responses = await nestedJsonFlood(base, 4, times(mode === 'full' ? 100 : 20));
    const after = desk.servers.desk.memory();
    const refused = responses.every((response) => [400, 401, 413, 429].includes(response.status));
    return {
      held: refused,
      figure: `${formatTally(tally(responses))}${noAnswerReasons(responses)}; server RSS ${Math.round(before.rssMb)} → ${Math.round(after.rssMb)} MB`,
    };
  });

  await rows.check('1d', 'one editor: 300 facet requests, 8 at a time, varied filters', async () => {
    const all = await lanes(8, times(300), () => samir.get(randomFilters()));
    const limited = all.filter((response) => response.status === 429);
    const retryAfter = limited.every((response) => Number(response.headers['retry-after']) > 0);
    return {
      held:
        all.every((response) => response.status === 200 || response.status === 429) &&
        limited.length > 0 &&
        retryAfter,
      figure: `${formatTally(tally(all))}; every 429 has Retry-After: ${retryAfter ? 'yes' : 'NO'}`,
    };
  });
}

interface StallDeskSize {
  files: number;
  perFile: number;
}

/** The full run's timing rows, on a big database of its own. */
export async function stallTiming(
  dialect: DialectName,
  rows: RowSink,
  log: (line: string) => void,
  windowMs: number,
): Promise<void> {
  const size: StallDeskSize =
    dialect === 'sqlite'
      ? { files: 3, perFile: 20_000 }
      : {
          files: Math.max(1, Math.round(Number(process.env.ATTACKS_PG_ITEMS ?? 20_000) / 20_000)),
          perFile: 20_000,
        };
  const desk = await Desk.open(dialect, {
    stall: { FEED_ALLOW_PRIVATE: '1', LOG_LEVEL: 'warn' },
  });
  const dir = mkdtempSync(join(tmpdir(), 'mirsad-attacks-stall-'));
  const host = await new FeedHost().start();
  try {
    const base = desk.servers.stall.url;
    const { admin, samir, huda } = desk.sessions;
    const total = size.files * size.perFile;

    await rows.check(
      '1',
      `the CLI loads ${total.toLocaleString('en')} near-duplicates while the server runs; the server sees them`,
      async () => {
        const runs = [];
        for (let file = 0; file < size.files; file++) {
          const path = join(dir, `clusters-${file}.xml`);
          writeFileSync(path, rssDocument(nearDuplicateItems(size.perFile, `cluster-${file}`)));
          log(`  loading ${path} (${size.perFile} items) with the CLI…`);
          runs.push(
            await desk.cli(['ingest', path, '--source', ['سبوتنيك', 'الأناضول', 'إرنا', 'واع'][file % 4]!]),
          );
        }
        // Accept a share of them, so that status=accepted selects something (bulk actions, 200 ids each).
        const ids: number[] = [];
        for (let cursor: string | null = null; ids.length < 2_000;) {
          const page: { items: Array<{ id: number }>; nextCursor: string | null } = json(
            await admin.get(`/api/items?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
          );
          ids.push(...page.items.map((item) => item.id));
          if (!page.nextCursor) break;
          cursor = page.nextCursor;
        }
        for (let start = 0; start < ids.length; start += 200)
          expectStatus(
            await admin.post('/api/items/actions/accept', { ids: ids.slice(start, start + 200) }),
            'bulk accept',
            200,
          );
        const facets = json<{ total: number }>(
          expectStatus(await admin.get('/api/items/facets'), 'facets', 200),
        );
        const clusters = await clusterShape(desk);
        return {
          held: runs.every((run) => run.code === 0) && facets.total >= total,
          figure:
            `CLI ${runs.map((run) => seconds(run.ms)).join(' + ')}; facets total ${facets.total}; ` +
            `${clusters.clusters} clusters, largest ${clusters.largest} items, ${clusters.share}% of items in clusters of ≥ 1,000`,
        };
      },
    );

    const probes = () => ({
      health: new Probe(() => request(base, 'GET', '/healthz', { localAddress: '127.0.0.1' }), 100).start(),
      queue: new Probe(() => huda.get('/api/items?limit=50'), 250).start(),
    });
    const timed = async (attack: string, finding: string, run: () => Promise<string>) =>
      rows.check(
        finding,
        attack,
        async () => {
          const running = probes();
          const started = performance.now();
          const attackFigure = await run();
          const elapsed = performance.now() - started;
          const [health, queue] = [await running.health.stop(), await running.queue.stop()];
          return judge(health, queue, `${attackFigure} (${seconds(elapsed)})`);
        },
        'timing',
      );

    await timed('baseline: no attack', '1', async () => {
      await new Promise((resolve) => setTimeout(resolve, windowMs));
      return 'nothing else running';
    });

    await timed(
      'grouped facets, 12 filters, over huge clusters (one editor, back to back)',
      '1a',
      async () => {
        const responses = await lanes(1, until(Date.now() + windowMs), () =>
          samir.get(GROUPED_FACETS, { timeoutMs: 120_000 }),
        );
        const took = responses.map((response) => response.ms).sort((a, b) => a - b);
        return `attacker: ${formatTally(tally(responses))}, each ${ms(percentile(took, 50))} p50 / ${ms(took.at(-1) ?? Number.NaN)} max`;
      },
    );

    const big = largeFeed(10 * 1_048_576 - 4_096, `push-${randomBytes(3).toString('hex')}`);
    log(
      `  pushing a ${(Buffer.byteLength(big.document) / 1_048_576).toFixed(1)} MB feed of ${big.items} items…`,
    );
    await timed(
      `10 MB feed (${big.items.toLocaleString('en')} items) pushed to /api/ingest/feed`,
      '1b',
      async () => {
        const response = await request(
          base,
          'POST',
          `/api/ingest/feed?source=${encodeURIComponent('وكالة الدفع الكبير')}`,
          {
            headers: { authorization: desk.token, 'content-type': 'application/rss+xml' },
            body: Buffer.from(big.document),
            timeoutMs: 600_000,
          },
        );
        return `push ${response.status}${response.status === 200 ? ` (${json<{ created: number }>(response).created} new)` : ` ${response.body.slice(0, 120)}`}`;
      },
    );

    const polled = largeFeed(10 * 1_048_576 - 4_096, `poll-${randomBytes(3).toString('hex')}`);
    const feedUrl = host.serve('big.xml', polled.document);
    await timed(
      `the same size fetched by a feed poll (${polled.items.toLocaleString('en')} items)`,
      '1b',
      async () => {
        const created = await admin.post('/api/feeds', {
          name: 'وكالة الاستطلاع الكبير',
          url: feedUrl,
          enabled: false,
        });
        const feed = json<{ id: number }>(expectStatus(created, 'create feed', 201));
        const poll = await admin.request('POST', `/api/feeds/${feed.id}/poll`, {
          body: {},
          timeoutMs: 600_000,
        });
        const health =
          poll.status === 200
            ? json<{ health: { itemsTaken: number; lastError: unknown } }>(poll).health
            : null;
        return `poll ${poll.status}${health ? ` (${health.itemsTaken} items taken${health.lastError ? `, error ${JSON.stringify(health.lastError)}` : ''})` : ` ${poll.body.slice(0, 120)}`}`;
      },
    );

    await timed('4 anonymous clients sending 1 MB nested JSON, back to back', '1c', async () => {
      const responses = await nestedJsonFlood(base, 4, until(Date.now() + windowMs));
      return `attackers: ${formatTally(tally(responses))}`;
    });

    await timed('one editor varying facet filters, 6 requests at a time', '1d', async () => {
      const responses = await lanes(6, until(Date.now() + windowMs), () =>
        samir.get(randomFilters(), { timeoutMs: 120_000 }),
      );
      return `attacker: ${formatTally(tally(responses))}`;
    });
  } finally {
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
    await desk.close();
  }
}

const allOk = (stats: ProbeStats) => Object.keys(stats.statuses).every((status) => status === '200');

function judge(health: ProbeStats, queue: ProbeStats, attack: string): { held: boolean; figure: string } {
  return {
    held: health.p99 < P99_BOUND_MS && queue.p99 < P99_BOUND_MS && allOk(health) && allOk(queue),
    figure: `/healthz ${formatStats(health)}; second editor's queue ${formatStats(queue)}; ${attack}`,
  };
}

/** How the near-duplicates clustered: the shape that made grouping expensive. */
async function clusterShape(desk: Desk): Promise<{ clusters: number; largest: number; share: number }> {
  const database = await desk.database();
  const sizes = await database.db
    .selectFrom('items')
    .select(['cluster_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('cluster_id', 'is not', null)
    .groupBy('cluster_id')
    .execute();
  const counts = sizes.map((row) => Number(row.n));
  const all = Number(
    (
      await database.db
        .selectFrom('items')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const inBig = counts.filter((n) => n >= 1_000).reduce((sum, n) => sum + n, 0);
  return {
    clusters: counts.length,
    largest: Math.max(0, ...counts),
    share: Math.round((inBig / Math.max(1, all)) * 100),
  };
}
