/**
 * The desk overview's aggregate endpoint at 100,000 items on SQLite and PostgreSQL, through the HTTP API
 * (validation, every count, serialisation). Target: under 100 ms. Run: npx tsx bench/desk-overview.ts
 *
 * The items are written straight into the tables (the ingest path is benched in ingest.ts and would take minutes
 * here): a month of wire at about 3,300 items a day, the older ones mostly spiked or published, the last two days
 * spread over the whole workflow with eight editors, tags in item_tags and an event per arrival and submission,
 * as the app writes them.
 */
import { sql } from 'kysely';
import { TOPIC_IDS } from '../src/shared/tagging/codes.ts';
import type { NewItemRow } from '../src/server/db/schema.ts';
import { buildApp } from '../src/server/app.ts';
import { SYSTEM_ACTOR } from '../src/server/modules/events/actors.ts';
import { createUser } from '../src/server/modules/users/service.ts';
import { listEditorsWithLoad } from '../src/server/modules/users/repository.ts';
import {
  countAssignedWork,
  countByStatus,
  countPerHour,
  countPublishedByAssignee,
  countRising,
  countTagsPerHour,
  HOUR_MS,
  oldestIncoming,
  publicationDelays,
  reviewEntries,
} from '../src/server/modules/desk-overview/repository.ts';
import type { AppContext } from '../src/server/context.ts';
import { benchDialects, freshContext, percentile, report } from './support.ts';

const COUNT = Number(process.env.BENCH_ITEMS ?? 100_000);
const ROUNDS = 60;
const SPAN_MS = 30 * 24 * 3_600_000;
const COUNTRIES = ['KZ', 'UZ', 'TM', 'KG', 'TJ', 'AZ', 'EG', 'SA', 'IQ', 'IR', 'TR', 'SY', 'CN', 'RU', 'US'];
const SOURCES = [
  'وكالة الأنباء 1',
  'وكالة الأنباء 2',
  'وكالة الأنباء 3',
  'وكالة الأنباء 4',
  'وكالة الأنباء 5',
];
const RECENT = ['incoming', 'incoming', 'incoming', 'incoming', 'accepted', 'spiked', 'spiked', 'assigned'];
const RECENT_LATER = ['in_review', 'approved', 'published', 'published'];
const OLDER = ['spiked', 'spiked', 'spiked', 'published', 'published', 'published', 'incoming', 'killed'];

/** A small deterministic generator, so both databases get the same month. */
function random(start: number) {
  let state = start;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const event = (itemId: number, type: string, createdAt: number) => ({
  type,
  item_id: itemId,
  actor_kind: 'system',
  actor_id: null,
  actor_name: 'bench',
  payload: '{}',
  created_at: createdAt,
});

async function seed(ctx: AppContext, editorIds: number[]): Promise<void> {
  const { db } = ctx.database;
  const next = random(42);
  const now = Date.now();
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  for (let start = 0; start < COUNT; start += 500) {
    const size = Math.min(500, COUNT - start);
    const rows: NewItemRow[] = [];
    const tags: Array<{ countries: string[]; topics: string[] }> = [];
    for (let n = 0; n < size; n++) {
      const index = start + n;
      const receivedAt = now - Math.round(((COUNT - index) * SPAN_MS) / COUNT);
      const recent = now - receivedAt < 2 * 24 * 3_600_000;
      const status = recent ? (next() < 0.85 ? pick(RECENT) : pick(RECENT_LATER)) : pick(OLDER);
      const worked = ['assigned', 'in_review', 'approved', 'published', 'killed'].includes(status);
      const published = status === 'published' || status === 'killed';
      const countries = [...new Set([pick(COUNTRIES), ...(next() < 0.4 ? [pick(COUNTRIES)] : [])])];
      const topics = next() < 0.8 ? [pick(TOPIC_IDS)] : [];
      tags.push({ countries, topics });
      rows.push({
        source: pick(SOURCES),
        guid: `bench-${index}`,
        url: null,
        language: 'ar',
        headline: `خبر رقم ${index}`,
        summary: '',
        body: `<p>خبر رقم ${index}</p>`,
        author: null,
        countries: JSON.stringify(countries),
        regions: '[]',
        organisations: '[]',
        topics: JSON.stringify(topics),
        manual_tags: '[]',
        urgency: 3,
        status,
        desk_id: null,
        assignee_id: worked ? editorIds[index % editorIds.length]! : null,
        cluster_id: null,
        last_action: status === 'incoming' ? null : status === 'assigned' && next() < 0.2 ? 'return' : null,
        feed_id: null,
        received_at: receivedAt,
        updated_at: receivedAt,
        published_at: published ? receivedAt + Math.round(600_000 + next() * 6_600_000) : null,
        wire_time: null,
        content_hash: `h${index}`,
        search_headline: `خبر رقم ${index}`,
        search_text: `خبر رقم ${index}`,
        title_key: `bench ${index}`,
        version: 1,
      });
    }
    await db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('items')
        .values(rows)
        .returning(['id', 'status', 'received_at'])
        .execute();
      const tagRows = inserted.flatMap((row, n) => [
        ...tags[n]!.countries.map((code) => ({ item_id: row.id, kind: 'countries', code })),
        ...tags[n]!.topics.map((code) => ({ item_id: row.id, kind: 'topics', code })),
      ]);
      for (let at = 0; at < tagRows.length; at += 1_000)
        await trx
          .insertInto('item_tags')
          .values(tagRows.slice(at, at + 1_000))
          .execute();
      const events = inserted.flatMap((row) => [
        event(row.id, 'item.ingested', Number(row.received_at)),
        ...(row.status === 'in_review'
          ? [event(row.id, 'item.submit', Number(row.received_at) + 1_800_000)]
          : []),
      ]);
      for (let at = 0; at < events.length; at += 500)
        await trx
          .insertInto('events')
          .values(events.slice(at, at + 500))
          .execute();
    });
  }
  if (ctx.database.dialect === 'postgres') await sql`analyze`.execute(db);
  await ctx.database.optimize();
}

