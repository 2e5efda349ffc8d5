/**
 * Live delivery against its floor, in one run: a bare Node SSE echo server (bench/live/echo-server.ts) and
 * Mirsad, each with one screen at 10 items/s (wire item → open screen: from the `POST` leaving the sender to
 * the message parsed on the screen) and with N screens at 20 items/s (fan-out). Mirsad runs as `npm start`
 * runs it (compiled with esbuild, here into node_modules/.cache so ./dist-server is left alone), receives items
 * through `POST /api/items` with a service token, and streams them to signed-in users of every role. The
 * screens live in a process of their own (bench/live/clients.ts), so reading N streams does not run on the
 * server's event loop; the servers report event-loop delay and memory over an IPC channel only the benchmark
 * holds (bench/live/probe.ts). While the N screens listen, the API is asked for the queue four times a second.
 * With PostgreSQL (TEST_DATABASE_URL), two Mirsad instances share one database: items go in through one and
 * are measured on the screens of the other, against the bound plus a bare LISTEN/NOTIFY hop measured here too.
 *
 * Targets (issue 14): single-screen p95 ≤ 2× echo; N-screen p99 ≤ 2× echo; event-loop delay ≤ 50 ms under the
 * N-screen load; nothing lost or sent twice; cross-instance within the bound plus the NOTIFY hop.
 *
 * Run: npx tsx bench/live.ts [--clients 1000] [--seconds 20] [--minutes 3] [--rate 20] [--rounds 4]
 *      [--no-postgres] [--db-latency MS] (each round trip to PostgreSQL MS longer: a database on another machine)
 *      [--profile DIR] (CPU profiles of the servers)
 * (--seconds is each phase's length; --minutes, when given, is the N-screen phases' length: the load test.)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client as PgClient } from 'pg';
import pino from 'pino';
import { loadConfig } from '../src/server/config.ts';
import { createContext } from '../src/server/context.ts';
import { demoStory } from '../src/server/demo/content.ts';
import { openDatabase, type DialectName } from '../src/server/db/index.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { SYSTEM_ACTOR } from '../src/server/modules/events/actors.ts';
import { createSession, SESSION_COOKIE } from '../src/server/modules/auth/sessions.ts';
import { createServiceToken } from '../src/server/modules/users/service-tokens.ts';
import { createUser } from '../src/server/modules/users/service.ts';
import { ROLES } from '../src/shared/schemas/users.ts';
import { freshDatabaseUrl, postgresTestUrl } from '../src/test-support/harness.ts';
import { freePort, ROOT, SERVER_NODE_FLAGS } from '../src/test-support/server-process.ts';
import type { ClientCommand, ClientReply } from './live/clients.ts';
import { startLatencyProxy } from './live/latency-proxy.ts';
import type { ProbeReply } from './live/probe.ts';
import { report } from './support.ts';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '20' },
    minutes: { type: 'string' },
    rate: { type: 'string', default: '20' },
    /** Turns each side takes, alternating, within a comparison. */
    rounds: { type: 'string', default: '4' },
    'no-postgres': { type: 'boolean', default: false },
    /** Milliseconds added to every round trip to PostgreSQL, through a proxy (bench/live/latency-proxy.ts). */
    'db-latency': { type: 'string', default: '0' },
    /** Writes CPU profiles of the servers into this directory (for finding what dominates). */
    profile: { type: 'string' },
  },
});
const CLIENTS = Number(args.clients);
const SINGLE_SECONDS = Number(args.seconds);
const LOAD_SECONDS = args.minutes ? Number(args.minutes) * 60 : SINGLE_SECONDS;
const RATE = Number(args.rate);
const DB_LATENCY = Number(args['db-latency']);
const ROUNDS = Number(args.rounds);
const SESSION_SECRET = 'mirsad-live-bench-session-secret-0123456789';
const OUT = join(ROOT, 'node_modules/.cache/mirsad-bench-live');
const now = () => Number(process.hrtime.bigint()) / 1e6;
const ms = (value: number) => Math.round(value * 10) / 10;
const mb = (bytes: number) => Math.round(bytes / 1024 / 102.4) / 10;

