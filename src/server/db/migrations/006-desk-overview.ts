import type { Kysely } from 'kysely';

/**
 * The desk overview (modules/desk-overview): "the oldest incoming item" is the first entry of (status,
 * received_at) instead of a walk over every incoming item, which at 100,000 items can be most of the table; and
 * "published today / per hour" is a range of (status, published_at), where SQLite would otherwise walk every
 * published item by the status index (50 ms at 100,000 items, most of them published). The overview's other
 * counts use indexes the queue already has (status, assignee, received_at).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('items_status_received')
    .on('items')
    .columns(['status', 'received_at'])
    .execute();
  await db.schema
    .createIndex('items_status_published')
    .on('items')
    .columns(['status', 'published_at'])
    .execute();
}
