import type { Kysely } from 'kysely';

/**
 * feeds.body_digest: the digest of the last response whose items were all stored (its bytes with the headers
 * that decide how they are read). A poll that fetches the same body again, from a server that sends no
 * validators (no ETag, no Last-Modified, so never a 304), ends there instead of reading and storing the whole
 * feed again to find nothing new. Kept with the start of the poll that stored the body, and counted only while
 * that poll is the feed's last (`last_fetch_at`); null until such a poll, after a failed one and with a new
 * address.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('feeds').addColumn('body_digest', 'text').execute();
}
