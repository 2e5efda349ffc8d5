import { decodeFeedBytes } from './decode.ts';
import { parseFeed, type ParseHints } from './parse/index.ts';
import { asFeedError, type ParsedFeed } from './wire-item.ts';

export { decodeFeedBytes } from './decode.ts';
export { parseWireDate } from './dates.ts';
export { fetchFeed, type FetchFeedOptions, type FetchFeedResult } from './fetch.ts';
export { parseFeed, type ParseHints } from './parse/index.ts';
export { htmlToText } from './html-to-text.ts';
export { sanitizeBodyHtml } from './sanitize.ts';
export {
  FeedError,
  INTERNAL_ERROR,
  type FeedErrorCode,
  type ParsedFeed,
  type WireItem,
} from './wire-item.ts';

/**
 * The single entry point for bytes from anywhere (poller, push endpoint, CLI): decode, parse, normalise.
 * Pure: no state is kept between calls, so many feeds can be read concurrently. Throws FeedError.
 */
export function readFeed(bytes: Uint8Array, hints: ParseHints = {}): ParsedFeed {
  try {
    const { text } = decodeFeedBytes(bytes, hints.contentType);
    return parseFeed(text, hints);
  } catch (err) {
    throw asFeedError(err);
  }
}
