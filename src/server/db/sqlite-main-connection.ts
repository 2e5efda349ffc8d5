/**
 * Prepared statements (prepared.ts) run straight on the main SQLite connection when that is safe, instead of
 * through Kysely's driver. better-sqlite3 answers synchronously; Kysely's way to it (the connection lock, the
 * connection provider and four async layers) costs about as much as many of these statements themselves: a
 * lookup by id took 11 µs straight and 19–29 through Kysely, and a pushed item runs about twenty-five of them
 * (docs/performance-log.md, 4 December, night).
 *
 * Safe means the statement sees what it would have seen through Kysely:
 * - inside a transaction that is open (the executor is a transaction of runTransaction, transaction.ts, that has
 *   not ended): its owner holds the connection, so any statement;
 * - outside one, a read, when no transaction is open on the connection: Kysely would run it at once too. While
 *   another flow's transaction is open (between its awaits) a read goes through Kysely, which waits for the
 *   lock, so that it never sees uncommitted rows;
 * - never a write outside a transaction: that waits out another process's write lock off the event loop
 *   (sqlite-dialect.ts). Reads hardly ever wait in WAL mode, where readers and the writer do not block each
 *   other; one that finds the file locked past the connection's short busy timeout (another process recovering
 *   the WAL) is handed to Kysely, to wait its turn the same way.
 */
import type SQLite from 'better-sqlite3';
import type { DialectAdapter } from 'kysely';
import type { Executor } from './database.ts';
import { isOpenTransaction } from './transaction.ts';

interface MainConnection {
  connection: SQLite.Database;
  prepare(sql: string): SQLite.Statement;
}

/** Keyed by the database's Kysely adapter, which its transactions share (and its reader pool does not). */
const mainConnections = new WeakMap<DialectAdapter, MainConnection>();

export function registerMainConnection(db: Executor, main: MainConnection): void {
  mainConnections.set(db.getExecutor().adapter, main);
}

/** The rows of `sql` run on the main connection, or undefined when it must go through Kysely (see above). */
export function runOnMainConnection<Row>(
  db: Executor,
  sql: string,
  parameters: readonly unknown[],
): Row[] | undefined {
  const main = mainConnections.get(db.getExecutor().adapter);
  if (!main) return undefined;
  const inOwnTransaction = isOpenTransaction(db);
  if (!inOwnTransaction && (db.isTransaction || main.connection.inTransaction)) return undefined;
  try {
    const statement = main.prepare(sql);
    // `readonly`, not `reader`: an insert with RETURNING answers rows, and is still a write.
    if (!inOwnTransaction && !statement.readonly) return undefined;
    if (statement.reader) return statement.all(parameters) as Row[];
    statement.run(parameters);
    return [];
  } catch (error) {
    if (!inOwnTransaction && (error as { code?: unknown } | null)?.code === 'SQLITE_BUSY') return undefined;
    throw error;
  }
}
