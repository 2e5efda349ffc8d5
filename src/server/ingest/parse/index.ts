import { FeedError, type ParsedFeed } from '../wire-item.ts';
import { normalizeFeed } from '../normalize.ts';
import { parseAtom } from './atom.ts';
import { isJsonFeed, parseJsonFeed } from './json-feed.ts';
import { NS } from './ns.ts';
import { isNinjs, parseNinjs } from './ninjs.ts';
import type { RawFeed } from './raw.ts';
import { parseRss } from './rss.ts';
import { looksLikeTextDump, parseTextDump } from './text-dump.ts';
import { parseXml } from './xml.ts';

export interface ParseHints {
  contentType?: string | null;
  /** The document's own URL (after redirects): the last resort for resolving relative links. */
  baseUrl?: string | null;
}

/**
 * Detect the format of decoded feed text and parse + normalise it. Throws FeedError: `feed.doctype_refused`,
 * `feed.malformed` (not XML/JSON/text dump, or broken), `feed.not_a_feed` (well-formed, but no known feed root),
 * `feed.unsupported_format` (CDF), `feed.too_large` (more than MAX_ITEMS items).
 */
export function parseFeed(text: string, hints: ParseHints = {}): ParsedFeed {
  const raw = parseRaw(text, hints);
  if (raw.entries.length > MAX_ITEMS) {
    throw new FeedError(
      'feed.too_large',
      `The feed has ${raw.entries.length} items; the limit is ${MAX_ITEMS} (an archive, not a wire feed).`,
    );
  }
  return normalizeFeed(raw, { baseUrl: hints.baseUrl ?? null });
}

/**
 * Items per document. Sanitising a body keeps a small jsdom document alive until the current synchronous job
 * ends (see sanitize.ts), so one readFeed call holds roughly 12 KB per item with markup until it returns: the
 * cap bounds that at a few hundred MB. Ten megabytes of minimal `<item>`s would otherwise be 180,000 of them.
 */
export const MAX_ITEMS = 20_000;

/** Format detection and parsing without normalisation (tests and tools). */
export function parseRaw(text: string, hints: ParseHints = {}): RawFeed {
  const body = text.replace(/^\ufeff/, '');
  const start = body.trimStart();
  if (!start) throw new FeedError('feed.malformed', 'The document is empty.');
  const first = start[0];
  // Leading blank lines before `<?xml` (a PHP include's habit) break XML's "declaration first" rule; drop them.
  if (first === '<') return parseXmlFeed(start, hints.baseUrl ?? null);
  if (first === '{' || first === '[') return parseJson(start);
  if (looksLikeTextDump(body)) return parseTextDump(body);
  throw new FeedError('feed.malformed', 'The document is neither XML, JSON nor the plain-text dump format.');
}

function parseXmlFeed(text: string, baseUrl: string | null): RawFeed {
  const root = parseXml(text, baseUrl);
  if (root.local === 'rss') return parseRss(root);
  if (root.local === 'RDF' && root.ns === NS.rdf) return parseRss(root);
  // Atom 1.0 and 0.3, and the pre-Atom "echo"/"pie" drafts or a namespace-less <feed>: read them all as Atom,
  // matching child elements in the root's own namespace.
  if (root.local === 'feed') return parseAtom(root);
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
