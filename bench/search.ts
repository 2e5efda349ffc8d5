/**
 * Search latency at 100,000 items on SQLite and PostgreSQL: one-word Arabic queries with filters, through the
 * HTTP API (validation, query, hydration, serialisation), beside the floor of the same search in the same run:
 * one hand-written statement through the bare driver (FTS5 MATCH on SQLite, a tsquery on PostgreSQL; a country
 * name also takes the items tagged with the country, as Mirsad's search does) for the same words and filters,
 * newest first, 50 rows of the columns a queue row shows, turned into JSON. Rounds interleave the two, so load
 * on a shared machine falls on both alike. Target (issue 14): p50 and p95 within 1.5× of the floor.
 * Run: npx tsx bench/search.ts   (BENCH_ITEMS=n for another size; PostgreSQL too when TEST_DATABASE_URL is set)
 */
import SQLite from 'better-sqlite3';
import { Pool } from 'pg';
import { parseSearch } from '../src/shared/tagging/search-names.ts';
import { toFts5Query, toTsQuery } from '../src/server/db/search.ts';
import type { DialectName } from '../src/server/db/index.ts';
import { buildApp } from '../src/server/app.ts';
import { SYSTEM_ACTOR } from '../src/server/modules/events/actors.ts';
import { storeWireItems } from '../src/server/ingest/store-wire-items.ts';
import { createUser } from '../src/server/modules/users/service.ts';
import { demoStory } from '../src/server/demo/content.ts';
import { benchDialects, freshContext, percentile, report } from './support.ts';

const COUNT = Number(process.env.BENCH_ITEMS ?? 100_000);
const ROUNDS = 25;
const TARGET_RATIO = 1.5;
const QUERIES = [
  ['الغاز', 'country=TM'],
  ['كازاخستان', 'status=incoming'],
  ['السياحة', 'region=central-asia'],
  ['زلزال', 'topic=disaster'],
  ['الاستثمار', 'country=UZ&status=incoming'],
  ['منتخب', 'topic=sport'],
  ['بكين', ''],
  ['التعاون', 'country=AZ&topic=diplomacy'],
  // Country names in another spelling or language: the words, or the items tagged with the country.
  ['قيرغيزستان', ''],
  ['أبو ظبي', 'status=incoming'],
  ['Pakistan', ''],
  ['طاشقند', 'topic=economy'],
] as const;

/** The floor's columns: what a queue row shows (src/client/components/item-row.tsx). */
const ROW_COLUMNS =
  'items.id, items.source, items.language, items.headline, items.urgency, items.status, items.received_at, ' +
  'items.countries, items.topics, items.assignee_id, items.cluster_id, items.origin';
const TAG_KINDS: Record<string, string> = { country: 'countries', region: 'regions', topic: 'topics' };

/** One statement for a query and its filters, with its parameters: `?` placeholders, numbered for PostgreSQL. */
function floorStatement(
  dialect: DialectName,
  word: string,
  filters: string,
): { text: string; values: string[] } {
  const values: string[] = [];
  const param = (value: string) => (values.push(value), dialect === 'postgres' ? `$${values.length}` : '?');
  const conditions: string[] = [];
  for (const clause of parseSearch(word).clauses) {
    const words = { clauses: [{ ...clause, named: undefined }] };
    const text =
      dialect === 'postgres'
        ? `select id from items where search_tsv @@ to_tsquery('simple', ${param(toTsQuery(words))})`
        : `select rowid from items_fts where items_fts match ${param(toFts5Query(words))}`;
    const tagged = clause.named
      ? ` union select item_id from item_tags where kind = '${clause.named.kind}' and code = ${param(clause.named.code)}`
      : '';
    conditions.push(`items.id in (${text}${tagged})`);
  }
  for (const [key, value] of new URLSearchParams(filters)) {
    if (key === 'status') conditions.push(`items.status = ${param(value)}`);
    else
      conditions.push(
        `items.id in (select item_id from item_tags where kind = '${TAG_KINDS[key]}' and code = ${param(value)})`,
      );
  }
  return {
    text: `select ${ROW_COLUMNS} from items where ${conditions.join(' and ')} order by items.id desc limit 50`,
    values,
  };
}

/** Runs the floor statement on the bare driver and returns its rows as JSON, as an endpoint would send them. */
type Floor = {
  run(word: string, filters: string): Promise<{ json: string; rows: number }>;
  close(): Promise<void>;
};

function sqliteFloor(url: string): Floor {
  const connection = new SQLite(url.slice('sqlite:'.length), { readonly: true });
  // The settings of the server's reader connections (src/server/db/sqlite-readers.ts).
  connection.pragma('cache_size = -16384');
  connection.pragma('mmap_size = 268435456');
  const statements = new Map<string, SQLite.Statement>();
  return {
    async run(word, filters) {
      const { text, values } = floorStatement('sqlite', word, filters);
      let statement = statements.get(text);
      if (!statement) statements.set(text, (statement = connection.prepare(text)));
      const rows = statement.all(...values);
      return { json: JSON.stringify({ items: rows }), rows: rows.length };
    },
    async close() {
      connection.close();
    },
  };
}

