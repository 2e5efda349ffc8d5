import type { Kysely } from 'kysely';

/**
 * items.raw_digest: the digest of the feed entry the item's wire content was last read from (entry-digest.ts),
 * beside its content hash. A re-poll finds an entry unchanged by it without sanitising the entry's body. Null for
 * items stored before, and for items not read from a feed document: those are compared by content hash, as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('items').addColumn('raw_digest', 'text').execute();
}
