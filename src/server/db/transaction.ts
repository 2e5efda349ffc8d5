/**
 * How the server opens a transaction (withEvents is its one caller). It also keeps which transactions are open,
 * for sqlite-main-connection.ts: a statement may run straight on SQLite's connection for a transaction only while
 * that transaction is open. A transaction object used after its end (a sibling of a failed `Promise.all`, say)
 * goes through Kysely, which refuses it, instead of running inside whatever transaction is open by then.
 */
import type { Database, Executor, Tx } from './database.ts';

const open = new WeakSet<Executor>();

export function runTransaction<T>(database: Database, work: (trx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction().execute(async (trx) => {
    open.add(trx);
    try {
      return await work(trx);
    } finally {
      open.delete(trx);
    }
  });
}

/** Whether `db` is a transaction opened by runTransaction that has not ended. */
export function isOpenTransaction(db: Executor): boolean {
  return open.has(db);
}
