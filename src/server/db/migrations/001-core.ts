import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../index.ts';
import { autoIncrement, idColumn } from './columns.ts';

/**
 * Users, desks, items and their tags and near-duplicate keys, comments, the event log, sessions, tokens, feeds,
 * saved views.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', idColumn(dialect), (c) => c.primaryKey().$call(autoIncrement(dialect)))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('ar'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('desks')
    .addColumn('id', idColumn(dialect), (c) => c.primaryKey().$call(autoIncrement(dialect)))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('desk_members')
    .addColumn('desk_id', 'integer', (c) => c.notNull().references('desks.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('desk_members_pk', ['desk_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('feeds')
    .addColumn('id', idColumn(dialect), (c) => c.primaryKey().$call(autoIncrement(dialect)))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('format', 'text')
    .addColumn('poll_interval_s', 'integer', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('desk_id', 'integer', (c) => c.references('desks.id').onDelete('set null'))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_fetch_at', 'bigint')
    .addColumn('last_success_at', 'bigint')
    .addColumn('last_error', 'text')
    .addColumn('items_taken', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_poll_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('feeds_next_poll').on('feeds').columns(['enabled', 'next_poll_at']).execute();

  await db.schema
    .createTable('items')
    .addColumn('id', idColumn(dialect), (c) => c.primaryKey().$call(autoIncrement(dialect)))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('guid', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('countries', 'text', (c) => c.notNull())
    .addColumn('regions', 'text', (c) => c.notNull())
    .addColumn('organisations', 'text', (c) => c.notNull())
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('manual_tags', 'text', (c) => c.notNull())
    .addColumn('urgency', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('desk_id', 'integer', (c) => c.references('desks.id').onDelete('set null'))
    .addColumn('assignee_id', 'integer', (c) => c.references('users.id'))
    .addColumn('cluster_id', 'integer')
    .addColumn('last_action', 'text')
    .addColumn('feed_id', 'integer', (c) => c.references('feeds.id').onDelete('set null'))
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('published_at', 'bigint')
    .addColumn('wire_time', 'bigint')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('search_headline', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('title_key', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addUniqueConstraint('items_source_guid', ['source', 'guid'])
    .execute();
  // The queue reads newest first (id order is arrival order), by status, source, desk, assignee, cluster and
  // time window; each has an index that yields rows already in queue order.
  await db.schema.createIndex('items_status').on('items').columns(['status', 'id desc']).execute();
  await db.schema.createIndex('items_source').on('items').columns(['source', 'id desc']).execute();
  await db.schema.createIndex('items_desk').on('items').columns(['desk_id', 'id desc']).execute();
  await db.schema.createIndex('items_received').on('items').columns(['received_at']).execute();
  await db.schema.createIndex('items_assignee').on('items').columns(['assignee_id', 'status']).execute();
  // (cluster_id, id): collapse=true looks for a NEWER member of a row's cluster (repository.ts), a range scan here.
  await db.schema.createIndex('items_cluster').on('items').columns(['cluster_id', 'id']).execute();
  await db.schema.createIndex('items_title_key').on('items').columns(['title_key']).execute();
  await db.schema.createIndex('items_published').on('items').columns(['published_at']).execute();

  await db.schema
    .createTable('item_tags')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('item_tags_pk', ['item_id', 'kind', 'code'])
    .execute();
  await db.schema
    .createIndex('item_tags_lookup')
    .on('item_tags')
    .columns(['kind', 'code', 'item_id'])
    .execute();

  // Near-duplicate detection (modules/items/clustering.ts): one compact signature per item, and its candidate
  // keys (strong headline features × countries), looked up by key within the time window.
  await db.schema
    .createTable('near_dup_signatures')
    .addColumn('item_id', 'integer', (c) => c.primaryKey().references('items.id').onDelete('cascade'))
    .addColumn('signature', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('near_dup_keys')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('near_dup_keys_pk', ['key', 'received_at', 'item_id'])
    .execute();
  // Maintenance prunes keys past the matching window by time.
  await db.schema
    .createIndex('near_dup_keys_received')
    .on('near_dup_keys')
    .columns(['received_at'])
    .execute();

  await db.schema
    .createTable('comments')
    .addColumn('id', idColumn(dialect), (c) => c.primaryKey().$call(autoIncrement(dialect)))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('comments_item').on('comments').columns(['item_id', 'id']).execute();

  await db.schema
    .createTable('events')
    .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
      c.primaryKey().$call(autoIncrement(dialect)),
    )
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('item_id', 'integer')
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('events_item').on('events').columns(['item_id', 'seq']).execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_expiry').on('sessions').columns(['expires_at']).execute();

  await db.schema
    .createTable('service_tokens')
    .addColumn('id', idColumn(dialect), (c) => c.primaryKey().$call(autoIncrement(dialect)))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_used_at', 'bigint')
    .addColumn('revoked_at', 'bigint')
    .execute();

  await db.schema
    .createTable('login_failures')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('saved_views')
    .addColumn('id', idColumn(dialect), (c) => c.primaryKey().$call(autoIncrement(dialect)))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('filters', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('saved_views_user_name', ['user_id', 'name'])
    .execute();

  await createSearchIndex(db, dialect);
}

/**
 * Full-text search over items.search_headline and items.search_text (all the text), which the app fills with
 * normalised, stemmed Arabic/Latin tokens; the headline column lets search rank headline hits first.
 * SQLite: an FTS5 table over the items table, kept in step by triggers. PostgreSQL: generated tsvectors
 * with the 'simple' configuration (no stemming of its own: the text is already ours) and GIN indexes.
 */
async function createSearchIndex(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    await sql`alter table items add column search_tsv tsvector
      generated always as (to_tsvector('simple', search_text)) stored`.execute(db);
    await sql`alter table items add column headline_tsv tsvector
      generated always as (to_tsvector('simple', search_headline)) stored`.execute(db);
    await sql`create index items_search on items using gin (search_tsv)`.execute(db);
    await sql`create index items_search_headline on items using gin (headline_tsv)`.execute(db);
    return;
  }
  await sql`create virtual table items_fts using fts5(search_headline, search_text,
      content='items', content_rowid='id', tokenize='unicode61 remove_diacritics 0')`.execute(db);
  await sql`create trigger items_fts_insert after insert on items begin
      insert into items_fts(rowid, search_headline, search_text)
        values (new.id, new.search_headline, new.search_text);
    end`.execute(db);
  await sql`create trigger items_fts_delete after delete on items begin
      insert into items_fts(items_fts, rowid, search_headline, search_text)
        values ('delete', old.id, old.search_headline, old.search_text);
    end`.execute(db);
  await sql`create trigger items_fts_update after update of search_headline, search_text on items begin
      insert into items_fts(items_fts, rowid, search_headline, search_text)
        values ('delete', old.id, old.search_headline, old.search_text);
      insert into items_fts(rowid, search_headline, search_text)
        values (new.id, new.search_headline, new.search_text);
    end`.execute(db);
}
