/** PostgreSQL (pg), for more than one server instance. Loaded by openDatabase (index.ts) for `postgres://` URLs. */
import { Kysely, PostgresDialect, sql } from 'kysely';
import { Client, Pool, types, type ClientConfig } from 'pg';
import type { Database, OpenSettings } from './database.ts';
import type { DB } from './schema.ts';
import { statementNames } from './statement-names.ts';

// int8 (COUNT(*), bigserial, epoch-ms bigint columns) arrives from pg as a string; every value we store fits
// in a double, so parse it once here instead of at every call site.
types.setTypeParser(types.builtins.INT8, (value) => Number(value));

export async function openPostgres(
  url: string,
  pgSchema: string | null,
  settings: OpenSettings,
): Promise<Database> {
  if (pgSchema !== null && !/^[a-z_][a-z0-9_]*$/.test(pgSchema))
    throw new Error(`bad schema name ${pgSchema}`);
  const options = pgSchema ? `-c search_path=${pgSchema}` : undefined;
  if (pgSchema) {
    const admin = new Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${pgSchema}`);
    } finally {
      await admin.end();
    }
  }
  const pool = new Pool({ connectionString: url, max: 10, options, Client: NamedStatementClient });
  pool.on('error', () => {
    // An idle client lost its connection (database restart); the pool replaces it on next use.
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  // Reads that can run long get their own connections, on which the server stops a statement past the budget.
  const timeout = settings.queryTimeoutMs;
  const readPool = new Pool({
    Client: NamedStatementClient,
    connectionString: url,
    max: Math.max(2, settings.readers * 2),
    options: [options, `-c statement_timeout=${timeout}`].filter(Boolean).join(' '),
  });
  readPool.on('error', () => {});
  const reader = new Kysely<DB>({ dialect: new PostgresDialect({ pool: readPool }) });
  const eventChannel = pgSchema ? `mirsad_events_${pgSchema}` : 'mirsad_events';
  return {
    db,
    reader,
    dialect: 'postgres',
    pgSchema,
    eventChannel,
    listen: (onNotify) => listenPostgres(url, eventChannel, onNotify),
    // Autovacuum gets there eventually; right after a bulk load "eventually" means stale statistics (bad
    // plans) and an unset visibility map (index-only scans that still visit the heap). VACUUM cannot run in
    // a transaction: this goes to a pool connection on its own.
    optimize: async () => {
      await sql`vacuum (analyze) items, item_tags`.execute(db);
    },
    close: async () => {
      await reader.destroy();
      await db.destroy();
    },
  };
}

/**
 * A pg client that sends the statements of `prepared()` (prepared.ts) as named statements: PostgreSQL then parses
 * and plans each once per connection (a generic plan after a few runs) instead of at every call. Kysely's driver
 * sends only text and values, so the name is looked up here, by the statement's text.
 */
class NamedStatementClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    this.query = ((...args: unknown[]) => {
      const [text, values] = args;
      const name = args.length === 2 && typeof text === 'string' ? statementNames.get(text) : undefined;
      return name ? query({ name, text, values }) : query(...args);
    }) as Client['query'];
  }
}

/** LISTENs on a dedicated connection and reconnects with backoff if the database goes away. */
async function listenPostgres(
  url: string,
  channel: string,
  onNotify: (announcement: string) => void,
): Promise<() => Promise<void>> {
  let client: Client | null = null;
  let stopped = false;
  let retryTimer: NodeJS.Timeout | null = null;
  let delay = 250;
  const connect = async (): Promise<void> => {
    const next = new Client({ connectionString: url });
    next.on('notification', (message) => onNotify(message.payload ?? ''));
    next.on('error', () => scheduleReconnect());
    next.on('end', () => scheduleReconnect());
    await next.connect();
    await next.query(`LISTEN ${channel}`);
    client = next;
    delay = 250;
    // Anything committed while we were not listening is picked up by the subscriber's catch-up read.
    onNotify('');
  };
  const scheduleReconnect = () => {
    if (stopped || retryTimer) return;
    client = null;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      connect().catch(() => scheduleReconnect());
    }, delay);
    delay = Math.min(delay * 2, 10_000);
  };
  await connect();
  return async () => {
    stopped = true;
    if (retryTimer) clearTimeout(retryTimer);
    await (client as Client | null)?.end().catch(() => {});
  };
}

/** Drops a test schema and everything in it (PostgreSQL test isolation). */
export async function dropPgSchema(url: string, pgSchema: string): Promise<void> {
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP SCHEMA IF EXISTS ${pgSchema} CASCADE`);
  } finally {
    await admin.end();
  }
}
