/**
 * The database: the ONLY module that knows whether it is SQLite or PostgreSQL. Everything else gets a
 * `Database` and writes one Kysely code path.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import { Client, Pool, types } from 'pg';
import type { DB } from './schema.ts';

export type DialectName = 'sqlite' | 'postgres';
export type Tx = Transaction<DB>;
export type Executor = Kysely<DB> | Tx;

export interface Database {
  db: Kysely<DB>;
  dialect: DialectName;
  /** PostgreSQL schema in use (tests isolate themselves in one); null on SQLite. */
  pgSchema: string | null;
  /** The NOTIFY channel that tells other server processes about new events (PostgreSQL only). */
  eventChannel: string;
  /** A dedicated connection listening on `eventChannel`; null on SQLite, where one process owns the file. */
  listen(onNotify: () => void): Promise<() => Promise<void>>;
  /** Refreshes the query planner's statistics where the engine needs asking (SQLite); cheap when current. */
  optimize(): Promise<void>;
  close(): Promise<void>;
}

// int8 (COUNT(*), bigserial, epoch-ms bigint columns) arrives from pg as a string; every value we store fits
// in a double, so parse it once here instead of at every call site.
types.setTypeParser(types.builtins.INT8, (value) => Number(value));

export interface OpenOptions {
  /** Isolate in this PostgreSQL schema (created if missing); `?schema=` in the URL does the same. */
  pgSchema?: string;
}

/** Opens the database named by a `sqlite:` or `postgres://` URL. */
export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Database> {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length));
  if (/^postgres(ql)?:\/\//.test(url)) {
    // `?schema=name` isolates an instance (tests, side-by-side installs) in its own PostgreSQL schema.
    const parsed = new URL(url);
    const schema = options.pgSchema ?? parsed.searchParams.get('schema');
    parsed.searchParams.delete('schema');
    return openPostgres(parsed.toString(), schema);
  }
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got ${url.split(':')[0]}:)`);
}

function openSqlite(path: string): Database {
  const memory = path === ':memory:' || path === '';
  if (!memory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const connection = new SQLite(memory ? ':memory:' : path);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  // A desk keeps tens of thousands of items: give SQLite room to keep the hot pages (64 MB cache, mmap reads).
  connection.pragma('cache_size = -65536');
  connection.pragma('mmap_size = 268435456');
  connection.pragma('temp_store = memory');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: connection }) });
  return {
    db,
    dialect: 'sqlite',
    pgSchema: null,
    eventChannel: 'mirsad_events',
    listen: async () => async () => {},
    // Without statistics SQLite may walk a low-selectivity index (status) instead of a selective one
    // (a search, a tag); `optimize` re-analyses the tables whose size changed a lot since last time.
    optimize: async () => {
      connection.pragma('optimize=0x10002');
    },
    close: () => db.destroy(),
  };
}

async function openPostgres(url: string, pgSchema: string | null): Promise<Database> {
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
  const pool = new Pool({ connectionString: url, max: 10, options });
  pool.on('error', () => {
    // An idle client lost its connection (database restart); the pool replaces it on next use.
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const eventChannel = pgSchema ? `mirsad_events_${pgSchema}` : 'mirsad_events';
  return {
    db,
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
    close: () => db.destroy(),
  };
}

/** LISTENs on a dedicated connection and reconnects with backoff if the database goes away. */
async function listenPostgres(
  url: string,
  channel: string,
  onNotify: () => void,
): Promise<() => Promise<void>> {
  let client: Client | null = null;
  let stopped = false;
  let retryTimer: NodeJS.Timeout | null = null;
  let delay = 250;
  const connect = async (): Promise<void> => {
    const next = new Client({ connectionString: url });
    next.on('notification', () => onNotify());
    next.on('error', () => scheduleReconnect());
    next.on('end', () => scheduleReconnect());
    await next.connect();
    await next.query(`LISTEN ${channel}`);
    client = next;
    delay = 250;
    // Anything committed while we were not listening is picked up by the subscriber's catch-up read.
    onNotify();
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

/**
 * Makes event sequence numbers follow commit order. On PostgreSQL, concurrent transactions could otherwise
 * commit seq 11 before seq 10, and a live reader that has already moved past 11 would never see 10. A
 * transaction-scoped advisory lock taken just before appending events serialises the (short) tail of every
 * writing transaction. SQLite has one writer at a time already.
 */
export async function lockEventSequence(trx: Tx, dialect: DialectName, channel: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtext(${channel}))`.execute(trx);
}

/** Tells other processes (PostgreSQL) that events were appended; delivered when the transaction commits. */
export async function announceEvents(trx: Tx, dialect: DialectName, channel: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`select pg_notify(${channel}, '')`.execute(trx);
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
