/**
 * The server as a real process, for tests, the e2e suite, benchmarks and scripts: one way of starting it on a
 * free port, waiting until it is ready, and stopping it. `source` runs src/server/main.ts through tsx (what the
 * unit suite tests); `built` runs the compiled dist-server/main.js (what `npm start` runs; the e2e suite and
 * benchmarks use it after `npm run build`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository's root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** The demo accounts' password in every server started here. */
export const DEMO_PASSWORD = 'mirsad-e2e-password';

/** A TCP port that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/**
 * Node's flags for the built server: in `npm start` (package.json; scripts/start-command.test.ts keeps the two the
 * same) and wherever tests and benchmarks start it. V8's young generation may grow to 16 MB a semi-space; loading
 * the modules and building the tagger's lexicons at start-up grows it that far, and an idle server never gives it
 * back (24 MB of a 122 MB idle RSS). At 8 MB it is 16 MB, and the ingest bench measured the same (ADR 007).
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=8'];

/** The command that runs the server: from source through tsx, or the build. */
export function serverCommand(entry: 'source' | 'built', script: 'main' | 'cli' = 'main'): string[] {
  if (entry === 'source') return ['--import', 'tsx', join(ROOT, 'src', 'server', `${script}.ts`)];
  const built = join(ROOT, 'dist-server', `${script}.js`);
  return script === 'main' ? [...SERVER_NODE_FLAGS, built] : [built];
}

export interface ServerProcessOptions {
  /** Environment on top of the test defaults (NODE_ENV=test, no pollers, no static files). */
  env?: Record<string, string>;
  entry?: 'source' | 'built';
  /** Pass the server's output through (benchmarks) instead of keeping it for error messages. */
  inheritOutput?: boolean;
}

/** One server process; stop() and start() again keep its port and database, so a test can restart it. */
export class ServerProcess {
  private child: ChildProcess | null = null;
  private output = '';
  port = 0;

  constructor(private readonly options: ServerProcessOptions = {}) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The running process (tests that signal it themselves). */
  get process(): ChildProcess {
    if (!this.child) throw new Error('server not started');
    return this.child;
  }

  /** Starts the server and resolves once `/readyz` answers 200 (or rejects with its output if it exits). */
  async start(): Promise<void> {
    if (!this.port) this.port = await freePort();
    this.output = '';
    const child = spawn(process.execPath, serverCommand(this.options.entry ?? 'source'), {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: String(this.port),
        POLLERS: '0',
        STATIC_DIR: '/nonexistent',
        // Test accounts need no protection against offline cracking; OWASP's 2^17 would slow every sign-in.
        PASSWORD_HASH_COST: '12',
        ...this.options.env,
      },
      stdio: this.options.inheritOutput ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child = child;
    const exited = new Promise<never>((_, fail) =>
      child.once('exit', (code) =>
        fail(new Error(`server exited (${code}) before it was ready:\n${this.output}`)),
      ),
    );
    exited.catch(() => {}); // observed below; a later exit must not be an unhandled rejection
    // Waits on the process, not the clock: it either answers /readyz or exits.
    for (;;) {
      const ready = await Promise.race([
        fetch(`${this.url}/readyz`).then(
          (response) => response.ok,
          () => false,
        ),
        exited,
      ]);
      if (ready) return;
      await Promise.race([new Promise((wait) => setTimeout(wait, 50)), exited]);
    }
  }

  /** SIGTERM, and SIGKILL if it has not exited a minute later (a bound, not a wait); resolves with the exit code. */
  async stop(): Promise<number | null> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }
}

/**
 * The built server (what `npm start` runs) on a fresh temporary SQLite file with the demo seed (users, one desk, a
 * few hundred Arabic items), no demo wire and the built client: what the e2e suite, the editor bench and the README
 * screenshots run against, after `npm run build`.
 */
export class DemoServer extends ServerProcess {
  readonly dir: string;
  readonly databaseUrl: string;

  /** `env`: settings of this server beyond the demo's (a spec that needs its own server). */
  constructor(env: Record<string, string> = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'mirsad-e2e-'));
    const databaseUrl = `sqlite:${join(dir, 'mirsad.db')}`;
    super({
      entry: 'built',
      env: {
        DATABASE_URL: databaseUrl,
        DEMO: '1',
        DEMO_WIRE: '0',
        DEMO_PASSWORD,
        // E2E_STATIC_DIR: a client built elsewhere (a second build running beside this one replaces dist/).
        STATIC_DIR: process.env.E2E_STATIC_DIR ?? join(ROOT, 'dist'),
        ...env,
      },
    });
    this.dir = dir;
    this.databaseUrl = databaseUrl;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Starts a server from source with the given environment; the caller stops it. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const server = new ServerProcess({ env });
  await server.start();
  return server;
}
