import { decodeFeedBytes } from './decode.ts';
import { parseFeed, type ParseHints } from './parse/index.ts';
import { FeedError, type ParsedFeed } from './wire-item.ts';

export { decodeFeedBytes } from './decode.ts';
export { parseWireDate } from './dates.ts';
export { fetchFeed, type FetchFeedOptions, type FetchFeedResult } from './fetch.ts';
export { parseFeed, type ParseHints } from './parse/index.ts';
export { htmlToText } from './html-to-text.ts';
export { sanitizeBodyHtml } from './sanitize.ts';
export { FeedError, type FeedErrorCode, type ParsedFeed, type WireItem } from './wire-item.ts';

/**
 * The single entry point for bytes from anywhere (poller, push endpoint, CLI): decode, parse, normalise.
 * Pure: no state is kept between calls, so many feeds can be read concurrently. Throws FeedError.
 */
export function readFeed(bytes: Uint8Array, hints: ParseHints = {}): ParsedFeed {
  try {
    const { text } = decodeFeedBytes(bytes, hints.contentType);
    return parseFeed(text, hints);
  } catch (err) {
    if (err instanceof FeedError) throw err;
    // Callers rely on FeedError being the only failure; anything else is our bug, reported with its message so
    // that the feed admin page shows it and the corpus test counts it as a crash.
    throw new FeedError('feed.malformed', `${INTERNAL_ERROR}: ${(err as Error)?.message ?? String(err)}`);
  }
}

/** The message prefix of a FeedError that wraps an unexpected exception (a bug, not a bad feed). */
export const INTERNAL_ERROR = 'Internal error while reading the feed';
