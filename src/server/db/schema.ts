/** Kysely table types. Timestamps are epoch milliseconds, flags 0/1, lists JSON text: one shape on both dialects. */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  /** JSON array of roles. */
  roles: string;
  password_hash: string;
  disabled: number;
  locale: string;
  created_at: number;
  updated_at: number;
}

export interface DesksTable {
  id: Generated<number>;
  name: string;
  created_at: number;
}

export interface DeskMembersTable {
  desk_id: number;
  user_id: number;
}

export interface ItemsTable {
  id: Generated<number>;
  source: string;
  guid: string;
  url: string | null;
  language: string;
  headline: string;
  summary: string;
  body: string;
  author: string | null;
  /** JSON arrays of tag codes, ordered by strength. item_tags mirrors them for filtering and facets. */
  countries: string;
  regions: string;
  organisations: string;
  topics: string;
  /** JSON array of the tag kinds an editor set by hand. */
  manual_tags: string;
  urgency: number;
  status: string;
  desk_id: number | null;
  assignee_id: number | null;
  cluster_id: number | null;
  /** 1 for the newest member of its cluster and for singletons (migration 002; kept by clustering.ts). */
  newest_in_cluster: Generated<number>;
  /** The latest workflow action taken on the item ("returned to me" is assignee + last action return). */
  last_action: string | null;
  feed_id: number | null;
  received_at: number;
  updated_at: number;
  published_at: number | null;
  wire_time: number | null;
  /** Hash of the wire content, so a re-sent item that did not change is recognised as unchanged. */
  content_hash: string;
  /** Normalised, stemmed text for full-text search (FTS5 on SQLite, tsvector on PostgreSQL): the headline… */
  search_headline: string;
  /** …and all the text (headline, summary, body). */
  search_text: string;
  /** Normalised headline key for exact near-duplicate matching. */
  title_key: string;
  version: number;
}

export interface ItemTagsTable {
  item_id: number;
  kind: string;
  code: string;
}

/** One per item: its near-duplicate signature (modules/items/near-duplicates.ts, serialised). */
export interface NearDupSignaturesTable {
  item_id: number;
  signature: string;
}

/** Candidate keys of an item for near-duplicate lookup, with its receive time for the window. */
export interface NearDupKeysTable {
  key: string;
  received_at: number;
  item_id: number;
}

export interface CommentsTable {
  id: Generated<number>;
  item_id: number;
  author_id: number;
  body: string;
  created_at: number;
}

export interface EventsTable {
  seq: Generated<number>;
  type: string;
  item_id: number | null;
  actor_kind: string;
  actor_id: number | null;
  actor_name: string;
  /** JSON object. */
  payload: string;
  created_at: number;
}

export interface SessionsTable {
  /** HMAC of the cookie's token: a leaked table does not yield usable cookies. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: number;
  expires_at: number;
  last_seen_at: number;
}

export interface ServiceTokensTable {
  id: Generated<number>;
  name: string;
  token_hash: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export interface LoginFailuresTable {
  key: string;
  failures: number;
  window_start: number;
}

export interface SavedViewsTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  /** JSON of the queue filters. */
  filters: string;
  created_at: number;
}

export interface FeedsTable {
  id: Generated<number>;
  name: string;
  url: string;
  /** Detected on first successful fetch: rss, atom, rdf, json-feed, ninjs, text. Null until known. */
  format: string | null;
  poll_interval_s: number;
  language: string | null;
  desk_id: number | null;
  enabled: number;
  etag: string | null;
  last_modified: string | null;
  last_fetch_at: number | null;
  last_success_at: number | null;
  last_error: string | null;
  items_taken: number;
  consecutive_failures: number;
  next_poll_at: number | null;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface DB {
  users: UsersTable;
  desks: DesksTable;
  desk_members: DeskMembersTable;
  items: ItemsTable;
  item_tags: ItemTagsTable;
  near_dup_signatures: NearDupSignaturesTable;
  near_dup_keys: NearDupKeysTable;
  comments: CommentsTable;
  events: EventsTable;
  sessions: SessionsTable;
  service_tokens: ServiceTokensTable;
  login_failures: LoginFailuresTable;
  saved_views: SavedViewsTable;
  feeds: FeedsTable;
}

export type UserRow = Selectable<UsersTable>;
export type ItemRow = Selectable<ItemsTable>;
export type NewItemRow = Insertable<ItemsTable>;
export type ItemUpdate = Updateable<ItemsTable>;
export type EventRow = Selectable<EventsTable>;
export type FeedRow = Selectable<FeedsTable>;
