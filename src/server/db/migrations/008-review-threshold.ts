import type { Kysely } from 'kysely';

/**
 * users.review_after_minutes: the threshold past which the desk overview counts an item as waiting too long for
 * review, as the chief last set it (null: the default, 30 minutes). Kept with the account, not the browser: a
 * chief sees the same overview at any desk.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('review_after_minutes', 'integer').execute();
}
