/**
 * WAL checkpoints off the event loop. SQLite checkpoints by itself inside the commit that takes the WAL past
 * 1,000 pages: that commit copies some 4 MB into the database file and syncs it, and better-sqlite3 makes the
 * call on the event loop. Items stored one at a time (pushes, a live wire) paid it one commit in 20 or so, and
 * every request and live screen waited meanwhile: storing 1,500 demo items one by one, p50 / p95 2.5 / 7.8 ms
 * with it, 1.5–1.6 / 3.1–3.6 ms with this (the p95 of bench/live.ts's single screen did not move: other costs
 * dominate there).
 *
 * So once this process has written a little (its WAL file past START_BYTES after a commit), a worker thread with
 * a connection of its own takes the checkpoints over: whenever another connection has committed (data_version),
 * at most every INTERVAL_MS, it runs a PASSIVE checkpoint, which never waits for readers or the writer, and the
 * main connection stops checkpointing. SQLite resets the WAL at the next write once it is all copied, as before.
 * An idle server starts no thread (each costs ~9 MB); a thread that fails hands the checkpoints back to SQLite
 * for good.
 *
 * Never open SQLite's own files (the database, -wal, -shm) with a descriptor of our own in a process that holds
 * the database open: closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's
 * included ("How To Corrupt An SQLite Database File", 2.2). On 4 December a version of this thread read the
 * frames waiting in the WAL from the -shm header, opening and closing the file at each look, to checkpoint in
 * batches; two CLI runs ingesting beside the server then left "database disk image is malformed" (the attack
 * suite's finding 6). Statting a file (as noteCommit does) opens nothing and is safe.
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

/**
 * The WAL size (bytes) after a commit that shows this process writes: three quarters of SQLite's own threshold,
 * so the thread takes over before SQLite's first checkpoint, and the migrations of a fresh database (~1.3 MB)
 * start no thread in a server that then sits idle.
 */
const START_BYTES = 3 * 1024 * 1024;
const INTERVAL_MS = 200;
/**
 * SQLite starts the WAL over at a write that finds it all copied, which checkpoints alongside a steady stream of
 * writes (a bulk ingest) may never leave it in. Past this many frames (40 MB of 4 KB pages), SQLite checkpoints
 * inside commits again, as by default, until the WAL has started over: the one way that never lets it grow
 * without bound, and paid only while a bulk load outruns the thread.
 */
const WAL_LIMIT_FRAMES = 10_000;
/** SQLite's default, restored if the thread fails. */
const AUTOCHECKPOINT_PAGES = 1000;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
const db = new Database(workerData.path, { fileMustExist: true });
// Nothing seen yet: the first turn copies what the WAL holds already (the writes that started this thread).
let seen = null;
const checkpoint = () => {
  const version = db.pragma('data_version', { simple: true });
  if (version === seen) return;
  let result;
  try {
    [result] = db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    return; // another process checkpointing (SQLITE_BUSY): next turn
  }
  seen = version;
  Atomics.store(workerData.walFrames, 0, result.log);
  parentPort.postMessage({ checkpointed: result.checkpointed, log: result.log });
};
checkpoint();
setInterval(checkpoint, workerData.intervalMs);
`;

export interface CheckpointReport {
  /** WAL frames copied into the database so far, and frames in the WAL (SQLite's wal_checkpoint answer). */
  checkpointed: number;
  log: number;
}

export class Checkpointer {
  private worker: Worker | null = null;
  /** Closed, or the thread failed once: SQLite checkpoints by itself from then on. */
  private done = false;
  /** The WAL ran past WAL_LIMIT_FRAMES: SQLite checkpoints inside commits until it has started over. */
  private outrun = false;
  /** Frames in the WAL at the thread's last checkpoint, written by the thread. */
  private readonly walFrames = new Int32Array(new SharedArrayBuffer(4));
  private readonly listeners = new Set<(report: CheckpointReport) => void>();
  private readonly driverPath = createRequire(import.meta.url).resolve('better-sqlite3');

  constructor(
    private readonly connection: SQLite.Database,
    private readonly path: string,
    /** WAL_LIMIT_FRAMES, smaller in tests. */
    private readonly limitFrames = WAL_LIMIT_FRAMES,
  ) {}

  /** Whether the thread runs the checkpoints (and the main connection none). */
  get running(): boolean {
    return this.worker !== null;
  }

  /** Called after each commit: starts the thread once the WAL shows that this process writes. */
  noteCommit(): void {
    if (this.worker) {
      // Read from memory the thread writes, not from its messages: a bulk load may not let the event loop turn.
      const outrun = Atomics.load(this.walFrames, 0) > this.limitFrames;
      if (outrun !== this.outrun) {
        this.outrun = outrun;
        this.connection.pragma(`wal_autocheckpoint = ${outrun ? AUTOCHECKPOINT_PAGES : 0}`);
      }
      return;
    }
    if (this.done) return;
    let size: number;
    try {
      size = statSync(`${this.path}-wal`).size;
    } catch {
      return;
    }
    if (size >= START_BYTES) this.start();
  }

  /** Calls `listener` after each checkpoint the thread runs; returns a function that stops that. */
  onCheckpoint(listener: (report: CheckpointReport) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private start(): void {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        path: this.path,
        driverPath: this.driverPath,
        intervalMs: INTERVAL_MS,
        walFrames: this.walFrames,
      },
    });
    this.worker = worker;
    worker.unref();
    // At once, not when the thread says it is ready: a busy event loop may read that message late.
    this.connection.pragma('wal_autocheckpoint = 0');
    worker.on('message', (message: CheckpointReport) => {
      for (const listener of this.listeners) listener(message);
    });
    worker.on('error', () => this.handBack());
    worker.on('exit', () => this.handBack());
  }

  /** The thread is gone: SQLite checkpoints inside commits again, as it does by default. */
  private handBack(): void {
    if (this.done) return;
    this.done = true;
    this.worker = null;
    if (this.connection.open) this.connection.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  }

  /** Ends the thread (before the main connection closes, which checkpoints what is left). */
  async close(): Promise<void> {
    this.done = true;
    await this.worker?.terminate();
    this.worker = null;
  }
}