/** The server, the echo server, the probe and the screens as plain JavaScript, as `npm start` runs Mirsad. */
async function build(): Promise<void> {
  const { build: esbuild } = await import('esbuild');
  mkdirSync(OUT, { recursive: true });
  await esbuild({
    entryPoints: {
      main: 'src/server/main.ts',
      // Beside the server, where it looks for its threads (src/server/ingest/worker-thread.ts).
      'dom-worker': 'src/server/ingest/dom-worker.ts',
      'read-feed-worker': 'src/server/ingest/read-feed-worker.ts',
      'live-probe': 'bench/live/probe.ts',
      'live-echo': 'bench/live/echo-server.ts',
      'live-clients': 'bench/live/clients.ts',
    },
    absWorkingDir: ROOT,
    outdir: OUT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}

function profiling(): string[] {
  // Sampled every 100 µs (the default is 1 ms): a pushed item's whole path is a few milliseconds.
  return args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`, '--cpu-prof-interval=100'] : [];
}

/** A child process with an IPC channel; `ask` sends a message and resolves with the next one back. */
class Child {
  private readonly replies: Array<(message: unknown) => void> = [];
  readonly process: ChildProcess;
  output = '';

  constructor(script: string, env: Record<string, string> = {}, execArgv: string[] = []) {
    this.process = fork(join(OUT, script), [], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      execArgv,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    this.process.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.process.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.process.on('message', (message) => this.replies.shift()?.(message));
  }

  next<T>(): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`exited (${code}):\n${this.output}`));
      this.process.once('exit', onExit);
      this.replies.push((message) => {
        this.process.off('exit', onExit);
        resolve(message as T);
      });
    });
  }

  ask<T>(message: object): Promise<T> {
    const reply = this.next<T>();
    this.process.send(message);
    return reply;
  }

  probe(options: { reset?: boolean; gc?: boolean } = {}): Promise<ProbeReply> {
    return this.ask<ProbeReply>({ kind: 'probe', ...options });
  }

  async stop(): Promise<void> {
    if (this.process.exitCode !== null) return;
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    this.process.kill('SIGTERM');
    await exited;
  }
}

interface Target {
  name: string;
  server: Child;
  streamUrl: string;
  streamHeaders: Array<Record<string, string>>;
  publish: (n: number, guid: string) => Promise<void>;
  /** An API request a screen makes (the queue), to see whether the API stays responsive under load. */
  apiCheck?: () => Promise<void>;
}

async function startEcho(): Promise<Target> {
  const port = await freePort();
  const server = new Child('live-echo.js', { PORT: String(port) }, [
    '--expose-gc',
    '--import',
    join(OUT, 'live-probe.js'),
    ...profiling(),
  ]);
  await server.next();
  const base = `http://127.0.0.1:${port}`;
  return {
    name: 'echo',
    server,
    streamUrl: `${base}/stream`,
    streamHeaders: [{}],
    publish: async (n, guid) => {
      const response = await fetch(`${base}/publish`, { method: 'POST', body: echoMessage(n, guid) });
      if (response.status !== 204) throw new Error(`echo answered ${response.status}`);
    },
  };
}

/** What the echo server sends: a message of the shape and size of Mirsad's item.ingested (item without body). */
function echoMessage(n: number, guid: string): string {
  const { source, item } = demoStory(n, 'bench-live');
  const at = new Date().toISOString();
  return JSON.stringify({
    event: {
      seq: n,
      type: 'item.ingested',
      itemId: n,
      actor: { kind: 'token', id: 1, name: 'bench-live' },
      payload: { source, outcome: 'created' },
      at,
    },
    item: {
      id: n,
      guid,
      source,
      url: null,
      headline: item.title,
      summary: item.summary,
      author: item.author,
      language: 'ar',
      status: 'new',
      urgency: 3,
      version: 1,
      receivedAt: at,
      publishedAt: null,
      updatedAt: at,
      assigneeId: null,
      deskId: null,
      clusterId: n,
      tags: { countries: ['KZ', 'UZ'], regions: ['central-asia'], topics: ['politics'], organisations: [] },
      lease: null,
    },
  });
}

interface Seeded {
  url: string;
  cookies: Array<Record<string, string>>;
  bearer: string;
  dispose: () => Promise<void>;
}

/**
 * A fresh database with ten users of each role, one signed-in session per screen (a thousand screens are a
 * thousand browsers: each stream re-checks its own session), and a service token for the wire.
 */
async function seed(dialect: DialectName, screens: number): Promise<Seeded> {
  const fresh = freshDatabaseUrl(dialect);
  const database = await openDatabase(fresh.url);
  await migrateToLatest(database);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: fresh.url,
    DEMO: '0',
    SESSION_SECRET,
    PASSWORD_HASH_COST: '10',
  });
  const ctx = createContext(config, database, pino({ level: 'warn' }));
  const userIds: number[] = [];
  for (let i = 0; i < 10; i++) {
    for (const role of ROLES) {
      const user = await createUser(ctx, SYSTEM_ACTOR, {
        username: `live-${role}-${i}`,
        roles: [role],
        password: 'mirsad-live-bench-password',
      });
      userIds.push(user.id);
    }
  }
  const cookies: Array<Record<string, string>> = [];
  for (let i = 0; i < screens; i++) {
    const { token } = await createSession(ctx, userIds[i % userIds.length]!);
    cookies.push({ cookie: `${SESSION_COOKIE}=${token}` });
  }
  const { secret } = await createServiceToken(ctx, SYSTEM_ACTOR, 'bench-live');
  await database.close();
  return { url: fresh.url, cookies, bearer: secret, dispose: fresh.dispose };
}

