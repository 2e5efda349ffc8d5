/**
 * The thread that reads big feeds (see read-feed-off-thread.ts): the same readFeed, answering each request
 * with the parsed feed or the FeedError's code and message.
 */
import { parentPort } from 'node:worker_threads';
import { readFeed } from './index.ts';
import type { ParseHints } from './parse/index.ts';
import { FeedError } from './wire-item.ts';

parentPort?.on('message', ({ id, bytes, hints }: { id: number; bytes: Uint8Array; hints: ParseHints }) => {
  try {
    parentPort!.postMessage({ id, feed: readFeed(bytes, hints) });
  } catch (error) {
    const failure =
      error instanceof FeedError
        ? { code: error.code, message: error.message, params: error.params }
        : { code: 'feed.malformed', message: String((error as Error)?.message ?? error) };
    parentPort!.postMessage({ id, error: failure });
  }
});
