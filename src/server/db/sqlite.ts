/** SQLite (better-sqlite3, WAL): the embedded default. Loaded by openDatabase (index.ts) for `sqlite:` URLs. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import type { Database, OpenSettings } from './database.ts';
import type { DB } from './schema.ts';
import { ReaderPool, readerDialect } from './sqlite-readers.ts';
import { Checkpointer } from './sqlite-checkpointer.ts';
import { MainSqliteDialect, SYNC_BUSY_TIMEOUT_MS } from './sqlite-dialect.ts';
import { registerMainConnection } from './sqlite-main-connection.ts';
import { withStatementCache } from './sqlite-statement-cache.ts';
import { StatisticsSchedule } from './statistics-schedule.ts';

/** How often SQLite is asked whether another process committed (a few µs each). */
const DATA_VERSION_POLL_MS = 200;
/**
 * After others wrote, statistics are refreshed at most this often, and once after their last write
 * (PRAGMA optimize with an analysis limit; statistics-schedule.ts).
 */
const OPTIMIZE_AFTER_OTHERS_MS = 60_000;

export function openSqlite(path: string, settings: OpenSettings): Database {
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
  const statements = withStatementCache(connection);
  const db = new Kysely<DB>({
    dialect: new MainSqliteDialect(statements, connection, () => checkpointer?.noteCommit()),
  });
  registerMainConnection(db, { connection, prepare: (text) => statements.prepare(text) });
  const pool = memory
    ? null
    : new ReaderPool({
        path: resolve(path),
        size: settings.readers,
        timeoutMs: settings.queryTimeoutMs,
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