async function startMirsad(name: string, seeded: Seeded): Promise<Target> {
  const port = await freePort();
  const server = new Child(
    'main.js',
    {
      NODE_ENV: 'production',
      SESSION_SECRET,
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      DATABASE_URL: seeded.url,
      DEMO: '0',
      POLLERS: '0',
      STATIC_DIR: '/nonexistent',
      // The wire arrives faster than the default per-token limit (600 a minute) allows.
      RATE_INGEST_PER_MINUTE: '0',
    },
    [...SERVER_NODE_FLAGS, '--expose-gc', '--import', join(OUT, 'live-probe.js'), ...profiling()],
  );
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (server.process.exitCode !== null) throw new Error(`server exited:\n${server.output}`);
    const ready = await fetch(`${base}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  const editor = seeded.cookies[0]!;
  return {
    name,
    server,
    streamUrl: `${base}/api/events/stream`,
    streamHeaders: seeded.cookies,
    publish: async (n, guid) => {
      const { source, item } = demoStory(n, 'bench-live');
      const response = await fetch(`${base}/api/items`, {
        method: 'POST',
        headers: { authorization: `Bearer ${seeded.bearer}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          source,
          guid,
          headline: item.title,
          summary: item.summary,
          body: item.bodyHtml,
          author: item.author,
          language: 'ar',
        }),
      });
      if (!response.ok)
        throw new Error(`POST /api/items answered ${response.status}: ${await response.text()}`);
    },
    apiCheck: async () => {
      const response = await fetch(`${base}/api/items?limit=50`, { headers: editor });
      if (!response.ok) throw new Error(`GET /api/items answered ${response.status}`);
      await response.arrayBuffer();
    },
  };
}

interface PhaseResult {
  delivered: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  lost: number;
  duplicated: number;
  outOfOrder: number;
  dropped: number;
  /** Items whose POST failed (refused, timed out): never sent, so not counted as lost. */
  failedPosts: number;
  postP50: number;
  postP99: number;
  apiP50: number;
  apiP99: number;
  loopMaxMs: number;
  loopP99Ms: number;
  rssIdle: number;
  rssClients: number;
  heapIdle: number;
  heapClients: number;
  load: string;
}

