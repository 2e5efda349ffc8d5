import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/harness.ts';
import type { Executor } from './index.ts';
import { PREPARED_ROW_COUNTS, preparedInsert, type InsertRow } from './prepared-insert.ts';

const COLUMNS = ['type', 'item_id', 'actor_kind', 'actor_id', 'actor_name', 'payload', 'created_at'] as const;

const insertEvents = preparedInsert(
  COLUMNS,
  (db: Executor, rows: ReadonlyArray<InsertRow<'events', (typeof COLUMNS)[number]>>) =>
    db.insertInto('events').values(rows).returning('seq'),
);

/** Text that must arrive as it was sent: quotes, backslashes, JSON, a number, Arabic with marks, emoji. */
const AWKWARD = [
  'plain',
  'قال "المتحدث" إن \\ الاتفاق\tنافذ',
  '["KZ","UZ"]',
  'null',
  '12345',
  'كَازَاخِسْتَان 🇰🇿 ٢٠٢٦',
  '',
];

describeEachDatabase('inserts prepared per row count', (env) => {
  it('inserts any number of rows, in order, each value where it belongs, prepared counts and built ones alike', async () => {
    const { db } = env().ctx.database;
    const rows = Array.from({ length: 5_000 }, (_, n) => ({
      type: 'item.ingested',
      item_id: n % 3 === 0 ? null : n,
      actor_kind: 'system',
      actor_id: n % 5 === 0 ? null : 2_000_000_000 + n,
      actor_name: AWKWARD[n % AWKWARD.length]!,
      payload: JSON.stringify({ n }),
      created_at: 1_764_000_000_000 + n,
    }));
    // One row, two, the largest prepared count twice over (the statement built at the first serves the second),
    // one more than that (built at the call), and a batch of more parameters than one statement takes (30,000).
    const counts = [1, 2, PREPARED_ROW_COUNTS, PREPARED_ROW_COUNTS, PREPARED_ROW_COUNTS + 1];
    let start = 0;
    for (const count of [...counts, rows.length - counts.reduce((sum, n) => sum + n, 0)]) {
      const batch = rows.slice(start, start + count);
      expect(await insertEvents(db, batch)).toHaveLength(count);
      start += count;
    }
    expect(await insertEvents(db, [])).toEqual([]);
    const stored = await db
      .selectFrom('events')
      .select([...COLUMNS])
      .where('created_at', '>=', 1_764_000_000_000)
      .orderBy('seq')
      .execute();
    expect(stored).toEqual(rows);
  });

  it('refuses a row without a value for one of its columns (past the types, as a cast lets one through), writing nothing', async () => {
    const { db } = env().ctx.database;
    const row = {
      type: 'item.ingested',
      item_id: null,
      actor_kind: 'system',
      actor_id: null,
      actor_name: 'half a row',
      payload: '{}',
      created_at: 1_700_000_000_000,
    };
    await expect(insertEvents(db, [row, { ...row, actor_id: undefined as unknown as null }])).rejects.toThrow(
      /actor_id/,
    );
    expect(
      await db.selectFrom('events').select('seq').where('actor_name', '=', 'half a row').execute(),
    ).toEqual([]);
  });
});
