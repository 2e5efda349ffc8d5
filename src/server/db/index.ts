/**
 * The database: the ONLY module that knows whether it is SQLite or PostgreSQL. Everything else gets a
 * `Database` and writes one Kysely code path.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import { Client, Pool, types, type ClientConfig } from 'pg';
import type { DB } from './schema.ts';
import { statementNames } from './statement-names.ts';
import { ReaderPool, readerDialect } from './sqlite-readers.ts';
import { Checkpointer } from './sqlite-checkpointer.ts';
import { MainSqliteDialect, SYNC_BUSY_TIMEOUT_MS } from './sqlite-dialect.ts';
import { StatisticsSchedule } from './statistics-schedule.ts';

export type DialectName = 'sqlite' | 'postgres';
export type Tx = Transaction<DB>;
export type Executor = Kysely<DB> | Tx;

export interface Database {
  db: Kysely<DB>;
  /**
   * For reads that can take a while (queue pages, facets, search, the audit log): on SQLite a pool of reader
   * threads with a time budget (sqlite-readers.ts), on PostgreSQL a pool whose statements time out. Reads only.
   */
  reader: Kysely<DB>;
  dialect: DialectName;
  /** PostgreSQL schema in use (tests isolate themselves in one); null on SQLite. */
  pgSchema: string | null;
  /** The NOTIFY channel that tells other server processes about new events (PostgreSQL only). */
  eventChannel: string;
  /**
   * Calls `onNotify` when another process commits: PostgreSQL's LISTEN on a dedicated connection; on SQLite a
   * watch of `PRAGMA data_version`, which moves when another connection (the CLI, a second server) commits.
   * On PostgreSQL `from` is who announced the commit (the event bus that wrote it, see appendEvents); '' when
   * unknown (SQLite, a catch-up after reconnecting).
   */
  listen(onNotify: (from: string) => void): Promise<() => Promise<void>>;
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
  /** Longest a read on `reader` may take before it is stopped. */
  queryTimeoutMs?: number;
  /** Reader threads (SQLite) or connections (PostgreSQL) for `reader`. */
  readers?: number;
}

const DEFAULT_QUERY_TIMEOUT_MS = 10_000;
// More reader threads than one user may keep busy (HEAVY_READS_PER_USER, 2): someone's slow facets never take
// every reader, so another editor's queue is not left waiting behind them.
const DEFAULT_READERS = 4;
/** How often SQLite is asked whether another process committed (a few µs each). */
const DATA_VERSION_POLL_MS = 200;
/**
 * After others wrote, statistics are refreshed at most this often, and once after their last write
 * (PRAGMA optimize with an analysis limit; statistics-schedule.ts).
 */
const OPTIMIZE_AFTER_OTHERS_MS = 60_000;

/** Opens the database named by a `sqlite:` or `postgres://` URL. */
export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Database> {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length), options);
  if (/^postgres(ql)?:\/\//.test(url)) {
    // `?schema=name` isolates an instance (tests, side-by-side installs) in its own PostgreSQL schema.
    const parsed = new URL(url);
    const schema = options.pgSchema ?? parsed.searchParams.get('schema');
    parsed.searchParams.delete('schema');
    return openPostgres(parsed.toString(), schema, options);
  }
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got ${url.split(':')[0]}:)`);
}

function openSqlite(path: string, options: OpenOptions): Database {
  const memory = path === ':memory:' || path === '';
  if (!memory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const connection = new SQLite(memory ? ':memory:' : path);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('foreign_keys = ON');
  // Longer waits for another process's write lock happen off the event loop (sqlite-dialect.ts).
  connection.pragma(`busy_timeout = ${SYNC_BUSY_TIMEOUT_MS}`);
  // A desk keeps tens of thousands of items: give SQLite room to keep the hot pages (64 MB cache, mmap reads).
  connection.pragma('cache_size = -65536');
  connection.pragma('mmap_size = 268435456');
  connection.pragma('temp_store = memory');
  // ANALYZE samples at most this many rows per index: statistics stay good and refreshing them stays quick.
  connection.pragma('analysis_limit = 1000');
  const checkpointer = memory ? null : new Checkpointer(connection, resolve(path));
  const db = new Kysely<DB>({
    dialect: new MainSqliteDialect(connection, () => checkpointer?.noteCommit()),
  });
  const pool = memory
    ? null
    : new ReaderPool({
        path: resolve(path),
        size: options.readers ?? DEFAULT_READERS,
        timeoutMs: options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
      });
  const reader = pool ? new Kysely<DB>({ dialect: readerDialect(pool) }) : db;
  // Without statistics SQLite may walk a low-selectivity index (status) instead of a selective one
  // (a search, a tag); `optimize` re-analyses the tables whose size changed a lot since last time.
  // Through Kysely, so that it too waits for another process's write lock off the event loop.
  const optimize = async () => {
    await sql`pragma optimize=0x10002`.execute(db);
  };
  const watches = new Set<() => Promise<void>>();
  return {
    db,
    reader,
    dialect: 'sqlite',
    pgSchema: null,
    eventChannel: 'mirsad_events',
    listen: async (onNotify) => {
      const stop = watchDataVersion(connection, () => onNotify(''), optimize);
      watches.add(stop);
      return async () => {
        watches.delete(stop);
        await stop();
      };
    },
    optimize,
    close: async () => {
      for (const stop of watches) await stop();
      if (reader !== db) await reader.destroy();
      // Kysely destroys a driver only if it was ever used: the pool's threads are ended here either way.
      await pool?.close();
      await checkpointer?.close();
      await db.destroy();
    },
  };
}

/**
 * Another process (the CLI ingesting a file, a second server on the same file) committed when data_version
 * moves: tell the bus, so its events reach live clients within a blink, and refresh the planner's statistics
 * now and then, since a bulk load by someone else leaves them stale (and plans bad).
 */
function watchDataVersion(
  connection: SQLite.Database,
  onNotify: () => void,
  optimize: () => Promise<void>,
): () => Promise<void> {
  let seen = connection.pragma('data_version', { simple: true });
  const statistics = new StatisticsSchedule(OPTIMIZE_AFTER_OTHERS_MS);
  const timer = setInterval(() => {
    const version = connection.pragma('data_version', { simple: true });
    if (version !== seen) {
      seen = version;
      onNotify();
      statistics.noteChange();
    }
    // A failure (the lock not free within its wait) only means the statistics are refreshed next time.
    if (statistics.due(Date.now())) void optimize().catch(() => {});
  }, DATA_VERSION_POLL_MS);
  timer.unref();
  return async () => clearInterval(timer);
}

async function openPostgres(url: string, pgSchema: string | null, settings: OpenOptions): Promise<Database> {
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
  const timeout = settings.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS;
  const readPool = new Pool({
    Client: NamedStatementClient,
    connectionString: url,
    max: Math.max(2, (settings.readers ?? DEFAULT_READERS) * 2),
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
  onNotify: (from: string) => void,
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
