/** `migrate`: applies the database's migrations (DATABASE_URL, as the server). */
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/index.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Command } from './io.ts';

export const migrate: Command = async (_args, io) => {
  const config = loadConfig(io.env);
  const database = await openDatabase(config.databaseUrl);
  try {
    const { applied } = await migrateToLatest(database);
    return applied.length ? `migrated: ${applied.join(', ')}` : 'migrations: already up to date';
  } finally {
    await database.close();
  }
};
