import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Executor } from './index.ts';
import { isPostgres } from './is-postgres.ts';

/**
 * `column in (values)` with the values bound as ONE parameter (a JSON array on SQLite, an array on PostgreSQL),
 * so that the statement's text is the same however many values there are: SQLite keeps one prepared statement
 * (sqlite-statement-cache.ts) instead of one per list length, and PostgreSQL parses and plans one parameter, not
 * hundreds (500 guids in an IN list took 11 ms a query there, most of a re-poll's database time).
 */
export function isOneOf(
  db: Executor,
  column: string,
  values: readonly string[] | readonly number[],
): RawBuilder<SqlBool> {
  if (!isPostgres(db))
    return sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(values)}))`;
  // Ids are integers; every other list here is text.
  const type = typeof values[0] === 'number' ? sql`bigint[]` : sql`text[]`;
  return sql<SqlBool>`${sql.ref(column)} = any(cast(${values} as ${type}))`;
}
