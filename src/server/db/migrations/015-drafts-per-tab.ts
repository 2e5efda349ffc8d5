import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../index.ts';

/**
 * A draft per tab: drafts are keyed by user, story and the browser tab that wrote them. With one draft a user and
 * story, the tab that took the story over ("edit here") wrote its autosave over the text its other tab sent as
 * it lost the lease, and a save could remove that text unseen. Drafts kept before have no tab; they take the tab
 * id `before-tabs` (no tab makes that id: tab ids are random) and are offered as any other tab's.
 *
 * With it, a draft names the story's version number its text was begun from (`story_version`, null for drafts
 * kept before): `base_version` is the item's version, which workflow actions move too, and restoring a draft
 * over a story saved since read that number as a story version (the wrong one, or none).
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  // PostgreSQL runs each migration in a transaction of its own; SQLite's migrations run outside one, and a
  // stop between dropping the old table and renaming the new would leave no drafts table and a migration that
  // cannot run again.
  if (dialect === 'sqlite') await db.transaction().execute((trx) => rebuild(trx));
  else await rebuild(db);
}

async function rebuild(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('drafts_by_tab')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('tab_id', 'text', (c) => c.notNull())
    .addColumn('base_version', 'integer', (c) => c.notNull())
    .addColumn('story_version', 'integer')
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('drafts_by_tab_pk', ['item_id', 'user_id', 'tab_id'])
    .execute();
  await sql`insert into drafts_by_tab (item_id, user_id, tab_id, base_version, fields, saved_at)
    select item_id, user_id, 'before-tabs', base_version, fields, saved_at from drafts`.execute(db);
  await db.schema.dropTable('drafts').execute();
  await db.schema.alterTable('drafts_by_tab').renameTo('drafts').execute();
}
