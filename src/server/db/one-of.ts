import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Executor } from './index.ts';
import { isPostgres } from './is-postgres.ts';

/** What the listed values are: PostgreSQL casts the one parameter to an array of this type. */
export type OneOfType = 'bigint' | 'text';

/** A list as the ONE value it is bound as: JSON text on SQLite (read with json_each), an array on PostgreSQL. */
export function oneOfValue(db: Executor, values: readonly unknown[]): unknown {
  return isPostgres(db) ? values : JSON.stringify(values);
}

/**
 * `column in (values)` with the values bound as ONE parameter, so that the statement's text is the same however
 * many values there are: SQLite keeps one prepared statement (sqlite-statement-cache.ts) instead of one per list
 * length, PostgreSQL parses and plans one parameter, not hundreds (500 guids in an IN list took 11 ms a query
 * there, most of a re-poll's database time), and `prepared()` can take the list as an argument. The type is
 * given, not guessed from the values: an empty list (or prepared()'s stand-in) has none to guess from.
 */
export function isOneOf(
  db: Executor,
  column: string,
  values: readonly string[] | readonly number[],
  type: OneOfType,
): RawBuilder<SqlBool> {
  if (!isPostgres(db))
    return sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${oneOfValue(db, values)}))`;
  return sql<SqlBool>`${sql.ref(column)} = any(cast(${oneOfValue(db, values)} as ${sql.raw(type)}[]))`;
}
