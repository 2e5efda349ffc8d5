/**
 * Multi-row inserts whose statement is built once per row count. A `VALUES` list has a shape per number of rows,
 * so `prepared()` cannot take it as it is; but the store step inserts the same few counts again and again (a
 * pushed wire item: one row, its version, its wire copy, its event, a handful of tags and near-duplicate keys),
 * and building each of those statements anew cost every push: in a CPU profile of 650 pushes on SQLite, Kysely's
 * own time went from 0.46 to 0.23 ms a push once they were prepared (on PostgreSQL each is also planned once). Up to
 * PREPARED_ROW_COUNTS rows, each count is a statement of its own made with `prepared()` (a parameter per value,
 * named and planned once per PostgreSQL connection); a bigger batch is built at each call, which its rows
 * outweigh, and cut to stay within SQLite's limit on bound parameters.
 *
 * (Sending the rows as one JSON value, one statement for any count, was measured and dropped: on SQLite, reading
 * the columns back out of the JSON made a 400-item insert ten times slower than its `VALUES` list.)
 */
import type { Compilable, Insertable } from 'kysely';
import type { Executor } from './index.ts';
import { prepared } from './prepared.ts';
import type { DB } from './schema.ts';

/** A row of `table` that carries exactly `columns`, each one given (null where the column takes it). */
export type InsertRow<T extends keyof DB, C extends keyof Insertable<DB[T]>> = Required<
  Pick<Insertable<DB[T]>, C>
>;

/** Row counts that get a statement of their own: what one push or a small poll writes. */
export const PREPARED_ROW_COUNTS = 16;

/** Bound parameters per statement, under SQLite's limit (32,766) and PostgreSQL's (65,535). */
const MAX_PARAMETERS = 30_000;

/**
 * `build` inserts `rows` (and may return columns); every row must carry every one of `columns`, and nothing
 * else, so that each count's statement fits any rows of that count.
 */
export function preparedInsert<C extends string, Row extends Readonly<Record<C, unknown>>, Out>(
  columns: readonly C[],
  build: (db: Executor, rows: readonly Row[]) => Compilable<Out>,
): (
  db: Executor,
  // A key the columns do not name would go unwritten by every count's statement: the type refuses it.
  rows: ReadonlyArray<Row & Readonly<Record<Exclude<keyof Row, C>, never>>>,
) => Promise<Out[]> {
  const byCount = new Map<number, (db: Executor, ...values: unknown[]) => Promise<Out[]>>();
  const statementFor = (count: number) => {
    let insert = byCount.get(count);
    if (!insert) {
      insert = prepared((db: Executor, ...values: unknown[]) =>
        build(
          db,
          Array.from(
            { length: count },
            (_, row) =>
              Object.fromEntries(
                columns.map((column, index) => [column, values[row * columns.length + index]]),
              ) as Row,
          ),
        ),
      );
      byCount.set(count, insert);
    }
    return insert;
  };
  const rowsPerStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  return async (db, rows) => {
    for (const row of rows)
      for (const column of columns)
        if (row[column] === undefined) throw new Error(`preparedInsert: a row has no value for ${column}`);
    if (rows.length <= PREPARED_ROW_COUNTS) {
      if (rows.length === 0) return [];
      return statementFor(rows.length)(db, ...rows.flatMap((row) => columns.map((column) => row[column])));
    }
    const out: Out[] = [];
    for (let start = 0; start < rows.length; start += rowsPerStatement)
      out.push(
        ...(await db.executeQuery(build(db, rows.slice(start, start + rowsPerStatement)).compile())).rows,
      );
    return out;
  };
}
