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
  /** When the interface language was chosen (login page at first sign-in, or the user menu). Migration 004. */
  locale_chosen_at: number | null;
  /** Digits of the Arabic interface: 'latn' or 'arab'. Migration 004. */
  digits: Generated<string>;
  /** The desk overview's review threshold as this user set it (migration 008); null: the default. */
  review_after_minutes: number | null;
  created_at: number;
  updated_at: number;
  /** Migration 004 on: the last successful sign-in, and 1 while a one-time password must be replaced. */
  last_sign_in_at: number | null;
  must_change_password: Generated<number>;
}

export interface DesksTable {
  id: Generated<number>;
  name: string;
  /** The desk's English name (migration 004); the English interface falls back to `name`. */
  name_en: string | null;
  created_at: number;
}

/** A source's English name, keyed by the name its items carry (migration 004). Feeds' names are sources. */
export interface SourceNamesTable {
  name: string;
  name_en: string;
  updated_at: number;
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
  /** When the item entered its current status (migration 007); null: since it arrived (received_at). */
  state_since: number | null;
  wire_time: number | null;
  /** Hash of the wire content, so a re-sent item that did not change is recognised as unchanged. */
  content_hash: string;
  /** The digest of the feed entry that content was read from (migration 013), or null. */
  raw_digest: string | null;
  /** Normalised, stemmed text for full-text search (FTS5 on SQLite, tsvector on PostgreSQL): the headline… */
  search_headline: string;
  /** …and all the text (headline, summary, body). */
  search_text: string;
  /** Normalised headline key for exact near-duplicate matching. */
  title_key: string;
  /** Optimistic concurrency: bumped by every change (edits, actions, tags); the ETag. */
  version: number;
  /** 'wire' (ingested) or 'desk' (a story written by the desk). Migration 003 on. */
  origin: Generated<string>;
  byline: string | null;
  dateline: string | null;
  slug: string | null;
  /** JSON array of keywords. */
  keywords: Generated<string>;
  /** Editorial version numbers (item_versions.number): the latest, the approved and the published one. */
  latest_version: Generated<number>;
  approved_version: number | null;
  published_version: number | null;
  created_by: number | null;
  /** The number of an agency copy not yet taken into the story (wire_copies.number), or null. */
  wire_update: number | null;
}

/** Every saved state of a story's editorial fields; append-only (a trigger refuses UPDATE and DELETE). */
export interface ItemVersionsTable {
  id: Generated<number>;
  item_id: number;
  number: number;
  /** 'wire' (as the agency sent it), 'edit', 'restore' (equal to restored_from). */
  kind: string;
  headline: string;
  summary: string;
  body: string;
  byline: string | null;
  dateline: string | null;
  slug: string | null;
  /** JSON array. */
  keywords: string;
  urgency: number;
  language: string;
  /** JSON {countries, regions, organisations, topics, manual}. */
  tags: string;
  /** JSON array of the fields that differ from the previous version. */
  fields: string;
  /** Words of headline, summary and body. */
  words: number;
  restored_from: number | null;
  author_id: number | null;
  author_name: string;
  created_at: number;
}

/** Every copy an agency sent of an item, as received; append-only. */
export interface WireCopiesTable {
  id: Generated<number>;
  item_id: number;
  number: number;
  headline: string;
  summary: string;
  body: string;
  author: string | null;
  url: string | null;
  wire_time: number | null;
  content_hash: string;
  received_at: number;
  /** The urgency this copy gives its report on its own (migration 014); null for copies kept before. */
  urgency: number | null;
}

/** The reports a desk story was written from, in the order the editor chose them. */
export interface StorySourcesTable {
  story_id: number;
  source_id: number;
  position: number;
}

/** One autosaved draft per user and item: unsaved work, not a version. */
export interface DraftsTable {
  item_id: number;
  user_id: number;
  /** The browser tab that wrote it (migration 015): one draft per tab, so that no tab writes over another's. */
  tab_id: string;
  /** The item's version the draft was written on (its ETag then). */
  base_version: number;
  /** The story's version number its text was begun from (migration 015); null for drafts kept before. */
  story_version: number | null;
  /** JSON of the draft's fields. */
  fields: string;
  saved_at: number;
}

/** Who is editing an item (one browser tab of one user), until when unless renewed. */
export interface LeasesTable {
  item_id: number;
  user_id: number;
  tab_id: string;
  acquired_at: number;
  expires_at: number;
}

/** Every publish, update (after a correction) and withdrawal (kill) of a story. */
export interface PublicationsTable {
  id: Generated<number>;
  item_id: number;
  /** 1, 2, … per item: the ninjs version. */
  number: number;
  /** 'usable' or 'canceled' (killed). */
  status: string;
  version_number: number;
  /** A correction note with an update, the reason with a kill. */
  note: string | null;
  actor_id: number | null;
  published_at: number;
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

/** How many items a near-duplicate cluster holds (migration 011; kept by clustering.ts). */
export interface ClusterSizesTable {
  cluster_id: number;
  size: number;
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
  /** Attempts counted in the current window (each is counted before its password is checked). */
  failures: number;
  window_start: number;
  /** No attempt under this key is checked before this time (progressive delay). Migration 003 on. */
  blocked_until: Generated<number>;
}

/** An account and an address it signed in from (`user:<name>|ip:<address>`), with when. */
export interface LoginKnownTable {
  key: string;
  last_success_at: number;
}

/** How flashes reach a user besides the page's alert (migration 005); no row: everything off. */
export interface UserAlertSettingsTable {
  user_id: number;
  sound: number;
  desktop: number;
  updated_at: number;
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
  /** The last fully stored response's digest, `digest@last_fetch_at` (migration 012, ingest/poller.ts). */
  body_digest: string | null;
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
  cluster_sizes: ClusterSizesTable;
  near_dup_keys: NearDupKeysTable;
  comments: CommentsTable;
  events: EventsTable;
  sessions: SessionsTable;
  service_tokens: ServiceTokensTable;
  login_failures: LoginFailuresTable;
  login_known: LoginKnownTable;
  saved_views: SavedViewsTable;
  user_alert_settings: UserAlertSettingsTable;
  feeds: FeedsTable;
  source_names: SourceNamesTable;
  item_versions: ItemVersionsTable;
  wire_copies: WireCopiesTable;
  story_sources: StorySourcesTable;
  drafts: DraftsTable;
  leases: LeasesTable;
  publications: PublicationsTable;
}

export type UserRow = Selectable<UsersTable>;
export type ItemRow = Selectable<ItemsTable>;
export type NewItemRow = Insertable<ItemsTable>;
export type ItemUpdate = Updateable<ItemsTable>;
export type EventRow = Selectable<EventsTable>;
export type FeedRow = Selectable<FeedsTable>;
export type ItemVersionRow = Selectable<ItemVersionsTable>;
export type WireCopyRow = Selectable<WireCopiesTable>;
export type PublicationRow = Selectable<PublicationsTable>;
export type LeaseRow = Selectable<LeasesTable>;
