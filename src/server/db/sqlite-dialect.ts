/**
 * How the main SQLite connection runs Kysely's queries: write transactions start with BEGIN IMMEDIATE, and a
 * write that finds another process holding the write lock waits for it without holding the event loop.
 *
 * BEGIN IMMEDIATE takes the write lock at once: a deferred transaction that read first and then wrote after
 * another process committed fails with "database is locked" at once (SQLITE_BUSY_SNAPSHOT: no waiting helps it),
 * where an immediate one waits its turn.
 *
 * Waiting its turn: SQLite's busy timeout sleeps inside the call, and better-sqlite3 makes that call on the event
 * loop, so while the CLI ingested a big file the server's own writes (a comment, a sign-in) held every request
 * and the live stream for up to seconds (issue 11, finding 6). So the connection's busy timeout is kept to a few
 * milliseconds (brief contention still resolves inside the call), and past it the query gives its turn back:
 * Kysely's connection lock is released (reads that need the connection, such as the live stream's, go ahead;
 * no transaction is open, since the write that waits is the BEGIN or a single statement), the event loop
 * serves others for a little while, and the write is tried again, up to WRITE_LOCK_WAIT_MS in all.
 */
import type SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteDialect,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import type { StatementCache } from './sqlite-statement-cache.ts';

/** Waited inside SQLite's own busy handler, on the event loop, before giving the turn back. */
export const SYNC_BUSY_TIMEOUT_MS = 5;
/** How long a write waits for another process's transaction in all before "database is locked" (as before). */
const WRITE_LOCK_WAIT_MS = 5_000;

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY';
}

/** A few milliseconds, spread so that two waiting writers do not retry in step. */
const pause = (attempt: number) =>
  new Promise<void>((resume) => setTimeout(resume, Math.min(2 ** attempt, 20) * (0.5 + Math.random())));

export class MainSqliteDialect extends SqliteDialect {
  constructor(
    /** The connection's prepared statements (sqlite-statement-cache.ts), shared with sqlite-main-connection.ts. */
    statements: StatementCache,
    private readonly connection: SQLite.Database,
    /** Told after every commit (sqlite-checkpointer.ts). */
    private readonly afterCommit: () => void = () => {},
  ) {
    super({ database: statements });
  }

  override createDriver(): Driver {
    const driver = super.createDriver();
    const raw = this.connection;
    const patient = (inner: DatabaseConnection): DatabaseConnection => ({
      async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
        // Set at the first busy answer: a query that runs at once (nearly all) reads no clock.
        let deadline = Number.POSITIVE_INFINITY;
        for (let attempt = 0; ; attempt++) {
          try {
            return await inner.executeQuery<R>(query);
          } catch (error) {
            // Inside a transaction the write lock is ours already: a busy error there is not a wait.
            if (!isBusy(error) || raw.inTransaction || performance.now() > deadline) throw error;
            if (attempt === 0) deadline = performance.now() + WRITE_LOCK_WAIT_MS;
          }
          await driver.releaseConnection(inner);
          try {
            await pause(attempt);
          } finally {
            await driver.acquireConnection();
          }
        }
      },
      streamQuery: (query, chunkSize) => inner.streamQuery(query, chunkSize),
    });
    return {
      init: () => driver.init(),
      acquireConnection: async () => patient(await driver.acquireConnection()),
      beginTransaction: async (connection: DatabaseConnection, _settings: TransactionSettings) => {
        await connection.executeQuery(CompiledQuery.raw('begin immediate'));
      },
      commitTransaction: async (connection) => {
        await driver.commitTransaction(connection);
        this.afterCommit();
      },
      rollbackTransaction: (connection) => driver.rollbackTransaction(connection),
      releaseConnection: (connection) => driver.releaseConnection(connection),
      destroy: () => driver.destroy(),
    };
  }
}
