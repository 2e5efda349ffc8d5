import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './index.ts';
import { QueryTimeoutError, ReaderPool } from './sqlite-readers.ts';

const dir = mkdtempSync(join(tmpdir(), 'mirsad-readers-'));
const path = join(dir, 'readers.db');
const setup = new SQLite(path);
setup.pragma('journal_mode = WAL');
setup.exec('create table t (n integer); insert into t values (1), (2), (3);');

// A query that counts to a billion: far longer than any budget here, and it never finishes on its own.
const ENDLESS =
  'with recursive c(n) as (select 1 union all select n + 1 from c where n < 1000000000) select count(*) from c';

describe('the SQLite reader pool', () => {
  afterAll(() => {
    setup.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads what the writer committed, off the main thread', async () => {
    const pool = new ReaderPool({ path, size: 2, timeoutMs: 5_000 });
    try {
      expect(await pool.query('select sum(n) as total from t', [])).toEqual([{ total: 6 }]);
      setup.prepare('insert into t values (?)').run(4);
      expect(await pool.query('select sum(n) as total from t where n > ?', [0])).toEqual([{ total: 10 }]);
      await expect(pool.query('delete from t', [])).rejects.toThrow(/only reads|readonly/);
    } finally {
      await pool.close();
    }
  });

  it('starts reader threads only when reads need them, up to its size', async () => {
    const pool = new ReaderPool({ path, size: 2, timeoutMs: 5_000 });
    try {
      expect(pool.threads).toBe(0);
      await pool.query('select 1 as one', []);
      expect(pool.threads).toBe(1);
      // One read at a time reuses the free thread.
      await pool.query('select 1 as one', []);
      expect(pool.threads).toBe(1);
      // Overlapping reads get a second thread, and never more than the size.
      await Promise.all([1, 2, 3].map((n) => pool.query('select ? as n', [n])));
      expect(pool.threads).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('stops a query past its budget and keeps serving, while the main thread stays free', async () => {
    const pool = new ReaderPool({ path, size: 1, timeoutMs: 300 });
    try {
      const endless = pool.query(ENDLESS, []);
      // The event loop is not blocked meanwhile: a timer fires while the reader grinds.
      let ticked = false;
      await new Promise<void>((resolve) => setImmediate(() => ((ticked = true), resolve())));
      expect(ticked).toBe(true);
      await expect(endless).rejects.toBeInstanceOf(QueryTimeoutError);
      expect(await pool.query('select count(*) as rows from t', [])).toEqual([{ rows: 4 }]);
    } finally {
      await pool.close();
    }
  });

  it('tells the server when another process commits (data_version)', async () => {
    const database = await openDatabase(`sqlite:${path}`);
    try {
      let notified = 0;
      const notifiedOnce = new Promise<void>((resolve) => {
        void database.listen(() => {
          notified++;
          resolve();
        });
      });
      // Another connection, like the CLI's, commits.
      setup.prepare('insert into t values (?)').run(5);
      await notifiedOnce;
      expect(notified).toBeGreaterThanOrEqual(1);
    } finally {
      await database.close();
    }
  });
});
