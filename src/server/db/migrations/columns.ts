import type { DialectName } from '../index.ts';

/** The type of an auto-generated integer primary key on each dialect. */
export function idColumn(dialect: DialectName): 'integer' | 'serial' {
  return dialect === 'postgres' ? 'serial' : 'integer';
}

/** SQLite's AUTOINCREMENT keeps ids (and event sequences) from being reused after a delete. */
export function autoIncrement(dialect: DialectName) {
  return <T extends { autoIncrement(): T }>(column: T): T =>
    dialect === 'sqlite' ? column.autoIncrement() : column;
}
