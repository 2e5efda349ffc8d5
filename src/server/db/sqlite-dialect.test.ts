import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './index.ts';

describe('the main SQLite connection while another process holds the write lock', () => {
  let dir: string;
  let database: Database;
  let other: SQLite.Database;

  const open = async () => {
    dir = mkdtempSync(join(tmpdir(), 'mirsad-dialect-'));
    const path = join(dir, 'test.db');
    database = await openDatabase(`sqlite:${path}`, { readers: 1 });
    await sql`create table notes (n integer)`.execute(database.db);
    other = new SQLite(path);
  };

  afterEach(async () => {
    other?.close();
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('waits for the lock without holding the event loop or the connection, then writes', async () => {
    await open();
    other.exec('begin immediate; insert into notes values (1)');

    let written = false;
    const write = database.db
      .transaction()
      .execute(async (trx) => {
        await sql`insert into notes values (2)`.execute(trx);
      })
      .then(() => (written = true));
    // The event loop turns while the write waits (a synchronous busy wait would have blocked right here)…
    for (let turn = 0; turn < 5; turn++) await new Promise((resume) => setImmediate(resume));
    expect(written).toBe(false);
    // …and the connection serves reads meanwhile (if the waiting write kept it, this read would never finish).
    const seen = await sql<{ count: number }>`select count(*) as count from notes`.execute(database.db);
    expect(seen.rows[0]!.count).toBe(0);
    expect(written).toBe(false);

    other.exec('commit');
    await write;
    const after = await sql<{ n: number }>`select n from notes order by n`.execute(database.db);
    expect(after.rows.map((row) => row.n)).toEqual([1, 2]);
  });

  it('a single statement outside a transaction waits the same way', async () => {
    await open();
    other.exec('begin immediate');
    const write = sql`insert into notes values (3)`.execute(database.db);
    const seen = await sql<{ count: number }>`select count(*) as count from notes`.execute(database.db);
    expect(seen.rows[0]!.count).toBe(0);
    other.exec('rollback');
    await write;
    const after = await sql<{ n: number }>`select n from notes`.execute(database.db);
    expect(after.rows).toEqual([{ n: 3 }]);
  });
});
