import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../index.ts';

/**
 * SQLite: a full-text index of the headlines alone, for search's first tier (headline hits first). FTS5's column
 * filter (`{search_headline} : …` on items_fts) still reads every occurrence of the word in every column and
 * drops the body's: a word common in bodies (طاشقند) took 36 ms a page at 100,000 items, against 5 for the
 * whole search without tiers. PostgreSQL has its headline tsvector and index already (001-core).
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') return;
  await sql`create virtual table items_headline_fts using fts5(search_headline,
      content='items', content_rowid='id', tokenize='unicode61 remove_diacritics 0')`.execute(db);
  await sql`insert into items_headline_fts(items_headline_fts) values ('rebuild')`.execute(db);
  await sql`create trigger items_headline_fts_insert after insert on items begin
      insert into items_headline_fts(rowid, search_headline) values (new.id, new.search_headline);
    end`.execute(db);
  await sql`create trigger items_headline_fts_delete after delete on items begin
      insert into items_headline_fts(items_headline_fts, rowid, search_headline)
        values ('delete', old.id, old.search_headline);
    end`.execute(db);
  await sql`create trigger items_headline_fts_update after update of search_headline on items begin
      insert into items_headline_fts(items_headline_fts, rowid, search_headline)
        values ('delete', old.id, old.search_headline);
      insert into items_headline_fts(rowid, search_headline) values (new.id, new.search_headline);
    end`.execute(db);
}
