import type { FeedErrorParams } from '#shared/schemas/feeds.ts';

/** The one shape every wire format is normalised into before tagging, dedupe and storage. */
export interface WireItem {
  /** The feed's guid / id; null when the feed gives none (a fallback key is derived at storage). */
  guid: string | null;
  /** The item's link (absolute http(s) URL) or null. */
  url: string | null;
  /** Plain text: HTML in titles becomes text; bidi and zero-width noise stripped. */
  title: string;
  /** Plain text. */
  summary: string;
  /** Sanitised HTML (see sanitize.ts); may be empty. */
  bodyHtml: string;
  /** The wire's own time for the item (epoch ms), or null when absent or unparseable. */
  publishedAt: number | null;
  author: string | null;
  /** BCP 47 language from the item or feed (xml:lang, <language>, JSON Feed language), or null. */
  language: string | null;
  categories: string[];
  /** Agency urgency on its own scale (IPTC ninjs 1–9, 1 most urgent) when the format carries one. */
  urgency: number | null;
  /**
   * The digest of the feed entry the item was read from (entry-digest.ts): absent for an item not read from a
   * feed document.
   */
  rawDigest?: string;
}

/** A parsed feed document. */
export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  link: string | null;
  /** The document's language, else the HTTP Content-Language hint (see ParseHints.language). */
  language: string | null;
  items: WireItem[];
  /** Items beyond MAX_ITEMS that were not read (the first MAX_ITEMS were); 0 for every ordinary feed. */
  omitted: number;
}

export const FEED_FORMATS = ['rss', 'rdf', 'atom', 'json-feed', 'ninjs', 'text'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

/**
 * Why a feed could not be taken. `code` is also the UI's i18n key `errors.<code>`, so the feed admin page shows
 * the reason in plain words in either language; `message` is the English text with the specifics.
 */
export const FEED_ERROR_CODES = [
  'feed.doctype_refused',
  'feed.not_a_feed',
  'feed.malformed',
  'feed.unsupported_format',
  'feed.encoding',
  'feed.too_large',
  'feed.items_omitted',
  'feed.timeout',
  'feed.too_many_redirects',
  'feed.http_status',
  'feed.network',
  'feed.bad_url',
  'feed.address_refused',
] as const;
export type FeedErrorCode = (typeof FEED_ERROR_CODES)[number];

/**
 * `params` are what the translated message needs (`errors.feed.http_status` says which status): plain values,
 * given with every error of a code whose message uses them. `message` stays the technical detail, in English.
 */
export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    readonly params: FeedErrorParams = {},
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

/** The message prefix of a FeedError that wraps an unexpected exception (a bug, not a bad feed). */
export const INTERNAL_ERROR = 'Internal error while reading the feed';

/**
 * Any failure of reading a feed as a FeedError, the only kind its callers expect: anything else is our bug,
 * reported with its message so that the feed admin page shows it and the corpus test counts it as a crash.
 */
export function asFeedError(err: unknown): FeedError {
  if (err instanceof FeedError) return err;
  return new FeedError('feed.malformed', `${INTERNAL_ERROR}: ${(err as Error)?.message ?? String(err)}`);
}
