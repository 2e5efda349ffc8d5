/**
 * The database: the ONLY place (with the engine modules beside it, sqlite.ts and postgres.ts) that knows whether
 * it is SQLite or PostgreSQL. Everything else gets a `Database` and writes one Kysely code path. Each engine's
 * module, and its driver, is loaded only when a database of that kind is opened: a SQLite server or CLI never
 * loads pg, a PostgreSQL one never loads the SQLite addon (start-up time and memory, issue 14).
 */
import type { Database, OpenOptions, OpenSettings } from './database.ts';

export type { Database, DialectName, Executor, OpenOptions, OpenSettings, Tx } from './database.ts';

const DEFAULT_QUERY_TIMEOUT_MS = 10_000;
// More reader threads than one user may keep busy (HEAVY_READS_PER_USER, 2): someone's slow facets never take
// every reader, so another editor's queue is not left waiting behind them.
const DEFAULT_READERS = 4;

/** Opens the database named by a `sqlite:` or `postgres://` URL. */
export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Database> {
  const settings: OpenSettings = {
    ...options,
    queryTimeoutMs: options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
    readers: options.readers ?? DEFAULT_READERS,
  };
  if (url.startsWith('sqlite:'))
    return (await import('./sqlite.ts')).openSqlite(url.slice('sqlite:'.length), settings);
  if (/^postgres(ql)?:\/\//.test(url)) {
    // `?schema=name` isolates an instance (tests, side-by-side installs) in its own PostgreSQL schema.
    const parsed = new URL(url);
    const schema = options.pgSchema ?? parsed.searchParams.get('schema');
    parsed.searchParams.delete('schema');
    return (await import('./postgres.ts')).openPostgres(parsed.toString(), schema, settings);
  }
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got ${url.split(':')[0]}:)`);
}

/** Drops a test schema and everything in it (PostgreSQL test isolation). */
export async function dropPgSchema(url: string, pgSchema: string): Promise<void> {
  await (await import('./postgres.ts')).dropPgSchema(url, pgSchema);
}