function postgresFloor(url: string, schema: string): Floor {
  const base = new URL(url);
  base.searchParams.delete('schema');
  const pool = new Pool({
    connectionString: base.toString(),
    max: 2,
    options: `-c search_path=${schema}`,
  });
  return {
    async run(word, filters) {
      const { text, values } = floorStatement('postgres', word, filters);
      const result = await pool.query({ text, values });
      return { json: JSON.stringify({ items: result.rows }), rows: result.rows.length };
    },
    close: () => pool.end(),
  };
}

const ratio = (value: number, floor: number) => value / floor;
const median = (values: number[]) =>
  percentile(
    values.toSorted((a, b) => a - b),
    50,
  ).toFixed(1);

const rows: Array<Record<string, string | number>> = [];
for (const dialect of benchDialects()) {
  const { ctx, url, dispose } = await freshContext(dialect);
  let floor: Floor | null = null;
  try {
    const fillStart = performance.now();
    for (let start = 0; start < COUNT; start += 5_000) {
      const batch = Array.from(
        { length: Math.min(5_000, COUNT - start) },
        (_, n) => demoStory(start + n, 'search').item,
      );
      await storeWireItems(ctx, SYSTEM_ACTOR, batch, {
        source: `وكالة ${start % 3}`,
        receivedAt: (index) => Date.now() - (COUNT - start - index) * 1000,
      });
    }
    const fillMs = performance.now() - fillStart;
    // The bench measures search, not the per-user limiter (it sends a few hundred searches a minute).
    const config = { ...ctx.config, rateLimits: { ...ctx.config.rateLimits, search: 0 } };
    const { app } = await buildApp({ config, database: ctx.database, logger: false });
    await createUser(ctx, SYSTEM_ACTOR, {
      username: 'bench',
      roles: ['editor'],
      password: 'quiet-harbour-lantern-7',
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'bench', password: 'quiet-harbour-lantern-7' },
    });
    const cookie = `mirsad_session=${login.cookies.find((entry) => entry.name === 'mirsad_session')!.value}`;
    floor = dialect === 'postgres' ? postgresFloor(url, ctx.database.pgSchema!) : sqliteFloor(url);
    const search = async (word: string, filters: string) => {
      const response = await app.inject({
        method: 'GET',
        url: `/api/items?q=${encodeURIComponent(word)}&limit=50${filters ? `&${filters}` : ''}`,
        headers: { cookie },
      });
      if (response.statusCode !== 200) throw new Error(`search failed: ${response.body}`);
      return response;
    };
    // One unmeasured round: statements prepared, caches warm on both sides.
    for (const [word, filters] of QUERIES) {
      await search(word, filters);
      await floor.run(word, filters);
    }
    const timings: number[] = [];
    const floorTimings: number[] = [];
    const byQuery = new Map<string, { api: number[]; floor: number[] }>();
    let results = 0;
    let floorResults = 0;
    let bytes = 0;
    let floorBytes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const [word, filters] of QUERIES) {
        const key = `${word} ${filters}`;
        const entry = byQuery.get(key) ?? { api: [], floor: [] };
        byQuery.set(key, entry);
        let started = performance.now();
        const raw = await floor.run(word, filters);
        const floorMs = performance.now() - started;
        started = performance.now();
        const response = await search(word, filters);
        const apiMs = performance.now() - started;
        timings.push(apiMs);
        floorTimings.push(floorMs);
        entry.api.push(apiMs);
        entry.floor.push(floorMs);
        results += response.json().items.length;
        floorResults += raw.rows;
        bytes += response.body.length;
        floorBytes += raw.json.length;
      }
    }
    timings.sort((a, b) => a - b);
    floorTimings.sort((a, b) => a - b);
    if (process.env.BENCH_VERBOSE) {
      for (const [key, values] of byQuery)
        console.log(dialect, key, 'api', median(values.api), 'floor', median(values.floor));
    }
    const p50 = ratio(percentile(timings, 50), percentile(floorTimings, 50));
    const p95 = ratio(percentile(timings, 95), percentile(floorTimings, 95));
    rows.push({
      database: dialect,
      items: COUNT,
      'fill s': (fillMs / 1000).toFixed(1),
      queries: timings.length,
      'avg results': Math.round(results / timings.length),
      'floor results': Math.round(floorResults / timings.length),
      'KB/page': (bytes / timings.length / 1024).toFixed(1),
      'floor KB': (floorBytes / timings.length / 1024).toFixed(1),
      'p50 ms': percentile(timings, 50).toFixed(1),
      'floor p50': percentile(floorTimings, 50).toFixed(1),
      'p50 ratio': `${p50.toFixed(2)}×`,
      'p95 ms': percentile(timings, 95).toFixed(1),
      'floor p95': percentile(floorTimings, 95).toFixed(1),
      'p95 ratio': `${p95.toFixed(2)}×`,
      [`≤ ${TARGET_RATIO}×`]: p50 <= TARGET_RATIO && p95 <= TARGET_RATIO ? 'PASS' : 'FAIL',
    });
    await app.close();
  } finally {
    await floor?.close();
    await dispose();
  }
}
report('search', rows);
