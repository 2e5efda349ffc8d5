import { sql, type Kysely } from 'kysely';

/**
 * cluster_sizes: how many items each near-duplicate cluster holds. Every card shows its cluster's size, and
 * counting a page's clusters member by member read every member's index entry: 0.45 ms of a 2.4 ms queue page
 * at 100,000 items, whose clusters hold hundreds. Kept by clustering.ts, the only writer of cluster_id, in the
 * transaction that sets it; an item joins a cluster once and clusters never merge, so a size only grows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cluster_sizes')
    .addColumn('cluster_id', 'integer', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into cluster_sizes (cluster_id, size)
    select cluster_id, count(*) from items where cluster_id is not null group by cluster_id`.execute(db);
}
