/**
 * Integration-test harness: builds the real app on a real database. Every suite runs on SQLite, and on
 * PostgreSQL too when TEST_DATABASE_URL (or DATABASE_URL) is a postgres:// URL; each suite gets its own
 * SQLite file or PostgreSQL schema, so suites run in parallel without seeing each other.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Role, SessionResponse, User } from '#shared/schemas/users.ts';
import { buildApp, type BuildOptions } from '../server/app.ts';
import { loadConfig, type Config } from '../server/config.ts';
import pino from 'pino';
import { createContext, type AppContext } from '../server/context.ts';
import { dropPgSchema, openDatabase, type DialectName } from '../server/db/index.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { SYSTEM_ACTOR } from '../server/modules/events/actors.ts';
import { createUser } from '../server/modules/users/service.ts';
import { randomToken, tokenHash } from '../server/modules/auth/tokens.ts';

export const TEST_PASSWORD = 'correct horse battery';

/** The PostgreSQL URL tests may use, if any. */
export function postgresTestUrl(): string | null {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  return url && /^postgres(ql)?:\/\//.test(url) ? url : null;
}

export const TEST_DIALECTS: DialectName[] = postgresTestUrl() ? ['sqlite', 'postgres'] : ['sqlite'];

/**
 * A migrated, empty database and a context over it, without an app (benchmarks, and tests of a service on its
 * own); `dispose` closes and drops it.
 */
export async function freshContext(
  dialect: DialectName,
  logLevel: pino.Level | 'silent' = 'warn',
): Promise<{ ctx: AppContext; url: string; dispose: () => Promise<void> }> {
  const fresh = freshDatabaseUrl(dialect);
  const database = await openDatabase(fresh.url);
  await migrateToLatest(database);
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: fresh.url, DEMO: '0' });
  const ctx = createContext(config, database, pino({ level: logLevel }));
  return {
    ctx,
    url: fresh.url,
    dispose: async () => {
      await database.close();
      await fresh.dispose();
    },
  };
}
/** A fresh database URL for one suite, and how to throw it away. */
export function freshDatabaseUrl(dialect: DialectName): { url: string; dispose: () => Promise<void> } {
  if (dialect === 'postgres') {
    const base = postgresTestUrl()!;
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const url = new URL(base);
    url.searchParams.set('schema', schema);
    return { url: url.toString(), dispose: () => dropPgSchema(base, schema) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'mirsad-test-'));
  return {
    url: `sqlite:${join(dir, 'test.db')}`,
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DEMO: '0',
    LOG_LEVEL: 'silent',
    STATIC_DIR: '/nonexistent',
    // Test accounts need no protection against offline cracking; 2^17 per hash would slow every suite.
    PASSWORD_HASH_COST: '12',
    ...overrides,
  });
}

/** A signed-in user's view of the API through app.inject: cookie and CSRF token attached. */
export class Client {
  constructor(
    private readonly app: FastifyInstance,
    readonly user: User,
    readonly cookie: string,
    readonly csrfToken: string,
  ) {}

  request(
    method: InjectOptions['method'],
    url: string,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ) {
    return this.app.inject({
      method,
      url,
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrfToken, ...options.headers },
      ...(options.body === undefined ? {} : { payload: options.body as InjectOptions['payload'] }),
    });
  }
  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('POST', url, { body: body ?? {}, headers });
  }
  patch(url: string, body: unknown, headers?: Record<string, string>) {
    return this.request('PATCH', url, { body, headers });
  }

  /** This client's editor tab, for leases (X-Edit-Tab). */
  readonly tab = `tab-${randomBytes(6).toString('hex')}`;

  /** Opens the story for editing in this client's tab (takes its lease); throws unless it succeeds. */
  async lease(itemId: number): Promise<void> {
    const response = await this.post(`/api/items/${itemId}/lease`, { tabId: this.tab });
    if (response.statusCode !== 200)
      throw new Error(`lease ${itemId}: ${response.statusCode} ${response.body}`);
  }

  /** Saves a version as the editor does: with the lease, If-Match and the tab header. */
  async save(itemId: number, patch: Record<string, unknown>, version?: number) {
    const ifMatch = version ?? (await this.get(`/api/items/${itemId}`)).json<{ version: number }>().version;
    return this.patch(`/api/items/${itemId}`, patch, { 'if-match': `"${ifMatch}"`, 'x-edit-tab': this.tab });
  }
}

export interface TestEnv {
  dialect: DialectName;
  app: FastifyInstance;
  ctx: AppContext;
  url: string;
  /** Creates a user with the given roles and signs them in. */
  signIn(username: string, roles: Role[]): Promise<Client>;
  /** Creates a service token and returns the Authorization header value. */
  serviceToken(name?: string): Promise<string>;
}

/** Runs the suite once per test database with a fresh app on each. */
export function describeEachDatabase(
  name: string,
  suite: (env: () => TestEnv) => void,
  options: Omit<BuildOptions, 'config' | 'database'> & {
    env?: Record<string, string>;
    /** Only these of the available databases (a behaviour one dialect alone has); all when absent. */
    only?: readonly DialectName[];
  } = {},
): void {
  for (const dialect of TEST_DIALECTS) {
    if (options.only && !options.only.includes(dialect)) continue;
    describe(`${name} [${dialect}]`, () => {
      let env: TestEnv | null = null;
      let dispose: (() => Promise<void>) | null = null;
      beforeAll(async () => {
        const fresh = freshDatabaseUrl(dialect);
        dispose = fresh.dispose;
        env = await startTestApp(dialect, fresh.url, options);
      });
      afterAll(async () => {
        await env?.app.close();
        await dispose?.();
      });
      suite(() => {
        if (!env) throw new Error('test app not started');
        return env;
      });
    });
  }
}

/** Builds the app on a database URL and wraps it for tests. */
export async function startTestApp(
  dialect: DialectName,
  url: string,
  options: Omit<BuildOptions, 'config' | 'database'> & { env?: Record<string, string> } = {},
): Promise<TestEnv> {
  const config = testConfig(url, options.env);
  const database = await openDatabase(url);
  const { app, ctx } = await buildApp({ ...options, config, database, logger: false });
  app.addHook('onClose', async () => database.close());
  let tokens = 0;
  return {
    dialect,
    app,
    ctx,
    url,
    async signIn(username, roles) {
      const existing = await ctx.database.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirst();
      if (!existing)
        await createUser(ctx, SYSTEM_ACTOR, {
          username,
          roles,
          password: TEST_PASSWORD,
          displayName: `${username} (test)`,
        });
      return signInAs(app, username);
    },
    async serviceToken(name) {
      const token = randomToken('mirsad_');
      await ctx.database.db
        .insertInto('service_tokens')
        .values({
          name: name ?? `bot-${++tokens}-${randomBytes(3).toString('hex')}`,
          token_hash: tokenHash(token),
          created_at: Date.now(),
          last_used_at: null,
          revoked_at: null,
        })
        .execute();
      return `Bearer ${token}`;
    },
  };
}

/** Signs in through the API and returns a Client holding the cookie and CSRF token. */
export async function signInAs(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<Client> {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
  if (response.statusCode !== 200)
    throw new Error(`sign-in as ${username} failed: ${response.statusCode} ${response.body}`);
  const body = response.json<SessionResponse>();
  return new Client(app, body.user, sessionCookieOf(response), body.csrfToken);
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((entry) => entry.name === 'mirsad_session');
  if (!cookie) throw new Error('no session cookie set');
  return `mirsad_session=${cookie.value}`;
}
