/**
 * Start-up benchmark (issue 14, part 2): the compiled CLI and server beside the bare floor of the same work, in
 * the same run, rounds interleaved so that load on a shared machine falls on both sides alike.
 * - CLI: `node cli.js <command>` from spawn to exit, for commands that do little work (usage text, migrations
 *   already applied, tagging one line), against `node -e ''`. Target: done within 1 s (p95).
 * - Server: from spawn to the first 200 from /healthz, and resident memory once idle, against a bare Node HTTP
 *   server. Target: idle RSS ≤ 120 MB; the start-up ratio is printed.
 * The server and CLI are built privately (scripts/build.mjs --server-outdir) from the current source, so the
 * shared dist-server/ others run is left alone.
 *
 * Run: npx tsx bench/startup.ts   (ROUNDS=n to change the number of rounds; PostgreSQL too when TEST_DATABASE_URL
 * is set)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freshDatabaseUrl } from '../src/test-support/harness.ts';
import { freePort, ROOT, SERVER_NODE_FLAGS } from '../src/test-support/server-process.ts';
import { benchDialects, percentile, report } from './support.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 9);
const CLI_TARGET_MS = 1_000;
const IDLE_RSS_TARGET_MB = 120;
/** How long a started server is left alone before its memory is read: timers, pools and lazy work settle. */
const SETTLE_MS = 3_000;

// Under node_modules so the build's bare imports (packages stay external) resolve from there, as dist-server's do.
mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true });
const BUILD_DIR = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'mirsad-startup-'));
const build = spawnSync(process.execPath, ['scripts/build.mjs', `--server-outdir=${BUILD_DIR}`], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (build.status !== 0) throw new Error('server build failed');

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const ms = (value: number) => value.toFixed(0);
const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

/** Runs `node ...args` to its end and returns the milliseconds from spawn to exit; a failure throws. */
function timeRun(args: string[], env: Record<string, string>, stdin = ''): Promise<number> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: BUILD_DIR,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdin.end(stdin);
    child.once('error', fail);
    child.once('exit', (code) => {
      const elapsed = performance.now() - started;
      if (code === 0) done(elapsed);
      else fail(new Error(`node ${args.join(' ')} exited ${code}: ${errors}`));
    });
  });
}

/** Resident memory of a running process, from /proc (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

/**
 * Starts `node ...args` listening on PORT, waits for /healthz to answer 200 (polled every 5 ms: the poll interval
 * bounds the error), reads its memory after SETTLE_MS, and stops it.
 */
async function timeServer(args: string[], env: Record<string, string>): Promise<{ ms: number; rss: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: BUILD_DIR,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<never>((_, fail) =>
    child.once('exit', (code) => fail(new Error(`server exited (${code}) before it was ready: ${errors}`))),
  );
  exited.catch(() => {});
  try {
    for (;;) {
      const ok = await Promise.race([
        fetch(`http://127.0.0.1:${port}/healthz`).then(
          (response) => response.ok,
          () => false,
        ),
        exited,
      ]);
      if (ok) break;
      await Promise.race([new Promise((wait) => setTimeout(wait, 5)), exited]);
    }
    const elapsed = performance.now() - started;
    await Promise.race([new Promise((wait) => setTimeout(wait, SETTLE_MS)), exited]);
    return { ms: elapsed, rss: rssMb(child.pid!) };
  } finally {
    const gone = new Promise((done) => child.once('exit', done));
    if (child.exitCode === null) child.kill('SIGTERM');
    await gone;
  }
}

const BARE_SERVER = `require('node:http').createServer((q, s) => s.end('ok')).listen(+process.env.PORT, process.env.HOST)`;

const cliRows: Array<Record<string, string | number>> = [];
const serverRows: Array<Record<string, string | number>> = [];
try {
  for (const dialect of benchDialects()) {
    const database = freshDatabaseUrl(dialect);
    try {
      const env = {
        NODE_ENV: 'production',
        SESSION_SECRET: 'startup-benchmark-session-secret-0123456789',
        PUBLIC_ORIGIN: 'http://127.0.0.1',
        DATABASE_URL: database.url,
        LOG_LEVEL: 'warn',
        DEMO: '0',
        POLLERS: '0',
        STATIC_DIR: '/nonexistent',
      };
      // Migrations are applied once here, so the rounds time start-up on an up-to-date database.
      await timeRun([join(BUILD_DIR, 'cli.js'), 'migrate'], env);

      const cli = {
        "node -e ''": { args: ['-e', ''], times: [] },
        'cli help': { args: [join(BUILD_DIR, 'cli.js'), 'help'], times: [] },
        'cli migrate (up to date)': { args: [join(BUILD_DIR, 'cli.js'), 'migrate'], times: [] },
        'cli tag (one line)': {
          args: [join(BUILD_DIR, 'cli.js'), 'tag'],
          stdin: 'زلزال بقوة 6 درجات يضرب طشقند\n',
          times: [],
        },
      } satisfies Record<string, { args: string[]; stdin?: string; times: number[] }>;
      const server = {
        'bare node http': { args: ['-e', BARE_SERVER], times: [] as number[], rss: [] as number[] },
        'mirsad server': {
          args: [...SERVER_NODE_FLAGS, join(BUILD_DIR, 'main.js')],
          times: [] as number[],
          rss: [] as number[],
        },
      };
      for (let round = 0; round < ROUNDS; round++) {
        for (const run of Object.values(cli) as Array<{ args: string[]; stdin?: string; times: number[] }>)
          run.times.push(await timeRun(run.args, env, run.stdin));
      }
      // Each server round takes SETTLE_MS; a third of the rounds is enough for memory, which varies little.
      for (let round = 0; round < Math.max(3, Math.ceil(ROUNDS / 3)); round++) {
        for (const run of Object.values(server)) {
          const result = await timeServer(run.args, env);
          run.times.push(result.ms);
          run.rss.push(result.rss);
        }
      }

      const floor = percentile(sorted(cli["node -e ''"].times), 50);
      for (const [name, run] of Object.entries(cli)) {
        const times = sorted(run.times);
        const isFloor = name === "node -e ''";
        cliRows.push({
          database: dialect,
          run: name,
          'p50 ms': ms(percentile(times, 50)),
          'p95 ms': ms(percentile(times, 95)),
          'vs node -e p50': isFloor ? '1.0×' : `${(percentile(times, 50) / floor).toFixed(1)}×`,
          [`target p95 ≤ ${CLI_TARGET_MS} ms`]: isFloor
            ? ''
            : verdict(percentile(times, 95) <= CLI_TARGET_MS),
        });
      }
      const bare = server['bare node http'];
      const bareStart = percentile(sorted(bare.times), 50);
      const bareRss = percentile(sorted(bare.rss), 50);
      for (const [name, run] of Object.entries(server)) {
        const isFloor = run === bare;
        const start = percentile(sorted(run.times), 50);
        const rss = percentile(sorted(run.rss), 50);
        serverRows.push({
          database: dialect,
          run: name,
          'start→/healthz p50 ms': ms(start),
          'vs bare': `${(start / bareStart).toFixed(1)}×`,
          'idle RSS MB': rss.toFixed(0),
          'RSS vs bare': `${(rss / bareRss).toFixed(1)}×`,
          [`target RSS ≤ ${IDLE_RSS_TARGET_MB} MB`]: isFloor ? '' : verdict(rss <= IDLE_RSS_TARGET_MB),
        });
      }
    } finally {
      await database.dispose();
    }
  }
} finally {
  rmSync(BUILD_DIR, { recursive: true, force: true });
}
report('startup-cli', cliRows);
report('startup-server', serverRows);
