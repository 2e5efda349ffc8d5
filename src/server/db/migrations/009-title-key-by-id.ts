import type { Kysely } from 'kysely';

/**
 * The headline-key index also orders by id: clustering reads the first items of each headline key
 * (`… where title_key = ? … order by id limit 24`). SQLite's index carried the rowid already, so it read just
 * those rows; PostgreSQL's did not, and fetched and sorted every item that ever had the key: 100 ms a
 * transaction once a 20,000-item feed repeated its headlines, a quarter of the feed's ingest.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('items_title_key_id').on('items').columns(['title_key', 'id']).execute();
  await db.schema.dropIndex('items_title_key').execute();
}
