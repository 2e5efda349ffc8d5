/**
 * Ingest throughput: a 20,000-item Arabic RSS feed, parsed, normalised, sanitised, tagged, deduplicated and
 * stored in one transaction, into SQLite and PostgreSQL. Target: ≥ 2,000 items/s on SQLite (2 cores).
 * Run: npx tsx bench/ingest.ts (PostgreSQL too when TEST_DATABASE_URL is set).
 */
import { SYSTEM_ACTOR } from '../src/server/http/principal.ts';
import { readFeed } from '../src/server/ingest/index.ts';
import { storeWireItems } from '../src/server/modules/items/store-wire-items.ts';
import { demoStory } from '../src/server/demo/content.ts';
import { benchDialects, freshContext, report } from './support.ts';

const COUNT = 20_000;

function arabicFeed(count: number): Buffer {
  const escape = (text: string) =>
    text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const items = Array.from({ length: count }, (_, n) => {
    const { item } = demoStory(n, 'bench');
    return `<item><guid>${item.guid}</guid><title>${escape(item.title)}</title><link>https://wire.example/${n}</link><pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate><description>${escape(item.bodyHtml)}</description></item>`;
  });
  return Buffer.from(
    `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>وكالة</title><link>https://wire.example/</link><language>ar</language>${items.join('')}</channel></rss>`,
  );
}

const rows: Array<Record<string, string | number>> = [];
const feed = arabicFeed(COUNT);
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
    rows.push({
      database: dialect,
      items: COUNT,
      created: result.created,
      'parse ms': Math.round(parsedAt - started),
      'store ms': Math.round(done - parsedAt),
      'items/s (first poll)': Math.round(COUNT / ((done - started) / 1000)),
      'items/s (re-poll, unchanged)': Math.round(COUNT / ((againDone - again) / 1000)),
      unchanged: second.unchanged,
    });
  } finally {
    await dispose();
  }
}
report('ingest', rows);
