/**
 * Browser benchmark: the queue with 50,000 items, in Debian's Chromium against the real server and the built
 * client (dist/). Measures time from navigation to the first queue rows (cold and warm cache), the time for
 * a filter change to repaint the list, the number of rows in the DOM while scrolling (virtualisation), and the
 * initial JavaScript gzipped, and the facet counts as the browser receives them (after an event, and from the
 * server's cache). Targets: first rows < 1 s, filter repaint < 150 ms, initial JS < 200 KB gz.
 *
 * The floor, measured in the same run and served by the same server with the same cookie: a minimal React +
 * TanStack Query + Router page (bench/minimal-app/, built here under /minimal/) that shows the same first page of
 * the same API. Its runs alternate with the queue's, and the ratio of the medians must stay ≤ 1.3 (issue 14).
 *
 * Run: npx tsx bench/browser.ts [--items 50000] [--fresh] [--dist DIR] [--first-rows]
 * --dist (or BENCH_STATIC_DIR) names the built client (default dist/, built first when missing); --first-rows
 * measures only first rows, the floor and the initial JS. The seeded database is cached in the temp directory by
 * item count and schema; --fresh seeds it again.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { FULL_BROWSER } from '../src/test-support/browsers.ts';
import react from '@vitejs/plugin-react';
import pino from 'pino';
import { build } from 'vite';
import { loadConfig } from '../src/server/config.ts';
import { createContext } from '../src/server/context.ts';
import { demoStory } from '../src/server/demo/content.ts';
import { openDatabase } from '../src/server/db/index.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { SYSTEM_ACTOR } from '../src/server/modules/events/actors.ts';
import { storeWireItems } from '../src/server/ingest/store-wire-items.ts';
import { createUser, ensureDesk } from '../src/server/modules/users/service.ts';
import { ROOT, ServerProcess } from '../src/test-support/server-process.ts';
import { report } from './support.ts';

const PASSWORD = 'mirsad-bench-password';
const BATCH = 1_000;
const RUNS = 5;
/** First rows of the queue may take at most this many times the minimal app's (issue 14). */
const FLOOR_RATIO = 1.3;
/** Where the server serves the minimal app (see servedDirectory). */
const MINIMAL_APP = '/minimal/index.html';
const FILTER_COUNTRIES = ['KZ', 'UZ', 'TJ', 'KG', 'TM', 'AZ', 'AM', 'GE'];
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const { values: args } = parseArgs({
  options: {
    items: { type: 'string', default: '50000' },
    fresh: { type: 'boolean', default: false },
    dist: { type: 'string', default: process.env.BENCH_STATIC_DIR ?? join(ROOT, 'dist') },
    'first-rows': { type: 'boolean', default: false },
  },
});
const ITEMS = Number(args.items);
/** The built client under test. */
const DIST = args.dist;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const round = (value: number) => Math.round(value);

/** A SQLite file with the demo desk, one editor and ITEMS Arabic wire items over the past weeks. */
async function seededDatabase(): Promise<string> {
  // Keyed by the migrations too: a schema change (even one edited in place) must not reuse an old file.
  const migrations = join(ROOT, 'src/server/db/migrations');
  const schema = createHash('sha1');
  for (const name of readdirSync(migrations).sort()) schema.update(readFileSync(join(migrations, name)));
  const file = join(tmpdir(), `mirsad-bench-browser-${ITEMS}-${schema.digest('hex').slice(0, 8)}.db`);
  if (existsSync(file) && !args.fresh) return `sqlite:${file}`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const url = `sqlite:${file}`;
  const database = await openDatabase(url);
  await migrateToLatest(database);
  const ctx = createContext(
    loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, DEMO: '0' }),
    database,
    pino({ level: 'warn' }),
  );
  const started = performance.now();
  const deskId = await ensureDesk(ctx, 'مكتب آسيا الوسطى والقوقاز');
  await createUser(ctx, SYSTEM_ACTOR, {
    username: 'editor',
    displayName: 'ليلى حداد',
    roles: ['editor'],
    password: PASSWORD,
    deskIds: [deskId],
  });
  const now = Date.now();
  const spacing = Math.floor((30 * 24 * 3_600_000) / ITEMS);
  for (let start = 0; start < ITEMS; start += BATCH) {
    const bySource = new Map<string, Array<{ n: number; story: ReturnType<typeof demoStory> }>>();
    for (let n = start; n < Math.min(ITEMS, start + BATCH); n++) {
      const story = demoStory(n, 'bench-browser');
      bySource.set(story.source, [...(bySource.get(story.source) ?? []), { n, story }]);
    }
    for (const [source, batch] of bySource) {
      await storeWireItems(
        ctx,
        { kind: 'system', id: null, name: source },
        batch.map(({ story }) => story.item),
        { source, deskId, receivedAt: (index) => now - (ITEMS - batch[index]!.n) * spacing },
      );
    }
    if ((start / BATCH) % 10 === 9)
      console.log(`seeded ${start + BATCH} items (${round((performance.now() - started) / 1000)} s)`);
  }
  await database.close();
  console.log(`seeded ${ITEMS} items in ${round((performance.now() - started) / 1000)} s → ${file}`);
  return url;
}

