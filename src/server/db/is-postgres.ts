import { PostgresAdapter } from 'kysely';
import type { Executor } from './index.ts';

/**
 * Whether statements on this executor run on PostgreSQL, for the few that each engine writes its own way and
 * that have only the executor in hand (inside a transaction, or a statement built once by `prepared`).
 */
export function isPostgres(db: Executor): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
