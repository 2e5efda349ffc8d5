/**
 * The server and the CLI as real processes, built (dist-server/, what production runs), in production mode.
 * ServerProcess (src/test-support) forces test settings and keeps its output to itself; the attacks need the
 * production defaults (the password hash cost among them), the whole log (secrets must never reach it), the
 * process's memory (from /proc) and the time its shutdown takes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort, ROOT, serverCommand } from '../../../src/test-support/server-process.ts';
import { request } from './http.ts';

/** Every variable the server's configuration reads (src/server/config.ts): never inherited from the shell. */
const CONFIG_VARIABLES = [
  'NODE_ENV',
  'PORT',
  'HOST',
  'DATABASE_URL',
  'TEST_DATABASE_URL',
  'DEMO',
  'DEMO_WIRE',
  'DEMO_PASSWORD',
  'DEMO_WIRE_INTERVAL_MS',
  'SESSION_SECRET',
  'SESSION_TTL_HOURS',
  'PUBLIC_ORIGIN',
  'TRUST_PROXY',
  'COOKIE_SECURE',
  'LOG_LEVEL',
  'STATIC_DIR',
  'BODY_LIMIT_BYTES',
  'FEED_BODY_LIMIT_BYTES',
  'POLLERS',
  'RATE_SEARCH_PER_MINUTE',
  'RATE_FACETS_PER_MINUTE',
  'RATE_INGEST_PER_MINUTE',
  'RATE_ANONYMOUS_PER_MINUTE',
  'HEAVY_READS_PER_USER',
  'QUERY_TIMEOUT_MS',
  'PASSWORD_HASH_COST',
  'JSON_MAX_DEPTH',
  'FEED_ALLOW_PRIVATE',
];

/** The environment of a server or CLI process: the shell's, minus its Mirsad settings, plus `settings`. */
function environment(settings: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of CONFIG_VARIABLES) delete env[name];
  for (const [name, value] of Object.entries(settings)) if (value !== undefined) env[name] = value;
  return env;
}

/** Kilobytes in a /proc/<pid>/status line (VmRSS, VmHWM), as MB; NaN once the process is gone. */
function procStatusMb(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export interface ServerSettings {
  name: string;
  databaseUrl: string;
  /** Shared by every server on one database: a session made by one is valid on the others. */
  sessionSecret: string;
  /** On top of the production defaults; `undefined` leaves a variable unset (its default applies). */
  env?: Record<string, string | undefined>;
}

/** Servers still running: killed if the suite itself exits without stopping them (a crash, Ctrl-C). */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Keeps at most this much of a server's log (the behavioural servers log at info; a run writes a few MB). */
const LOG_CAP_CHARS = 64 * 1024 * 1024;

export class AttackServer {
  private child: ChildProcess | null = null;
  private logParts: string[] = [];
  private logChars = 0;
  port = 0;

  private constructor(readonly settings: ServerSettings) {}

  /** Starts the built server and resolves once /readyz answers 200. */
  static async start(settings: ServerSettings): Promise<AttackServer> {
    const server = new AttackServer(settings);
    await server.launch();
    return server;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Everything the server wrote to stdout and stderr so far. */
  get log(): string {
    return this.logParts.join('');
  }

  /** Resident memory now and its high-water mark, MB. */
  memory(): { rssMb: number; peakMb: number } {
    return { rssMb: procStatusMb(this.pid, 'VmRSS'), peakMb: procStatusMb(this.pid, 'VmHWM') };
  }

  private async launch(): Promise<void> {
    if (!this.port) this.port = await freePort();
    const child = spawn(process.execPath, serverCommand('built'), {
      cwd: ROOT,
      env: environment({
        NODE_ENV: 'production',
        SESSION_SECRET: this.settings.sessionSecret,
        // The suite speaks plain HTTP to 127.0.0.1; a Secure cookie would be the same bytes to it anyway.
        COOKIE_SECURE: '0',
        HOST: '127.0.0.1',
        PORT: String(this.port),
        // Production needs its public address (config.ts): the suite reaches it here.
        PUBLIC_ORIGIN: `http://127.0.0.1:${this.port}`,
        DATABASE_URL: this.settings.databaseUrl,
        DEMO: '0',
        POLLERS: '0',
        STATIC_DIR: '/nonexistent',
        LOG_LEVEL: 'info',
        // The harness's accounts need no protection against offline cracking; the servers that test the hash
        // cost leave this unset, so that the production default applies.
        PASSWORD_HASH_COST: '12',
        ...this.settings.env,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      if (this.logChars > LOG_CAP_CHARS) return;
      const text = chunk.toString();
      this.logParts.push(text);
      this.logChars += text.length;
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    this.child = child;
    running.add(child);
    child.once('exit', () => running.delete(child));
    const exited = new Promise<never>((_, fail) =>
      child.once('exit', (code) =>
        fail(
          new Error(`${this.settings.name} exited (${code}) before it was ready:\n${this.log.slice(-4000)}`),
        ),
      ),
    );
    exited.catch(() => {});
    // Waits on the process: it either answers /readyz or exits. The pause between probes is pacing.
    for (;;) {
      const ready = await Promise.race([
        request(this.url, 'GET', '/readyz', { timeoutMs: 5_000 }).then((response) => response.status === 200),
        exited,
      ]);
      if (ready) return;
      await Promise.race([new Promise((wait) => setTimeout(wait, 100)), exited]);
    }
  }

  /**
   * SIGTERM; resolves with the exit code and how long the process took to exit. SIGKILL after `killAfterMs`
   * (a bound on a hang, reported as such).
   */
  async stop(killAfterMs = 60_000): Promise<{ code: number | null; ms: number; killed: boolean }> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null)
      return { code: child?.exitCode ?? null, ms: 0, killed: false };
    const started = performance.now();
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, killAfterMs);
    const code = await exited;
    clearTimeout(timer);
    return { code, ms: performance.now() - started, killed };
  }
}

/** Reports the process's peak resident memory on stderr as it exits (loaded with --import). */
const REPORT_MAX_RSS = fileURLToPath(new URL('./report-max-rss.mjs', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory of the CLI process, MB. */
  peakMb: number;
}

/** Runs the built CLI (`node dist-server/cli.js …`) on a database, as an operator would. */
export function runCli(
  databaseUrl: string,
  args: readonly string[],
  env: Record<string, string | undefined> = {},
): Promise<CliRun> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', REPORT_MAX_RSS, ...serverCommand('built', 'cli'), ...args],
    {
      cwd: ROOT,
      env: environment({
        NODE_ENV: 'production',
        PUBLIC_ORIGIN: 'http://127.0.0.1',
        DATABASE_URL: databaseUrl,
        ...env,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.once('close', (code) => {
      const peak = /\nmirsad-attacks-max-rss-kb=(\d+)\n/.exec(stderr);
      resolve({
        code,
        stdout,
        stderr: stderr.replace(/\nmirsad-attacks-max-rss-kb=\d+\n/, ''),
        ms: performance.now() - started,
        peakMb: peak ? Number(peak[1]) / 1024 : Number.NaN,
      });
    });
  });
}
