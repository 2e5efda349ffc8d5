/**
 * readFeed for the server's own event loop. A 10 MB feed takes seconds of CPU to parse, normalise and sanitise,
 * and on the main thread those seconds would stall every request (`/healthz` included). So documents above
 * OFF_THREAD_BYTES are read on one worker thread (read-feed-worker.ts, started at first need and kept: see
 * worker-thread.ts); small ones, nearly every poll, are read inline, where a thread's round trip would cost more
 * than the work, unless reading them needs a DOM (a title with a reference the fast path leaves to the real
 * parser): jsdom is never used on the event loop (dom-thread.ts), so such a feed is read again on the thread.
 * (Bodies and summaries are made later, by the store step, with the DOM thread's help.)
 */
import { DomRefused, withoutDom } from './html-dom.ts';
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

const reader = new WorkerThread<{ bytes: Uint8Array; hints: ParseHints }, ParsedFeed, ReadFailure>(
  'read-feed-worker',
  (failure) => new FeedError(failure.code, failure.message, failure.params),
);

/** readFeed, off the event loop for big documents; the same result and the same FeedErrors. */
export async function readFeedOffThread(bytes: Uint8Array, hints: ParseHints = {}): Promise<ParsedFeed> {
  if (bytes.length <= OFF_THREAD_BYTES) {
    try {
      return withoutDom(() => readFeed(bytes, hints));
    } catch (error) {
      if (!(error instanceof DomRefused)) throw error;
    }
  }
  // A copy goes to the thread: the caller's buffer may be a slice of a pooled one.
  return reader.ask({ bytes: Uint8Array.from(bytes), hints });
}
