/**
 * A newsroom to attack: a fresh database (a SQLite file, or a PostgreSQL schema of its own), its accounts and a
 * service token made in-process before any server starts (the demo seed takes tens of seconds on a busy machine,
 * and its few hundred items are not what is attacked), then server processes on it, and signed-in sessions.
 */
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import type { Item } from '#shared/schemas/items.ts';
import type { Role } from '#shared/schemas/users.ts';
import type { ItemStatus } from '#shared/workflow.ts';
import { loadConfig } from '../../../src/server/config.ts';
import { createContext } from '../../../src/server/context.ts';
import { openDatabase, type Database, type DialectName } from '../../../src/server/db/index.ts';
import { migrateToLatest } from '../../../src/server/db/migrate.ts';
import { randomToken, tokenHash } from '../../../src/server/modules/auth/tokens.ts';
import { SYSTEM_ACTOR } from '../../../src/server/modules/events/actors.ts';
import { createUser, ensureDesk } from '../../../src/server/modules/users/service.ts';
import { freshDatabaseUrl } from '../../../src/test-support/harness.ts';
import { expectStatus, json, request, Session } from './http.ts';
import { AttackServer, runCli, type CliRun } from './processes.ts';

export const PASSWORD = 'attack-suite-password';

/** The accounts every desk has. `samir` attacks, `huda` is the second editor whose queue is measured. */
export const ACCOUNTS = {
  admin: ['admin'],
  chief: ['chief'],
  reviewer: ['reviewer'],
  editor: ['editor'],
  samir: ['editor'],
  huda: ['editor'],
  nour: ['editor'],
} as const satisfies Record<string, readonly Role[]>;
export type Account = keyof typeof ACCOUNTS;

export interface DeskServers {
  /** Server name → environment on top of the production defaults (processes.ts). */
  [name: string]: Record<string, string | undefined>;
}

export class Desk<S extends string = string> {
  private direct: Database | null = null;

  private constructor(
    readonly dialect: DialectName,
    readonly databaseUrl: string,
    private readonly disposeDatabase: () => Promise<void>,
    readonly servers: Record<S, AttackServer>,
    readonly sessions: Record<Account, Session>,
    /** `Bearer …`: a service token, as an agency pushes with. */
    readonly token: string,
    readonly sessionSecret: string,
  ) {}

  /** Creates the database and its accounts, starts the servers side by side, signs everyone in on the first. */
  static async open<S extends string>(
    dialect: DialectName,
    servers: Record<S, Record<string, string | undefined>>,
  ): Promise<Desk<S>> {
    const fresh = freshDatabaseUrl(dialect);
    const token = await prepareDatabase(fresh.url);
    const sessionSecret = randomBytes(32).toString('base64url');
    const names = Object.keys(servers) as S[];
    const started: Partial<Record<S, AttackServer>> = {};
    try {
      await Promise.all(
        names.map(async (name) => {
          started[name] = await AttackServer.start({
            name: `${name} (${dialect})`,
            databaseUrl: fresh.url,
            sessionSecret,
            env: servers[name],
          });
        }),
      );
    } catch (error) {
      await Promise.all(Object.values<AttackServer>(started as Record<S, AttackServer>).map((s) => s.stop()));
      await fresh.dispose();
      throw error;
    }
    const first = started[names[0]!]!;
    const sessions = Object.fromEntries(
      await Promise.all(
        (Object.keys(ACCOUNTS) as Account[]).map(
          async (account) => [account, await Session.signIn(first.url, account, PASSWORD)] as const,
        ),
      ),
    ) as Record<Account, Session>;
    return new Desk(
      dialect,
      fresh.url,
      fresh.dispose,
      started as Record<S, AttackServer>,
      sessions,
      token,
      sessionSecret,
    );
  }

  /** A connection of the suite's own, for what no API offers (reading a stored hash, disabling a user). */
  async database(): Promise<Database> {
    this.direct ??= await openDatabase(this.databaseUrl);
    return this.direct;
  }

  /** The built CLI on this desk's database, with the environment the servers have (as an operator's shell). */
  cli(args: readonly string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
    return runCli(this.databaseUrl, args, { SESSION_SECRET: this.sessionSecret, ...env });
  }

  /** POST /api/items with the service token: one wire item, as an agency pushes it. */
  async push(base: string, fields: Record<string, unknown>): Promise<Item> {
    const response = await request(base, 'POST', '/api/items', {
      headers: { authorization: this.token },
      body: { source: 'وكالة الهجوم', guid: `attack-${randomBytes(6).toString('hex')}`, ...fields },
    });
    expectStatus(response, 'push', 200, 201);
    return json<{ item: Item }>(response).item;
  }

  /** A new wire item taken by the admin into `status` (assigned, where that applies, to `assignee`). */
  async itemInState(base: string, status: ItemStatus, assignee: Account = 'editor'): Promise<Item> {
    const steps: Record<ItemStatus, Array<[string, Record<string, unknown>]>> = {
      incoming: [],
      accepted: [['accept', {}]],
      spiked: [['spike', {}]],
      assigned: [
        ['accept', {}],
        ['assign', { assignee: this.sessions[assignee].user.id }],
      ],
      in_review: [
        ['accept', {}],
        ['assign', { assignee: this.sessions[assignee].user.id }],
        ['submit', {}],
      ],
      approved: [
        ['accept', {}],
        ['assign', { assignee: this.sessions[assignee].user.id }],
        ['submit', {}],
        ['approve', {}],
      ],
      published: [
        ['accept', {}],
        ['assign', { assignee: this.sessions[assignee].user.id }],
        ['submit', {}],
        ['approve', {}],
        ['publish', {}],
      ],
      killed: [
        ['accept', {}],
        ['assign', { assignee: this.sessions[assignee].user.id }],
        ['submit', {}],
        ['approve', {}],
        ['publish', {}],
        ['kill', { reason: 'سحب للاختبار' }],
      ],
    };
    let item = await this.push(base, {
      headline: `خبر للاختبار في حالة ${status}`,
      body: '<p>نص الخبر.</p>',
    });
    const admin = this.sessions.admin.on(base);
    for (const [action, body] of steps[status]) {
      const response = await admin.post(`/api/items/${item.id}/actions/${action}`, body);
      expectStatus(response, `${action} ${item.id}`, 200);
      item = json<Item>(response);
    }
    return item;
  }

  /** Stops every server (each within a minute, else killed) and drops the database. */
  async close(): Promise<void> {
    await Promise.all(Object.values<AttackServer>(this.servers).map((server) => server.stop()));
    await this.direct?.close();
    this.direct = null;
    await this.disposeDatabase();
  }
}

/** Migrates a fresh database and creates the accounts (hash cost 12) and a service token; returns the token. */
async function prepareDatabase(url: string): Promise<string> {
  const database = await openDatabase(url);
  try {
    await migrateToLatest(database);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: url,
      DEMO: '0',
      PASSWORD_HASH_COST: '12',
    });
    const ctx = createContext(config, database, pino({ level: 'silent' }));
    const deskId = await ensureDesk(ctx, 'مكتب الشرق الأوسط');
    for (const [username, roles] of Object.entries(ACCOUNTS))
      await createUser(ctx, SYSTEM_ACTOR, {
        username,
        displayName: username,
        roles: [...roles],
        password: PASSWORD,
        deskIds: [deskId],
      });
    const token = randomToken('mirsad_');
    await database.db
      .insertInto('service_tokens')
      .values({
        name: 'attack-agency',
        token_hash: tokenHash(token),
        created_at: Date.now(),
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
    return `Bearer ${token}`;
  } finally {
    await database.close();
  }
}
