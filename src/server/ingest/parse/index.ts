import { FeedError, type ParsedFeed } from '../wire-item.ts';
import { normalizeFeed } from '../normalize.ts';
import { atomReader } from './atom.ts';
import { isJsonFeed, parseJsonFeed } from './json-feed.ts';
import { isNinjs, parseNinjs } from './ninjs.ts';
import type { RawFeed, XmlFeedReader } from './raw.ts';
import { isRssRoot, rssReader } from './rss.ts';
import { looksLikeTextDump, parseTextDump } from './text-dump.ts';
import { parseXml, type XmlElement } from './xml.ts';

export interface ParseHints {
  contentType?: string | null;
  /** The document's own URL (after redirects): the last resort for resolving relative links. */
  baseUrl?: string | null;
  /**
   * The HTTP Content-Language of the response: the feed's language when the document declares none (a
   * single language tag; a list such as "ar, en" names several audiences and is ignored).
   */
  language?: string | null;
}

/**
 * Detect the format of decoded feed text and parse + normalise it. Throws FeedError: `feed.doctype_refused`,
 * `feed.malformed` (not XML/JSON/text dump, or broken), `feed.not_a_feed` (well-formed, but no known feed root),
 * `feed.unsupported_format` (CDF). A document with more than MAX_ITEMS items is not refused: its first
 * MAX_ITEMS items (in document order, newest first in practice) are read and the rest counted in `omitted`.
 */
export function parseFeed(text: string, hints: ParseHints = {}): ParsedFeed {
  const raw = parseRaw(text, hints);
  const omitted = Math.max(0, raw.entries.length - MAX_ITEMS);
  if (omitted > 0) raw.entries.length = MAX_ITEMS;
  const feed = normalizeFeed(raw, { baseUrl: hints.baseUrl ?? null, language: hints.language ?? null });
  return { ...feed, omitted };
}

/**
 * Items normalised per document; the rest are counted, not read. What it bounds: the normalised items held at
 * once (a few KB each), the time of one synchronous readFeed (about 0.1 ms per item on the fast path, 0.3–1 ms
 * for a body that needs DOMPurify) and, for bodies outside the fast path's subset, the jsdom working documents
 * that stay alive until readFeed returns (~12 KB each, see sanitize.ts). A wire feed carries tens to hundreds
 * of items; a document beyond this is an archive, and taking its first part serves a desk better than refusing
 * it all. The byte cap of fetchFeed (10 MB) bounds the raw entries that are read before the cut.
 */
export const MAX_ITEMS = 20_000;

/**
 * The start of an HTML page: its <html> element, after an XML declaration, comments and a doctype if any. (An
 * HTML doctype alone says nothing: some feeds carry one before their <rss>.)
 */
const HTML_PAGE = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!doctype[^>]*>\s*)*<html[\s>]/i;

/** Format detection and parsing without normalisation (tests and tools). */
export function parseRaw(text: string, hints: ParseHints = {}): RawFeed {
  const body = text.replace(/^\ufeff/, '');
  const start = body.trimStart();
  if (!start) throw new FeedError('feed.malformed', 'The document is empty.');
  const first = start[0];
  // A web page (a site's home page pasted for its feed) is rarely well-formed XML: told apart before XML would
  // call it broken, since no feed begins as one.
  if (first === '<' && HTML_PAGE.test(start.slice(0, 4_096)))
    throw new FeedError('feed.not_a_feed', 'This is a web page (HTML), not a feed.');
  // Leading blank lines before `<?xml` (a PHP include's habit) break XML's "declaration first" rule; drop them.
  if (first === '<') return parseXmlFeed(start, hints.baseUrl ?? null);
  if (first === '{' || first === '[') return parseJson(start);
  if (looksLikeTextDump(body)) return parseTextDump(body);
  throw new FeedError('feed.malformed', 'The document is neither XML, JSON nor the plain-text dump format.');
}

/** How to read a document with this root element: as RSS, as Atom, or not at all (not a feed). */
function feedReaderFor(root: XmlElement): XmlFeedReader | null {
  if (isRssRoot(root)) return rssReader(root);
  // Atom 1.0 and 0.3, and the pre-Atom "echo"/"pie" drafts or a namespace-less <feed>: read them all as Atom,
  // matching child elements in the root's own namespace.
  if (root.local === 'feed') return atomReader(root);
  return null;
}

function parseXmlFeed(text: string, baseUrl: string | null): RawFeed {
  // Entries are read as they close (XmlFeedReader); the root is known by then, as every entry's first ancestor.
  let reader: XmlFeedReader | null | undefined;
  const root = parseXml(text, baseUrl, (element, ancestors) => {
    if (ancestors.length === 0) return false;
    if (reader === undefined) reader = feedReaderFor(ancestors[0]!);
    return reader?.take(element, ancestors) ?? false;
  });
  // (A root without child elements never had one close: its reader is made now.)
  if (reader === undefined) reader = feedReaderFor(root);
  if (reader) return reader.feed();
  if (root.local === 'CHANNEL') {
    throw new FeedError(
      'feed.unsupported_format',
      'CDF (Microsoft Channel Definition Format) is not supported.',
    );
  }
  const name = root.ns ? `{${root.ns}}${root.local}` : root.local;
  throw new FeedError(
    'feed.not_a_feed',
    `Well-formed XML, but the root element <${name}> is not RSS, RDF or Atom.`,
  );
}

function parseJson(text: string): RawFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new FeedError('feed.malformed', `Not valid JSON: ${(err as Error).message}`);
  }
  if (isJsonFeed(doc)) return parseJsonFeed(doc);
  if (isNinjs(doc)) return parseNinjs(doc);
  throw new FeedError(
    'feed.not_a_feed',
    'Valid JSON, but neither a JSON Feed (no jsonfeed.org version) nor ninjs.',
  );
}