/**
 * What the server serves: a copy of the client under test with the minimal app built into its `minimal/`, so
 * both come from one server (one origin, one cookie) without writing into the client's own directory.
 */
async function servedDirectory(): Promise<string> {
  const served = mkdtempSync(join(tmpdir(), 'mirsad-bench-browser-static-'));
  cpSync(DIST, served, { recursive: true });
  await build({
    configFile: false,
    root: join(ROOT, 'bench/minimal-app'),
    base: '/minimal/',
    plugins: [react()],
    logLevel: 'error',
    build: { outDir: join(served, 'minimal'), emptyOutDir: true, target: 'es2022' },
  });
  return served;
}

async function startServer(databaseUrl: string, staticDir: string): Promise<ServerProcess> {
  const server = new ServerProcess({
    env: { DATABASE_URL: databaseUrl, DEMO: '0', STATIC_DIR: staticDir },
    inheritOutput: true,
  });
  await server.start();
  return server;
}

/** Initial JS: the entry script and its modulepreloads, as index.html names them, gzipped. */
function initialJs(): { files: number; raw: number; gzip: number } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const paths = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  let raw = 0;
  let gzip = 0;
  for (const path of new Set(paths)) {
    const bytes = readFileSync(join(DIST, path));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: new Set(paths).size, raw, gzip };
}

const csrfTokens = new WeakMap<object, string>();

async function signedInPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
  const login = await context.request.post('/api/session', {
    data: { username: 'editor', password: PASSWORD },
  });
  if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
  csrfTokens.set(context, ((await login.json()) as { csrfToken: string }).csrfToken);
  const page = await context.newPage();
  // tsx compiles with keepNames: functions sent to page.evaluate call its __name helper, absent in the page.
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await page.addInitScript(() => {
    const bench: Record<string, number> = {};
    (window as unknown as { mirsadBench: Record<string, number> }).mirsadBench = bench;
    // When the first rows are painted, by the browser's own account (Element Timing: the render time of text
    // tagged `elementtiming`). Rows are tagged as they enter the document, before the frame that paints them.
    // `firstGlance` is the server's first glance, `firstRow` the page's own rows (the desk's, or the minimal
    // app's), which take clicks and keys; `firstSeen` is whichever was painted first.
    const GLANCE = '[data-testid=queue-glance-row]';
    const OWN = '[data-testid=queue-row]';
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { identifier: string; renderTime: number }
      >) {
        if (bench[entry.identifier] !== undefined) continue;
        bench[entry.identifier] = entry.renderTime || entry.startTime;
        bench.firstSeen = Math.min(bench.firstSeen ?? Infinity, bench[entry.identifier]!);
      }
    }).observe({ type: 'element', buffered: true });
    const tagging = new MutationObserver(() => {
      for (const [selector, key] of [
        [GLANCE, 'firstGlance'],
        [OWN, 'firstRow'],
      ] as const) {
        for (const element of document.querySelectorAll(`${selector}, ${selector} *`))
          if (!element.hasAttribute('elementtiming')) element.setAttribute('elementtiming', key);
      }
      // When the page's own rows are first in the document: the scripts asked for by then are its first rows'.
      if (bench.ownRowsInDocument === undefined && document.querySelector(OWN))
        bench.ownRowsInDocument = performance.now();
      if (bench.firstRow !== undefined) tagging.disconnect();
    });
    tagging.observe(document, { childList: true, subtree: true });
  });
  return page;
}