/** BENCH_PROFILE=1: each of the overview's queries alone, median of 5 (to find the one that costs). */
async function profile(ctx: AppContext): Promise<void> {
  const db = ctx.database.reader;
  const now = Date.now();
  const hour = Math.floor(now / HOUR_MS) * HOUR_MS;
  const span = { from: hour - 23 * HOUR_MS, to: hour + HOUR_MS - 1 };
  const last = { from: now - HOUR_MS + 1, to: now };
  const before = { from: now - 2 * HOUR_MS + 1, to: now - HOUR_MS };
  const day = now - 12 * HOUR_MS;
  const queries: Record<string, () => Promise<unknown>> = {
    countByStatus: () => countByStatus(db),
    listEditorsWithLoad: () => listEditorsWithLoad(db),
    countAssignedWork: () => countAssignedWork(db),
    countPublishedByAssignee: () => countPublishedByAssignee(db, day),
    incomingPerHour: () => countPerHour(db, 'received_at', span),
    publishedPerHour: () => countPerHour(db, 'published_at', span),
    countriesPerHour: () => countTagsPerHour(db, 'countries', span),
    topicsPerHour: () => countTagsPerHour(db, 'topics', span),
    risingCountries: () => countRising(db, 'countries', before, last),
    risingSources: () => countRising(db, null, before, last),
    oldestIncoming: () => oldestIncoming(db),
    reviewEntries: () => reviewEntries(db),
    publicationDelays: () => publicationDelays(db, day),
  };
  for (const [name, run] of Object.entries(queries)) {
    const times: number[] = [];
    for (let n = 0; n < 5; n++) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    console.log(
      ctx.database.dialect,
      name,
      percentile(
        times.toSorted((a, b) => a - b),
        50,
      ).toFixed(1),
      'ms',
    );
  }
}

const rows: Array<Record<string, string | number>> = [];
for (const dialect of benchDialects()) {
  const { ctx, dispose } = await freshContext(dialect);
  try {
    const editorIds: number[] = [];
    for (let n = 1; n <= 8; n++) {
      const user = await createUser(ctx, SYSTEM_ACTOR, {
        username: `editor${n}`,
        roles: ['editor'],
        password: 'bench-password',
      });
      editorIds.push(user.id);
    }
    await createUser(ctx, SYSTEM_ACTOR, { username: 'chief', roles: ['chief'], password: 'bench-password' });
    const fillStart = performance.now();
    await seed(ctx, editorIds);
    const fillMs = performance.now() - fillStart;
    const { app } = await buildApp({ config: ctx.config, database: ctx.database, logger: false });
    const login = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'chief', password: 'bench-password' },
    });
    const cookie = `mirsad_session=${login.cookies.find((entry) => entry.name === 'mirsad_session')!.value}`;
    const ask = () =>
      app.inject({
        method: 'GET',
        url: '/api/desk/overview?hours=24&reviewAfter=30&tz=Asia/Riyadh',
        headers: { cookie },
      });
    if (process.env.BENCH_PROFILE) await profile(ctx);
    // Warm-up: the first answers load the statement caches and pages.
    for (let n = 0; n < 5; n++) await ask();
    const timings: number[] = [];
    let body = '';
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      const response = await ask();
      timings.push(performance.now() - started);
      if (response.statusCode !== 200) throw new Error(`overview failed: ${response.body}`);
      body = response.body;
    }
    timings.sort((a, b) => a - b);
    const overview = JSON.parse(body) as { flow: { incoming: number[] } };
    rows.push({
      database: dialect,
      items: COUNT,
      'last 24 h': overview.flow.incoming.reduce((sum, n) => sum + n, 0),
      'fill s': (fillMs / 1000).toFixed(1),
      requests: timings.length,
      'p50 ms': percentile(timings, 50).toFixed(1),
      'p95 ms': percentile(timings, 95).toFixed(1),
      'max ms': timings.at(-1)!.toFixed(1),
    });
    await app.close();
  } finally {
    await dispose();
  }
}
report('desk-overview', rows);