function pct(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** One side of a comparison: where items go in, whose screens count, and what its rounds added up to. */
class Contender {
  screens: Child | null = null;
  readonly histogram = new Map<number, number>();
  readonly postTimes: number[] = [];
  readonly apiTimes: number[] = [];
  readonly loads: number[] = [];
  lost = 0;
  duplicated = 0;
  outOfOrder = 0;
  dropped = 0;
  failedPosts = 0;
  loopMaxMs = 0;
  loopP99Ms = 0;
  idle: ProbeReply | null = null;
  withClients: ProbeReply | null = null;

  constructor(
    readonly sender: Target,
    readonly receiver: Target,
  ) {}

  /** Opens the screens, reading the receiver's memory (after a full collection) before and after. */
  async connect(clients: number): Promise<void> {
    this.idle = await this.receiver.server.probe({ gc: true });
    this.screens = new Child('live-clients.js');
    const connected = await this.screens.ask<Extract<ClientReply, { kind: 'connected' }>>({
      kind: 'connect',
      url: this.receiver.streamUrl,
      headers: this.receiver.streamHeaders,
      count: clients,
    } satisfies ClientCommand);
    if (connected.failed > 0) throw new Error(`${connected.failed} of ${clients} screens failed to connect`);
    this.withClients = await this.receiver.server.probe({ gc: true });
  }

  /**
   * Sends `count` items at `rate` a second (open loop: on the clock, answered or not) and counts them in; with
   * `askApi`, the receiver's API is asked for the queue four times a second meanwhile.
   */
  async round(prefix: string, rate: number, count: number, askApi: boolean): Promise<void> {
    await this.receiver.server.probe({ reset: true });
    const attempted: Array<[number, number]> = [];
    const failed = new Set<number>();
    const inFlight: Array<Promise<void>> = [];
    const api = { running: true };
    const apiLoop = (async () => {
      if (!askApi || !this.receiver.apiCheck) return;
      while (api.running) {
        const at = now();
        await this.receiver.apiCheck();
        this.apiTimes.push(now() - at);
        await new Promise((wait) => setTimeout(wait, 250));
      }
    })();
    const started = now();
    for (let n = 0; n < count; n++) {
      const wait = started + (n * 1000) / rate - now();
      if (wait > 0) await new Promise((resume) => setTimeout(resume, wait));
      const at = now();
      attempted.push([n, at]);
      inFlight.push(
        this.sender.publish(n, `${prefix}${n}`).then(
          () => void this.postTimes.push(now() - at),
          () => void failed.add(n),
        ),
      );
    }
    await Promise.all(inFlight);
    this.failedPosts += failed.size;
    const sent = attempted.filter(([n]) => !failed.has(n));
    this.loads.push(loadavg()[0]!);
    // Delivery is awaited, not timed: ask until everything arrived (or 30 s passed: then it is counted lost).
    let collected: Extract<ClientReply, { kind: 'collected' }>;
    const giveUp = now() + 30_000;
    for (;;) {
      collected = await this.screens!.ask({ kind: 'collect', prefix, sent } satisfies ClientCommand);
      if (collected.lost === 0 || now() > giveUp) break;
      await new Promise((wait) => setTimeout(wait, 250));
    }
    api.running = false;
    await apiLoop;
    await this.screens!.ask({ kind: 'forget' } satisfies ClientCommand);
    for (const [bucket, times] of collected.histogram)
      this.histogram.set(bucket, (this.histogram.get(bucket) ?? 0) + times);
    this.lost += collected.lost;
    this.duplicated += collected.duplicated;
    this.outOfOrder += collected.outOfOrder;
    this.dropped = collected.dropped;
    const loop = await this.receiver.server.probe();
    this.loopMaxMs = Math.max(this.loopMaxMs, loop.loopMaxMs);
    this.loopP99Ms = Math.max(this.loopP99Ms, loop.loopP99Ms);
  }

  async close(): Promise<void> {
    await this.screens?.ask({ kind: 'close' } satisfies ClientCommand);
    await this.screens?.stop();
  }

  result(): PhaseResult {
    const buckets = [...this.histogram].sort((a, b) => a[0] - b[0]);
    const delivered = buckets.reduce((sum, [, count]) => sum + count, 0);
    const at = (p: number) => {
      const rank = Math.min(delivered - 1, Math.floor((p / 100) * delivered));
      let seen = 0;
      for (const [bucket, count] of buckets) if ((seen += count) > rank) return bucket / 10;
      return Number.NaN;
    };
    return {
      delivered,
      p50: at(50),
      p95: at(95),
      p99: at(99),
      max: at(100),
      lost: this.lost,
      duplicated: this.duplicated,
      outOfOrder: this.outOfOrder,
      dropped: this.dropped,
      failedPosts: this.failedPosts,
      postP50: pct(this.postTimes, 50),
      postP99: pct(this.postTimes, 99),
      apiP50: pct(this.apiTimes, 50),
      apiP99: pct(this.apiTimes, 99),
      loopMaxMs: this.loopMaxMs,
      loopP99Ms: this.loopP99Ms,
      rssIdle: this.idle!.rssBytes,
      rssClients: this.withClients!.rssBytes,
      heapIdle: this.idle!.heapUsedBytes,
      heapClients: this.withClients!.heapUsedBytes,
      load: (this.loads.reduce((sum, load) => sum + load, 0) / this.loads.length).toFixed(2),
    };
  }
}

let phaseCounter = 0;

/**
 * Measures the contenders side by side: `rounds` turns each, alternating (A B, B A, …), so that on a shared
 * machine both meet the same background load; each sends `rate` items a second for `seconds` in all.
 */
async function compare(
  pairs: Array<{ sender: Target; receiver: Target }>,
  clients: number,
  rate: number,
  seconds: number,
  /**
   * Whether the API is asked meanwhile: under the N-screen load, where the target says it must stay responsive.
   * Not beside one screen, where the figure is the wire item's path beside the echo's, which serves no API.
   */
  askApi: boolean,
): Promise<PhaseResult[]> {
  const contenders = pairs.map(({ sender, receiver }) => new Contender(sender, receiver));
  for (const contender of contenders) await contender.connect(clients);
  const perRound = Math.max(1, Math.round((rate * seconds) / ROUNDS));
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? contenders : contenders.toReversed();
    for (const contender of order)
      await contender.round(`live-${process.pid}-${++phaseCounter}-`, rate, perRound, askApi);
  }
  for (const contender of contenders) await contender.close();
  return contenders.map((contender) => contender.result());
}

