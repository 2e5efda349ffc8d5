/**
 * Reads that can take a while (the queue, facets, search, the audit log) run on SQLite connections in worker
 * threads, so that a slow one never blocks the event loop: better-sqlite3 is synchronous, and on the main thread
 * one long query stops every other request, /healthz included. Each worker holds a read-only connection to the
 * same file (WAL: readers see every committed write and never block the writer). A query that runs past the
 * time budget is stopped by terminating its worker, which is then replaced; the request gets a 503 it may retry.
 * Writes stay on the main connection, one writer as SQLite wants.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import {
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from 'kysely';

/** A read ran past the budget (or waited too long for a free reader); answered 503, safe to retry. */
export class QueryTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`The query took longer than ${timeoutMs} ms and was stopped.`);
  }
}

// The worker is plain CommonJS evaluated from this string, so the same code runs from the sources (tsx) and from
// the built server (one bundled file) without a second entry point.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
const db = new Database(workerData.path, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = -16384');
db.pragma('mmap_size = 268435456');
db.pragma('temp_store = memory');
const statements = new Map();
parentPort.postMessage({ ready: true });
parentPort.on('message', ({ id, sql, parameters }) => {
  try {
    let entry = statements.get(sql);
    if (!entry) {
      const statement = db.prepare(sql);
      if (!statement.reader) throw new Error('the read pool only reads');
      // Rows go back as arrays of values with the column names once: cloning fewer keys is cheaper both sides.
      entry = { statement: statement.raw(true), columns: statement.columns().map((column) => column.name) };
      if (statements.size > 500) statements.clear();
      statements.set(sql, entry);
    }
    parentPort.postMessage({ id, columns: entry.columns, values: entry.statement.all(parameters) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

/** What a reader thread answers: ready once, then each job's rows (or its error). */
interface ReaderMessage {
  ready?: true;
  id: number;
  columns?: string[];
  values?: unknown[][];
  error?: string;
}

/** Rows as objects keyed by column name, as better-sqlite3 itself returns them (a later equal name wins). */
function asObjects(columns: readonly string[], values: readonly unknown[][]): Array<Record<string, unknown>> {
  return values.map((row) => {
    const object: Record<string, unknown> = {};
    for (let index = 0; index < columns.length; index++) object[columns[index]!] = row[index];
    return object;
  });
}

interface Job {
  id: number;
  sql: string;
  parameters: readonly unknown[];
  resolve(rows: unknown[]): void;
  reject(error: Error): void;
}

interface Reader {
  worker: Worker;
  /** Its connection is open: only then does it take jobs (a query's budget never pays for a thread's start). */
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

export interface ReaderPoolOptions {
  path: string;
  size: number;
  timeoutMs: number;
  /** Jobs that may wait for a reader before new ones are refused (503): bounds memory under a flood. */
  maxQueue?: number;
}

/**
 * Up to `size` reader threads with a queue in front. Threads start when reads need them (a read waits and no
 * thread is free or starting) and then stay: an idle server holds none (each costs ~9 MB and a few tens of ms of
 * CPU to start), a busy one as many as its reads overlap.
 */
export class ReaderPool {
  private readonly readers: Reader[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private readonly driverPath = createRequire(import.meta.url).resolve('better-sqlite3');

  constructor(private readonly options: ReaderPoolOptions) {}

  /** Reader threads running or starting. */
  get threads(): number {
    return this.readers.length;
  }

  /** Starts threads while more reads wait than there are threads free or starting to take them. */
  private grow(): void {
    while (this.readers.length < this.options.size) {
      const spare = this.readers.filter((reader) => !reader.job).length;
      if (this.queue.length <= spare) return;
      this.readers.push(this.spawn());
    }
  }

  private spawn(): Reader {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { path: this.options.path, driverPath: this.driverPath },
    });
    worker.unref();
    const reader: Reader = { worker, ready: false, job: null, timer: null };
    worker.on('message', (message: ReaderMessage) => {
      if (message.ready) {
        reader.ready = true;
        this.dispatch();
        return;
      }
      const job = reader.job;
      if (!job || job.id !== message.id) return;
      this.finish(reader);
      if (message.error !== undefined) job.reject(new Error(message.error));
      else job.resolve(asObjects(message.columns ?? [], message.values ?? []));
      this.dispatch();
    });
    worker.on('error', (error) => this.replace(reader, error));
    return reader;
  }

  private finish(reader: Reader): void {
    if (reader.timer) clearTimeout(reader.timer);
    reader.timer = null;
    reader.job = null;
  }

  /** A reader that died or overran: its job fails, a fresh thread takes its place. */
  private replace(reader: Reader, error: Error): void {
    const job = reader.job;
    this.finish(reader);
    void reader.worker.terminate();
    const index = this.readers.indexOf(reader);
    if (index >= 0 && !this.closed) this.readers[index] = this.spawn();
    job?.reject(error);
    this.dispatch();
  }

  private dispatch(): void {
    for (const reader of this.readers) {
      if (!reader.ready || reader.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      reader.job = job;
      reader.timer = setTimeout(
        () => this.replace(reader, new QueryTimeoutError(this.options.timeoutMs)),
        this.options.timeoutMs,
      );
      reader.worker.postMessage({ id: job.id, sql: job.sql, parameters: job.parameters });
    }
  }

  /** Runs one read-only statement on a reader thread. */
  query(sql: string, parameters: readonly unknown[]): Promise<unknown[]> {
    if (this.closed) return Promise.reject(new Error('the read pool is closed'));
    if (this.queue.length >= (this.options.maxQueue ?? 256))
      return Promise.reject(new QueryTimeoutError(this.options.timeoutMs));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, sql, parameters, resolve, reject });
      this.grow();
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the read pool is closed'));
    await Promise.all(this.readers.map((reader) => reader.worker.terminate()));
  }
}

class ReaderConnection implements DatabaseConnection {
  constructor(private readonly pool: ReaderPool) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    return { rows: (await this.pool.query(compiled.sql, compiled.parameters)) as R[] };
  }

  // oxlint-disable-next-line require-yield -- streaming is not offered by the read pool
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('the read pool does not stream');
  }
}

class ReaderDriver implements Driver {
  constructor(private readonly pool: ReaderPool) {}
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return new ReaderConnection(this.pool);
  }
  async beginTransaction(): Promise<void> {
    throw new Error('the read pool has no transactions');
  }
  async commitTransaction(): Promise<void> {}
  async rollbackTransaction(): Promise<void> {}
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {
    await this.pool.close();
  }
}

/** A Kysely dialect whose queries run on the pool (SQLite SQL, read-only). */
export function readerDialect(pool: ReaderPool): Dialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new ReaderDriver(pool),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
}
