/**
 * Prepared statements kept by their SQL text for the main SQLite connection. Kysely prepares every query it runs;
 * with better-sqlite3 that is a full SQLite compile each time (a third of a millisecond for an insert with its
 * triggers), paid again and again for the same few hundred statements. Ingest runs thousands per feed inside
 * transactions that hold the event loop, so the compile time was event-loop time too.
 *
 * A statement still iterating (Kysely's `stream()`) is busy: then a fresh one is prepared. SQLite recompiles a
 * cached statement by itself when the schema changes (a migration), so a kept statement is never stale.
 */
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Distinct statements kept: the app's own queries fit many times over; IN lists of odd sizes come and go. */
const KEPT = 500;

/** Kysely's view of the connection, whose `prepare` answers from the cache. */
export interface StatementCache extends SqliteDatabase {
  prepare(sql: string): SQLite.Statement;
}

export function withStatementCache(connection: SQLite.Database): StatementCache {
  const kept = new Map<string, SQLite.Statement>();
  return {
    close: () => connection.close(),
    prepare(sql: string) {
      const hit = kept.get(sql);
      if (hit && !hit.busy) {
        // Most recently used last: the first entry is the one to drop.
        kept.delete(sql);
        kept.set(sql, hit);
        return hit;
      }
      const statement = connection.prepare(sql);
      if (!hit) {
        if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
        kept.set(sql, statement);
      }
      return statement;
    },
  };
}
