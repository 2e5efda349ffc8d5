/**
 * What a write that lost a race to another one looks like, on either database. In each case the losing
 * statement wrote nothing, and its transaction is rolled back whole.
 */

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

/**
 * The same key inserted by two writers at once: the database's unique index refused the second (PostgreSQL
 * 23505, SQLite's unique and primary-key constraints).
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * PostgreSQL ended one of two transactions that waited on each other (40P01, a deadlock) or that it could not
 * put in an order (40001): sent again, it can succeed.
 */
export function isRetryableConflict(error: unknown): boolean {
  const code = codeOf(error);
  return code === '40P01' || code === '40001';
}
