/**
 * Ingest throughput: a 20,000-item Arabic RSS feed, parsed, normalised, sanitised, tagged, deduplicated,
 * clustered and stored in one transaction, into SQLite and PostgreSQL. Target: ≥ 2,000 items/s on SQLite
 * (2 cores). Run: npx tsx bench/ingest.ts (PostgreSQL too when TEST_DATABASE_URL is set).
 *
 * Tables: `ingest` (end to end; first poll and re-poll), `ingest-steps` (CPU per item of each step, best of
 * three passes over the same 20,000 items, so that the remaining cost is visible, including the parts in
 * src/shared), `ingest-memory` (heap held by one readFeed of the document), `ingest-collapse` (a queue page
 * with and without collapse=true on the stored 20,000 items) and `ingest-hostile` (the absurd and hostile inputs
 * the unit tests check for behaviour, timed here: the tests assert what comes out, never how fast).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ItemFilters } from '../src/shared/schemas/items.ts';
import { SYSTEM_ACTOR } from '../src/server/modules/events/actors.ts';
import { readFeed } from '../src/server/ingest/index.ts';
import { htmlToText, htmlToTextWithJsdom } from '../src/server/ingest/html-to-text.ts';
import { sanitizeBodyHtml, sanitizeBodyHtmlWithDomPurify } from '../src/server/ingest/sanitize.ts';
import { listItemRows } from '../src/server/modules/items/repository.ts';
import { storeWireItems } from '../src/server/ingest/store-wire-items.ts';
import { candidateKeys, signatureOf } from '../src/server/ingest/near-duplicates.ts';
import { demoStory } from '../src/server/demo/content.ts';
import { tagText } from '../src/shared/tagging/index.ts';
import { searchIndexText } from '../src/shared/text/index.ts';
import { CORPORA_DIR, corpusSkipReason } from '../src/test-support/corpora.ts';
import { benchDialects, freshContext, report } from './support.ts';

const COUNT = 20_000;

const escape = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function arabicFeed(count: number): Buffer {
  const items = Array.from({ length: count }, (_, n) => {
    const { item } = demoStory(n, 'bench');
    return `<item><guid>${item.guid}</guid><title>${escape(item.title)}</title><link>https://wire.example/${n}</link><pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate><description>${escape(item.bodyHtml)}</description></item>`;
  });
  return Buffer.from(
    `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>وكالة</title><link>https://wire.example/</link><language>ar</language>${items.join('')}</channel></rss>`,
  );
}

const feed = arabicFeed(COUNT);

// --- End to end ------------------------------------------------------------------------------------------
const rows: Array<Record<string, string | number>> = [];
const collapseRows: Array<Record<string, string | number>> = [];
for (const dialect of benchDialects()) {
  const { ctx, dispose } = await freshContext(dialect);
  try {
    const started = performance.now();
    const parsed = readFeed(feed, { contentType: 'application/rss+xml' });
    const parsedAt = performance.now();
    const result = await storeWireItems(ctx, SYSTEM_ACTOR, parsed.items, { source: 'وكالة' });
    const done = performance.now();
    const again = performance.now();
    const second = await storeWireItems(ctx, SYSTEM_ACTOR, readFeed(feed).items, { source: 'وكالة' });
    const againDone = performance.now();
    const clusters = await ctx.database.db
      .selectFrom('items')
      .select((eb) => eb.fn.count<number>('id').distinct().as('n'))
      .where('cluster_id', 'is', null)
      .executeTakeFirstOrThrow();
    const roots = await ctx.database.db
      .selectFrom('items')
      .select((eb) => eb.fn.count<number>('cluster_id').distinct().as('n'))
      .executeTakeFirstOrThrow();
    rows.push({
      database: dialect,
      items: COUNT,
      created: result.created,
      'parse ms': Math.round(parsedAt - started),
      'store ms': Math.round(done - parsedAt),
      'items/s (first poll)': Math.round(COUNT / ((done - started) / 1000)),
      'items/s (re-poll, unchanged)': Math.round(COUNT / ((againDone - again) / 1000)),
      unchanged: second.unchanged,
      'clusters (+ singletons)': `${Number(roots.n)} (+ ${Number(clusters.n)})`,
    });

    // A queue page (60 rows, newest first) with and without collapse, and with a filter inside the collapse.
    const context = { dialect, viewerId: null };
    const queries: Array<[string, ItemFilters]> = [
      ['all', {}],
      ['collapse=true', { collapse: true }],
      ['collapse=true&status=incoming', { collapse: true, status: ['incoming'] }],
      ['country=KZ', { country: ['KZ'] }],
      ['collapse=true&country=KZ', { collapse: true, country: ['KZ'] }],
    ];
    for (const [name, filters] of queries) {
      const times: number[] = [];
      for (let pass = 0; pass < 5; pass++) {
        const t0 = performance.now();
        await listItemRows(ctx.database.db, filters, context, { limit: 60 });
        times.push(performance.now() - t0);
      }
      collapseRows.push({
        database: dialect,
        query: name,
        'median ms (5 runs)': times.sort((a, b) => a - b)[2]!.toFixed(1),
      });
    }
  } finally {
    await dispose();
  }
}
report('ingest', rows);

// --- Where the time goes -----------------------------------------------------------------------------------
const items = readFeed(feed).items;
const raw = Array.from({ length: COUNT }, (_, n) => demoStory(n, 'bench').item);
const bodies = items.map((item) => htmlToText(item.bodyHtml));
function perItem(name: string, run: (index: number) => unknown, count = COUNT): Record<string, string> {
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    for (let i = 0; i < count; i++) run(i);
    best = Math.min(best, ((performance.now() - t0) * 1000) / count);
  }
  return { step: name, 'µs/item (best of 3)': best.toFixed(1) };
}
function readFeedPerItem(): Record<string, string> {
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    readFeed(feed);
    best = Math.min(best, ((performance.now() - t0) * 1000) / COUNT);
  }
  return { step: 'readFeed (decode, parse, normalise, sanitise)', 'µs/item (best of 3)': best.toFixed(1) };
}
report('ingest-steps', [
  readFeedPerItem(),
  perItem('sanitizeBodyHtml (fast path)', (i) => sanitizeBodyHtml(raw[i]!.bodyHtml)),
  perItem(
    'sanitizeBodyHtml via DOMPurify (for comparison)',
    (i) => sanitizeBodyHtmlWithDomPurify(raw[i]!.bodyHtml),
    2_000,
  ),
  perItem('htmlToText of body (fast path)', (i) => htmlToText(items[i]!.bodyHtml)),
  perItem('htmlToText via jsdom (for comparison)', (i) => htmlToTextWithJsdom(items[i]!.bodyHtml), 2_000),
  perItem('tagText (headline + summary + body) [src/shared]', (i) =>
    tagText({
      headline: items[i]!.title,
      summary: items[i]!.summary,
      body: bodies[i]!,
      categories: [],
      agencyUrgency: null,
    }),
  ),
  perItem('searchIndexText (headline, then all) [src/shared]', (i) => {
    searchIndexText(items[i]!.title);
    return searchIndexText(items[i]!.title, items[i]!.summary, bodies[i]!);
  }),
  perItem('near-duplicate signature + keys', (i) =>
    candidateKeys(
      signatureOf({
        headline: items[i]!.title,
        summary: items[i]!.summary,
        countries: ['KZ'],
        language: 'ar',
        time: 0,
      }),
    ),
  ),
]);

// --- Memory of one readFeed ----------------------------------------------------------------------------------
// Run with `node --expose-gc --import tsx bench/ingest.ts` for the retained figure.
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage().heapUsed;
const held = readFeed(feed);
const right = process.memoryUsage().heapUsed;
gc?.();
const retained = process.memoryUsage().heapUsed;
report('ingest-memory', [
  {
    document: `${(feed.length / 1e6).toFixed(1)} MB, ${held.items.length} items`,
    'heap right after readFeed, MB': ((right - before) / 1e6).toFixed(0),
    'retained (the ParsedFeed), MB': gc ? ((retained - before) / 1e6).toFixed(0) : 'needs --expose-gc',
  },
]);
report('ingest-collapse', collapseRows);

// --- Absurd and hostile input (the cases of sanitize.test.ts, hostile.test.ts and corpus.test.ts) ------------
function bestOf3(run: () => unknown): number {
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
const refused = (run: () => unknown) => () => {
  try {
    run();
  } catch {
    // refused, as it should be: the time to refuse is what is measured
  }
};
const deep = `${'<div>'.repeat(30_000)}<script>x()</script>عميق &amp; <b>bold</b>${'</div>'.repeat(30_000)}`;
const laughs = new TextEncoder().encode(
  `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from(
    { length: 9 },
    (_, n) => `<!ENTITY lol${n + 1} "${`&lol${n || ''};`.repeat(10)}">`,
  ).join('')}]><rss version="2.0"><channel><title>&lol9;</title></channel></rss>`,
);
const plainRss = new TextEncoder().encode(
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>big</title>${Array.from(
    { length: 20_000 },
    (_, i) =>
      `<item><title>خبر ${i} &amp; تفاصيل</title><link>https://e.example/${i}</link><guid>g${i}</guid>` +
      `<pubDate>Tue, 15 Jul 2024 10:30:00 GMT</pubDate><description>&lt;p dir="rtl"&gt;نص الخبر ${i}&lt;/p&gt;</description></item>`,
  ).join('')}</channel></rss>`,
);
const hostileRows: Array<Record<string, string | number>> = [
  {
    case: 'sanitizeBodyHtml of 3.2 MB of tiny elements (<b>x</b> × 400,000)',
    'ms (best of 3)': bestOf3(() => sanitizeBodyHtml('<b>x</b>'.repeat(400_000))).toFixed(0),
  },
  {
    case: 'sanitizeBodyHtml + htmlToText of 30,000 nested <div>s',
    'ms (best of 3)': bestOf3(() => {
      sanitizeBodyHtml(deep);
      htmlToText(deep);
    }).toFixed(0),
  },
  {
    case: '1,000 small bodies with a link, sanitised in a row',
    'ms (best of 3)': bestOf3(() => {
      for (let i = 0; i < 1000; i++)
        sanitizeBodyHtml(`<p>خبر رقم ${i} <a href="https://e.example/${i}">رابط</a></p>`);
    }).toFixed(0),
  },
  {
    case: 'readFeed refuses billion laughs',
    'ms (best of 3)': bestOf3(refused(() => readFeed(laughs))).toFixed(2),
  },
  {
    case: `readFeed of a 20,000-item RSS without bodies (${(plainRss.length / 1e6).toFixed(1)} MB)`,
    'ms (best of 3)': bestOf3(() => readFeed(plainRss)).toFixed(0),
  },
];
const corpusSkipped = corpusSkipReason('feedparser');
if (corpusSkipped) console.log(corpusSkipped);
else {
  const corpus = `${CORPORA_DIR}feedparser/`;
  const list = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? list(path) : name.endsWith('.xml') ? [path] : [];
      });
  const files = list(corpus).map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) }));
  let slowest = { file: '', ms: 0 };
  const total = bestOf3(() => {
    for (const { path, bytes } of files) {
      const t0 = performance.now();
      refused(() => readFeed(bytes))();
      const ms = performance.now() - t0;
      if (ms > slowest.ms) slowest = { file: relative(corpus, path), ms };
    }
  });
  hostileRows.push({
    case: `readFeed of each of feedparser's ${files.length} corpus files`,
    'ms (best of 3)': total.toFixed(0),
    note: `slowest: ${slowest.file.split('/').at(-1)}, ${slowest.ms.toFixed(0)} ms`,
  });
}
report('ingest-hostile', hostileRows);
