import { FeedError } from '../wire-item.ts';
import { emptyEntry, type RawEntry, type RawFeed } from './raw.ts';

/** Is this parsed JSON a JSON Feed (1.0/1.1)? Decided by its `version` URL, as the spec says. */
export function isJsonFeed(doc: unknown): doc is Record<string, unknown> {
  return (
    isObject(doc) &&
    typeof doc.version === 'string' &&
    /^https?:\/\/jsonfeed\.org\/version\//.test(doc.version)
  );
}

/** JSON Feed 1.0/1.1 → RawFeed. */
export function parseJsonFeed(doc: Record<string, unknown>): RawFeed {
  if (!Array.isArray(doc.items))
    throw new FeedError('feed.not_a_feed', 'A JSON Feed without an "items" array.');
  const feedLanguage = str(doc.language);
  return {
    format: 'json-feed',
    title: str(doc.title) ? { value: str(doc.title)!, html: false, base: null } : null,
    link: str(doc.home_page_url) ? { href: str(doc.home_page_url)!, base: null } : null,
    language: feedLanguage,
    entries: doc.items.filter(isObject).map((item) => parseItem(item, doc)),
  };
}

function parseItem(item: Record<string, unknown>, feed: Record<string, unknown>): RawEntry {
  const entry = emptyEntry();
  // The spec says id is a string; some publishers send numbers. A number is still an identity.
  entry.guid = typeof item.id === 'number' ? String(item.id) : str(item.id);
  const url = str(item.url) ?? str(item.external_url);
  entry.link = url ? { href: url, base: str(feed.home_page_url) ?? str(feed.feed_url) } : null;
  const base = str(item.url) ?? str(feed.home_page_url);
  if (str(item.title)) entry.title = { value: str(item.title)!, html: false, base };
  if (str(item.summary)) entry.summary = { value: str(item.summary)!, html: false, base };
  if (str(item.content_html)) entry.content = { value: str(item.content_html)!, html: true, base };
  else if (str(item.content_text)) entry.content = { value: str(item.content_text)!, html: false, base };
  entry.dates = [str(item.date_published), str(item.date_modified)].filter((d): d is string => d !== null);
  entry.author = authorOf(item) ?? authorOf(feed);
  entry.language = str(item.language);
  entry.categories = Array.isArray(item.tags)
    ? item.tags.filter((t): t is string => typeof t === 'string')
    : [];
  return entry;
}

/** JSON Feed 1.1 `authors[]`, or 1.0 `author`. */
function authorOf(obj: Record<string, unknown>): string | null {
  const list = Array.isArray(obj.authors) ? obj.authors : isObject(obj.author) ? [obj.author] : [];
  const names = list
    .filter(isObject)
    .map((a) => str(a.name))
    .filter((n): n is string => n !== null);
  return names.length > 0 ? names.join(', ') : null;
}

/** Plain-object test for parsed JSON. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A trimmed non-empty string or null. */
export function str(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}
