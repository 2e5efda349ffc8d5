import type { DialectName } from '../index.ts';

/** The type of an auto-generated integer primary key on each dialect. */
export function idColumn(dialect: DialectName): 'integer' | 'serial' {
  return dialect === 'postgres' ? 'serial' : 'integer';
}
