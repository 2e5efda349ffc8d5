import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { Checkpointer, type CheckpointReport } from './sqlite-checkpointer.ts';

const dir = mkdtempSync(join(tmpdir(), 'mirsad-checkpointer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A WAL database whose writes go through `write` (a commit, then the checkpointer told, as the dialect does). */
function database(name: string, limitFrames?: number) {
  const path = join(dir, name);
  const connection = new SQLite(path);
  connection.pragma('journal_mode = WAL');
  connection.exec('create table t (text text)');
  const checkpointer = new Checkpointer(connection, path, limitFrames);
  const insert = connection.prepare('insert into t values (?)');
  const write = (kilobytes: number) => {
    connection.transaction(() => {
      for (let n = 0; n < kilobytes; n++) insert.run('x'.repeat(1000));
    })();
    checkpointer.noteCommit();
  };
  const nextCheckpoint = () =>
    new Promise<CheckpointReport>((resolve) => {
      const stop = checkpointer.onCheckpoint((report) => {
        stop();
        resolve(report);
      });
    });
  return { connection, checkpointer, write, nextCheckpoint };
}

it('takes the checkpoints off the main connection once the process writes, and copies the whole WAL', async () => {
  const { connection, checkpointer, write, nextCheckpoint } = database('writes.db');
  try {
    write(10);
    // A few writes: SQLite keeps checkpointing by itself, no thread.
    expect(checkpointer.running).toBe(false);
    const checkpointed = nextCheckpoint();
    write(3500);
    expect(checkpointer.running).toBe(true);
    const report = await checkpointed;
    expect(report.log).toBeGreaterThan(100);
    expect(report.checkpointed).toBe(report.log);
    expect(connection.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    // Later commits are checkpointed too.
    const again = nextCheckpoint();
    write(1);
    expect((await again).checkpointed).toBeGreaterThan(0);
    expect(connection.prepare('select count(*) as n from t').get()).toEqual({ n: 3511 });
  } finally {
    await checkpointer.close();
    connection.close();
  }
});

it('hands the checkpoints back to SQLite for good if its thread dies', async () => {
  const { connection, checkpointer, write, nextCheckpoint } = database('dies.db');
  try {
    const started = nextCheckpoint();
    write(3500);
    await started;
    expect(connection.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    // The thread ends as a crash would end it.
    const thread = (checkpointer as unknown as { worker: Worker }).worker;
    await new Promise((resolve) => {
      thread.once('exit', resolve);
      void thread.terminate();
    });
    expect(checkpointer.running).toBe(false);
    expect(connection.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    write(3500);
    expect(checkpointer.running).toBe(false);
  } finally {
    await checkpointer.close();
    connection.close();
  }
});

it('lets SQLite checkpoint inside commits again while the WAL outgrows its limit, until it has started over', async () => {
  const { connection, checkpointer, write, nextCheckpoint } = database('outrun.db', 50);
  const autocheckpoint = () => connection.pragma('wal_autocheckpoint', { simple: true });
  try {
    let checkpointed = nextCheckpoint();
    write(3500);
    expect((await checkpointed).log).toBeGreaterThan(50);
    expect(autocheckpoint()).toBe(0);
    // The next commit reads what the thread found: past the limit.
    checkpointed = nextCheckpoint();
    write(1);
    expect(autocheckpoint()).toBe(1000);
    // That commit found the WAL all copied and started it over: the thread's next look finds it small.
    expect((await checkpointed).log).toBeLessThanOrEqual(50);
    write(1);
    expect(autocheckpoint()).toBe(0);
  } finally {
    await checkpointer.close();
    connection.close();
  }
});
