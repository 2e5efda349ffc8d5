/**
 * readFeed for the server's own event loop. A 10 MB feed takes seconds of CPU to parse, normalise and sanitise,
 * and on the main thread those seconds would stall every request (`/healthz` included). So documents above
 * OFF_THREAD_BYTES are read on one worker thread (started at first need, kept, unref'd); small ones, nearly
 * every poll, are read inline, where a thread's round trip would cost more than the work.
 *
 * The worker is the built `dist-server/read-feed-worker.js` beside the bundled server, or, running from the
 * sources (development, tests), `read-feed-worker.ts` through tsx.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readFeed, type ParseHints } from './index.ts';
import { FeedError, type FeedErrorCode, type ParsedFeed } from './wire-item.ts';
import type { FeedErrorParams } from '#shared/schemas/feeds.ts';

export const OFF_THREAD_BYTES = 1024 * 1024;

interface Pending {
  resolve(feed: ParsedFeed): void;
  reject(error: Error): void;
}

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

/** tsx's ESM API as a file URL (development and tests only: the built server never asks). */
function tsxApi(): string {
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
}

function startWorker(): Worker {
  const started = import.meta.url.endsWith('.ts')
    ? // From the sources, the thread loads tsx first (a worker takes no --import), then the TypeScript entry.
      new Worker(
        `import(${JSON.stringify(tsxApi())}).then((tsx) => { tsx.register(); ` +
          `return import(${JSON.stringify(new URL('./read-feed-worker.ts', import.meta.url).href)}); });`,
        { eval: true },
      )
    : new Worker(new URL('./read-feed-worker.js', import.meta.url));
  started.unref();
  started.on(
    'message',
    (message: {
      id: number;
      feed?: ParsedFeed;
      error?: { code: FeedErrorCode; message: string; params?: FeedErrorParams };
    }) => {
      const request = pending.get(message.id);
      if (!request) return;
      pending.delete(message.id);
      if (message.error)
        request.reject(new FeedError(message.error.code, message.error.message, message.error.params));
      else request.resolve(message.feed!);
    },
  );
  // A crashed thread fails what it was reading; the next big feed starts a new one.
  const fail = (error: Error) => {
    if (worker === started) worker = null;
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`the feed reader thread exited (${code})`)));
  return started;
}

/** readFeed, off the event loop for big documents; the same result and the same FeedErrors. */
export async function readFeedOffThread(bytes: Uint8Array, hints: ParseHints = {}): Promise<ParsedFeed> {
  if (bytes.length <= OFF_THREAD_BYTES) return readFeed(bytes, hints);
  worker ??= startWorker();
  const id = nextId++;
  const thread = worker;
  return new Promise<ParsedFeed>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    // A copy goes to the thread: the caller's buffer may be a slice of a pooled one.
    thread.postMessage({ id, bytes: Uint8Array.from(bytes), hints });
  });
}
