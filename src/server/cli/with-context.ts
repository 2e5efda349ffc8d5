/** The server's context for one CLI command: the database migrated, opened and closed around the task. */
import pino from 'pino';
import { loadConfig } from '../config.ts';
import { createContext, type AppContext } from '../context.ts';
import { openDatabase } from '../db/index.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { CliIo } from './io.ts';

export async function withContext<T>(io: CliIo, task: (ctx: AppContext) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env);
  const database = await openDatabase(config.databaseUrl);
  const log = pino({ level: 'warn' }, io.stderr);
  try {
    await migrateToLatest(database);
    return await task(createContext(config, database, log));
  } finally {
    await database.close();
  }
}
