/**
 * WAL checkpoints off the event loop. SQLite checkpoints by itself inside the commit that takes the WAL past
 * 1,000 pages: that commit copies some 4 MB into the database file and syncs it, and better-sqlite3 makes the
 * call on the event loop. Items stored one at a time (pushes, a live wire) paid it one commit in 20 or so, and
 * every request and live screen waited meanwhile: storing 1,500 demo items one by one, p50 / p95 2.5 / 7.8 ms
 * with it, 1.5–1.6 / 3.1–3.6 ms with this (the p95 of bench/live.ts's single screen did not move: other costs
 * dominate there).
 *
 * So once this process has written a little (its WAL file past START_BYTES after a commit), a worker thread with
 * a connection of its own takes the checkpoints over, and the main connection stops checkpointing. Every
 * INTERVAL_MS it looks whether another connection has committed (data_version) and how many frames of the WAL
 * are not yet copied (the WAL index's header, below); it runs a PASSIVE checkpoint, which never waits for readers
 * or the writer, once they are BATCH_FRAMES or more (SQLite's own threshold), or once the oldest has waited
 * MAX_WAIT_MS. SQLite resets the WAL at the next write once it is all copied, as before. An idle server starts
 * no thread (each costs ~9 MB); a thread that fails hands the checkpoints back to SQLite for good.
 *
 * Why not at every look: each checkpoint syncs the WAL and the database file, and with one every 200 ms the
 * slowest tenth of items pushed 100 ms apart had commits of 2–5 ms instead of 0.3–0.6 (on the development
 * machine's ext4); most of those went with fewer checkpoints. Pushing one item every 100 ms over HTTP in
 * process (request to live delivery, 300 items, four alternated pairs), a checkpoint at every look that found a
 * commit gave p50 3.23 / 3.38 / 3.73 / 3.54 and p95 6.55 / 6.45 / 7.35 / 7.01 ms; one per ~1,000 frames (a pushed
 * item writes about 60, so about every 2 s) 2.93 / 2.97 / 3.34 / 3.13 and 5.76 / 5.78 / 6.72 / 6.48. A bulk load
 * still gets one at nearly every look: it writes thousands of frames a second.
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
/** Frames not yet copied that make a checkpoint due: SQLite's own autocheckpoint size (4 MB of 4 KB pages). */
const BATCH_FRAMES = 1000;
/** The longest a committed frame waits to be copied when fewer than BATCH_FRAMES follow it. */
const MAX_WAIT_MS = 2_000;
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
const { closeSync, openSync, readSync } = require('node:fs');
const littleEndian = require('node:os').endianness() === 'LE';
const db = new Database(workerData.path, { fileMustExist: true });
// Frames in the WAL not yet copied into the database, from the WAL index (the -shm file, documented in SQLite's
// walformat.html): mxFrame at byte 16 of its header, nBackfill at byte 96, in the machine's byte order. Read
// without SQLite's locks, so a value may be a moment old: it only decides whether a checkpoint is due yet.
// Unreadable: Infinity, so checkpoints run at every look as they would without it. Opened at each look, not
// kept: a terminated thread closes nothing, and a kept descriptor would outlive it (and the file).
const header = Buffer.alloc(100);
const framesToCopy = () => {
  let shm;
  try {
    shm = openSync(workerData.path + '-shm', 'r');
    if (readSync(shm, header, 0, 100, 0) < 100) return Infinity;
    const read = (offset) => (littleEndian ? header.readUInt32LE(offset) : header.readUInt32BE(offset));
    return read(16) - read(96);
  } catch {
    return Infinity;
  } finally {
    if (shm !== undefined) closeSync(shm);
  }
};
// Nothing seen yet: the first turn copies what the WAL holds already (the writes that started this thread).
let seen = null;
let waitingSince = null;
const checkpoint = () => {
  const version = db.pragma('data_version', { simple: true });
  if (version === seen) return;
  const now = Date.now();
  waitingSince ??= now;
  if (seen !== null && now - waitingSince < workerData.maxWaitMs) {
    const waiting = framesToCopy();
    if (waiting < workerData.batchFrames) {
      parentPort.postMessage({ waiting });
      return;
    }
  }
  let result;
  try {
    [result] = db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    return; // another process checkpointing (SQLITE_BUSY): next turn
  }
  seen = version;
  waitingSince = null;
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

/** A look that found commits but no checkpoint due yet: the frames waiting to be copied. */
export interface WaitReport {
  waiting: number;
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
  private readonly waitListeners = new Set<(report: WaitReport) => void>();
  private readonly driverPath = createRequire(import.meta.url).resolve('better-sqlite3');

  private readonly limitFrames: number;
  private readonly batchFrames: number;
  private readonly maxWaitMs: number;

  constructor(
    private readonly connection: SQLite.Database,
    private readonly path: string,
    /** WAL_LIMIT_FRAMES, BATCH_FRAMES and MAX_WAIT_MS, other in tests. */
    options: { limitFrames?: number; batchFrames?: number; maxWaitMs?: number } = {},
  ) {
    this.limitFrames = options.limitFrames ?? WAL_LIMIT_FRAMES;
    this.batchFrames = options.batchFrames ?? BATCH_FRAMES;
    this.maxWaitMs = options.maxWaitMs ?? MAX_WAIT_MS;
  }

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

  /** Calls `listener` after each look that leaves commits waiting; returns a function that stops that. */
  onWait(listener: (report: WaitReport) => void): () => void {
    this.waitListeners.add(listener);
    return () => this.waitListeners.delete(listener);
  }

  private start(): void {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        path: this.path,
        driverPath: this.driverPath,
        intervalMs: INTERVAL_MS,
        batchFrames: this.batchFrames,
        maxWaitMs: this.maxWaitMs,
        walFrames: this.walFrames,
      },
    });
    this.worker = worker;
    worker.unref();
    // At once, not when the thread says it is ready: a busy event loop may read that message late.
    this.connection.pragma('wal_autocheckpoint = 0');
    worker.on('message', (message: CheckpointReport | WaitReport) => {
      if ('waiting' in message) for (const listener of this.waitListeners) listener(message);
      else for (const listener of this.listeners) listener(message);
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
