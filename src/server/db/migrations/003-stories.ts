import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../index.ts';
import { autoIncrement, idColumn } from './columns.ts';

/**
 * Stories, versions, drafts, leases, publications and agency copies (docs/decisions/008-stories.md).
 *
 * - items gains the story's editorial fields (byline, dateline, slug, keywords), where it came from
 *   (`origin`: wire or desk), and which editorial versions are the latest, approved and published ones.
 * - item_versions: every saved state of a story's editorial fields, append-only (a trigger refuses UPDATE and
 *   DELETE on both databases). Version 1 of an ingested item is the wire copy as received.
 * - wire_copies: every copy an agency sent of an item, as received, append-only too.
 * - story_sources: the reports a desk story was written from.
 * - drafts: one autosaved draft per user and item (not a version).
 * - leases: who is editing an item, until when.
 * - publications: every publish, update (a correction) and withdrawal (kill) of a story.
 * - login_failures.blocked_until and login_known: sign-in throttling with progressive delays.
 *
 * Existing items get version 1 (their current text, the best record there is) and wire copy 1; published and
 * killed items get their publications.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const id = idColumn(dialect);
  const primaryKey = <T extends { primaryKey(): T; autoIncrement(): T }>(c: T): T =>
    autoIncrement(dialect)(c.primaryKey());

  await db.schema
    .alterTable('items')
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('wire'))
    .execute();
  for (const column of ['byline', 'dateline', 'slug'])
    await db.schema.alterTable('items').addColumn(column, 'text').execute();
  await db.schema
    .alterTable('items')
    .addColumn('keywords', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('items')
    .addColumn('latest_version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  for (const column of ['approved_version', 'published_version', 'created_by'])
    await db.schema.alterTable('items').addColumn(column, 'integer').execute();
  // An agency sent a newer copy of an item someone already works on: the copy's number, until taken.
  await db.schema.alterTable('items').addColumn('wire_update', 'integer').execute();

  await db.schema
    .createTable('item_versions')
    .addColumn('id', id, primaryKey)
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('byline', 'text')
    .addColumn('dateline', 'text')
    .addColumn('slug', 'text')
    .addColumn('keywords', 'text', (c) => c.notNull())
    .addColumn('urgency', 'integer', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('words', 'integer', (c) => c.notNull())
    .addColumn('restored_from', 'integer')
    .addColumn('author_id', 'integer', (c) => c.references('users.id'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('item_versions_item_number')
    .on('item_versions')
    .columns(['item_id', 'number'])
    .unique()
    .execute();

  await db.schema
    .createTable('wire_copies')
    .addColumn('id', id, primaryKey)
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('url', 'text')
    .addColumn('wire_time', 'bigint')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('wire_copies_item_number')
    .on('wire_copies')
    .columns(['item_id', 'number'])
    .unique()
    .execute();

  await db.schema
    .createTable('story_sources')
    .addColumn('story_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('source_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('story_sources_pk', ['story_id', 'source_id'])
    .execute();
  await db.schema.createIndex('story_sources_source').on('story_sources').columns(['source_id']).execute();

  await db.schema
    .createTable('drafts')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('base_version', 'integer', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('drafts_pk', ['item_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('leases')
    .addColumn('item_id', 'integer', (c) => c.primaryKey().references('items.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('tab_id', 'text', (c) => c.notNull())
    .addColumn('acquired_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('leases_expires').on('leases').columns(['expires_at']).execute();

  await db.schema
    .createTable('publications')
    .addColumn('id', id, primaryKey)
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version_number', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
    .addColumn('published_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('publications_item_number')
    .on('publications')
    .columns(['item_id', 'number'])
    .unique()
    .execute();
  await db.schema.createIndex('publications_latest').on('publications').columns(['published_at']).execute();

  // Existing items: their current text is version 1 and wire copy 1.
  await sql`insert into item_versions (item_id, number, kind, headline, summary, body, byline, dateline, slug,
      keywords, urgency, language, tags, fields, words, restored_from, author_id, author_name, created_at)
    select id, 1, 'wire', headline, summary, body, null, null, null, '[]', urgency, language,
      '{"countries":' || countries || ',"regions":' || regions || ',"organisations":' || organisations
        || ',"topics":' || topics || ',"manual":' || manual_tags || '}',
      '[]', 0, null, null, source, received_at
    from items`.execute(db);
  await sql`insert into wire_copies (item_id, number, headline, summary, body, author, url, wire_time,
      content_hash, received_at)
    select id, 1, headline, summary, body, author, url, wire_time, content_hash, received_at from items`.execute(
    db,
  );
  await sql`insert into publications (item_id, number, status, version_number, note, actor_id, published_at)
    select id, 1, 'usable', 1, null, null, published_at from items
    where published_at is not null and status in ('published', 'killed')`.execute(db);
  await sql`insert into publications (item_id, number, status, version_number, note, actor_id, published_at)
    select id, 2, 'canceled', 1, null, null, updated_at from items
    where published_at is not null and status = 'killed'`.execute(db);
  await sql`update items set published_version = 1, approved_version = 1
    where published_at is not null and status in ('published', 'killed')`.execute(db);

  // Sign-in throttling (modules/auth/throttle.ts): when a throttled key may try again, and the addresses each
  // account has signed in from, which are still let through while the account is under attack.
  await db.schema
    .alterTable('login_failures')
    .addColumn('blocked_until', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('login_known')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('last_success_at', 'bigint', (c) => c.notNull())
    .execute();

  await appendOnly(db, dialect, 'item_versions');
  await appendOnly(db, dialect, 'wire_copies');
}

/**
 * Refuses UPDATE and DELETE on a table: what was saved stays as saved. (Deleting the item still removes its
 * rows through the foreign key's cascade on PostgreSQL; on SQLite the trigger allows deletes whose item is
 * gone, for the same reason.)
 */
async function appendOnly(db: Kysely<unknown>, dialect: DialectName, table: string): Promise<void> {
  if (dialect === 'sqlite') {
    await sql
      .raw(
        `create trigger ${table}_no_update before update on ${table}
         begin select raise(abort, '${table} is append-only'); end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${table}_no_delete before delete on ${table}
         when exists (select 1 from items where items.id = old.item_id)
         begin select raise(abort, '${table} is append-only'); end`,
      )
      .execute(db);
    return;
  }
  await sql
    .raw(
      `create or replace function ${table}_append_only() returns trigger language plpgsql as $$
       begin
         if tg_op = 'DELETE' and not exists (select 1 from items where items.id = old.item_id) then
           return old;
         end if;
         raise exception '${table} is append-only';
       end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ${table}_append_only before update or delete on ${table}
       for each row execute function ${table}_append_only()`,
    )
    .execute(db);
}
