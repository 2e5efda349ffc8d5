import type { Kysely } from 'kysely';

/**
 * user_alert_settings: how flashes reach a user besides the alert on the page (a tone, a desktop notification).
 * A table of its own rather than columns on users: a user without a row has the defaults (everything off), and
 * the account's own fields stay apart from what only the browser acts on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('user_alert_settings')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('sound', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('desktop', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}
