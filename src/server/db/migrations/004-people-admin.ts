import type { Kysely } from 'kysely';

/**
 * People administration (issue 13): when each user last signed in, and whether they still have to replace a
 * one-time password. Queue filters for desk chiefs: "unassigned" and "assigned to X", newest first, read from
 * (assignee_id, id) in queue order (the older items_assignee index is (assignee_id, status), for editors' load).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('last_sign_in_at', 'bigint').execute();
  await db.schema
    .alterTable('users')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // One index answers both "assigned to X" and "unassigned" (`assignee_id is null` is an equality to a b-tree).
  await db.schema
    .createIndex('items_assignee_queue')
    .on('items')
    .columns(['assignee_id', 'id desc'])
    .execute();
}
