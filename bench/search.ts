/**
 * Search latency at 100,000 items on SQLite and PostgreSQL: one-word Arabic queries with filters, through the
 * HTTP API (validation, query, hydration). Target: p95 under 30 ms. Run: npx tsx bench/search.ts
 */
import { buildApp } from '../src/server/app.ts';
import { SYSTEM_ACTOR } from '../src/server/modules/events/actors.ts';
import { storeWireItems } from '../src/server/ingest/store-wire-items.ts';
import { createUser } from '../src/server/modules/users/service.ts';
import { demoStory } from '../src/server/demo/content.ts';
import { benchDialects, freshContext, percentile, report } from './support.ts';

const COUNT = Number(process.env.BENCH_ITEMS ?? 100_000);
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

const rows: Array<Record<string, string | number>> = [];
for (const dialect of benchDialects()) {
  const { ctx, dispose } = await freshContext(dialect);
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
    await createUser(ctx, SYSTEM_ACTOR, { username: 'bench', roles: ['editor'], password: 'bench-password' });
    const login = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'bench', password: 'bench-password' },
    });
    const cookie = `mirsad_session=${login.cookies.find((entry) => entry.name === 'mirsad_session')!.value}`;
    const timings: number[] = [];
    const byQuery = new Map<string, number[]>();
    let results = 0;
    for (let round = 0; round < 25; round++) {
      for (const [word, filters] of QUERIES) {
        const started = performance.now();
        const response = await app.inject({
          method: 'GET',
          url: `/api/items?q=${encodeURIComponent(word)}&limit=50${filters ? `&${filters}` : ''}`,
          headers: { cookie },
        });
        timings.push(performance.now() - started);
        const key = `${word} ${filters}`;
        byQuery.set(key, [...(byQuery.get(key) ?? []), performance.now() - started]);
        if (response.statusCode !== 200) throw new Error(`search failed: ${response.body}`);
        results += response.json().items.length;
      }
    }
    timings.sort((a, b) => a - b);
    if (process.env.BENCH_VERBOSE) {
      for (const [key, values] of byQuery)
        console.log(
          dialect,
          key,
          percentile(
            values.toSorted((a, b) => a - b),
            50,
          ).toFixed(1),
        );
    }
    rows.push({
      database: dialect,
      items: COUNT,
      'fill s': (fillMs / 1000).toFixed(1),
      queries: timings.length,
      'avg results': Math.round(results / timings.length),
      'p50 ms': percentile(timings, 50).toFixed(1),
      'p95 ms': percentile(timings, 95).toFixed(1),
      'max ms': timings.at(-1)!.toFixed(1),
    });
    await app.close();
  } finally {
    await dispose();
  }
}
report('search', rows);
