/** Shared plumbing for benchmarks: fresh databases, a context, and printing/writing results. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/server/config.ts';
import { createContext, type AppContext } from '../src/server/context.ts';
import { openDatabase, type DialectName } from '../src/server/db/index.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { freshDatabaseUrl, postgresTestUrl } from '../src/test-support/harness.ts';

export const RESULTS_DIR = new URL('./results/', import.meta.url).pathname;

/** The databases a benchmark runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL/DATABASE_URL names one. */
export function benchDialects(): DialectName[] {
  return postgresTestUrl() ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A migrated, empty database and a context over it; `dispose` drops it. */
export async function freshContext(
  dialect: DialectName,
): Promise<{ ctx: AppContext; url: string; dispose: () => Promise<void> }> {
  const fresh = freshDatabaseUrl(dialect);
  const database = await openDatabase(fresh.url);
  await migrateToLatest(database);
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: fresh.url, DEMO: '0' });
  const ctx = createContext(config, database, pino({ level: 'warn' }));
  return {
    ctx,
    url: fresh.url,
    dispose: async () => {
      await database.close();
      await fresh.dispose();
    },
  };
}

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
