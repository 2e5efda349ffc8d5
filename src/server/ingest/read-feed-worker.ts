/**
 * The thread that reads big feeds (see read-feed-off-thread.ts): the same readFeed, answering each request
 * with the parsed feed or the FeedError's code and message.
 */
import { readFeed } from './index.ts';
import type { ParseHints } from './parse/index.ts';
import type { ReadFailure } from './read-feed-off-thread.ts';
import { FeedError } from './wire-item.ts';
import { answerRequests } from './worker-thread.ts';

answerRequests(
  ({ bytes, hints }: { bytes: Uint8Array; hints: ParseHints }) => readFeed(bytes, hints),
  (error): ReadFailure =>
    error instanceof FeedError
      ? { code: error.code, message: error.message, params: error.params }
      : { code: 'feed.malformed', message: String((error as Error)?.message ?? error) },
);