/** The floor of the cross-instance hop: NOTIFY on one PostgreSQL connection heard by LISTEN on another. */
async function notifyHop(url: string, count: number): Promise<{ p50: number; p95: number; p99: number }> {
  const listener = new PgClient({ connectionString: url });
  const notifier = new PgClient({ connectionString: url });
  await listener.connect();
  await notifier.connect();
  await listener.query('LISTEN mirsad_bench_hop');
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const heard = new Promise<void>((resolve) => listener.once('notification', () => resolve()));
    const at = now();
    await notifier.query(`NOTIFY mirsad_bench_hop, '${i}'`);
    await heard;
    times.push(now() - at);
  }
  await listener.end();
  await notifier.end();
  return { p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99) };
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

function row(label: string, result: PhaseResult) {
  const cells = {
    figure: label,
    delivered: result.delivered,
    'p50 ms': ms(result.p50),
    'p95 ms': ms(result.p95),
    'p99 ms': ms(result.p99),
    'max ms': ms(result.max),
    'lost/dup/order/failed': `${result.lost}/${result.duplicated}/${result.outOfOrder}/${result.failedPosts}`,
    // The ingest's own answer time (the item is stored and committed before it): what the wire costs first.
    'POST p50/p99': `${ms(result.postP50)}/${ms(result.postP99)}`,
    'API p50/p99': Number.isNaN(result.apiP50) ? '' : `${ms(result.apiP50)}/${ms(result.apiP99)}`,
    'loop max/p99': `${ms(result.loopMaxMs)}/${ms(result.loopP99Ms)}`,
    'RSS idle→N MB': `${mb(result.rssIdle)}→${mb(result.rssClients)}`,
    'heap idle→N MB': `${mb(result.heapIdle)}→${mb(result.heapClients)}`,
    load: result.load,
  };
  // Each phase as it ends: a long run shows its progress, and a run cut short its figures so far.
  console.log(JSON.stringify(cells));
  return cells;
}

