/**
 * Every column of an items row by name, to read whole rows with instead of `selectAll()`/`returningAll()`: on
 * PostgreSQL those also bring back the generated tsvector columns (search_tsv, headline_tsv: about twice the
 * body), which no code reads. The check below fails to compile when a column of ItemRow is missing here.
 */
import type { ItemRow } from './schema.ts';

export const ITEM_ROW_COLUMNS = [
  'id',
  'source',
  'guid',
  'url',
  'language',
  'headline',
  'summary',
  'body',
  'author',
  'countries',
  'regions',
  'organisations',
  'topics',
  'manual_tags',
  'urgency',
  'status',
  'desk_id',
  'assignee_id',
  'cluster_id',
  'newest_in_cluster',
  'last_action',
  'feed_id',
  'received_at',
  'updated_at',
  'published_at',
  'state_since',
  'wire_time',
  'content_hash',
  'raw_digest',
  'search_headline',
  'search_text',
  'title_key',
  'version',
  'origin',
  'byline',
  'dateline',
  'slug',
  'keywords',
  'latest_version',
  'approved_version',
  'published_version',
  'created_by',
  'wire_update',
] as const satisfies ReadonlyArray<keyof ItemRow>;

type Missing = Exclude<keyof ItemRow, (typeof ITEM_ROW_COLUMNS)[number]>;
const everyColumn: [Missing] extends [never] ? true : Missing = true;
void everyColumn;
