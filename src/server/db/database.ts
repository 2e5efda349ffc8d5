/** What opening a database gives (index.ts), whichever the engine: the types both engines' modules build. */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.ts';

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
   * On PostgreSQL `announcement` is the NOTIFY's payload (who announced the commit and what, see appendEvents);
   * '' when nothing is known (SQLite, a catch-up after reconnecting).
   */
  listen(onNotify: (announcement: string) => void): Promise<() => Promise<void>>;
  /** Refreshes the query planner's statistics where the engine needs asking (SQLite); cheap when current. */
  optimize(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Isolate in this PostgreSQL schema (created if missing); `?schema=` in the URL does the same. */
  pgSchema?: string;
  /** Longest a read on `reader` may take before it is stopped. */
  queryTimeoutMs?: number;
  /** Reader threads (SQLite) or connections (PostgreSQL) for `reader`. */
  readers?: number;
}

/** OpenOptions with every default filled in, as each engine's module takes them. */
export type OpenSettings = { pgSchema?: string } & Required<Omit<OpenOptions, 'pgSchema'>>;