const clean = (result: PhaseResult) =>
  result.lost === 0 &&
  result.duplicated === 0 &&
  result.outOfOrder === 0 &&
  result.dropped === 0 &&
  result.failedPosts === 0;
const counts = (result: PhaseResult) =>
  `${result.lost}/${result.duplicated}/${result.outOfOrder}/${result.dropped}/${result.failedPosts}`;
const perScreenKb = (result: PhaseResult) =>
  `${((result.rssClients - result.rssIdle) / CLIENTS / 1024).toFixed(1)} · ` +
  `${((result.heapClients - result.heapIdle) / CLIENTS / 1024).toFixed(1)}`;

/**
 * The targets of one Mirsad set-up against the echo floor measured beside it; `hop` (the bare NOTIFY hop) is
 * allowed on top when items cross from one instance to another.
 */
/** The longest event-loop stop of the echo server for which its delivery times still count as a floor. */
const FLOOR_STALL_MS = 250;

function targets(
  name: string,
  echo: { one: PhaseResult; many: PhaseResult },
  mirsad: { one: PhaseResult; many: PhaseResult },
  hop = { p95: 0, p99: 0 },
): Array<Record<string, string | number>> {
  const plusHop = hop.p95 > 0 ? ' + NOTIFY hop' : '';
  // When the echo server itself answers a publish slower than items arrive, the machine (or the screens'
  // process) is the bottleneck, and both sides only measure the queue in front of it: no ratio means anything.
  const saturated = (floor: PhaseResult, rate: number) =>
    floor.failedPosts > 0 || floor.postP50 > 1000 / rate;
  // An echo server whose own event loop stopped for longer than this lost the CPU to something else (a shared
  // machine): its delivery tail measures that stop, and a ratio against it would pass or fail by luck.
  const stalled = (floor: PhaseResult) => floor.loopMaxMs > FLOOR_STALL_MS;
  const judge = (floor: PhaseResult, rate: number, ok: boolean) =>
    saturated(floor, rate)
      ? 'NO VERDICT: floor saturated'
      : stalled(floor)
        ? `NO VERDICT: floor stalled ${Math.round(floor.loopMaxMs)} ms`
        : verdict(ok);
  return [
    {
      target: `${name}: wire item → screen p95 ≤ 2× echo${plusHop} (1 screen)`,
      mirsad: ms(mirsad.one.p95),
      echo: ms(echo.one.p95),
      ratio: ((mirsad.one.p95 - hop.p95) / echo.one.p95).toFixed(2),
      verdict: judge(echo.one, 10, mirsad.one.p95 <= 2 * echo.one.p95 + hop.p95),
    },
    {
      target: `${name}: delivery p99 ≤ 2× echo${plusHop} (${CLIENTS} screens, ${RATE}/s)`,
      mirsad: ms(mirsad.many.p99),
      echo: ms(echo.many.p99),
      ratio: ((mirsad.many.p99 - hop.p99) / echo.many.p99).toFixed(2),
      verdict: judge(echo.many, RATE, mirsad.many.p99 <= 2 * echo.many.p99 + hop.p99),
    },
    {
      target: `${name}: event-loop delay max ≤ 50 ms (${CLIENTS} screens)`,
      mirsad: ms(mirsad.many.loopMaxMs),
      echo: ms(echo.many.loopMaxMs),
      ratio: (mirsad.many.loopMaxMs / echo.many.loopMaxMs).toFixed(2),
      // The echo server's loop stalling too means the machine took the CPU away (a shared, loaded machine).
      verdict:
        echo.many.loopMaxMs > 50
          ? 'NO VERDICT: floor stalls too'
          : judge(echo.many, RATE, mirsad.many.loopMaxMs <= 50),
    },
    {
      target: `${name}: lost/duplicated/out of order/dropped/failed POST all 0`,
      mirsad: `${counts(mirsad.one)} · ${counts(mirsad.many)}`,
      echo: `${counts(echo.one)} · ${counts(echo.many)}`,
      ratio: '',
      verdict: verdict(clean(mirsad.one) && clean(mirsad.many)),
    },
    {
      target: `${name}: memory per idle screen, KB (RSS · heap)`,
      mirsad: perScreenKb(mirsad.many),
      echo: perScreenKb(echo.many),
      ratio: '',
      verdict: 'measured',
    },
  ];
}

