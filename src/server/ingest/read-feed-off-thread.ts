/**
 * readFeed for the server's own event loop. A 10 MB feed takes seconds of CPU to parse, normalise and sanitise,
 * and on the main thread those seconds would stall every request (`/healthz` included). So documents above
 * OFF_THREAD_BYTES are read on one worker thread (read-feed-worker.ts, started at first need and stopped when
 * idle: see worker-thread.ts); small ones, nearly every poll, are read inline, where a thread's round trip would
 * cost more than the work. jsdom is never used on the event loop (dom-thread.ts): a small feed whose titles,
 * authors or categories need it (a reference such as `&eacute;` outside the fast path's few) has those made on
 * the DOM thread, and is read again. Its bodies and summaries stay to be made by the store step, which makes them
 * with the DOM thread's help and only for entries it does not know already.
 */
import { textOfHtml } from './dom-thread.ts';
import { needingDom } from './html-to-text.ts';
import { readFeed, type ParseHints } from './index.ts';
import { WorkerThread } from './worker-thread.ts';
import { FeedError, type FeedErrorCode, type ParsedFeed } from './wire-item.ts';
import type { FeedErrorParams } from '#shared/schemas/feeds.ts';

export const OFF_THREAD_BYTES = 1024 * 1024;

/** A FeedError as the thread reports it. */
export interface ReadFailure {
  code: FeedErrorCode;
  message: string;
  params?: FeedErrorParams;
}

/** How long the reader stays without a feed before it is stopped (and its memory given back). */
const READER_IDLE_MS = 10 * 60_000;

const reader = new WorkerThread<{ bytes: Uint8Array; hints: ParseHints }, ParsedFeed, ReadFailure>(
  'read-feed-worker',
  (failure) => new FeedError(failure.code, failure.message, failure.params),
  READER_IDLE_MS,
);

/** readFeed, off the event loop for big documents; the same result and the same FeedErrors. */
export async function readFeedOffThread(bytes: Uint8Array, hints: ParseHints = {}): Promise<ParsedFeed> {
  if (bytes.length > OFF_THREAD_BYTES)
    // A copy goes to the thread: the caller's buffer may be a slice of a pooled one.
    return reader.ask({ bytes: Uint8Array.from(bytes), hints });
  const first = needingDom(() => readFeed(bytes, hints));
  if (first.needed.length === 0) return first.result;
  await Promise.all(first.needed.map(textOfHtml));
  const again = needingDom(() => readFeed(bytes, hints));
  // The texts just made are remembered (rememberText); one forgotten meanwhile is made on the reader's thread.
  return again.needed.length === 0 ? again.result : reader.ask({ bytes: Uint8Array.from(bytes), hints });
}
