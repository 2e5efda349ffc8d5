import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { landed } from '../../test-support/view-on-screen.ts';
import { openDatabase, type Database, type Executor, type Tx } from './index.ts';
import { prepared } from './prepared.ts';
import { runTransaction } from './transaction.ts';

/** Statements built once (prepared.ts), as the server's own: they take the direct way when it is safe. */
const countNotes = prepared(
  (db: Executor, above: number) =>
    sql<{ count: number }>`select count(*) as count from notes where n > ${above}`,
);
const addNote = prepared((db: Executor, n: number) => sql`insert into notes (n) values (${n})`);
const addNoteReturning = prepared(
  (db: Executor, n: number) => sql<{ n: number }>`insert into notes (n) values (${n}) returning n`,
);

describe('prepared statements on the main SQLite connection', () => {
  let dir: string;
  let database: Database;

  const open = async () => {
    dir = mkdtempSync(join(tmpdir(), 'mirsad-main-connection-'));
    const path = join(dir, 'test.db');
    database = await openDatabase(`sqlite:${path}`, { readers: 1 });
    await sql`create table notes (n integer)`.execute(database.db);
    return path;
  };

  afterEach(async () => {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A transaction that has written and is between its awaits, until `finish` is called. */
  const openTransaction = (n: number) => {
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const done = runTransaction(database, async (trx) => {
      await addNote(trx, n);
      entered();
      await held;
    });
    return { inside, finish, done };
  };

  it('a read outside the transaction waits for it to end, and never sees its rows before the commit', async () => {
    await open();
    const transaction = openTransaction(1);
    await transaction.inside;
    let count: number | null = null;
    const read = countNotes(database.db, 0).then((rows) => (count = rows[0]!.count));
    await landed();
    // Straight on the connection it would have answered 1 already: the transaction's own uncommitted row.
    expect(count).toBeNull();
    transaction.finish();
    await transaction.done;
    await read;
    expect(count).toBe(1);
  });

  it('inside a transaction, reads and writes run on it and see its own rows', async () => {
    await open();
    await runTransaction(database, async (trx) => {
      await addNote(trx, 1);
      expect(await addNoteReturning(trx, 2)).toEqual([{ n: 2 }]);
      expect((await countNotes(trx, 0))[0]!.count).toBe(2);
      // Nobody outside sees them yet (the read waits for the transaction).
    });
    expect((await countNotes(database.db, 0))[0]!.count).toBe(2);
  });

  it('a write outside a transaction still waits out another process holding the write lock', async () => {
    const path = await open();
    const other = new SQLite(path);
    try {
      other.exec('begin immediate');
      let written = false;
      const write = addNoteReturning(database.db, 3).then((rows) => ((written = true), rows));
      // The event loop turns while the write waits, and reads are answered meanwhile.
      for (let turn = 0; turn < 5; turn++) await new Promise((resume) => setImmediate(resume));
      expect(written).toBe(false);
      expect((await countNotes(database.db, 0))[0]!.count).toBe(0);
      other.exec('commit');
      expect(await write).toEqual([{ n: 3 }]);
      expect((await countNotes(database.db, 0))[0]!.count).toBe(1);
    } finally {
      other.close();
    }
  });

  it('a transaction used after its end is refused, and never joins the transaction open by then', async () => {
    await open();
    let ended!: Tx;
    await runTransaction(database, async (trx) => {
      ended = trx;
      await addNote(trx, 1);
    });
    const other = openTransaction(2);
    await other.inside;
    // Straight on the connection this write would land in the other transaction, and commit with it.
    await expect(addNote(ended, 3)).rejects.toThrow(/already committed/);
    other.finish();
    await other.done;
    expect((await countNotes(database.db, 0))[0]!.count).toBe(2);
  });

  it('a rolled-back transaction leaves nothing, its direct writes included', async () => {
    await open();
    await expect(
      runTransaction(database, async (trx) => {
        await addNote(trx, 5);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await countNotes(database.db, 0))[0]!.count).toBe(0);
  });
});