async function main(): Promise<void> {
  await build();
  console.log(
    `live: one screen at 10/s for ${SINGLE_SECONDS} s, then ${CLIENTS} screens at ${RATE}/s for ${LOAD_SECONDS} s, ` +
      `each against the echo floor in ${ROUNDS} alternating rounds`,
  );
  const rows: Array<Record<string, string | number>> = [];
  const verdicts: Array<Record<string, string | number>> = [];
  const echo = await startEcho();
  const side = { sender: echo, receiver: echo };

  const sqlite = await seed('sqlite', CLIENTS);
  const mirsad = await startMirsad('mirsad', sqlite);
  const [echoOne, one] = await compare(
    [side, { sender: mirsad, receiver: mirsad }],
    1,
    10,
    SINGLE_SECONDS,
    false,
  );
  rows.push(row('echo, 1 screen, 10/s', echoOne!), row('Mirsad SQLite, 1 screen, 10/s', one!));
  const [echoMany, many] = await compare(
    [side, { sender: mirsad, receiver: mirsad }],
    CLIENTS,
    RATE,
    LOAD_SECONDS,
    true,
  );
  rows.push(
    row(`echo, ${CLIENTS} screens, ${RATE}/s`, echoMany!),
    row(`Mirsad SQLite, ${CLIENTS} screens, ${RATE}/s`, many!),
  );
  await mirsad.server.stop();
  await sqlite.dispose();
  verdicts.push(...targets('SQLite', { one: echoOne!, many: echoMany! }, { one: one!, many: many! }));

  const pgUrl = postgresTestUrl();
  if (pgUrl && !args['no-postgres']) {
    // Everything that talks to PostgreSQL during the measurement goes through the proxy when one is asked for.
    const proxy = DB_LATENCY > 0 ? await startLatencyProxy(pgUrl, DB_LATENCY) : null;
    const through = (url: string) => proxy?.through(url) ?? url;
    const away = proxy ? ` (+${DB_LATENCY} ms a round trip)` : '';
    const hop = await notifyHop(through(pgUrl), 200);
    rows.push({
      figure: `bare LISTEN/NOTIFY hop${away}`,
      'p50 ms': ms(hop.p50),
      'p95 ms': ms(hop.p95),
      'p99 ms': ms(hop.p99),
    });
    const seeded = await seed('postgres', CLIENTS);
    const ingestSide = await startMirsad('mirsad-pg-a', { ...seeded, url: through(seeded.url) });
    const screenSide = await startMirsad('mirsad-pg-b', { ...seeded, url: through(seeded.url) });
    const cross = { sender: ingestSide, receiver: screenSide };
    const [echoOnePg, crossOne] = await compare([side, cross], 1, 10, SINGLE_SECONDS, false);
    rows.push(
      row('echo, 1 screen, 10/s', echoOnePg!),
      row(`Mirsad PG A→B${away}, 1 screen, 10/s`, crossOne!),
    );
    const [echoManyPg, crossMany] = await compare([side, cross], CLIENTS, RATE, LOAD_SECONDS, true);
    rows.push(
      row(`echo, ${CLIENTS} screens, ${RATE}/s`, echoManyPg!),
      row(`Mirsad PG A→B${away}, ${CLIENTS} screens, ${RATE}/s`, crossMany!),
    );
    await ingestSide.server.stop();
    await screenSide.server.stop();
    await proxy?.close();
    await seeded.dispose();
    verdicts.push(
      ...targets(
        `PG two instances${away}`,
        { one: echoOnePg!, many: echoManyPg! },
        { one: crossOne!, many: crossMany! },
        hop,
      ),
    );
  }
  await echo.server.stop();

  report('live', rows);
  report('live-targets', verdicts);
}

await main();
