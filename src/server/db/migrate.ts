/** Versioned migrations, run at start-up and by `cli migrate`. */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './index.ts';
import * as core from './migrations/001-core.ts';
import * as newestInCluster from './migrations/002-newest-in-cluster.ts';
import * as stories from './migrations/003-stories.ts';
import * as languagePreferences from './migrations/004-language-preferences.ts';
import * as peopleAdmin from './migrations/004-people-admin.ts';
import * as flashAlertSettings from './migrations/005-flash-alert-settings.ts';
import * as deskOverview from './migrations/006-desk-overview.ts';
import * as stateSince from './migrations/007-state-since.ts';
import * as reviewThreshold from './migrations/008-review-threshold.ts';
import * as titleKeyById from './migrations/009-title-key-by-id.ts';
import * as headlineSearchIndex from './migrations/010-headline-search-index.ts';
import * as clusterSizes from './migrations/011-cluster-sizes.ts';
import * as feedBodyDigest from './migrations/012-feed-body-digest.ts';
import * as itemRawDigest from './migrations/013-item-raw-digest.ts';
import * as wireCopyUrgency from './migrations/014-wire-copy-urgency.ts';
import * as draftsPerTab from './migrations/015-drafts-per-tab.ts';
import * as clusterFacets from './migrations/016-cluster-facets.ts';

type DialectMigration = { up(db: Kysely<unknown>, dialect: Database['dialect']): Promise<void> };

// Listed by hand (not read from the folder) so the order is explicit and bundlers see every file.
const MIGRATIONS: Record<string, DialectMigration> = {
  '001-core': core,
  '002-newest-in-cluster': newestInCluster,
  '003-stories': stories,
  '004-language-preferences': languagePreferences,
  '004-people-admin': peopleAdmin,
  '005-flash-alert-settings': flashAlertSettings,
  '006-desk-overview': deskOverview,
  '007-state-since': stateSince,
  '008-review-threshold': reviewThreshold,
  '009-title-key-by-id': titleKeyById,
  '010-headline-search-index': headlineSearchIndex,
  '011-cluster-sizes': clusterSizes,
  '012-feed-body-digest': feedBodyDigest,
  '013-item-raw-digest': itemRawDigest,
  '014-wire-copy-urgency': wireCopyUrgency,
  '015-drafts-per-tab': draftsPerTab,
  '016-cluster-facets': clusterFacets,
};

class ListedMigrations implements MigrationProvider {
  constructor(private readonly dialect: Database['dialect']) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      Object.entries(MIGRATIONS).map(([name, migration]) => [
        name,
        { up: (db: Kysely<unknown>) => migration.up(db, this.dialect) },
      ]),
    );
  }
}

function migratorFor(database: Database): Migrator {
  return new Migrator({
    db: database.db,
    provider: new ListedMigrations(database.dialect),
    // Kysely looks for its bookkeeping tables in every schema unless told which: with several instances
    // isolated in schemas of one database, it would find another's and skip creating its own.
    ...(database.pgSchema ? { migrationTableSchema: database.pgSchema } : {}),
  });
}

export interface MigrationReport {
  applied: string[];
}

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(database: Database): Promise<MigrationReport> {
  return migrate(database, (migrator) => migrator.migrateToLatest());
}

/**
 * Brings the schema up to the named migration and no further: a test of a migration keeps data as the schema
 * before it held it, then migrates.
 */
export async function migrateUpTo(database: Database, name: string): Promise<MigrationReport> {
  return migrate(database, (migrator) => migrator.migrateTo(name));
}

async function migrate(
  database: Database,
  run: (migrator: Migrator) => ReturnType<Migrator['migrateToLatest']>,
): Promise<MigrationReport> {
  const migrator = migratorFor(database);
  let { error, results } = await run(migrator);
  // Kysely's introspection reads every schema's tables; another instance dropping its own schema at that moment
  // (test suites and benches side by side in one database) fails the read. Nothing was applied: ask again.
  for (let attempt = 1; attempt < 5 && droppedMeanwhile(database, error); attempt++)
    ({ error, results } = await run(migrator));
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const name = failed?.migrationName ?? 'unknown';
    throw new Error(`migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { applied: (results ?? []).map((result) => result.migrationName) };
}

/**
 * Whether a migration failed because some other schema, or a table of it, vanished while the catalogue was read:
 * "schema … does not exist" (3F000) or "relation "t_….item_versions" does not exist" (42P01), naming a schema
 * that is not ours; or "column "created_at" of relation "comments" does not exist" (42703), which the
 * introspection's `pg_get_serial_sequence` says of a table dropped under it without naming the schema. That one
 * cannot be told from our own, so ours is asked again too: a real failure of ours fails again, and stands.
 */
export function droppedMeanwhile(database: Pick<Database, 'pgSchema'>, error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (database.pgSchema === null) return false;
  if (code === '42703') return /^column "[^"]+" of relation "[^".]+" does not exist$/.test(String(message));
  return (code === '3F000' || code === '42P01') && !String(message).includes(database.pgSchema);
}

/** Whether every known migration has been applied (readiness). */
export async function migrationsAreCurrent(database: Database): Promise<boolean> {
  const migrator = migratorFor(database);
  const migrations = await migrator.getMigrations();
  return migrations.every((migration) => migration.executedAt !== undefined);
}
