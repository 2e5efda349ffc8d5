/** Shared plumbing for benchmarks: fresh databases, a context, and printing/writing results. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DialectName } from '../src/server/db/index.ts';
import { postgresTestUrl } from '../src/test-support/harness.ts';

export const RESULTS_DIR = new URL('./results/', import.meta.url).pathname;

/** The databases a benchmark runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL/DATABASE_URL names one. */
export function benchDialects(): DialectName[] {
  return postgresTestUrl() ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A migrated, empty database and a context over it (the tests' own); `dispose` drops it. */
export { freshContext } from '../src/test-support/harness.ts';

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Prints rows as an aligned table and writes them as JSON to bench/results/<name>.json. */
export function report(name: string, rows: Array<Record<string, string | number>>): void {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const width = (column: string) =>
    Math.max(column.length, ...rows.map((row) => String(row[column] ?? '').length));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(width(columns[i]!))).join('  ');
  console.log(`\n${name}`);
  console.log(line(columns));
  console.log(line(columns.map((column) => '-'.repeat(width(column)))));
  for (const row of rows) console.log(line(columns.map((column) => String(row[column] ?? ''))));
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(
    join(RESULTS_DIR, `${name}.json`),
    JSON.stringify({ name, at: new Date().toISOString(), rows }, null, 2),
  );
}