/** Both marks of signedInPage are in: the first rows seen, and the page's own. */
const firstRowsMarked = () => {
  const bench = (window as unknown as { mirsadBench: Record<string, number> }).mirsadBench;
  return bench.firstSeen !== undefined && bench.firstRow !== undefined;
};

/**
 * Loads `url` to its first queue rows: those first seen (the server's first glance, where there is one) and the
 * page's own. Besides the times, the renderer's main-thread CPU spent by then (its
 * tasks' thread time, from the DevTools protocol): on a shared two-core machine a load's time follows whatever
 * else runs (two runs of one build differ by a quarter), while the CPU a page itself spends varies by a few
 * per cent, so a change too small to see in the times shows there. It counts to when the page's own rows are
 * seen here, a few milliseconds past their mark.
 */
async function firstRows(
  page: Page,
  url: string,
): Promise<{ ms: number; deskMs: number; glance: boolean; cpuMs: number; jsFetched: number }> {
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Performance.enable', { timeDomain: 'threadTicks' });
  const taskSeconds = async () =>
    (await devtools.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration')
      ?.value ?? Number.NaN;
  const cpuBefore = await taskSeconds();
  await page.goto(url);
  await page.waitForFunction(firstRowsMarked);
  const cpuMs = ((await taskSeconds()) - cpuBefore) * 1000;
  await devtools.detach();
  // The scripts the page asked for before its own first rows were in the document, by the page's own clock:
  // those the desk starts loading on demand as it mounts (the live stream's transport, the flash band…) come
  // after it.
  const { ms, deskMs, glance, scripts } = await page.evaluate(() => {
    const { firstRow, firstSeen, firstGlance, ownRowsInDocument } = (
      window as unknown as { mirsadBench: Record<string, number> }
    ).mirsadBench;
    const requested = performance
      .getEntriesByType('resource')
      .filter(
        (entry) => entry.startTime <= ownRowsInDocument! && new URL(entry.name).pathname.endsWith('.js'),
      )
      .map((entry) => new URL(entry.name).pathname);
    return { ms: firstSeen!, deskMs: firstRow!, glance: firstGlance !== undefined, scripts: requested };
  });
  let gz = 0;
  for (const path of new Set(scripts)) {
    if (!path.startsWith('/minimal/')) gz += gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;
  }
  return { ms, deskMs, glance, cpuMs, jsFetched: gz };
}

/** Clicks a country and waits until the list shows that country's rows (URL, not busy, rows carry the chip). */
async function filterRepaint(page: Page, code: string): Promise<number> {
  return page.evaluate(async (country) => {
    const name = new Intl.DisplayNames([document.documentElement.lang], { type: 'region' }).of(country)!;
    const input = document.querySelector<HTMLInputElement>(`input[data-country="${country}"]`)!;
    const painted = () => {
      if (!new URLSearchParams(location.search).getAll('country').includes(country)) return false;
      const feed = document.querySelector('[role=feed]');
      if (!feed || feed.getAttribute('aria-busy') === 'true') return false;
      const rows = [...document.querySelectorAll('[data-testid=queue-row]')].slice(0, 5);
      return rows.length > 0 && rows.every((row) => row.textContent?.includes(name));
    };
    const started = performance.now();
    input.click();
    return new Promise<number>((done) => {
      const finish = () => requestAnimationFrame(() => done(performance.now() - started));
      if (painted()) return finish();
      const observer = new MutationObserver(() => {
        if (painted()) {
          observer.disconnect();
          finish();
        }
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
  }, code);
}

/**
 * Back to the unfiltered view, and wait until the counts are back too: like a user who looks before clicking
 * again. (The counts are the server's slowest query, and SQLite answers one query at a time: a click while
 * they are being counted waits for them. See docs/decisions/006-client-server-contract.md.)
 */
async function unselect(page: Page, code: string, total: number): Promise<void> {
  await page.locator(`input[data-country="${code}"]`).uncheck();
  await page.waitForFunction((country) => !location.search.includes(`country=${country}`), code);
  await page.locator('[role=feed][aria-busy=false]').waitFor();
  await page.locator(`[data-testid=result-count][data-total="${total}"]`).waitFor();
  await page.waitForTimeout(100);
}

/**
 * GET /api/items/facets as the browser asks it, timed at the client: right after an event (the server's cache
 * is dropped on every event, so this is the real count), and again with nothing new (served from its cache).
 * The event is a spike/restore of one item by the editor.
 */
async function facetTimings(page: Page): Promise<{ fresh: number[]; cached: number[]; kzFresh: number[] }> {
  const request = page.context().request;
  const csrf = csrfTokens.get(page.context())!;
  const list = (await (await request.get('/api/items?limit=1&status=incoming')).json()) as {
    items: Array<{ id: number }>;
  };
  const id = list.items[0]!.id;
  const timed = async (query: string) => {
    const started = performance.now();
    const response = await request.get(`/api/items/facets${query}`);
    if (!response.ok()) throw new Error(`facets: ${response.status()}`);
    await response.body();
    return performance.now() - started;
  };
  const touch = async (action: 'spike' | 'unspike') => {
    const response = await request.post(`/api/items/${id}/actions/${action}`, {
      data: {},
      headers: { 'x-csrf-token': csrf },
    });
    if (!response.ok()) throw new Error(`${action}: ${response.status()}`);
    // Let the live bus read the event (which drops the cached counts).
    await new Promise((wait) => setTimeout(wait, 300));
  };
  const fresh: number[] = [];
  const cached: number[] = [];
  const kzFresh: number[] = [];
  // As the browser asks for the default view: grouped by story.
  for (let run = 0; run < RUNS; run++) {
    await touch(run % 2 === 0 ? 'spike' : 'unspike');
    fresh.push(await timed('?collapse=true'));
    cached.push(await timed('?collapse=true'));
    kzFresh.push(await timed('?collapse=true&country=KZ'));
  }
  if (RUNS % 2 === 1) await touch('unspike');
  return { fresh, cached, kzFresh };
}

async function scrollRows(page: Page): Promise<{ maxDom: number; loaded: number; scrolledPx: number }> {
  const scroller = page.getByTestId('queue-scroll');
  let maxDom = 0;
  let scrolledPx = 0;
  for (let step = 0; step < 60; step++) {
    scrolledPx = await scroller.evaluate((element) => {
      element.scrollTop += 2_500;
      return element.scrollTop;
    });
    await page.waitForTimeout(60);
    maxDom = Math.max(maxDom, await page.locator('[data-testid=queue-row]').count());
  }
  const loaded = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('[data-testid=queue-row]')];
    return Math.max(...rows.map((row) => Number(row.getAttribute('aria-posinset') ?? 0)));
  });
  return { maxDom, loaded, scrolledPx };
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.log(`building the client (${DIST} missing)…`);
  spawnSync('npx', ['vite', 'build', '--outDir', DIST], { cwd: ROOT, stdio: 'inherit' });
}

const databaseUrl = await seededDatabase();
const served = await servedDirectory();
const server = await startServer(databaseUrl, served);
const browser = await chromium.launch({
  executablePath: FULL_BROWSER,
  args: CHROMIUM_ARGS,
});
/** One cold load (a new browser context) and one warm (a reload) of a page, each to its first row. */
async function coldAndWarm(path: string) {
  const page = await signedInPage(browser, server.url);
  const first = await firstRows(page, path);
  await page.reload();
  await page.waitForFunction(firstRowsMarked);
  const warm = await page.evaluate(
    () => (window as unknown as { mirsadBench: Record<string, number> }).mirsadBench,
  );
  await page.context().close();
  return {
    cold: first.ms,
    coldDesk: first.deskMs,
    coldGlance: first.glance,
    coldCpu: first.cpuMs,
    warm: warm.firstSeen!,
    warmDesk: warm.firstRow!,
    warmGlance: warm.firstGlance !== undefined,
    jsFetched: first.jsFetched,
  };
}

interface FirstRowRuns {
  /** Navigation → first rows on screen (the server's first glance, or the page's own rows). */
  cold: number[];
  /** Navigation → the page's own rows (the desk's, which take clicks and keys). */
  coldDesk: number[];
  /** The renderer's main-thread CPU to the page's own first rows of each cold load. */
  coldCpu: number[];
  warm: number[];
  warmDesk: number[];
  /** Loads whose first rows painted were the server's first glance (it goes without past its budget). */
  glances: { cold: number; warm: number };
  jsFetched: number;
}

const noRuns = (): FirstRowRuns => ({
  cold: [],
  coldDesk: [],
  coldCpu: [],
  warm: [],
  warmDesk: [],
  glances: { cold: 0, warm: 0 },
  jsFetched: 0,
});

/**
 * RUNS first-row loads of a view and, when asked, of the minimal app alternating with them, so that both see
 * the same load on a shared machine.
 */
async function firstRowRuns(
  path: string,
  withFloor: boolean,
): Promise<{ view: FirstRowRuns; floor: FirstRowRuns }> {
  const view = noRuns();
  const floor = noRuns();
  for (let run = 0; run < RUNS; run++) {
    for (const [target, into] of withFloor
      ? ([
          [MINIMAL_APP, floor],
          [path, view],
        ] as const)
      : ([[path, view]] as const)) {
      const measured = await coldAndWarm(target);
      into.cold.push(measured.cold);
      into.coldDesk.push(measured.coldDesk);
      into.coldCpu.push(measured.coldCpu);
      into.warm.push(measured.warm);
      into.warmDesk.push(measured.warmDesk);
      if (measured.coldGlance) into.glances.cold++;
      if (measured.warmGlance) into.glances.warm++;
      into.jsFetched = measured.jsFetched;
    }
  }
  return { view, floor };
}

/** The filter change per country and back, on a page left open at `path`. */
async function measureFilters(path: string) {
  const page = await signedInPage(browser, server.url);
  await page.goto(path);
  await page.locator('[data-testid=queue-row]').first().waitFor();
  await page.locator('[data-testid=result-count][data-total]').waitFor();
  const total = Number(await page.getByTestId('result-count').getAttribute('data-total'));
  await page.waitForTimeout(300);
  const repaints: number[] = [];
  for (const code of FILTER_COUNTRIES) {
    repaints.push(await filterRepaint(page, code));
    await unselect(page, code, total);
  }
  return { total, repaints, page };
}

const fmt = (values: number[]) =>
  `${round(median(values))} (min ${round(Math.min(...values))}, max ${round(Math.max(...values))})`;

/** The queue's first rows beside the minimal app's: medians, ratio, PASS/FAIL. */
function floorRows(view: FirstRowRuns, floor: FirstRowRuns) {
  const rows = [];
  for (const kind of ['cold', 'warm'] as const) {
    const ratio = median(view[kind]) / median(floor[kind]);
    rows.push(
      {
        measure: `minimal React + Query + Router app, same API and server: first rows, ${kind} (ms, median of ${RUNS})`,
        value: fmt(floor[kind]),
        target: 'the floor',
      },
      {
        measure: `grouped queue ÷ minimal app, first rows ${kind}`,
        value: `${ratio.toFixed(2)}× ${ratio <= FLOOR_RATIO ? 'PASS' : 'FAIL'}`,
        target: `≤ ${FLOOR_RATIO}×`,
      },
    );
  }
  // Not the target (that is the time above): the desk's own rows, which take clicks and keys, after the glance.
  for (const kind of ['coldDesk', 'warmDesk'] as const) {
    rows.push({
      measure: `grouped queue's own rows (after its first glance) ÷ minimal app, ${kind === 'coldDesk' ? 'cold' : 'warm'} (ms, median of ${RUNS})`,
      value: `${fmt(view[kind])}: ${(median(view[kind]) / median(floor[kind])).toFixed(2)}×`,
      target: 'measured',
    });
  }
  rows.push({
    measure: `grouped queue's loads whose first rows were the server's first glance (cold / warm, of ${RUNS})`,
    value: `${view.glances.cold} / ${view.glances.warm}`,
    target: 'measured',
  });
  // Nor this: what the page itself costs, steady from run to run.
  rows.push({
    measure: `renderer main-thread CPU to first rows, cold: grouped queue / minimal app (ms, median of ${RUNS})`,
    value: `${fmt(view.coldCpu)} / ${fmt(floor.coldCpu)}: ${(median(view.coldCpu) / median(floor.coldCpu)).toFixed(2)}×`,
    target: 'measured',
  });
  return rows;
}

function jsRows(jsFetched: number) {
  const js = initialJs();
  const kb = js.gzip / 1024;
  return [
    {
      measure: 'initial JS, gzip (KB; entry + modulepreloads)',
      value: `${kb.toFixed(1)} ${kb < 200 ? 'PASS' : 'FAIL'}`,
      target: '< 200',
    },
    { measure: 'initial JS files', value: js.files, target: '' },
    {
      measure: 'JS fetched before first rows, gzip (KB)',
      value: (jsFetched / 1024).toFixed(1),
      target: '< 200',
    },
  ];
}

try {
  if (args['first-rows']) {
    const { view, floor } = await firstRowRuns('/', true);
    report('browser-first-rows', [
      {
        measure: `grouped: first queue rows, cold cache (ms, median of ${RUNS})`,
        value: fmt(view.cold),
        target: '< 1000',
      },
      {
        measure: `grouped: first queue rows, warm cache (ms, median of ${RUNS})`,
        value: fmt(view.warm),
        target: '< 1000',
      },
      ...floorRows(view, floor),
      ...jsRows(view.jsFetched),
    ]);
  } else {
    const everyReport = (await firstRowRuns('/?collapse=false', false)).view;
    const everyReportFilters = await measureFilters('/?collapse=false');
    await everyReportFilters.page.context().close();
    const { view, floor } = await firstRowRuns('/', true);
    const { page, total, repaints } = await measureFilters('/');
    const scrolling = await scrollRows(page);
    const facets = await facetTimings(page);
    await page.context().close();

    report('browser', [
      {
        measure: 'items in the database (every report, collapse=false)',
        value: everyReportFilters.total,
        target: `${ITEMS}`,
      },
      {
        measure: `every report: first queue rows, cold / warm cache (ms, median of ${RUNS})`,
        value: `${fmt(everyReport.cold)} / ${round(median(everyReport.warm))}`,
        target: '< 1000',
      },
      {
        measure: `every report: filter change → repaint (ms, median of ${everyReportFilters.repaints.length} countries)`,
        value: fmt(everyReportFilters.repaints),
        target: '< 150',
      },
      { measure: 'stories in the default queue (grouped)', value: total, target: '' },
      {
        measure: `grouped: first queue rows, cold cache (ms, median of ${RUNS})`,
        value: fmt(view.cold),
        target: '< 1000',
      },
      {
        measure: `grouped: first queue rows, warm cache (ms, median of ${RUNS})`,
        value: fmt(view.warm),
        target: '< 1000',
      },
      ...floorRows(view, floor),
      {
        measure: `grouped: filter change → repaint (ms, median of ${repaints.length} countries)`,
        value: fmt(repaints),
        target: '< 150',
      },
      {
        measure: 'GET /api/items/facets?collapse=true after an event, unfiltered (ms, median of 5)',
        value: fmt(facets.fresh),
        target: '< 100',
      },
      {
        measure: 'GET /api/items/facets?collapse=true after an event, country=KZ (ms, median of 5)',
        value: fmt(facets.kzFresh),
        target: '< 100',
      },
      {
        measure: 'GET /api/items/facets?collapse=true, nothing new (server cache; ms, median of 5)',
        value: fmt(facets.cached),
        target: '',
      },
      { measure: 'rows in the DOM while scrolling (max)', value: scrolling.maxDom, target: 'a few dozen' },
      { measure: 'rows loaded by scrolling (cursor pages)', value: scrolling.loaded, target: '' },
      ...jsRows(view.jsFetched),
    ]);
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(served, { recursive: true, force: true });
}
