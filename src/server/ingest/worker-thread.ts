/**
 * A worker thread of the server, started at first need and kept (unref'd), asked by request and answered by
 * id: the feed reader for big documents (read-feed-off-thread.ts) and the DOM thread (dom-thread.ts) use it.
 * WorkerThread is the server's side, answerRequests the thread's.
 *
 * The thread is the built `dist-server/<name>.js` beside the bundled server, or, running from the sources
 * (development, tests), `<name>.ts` through tsx. A thread that crashes or exits fails what it was asked; the
 * next request starts a new one.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';

/** What a thread answers: the request's id, and its result or a failure the caller turns into its own error. */
export interface ThreadReply<Result, Failure> {
  id: number;
  result?: Result;
  error?: Failure;
}

interface Pending<Result> {
  resolve(result: Result): void;
  reject(error: Error): void;
}

/** tsx's ESM API as a file URL (development and tests only: the built server never asks). */
function tsxApi(): string {
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
}

export class WorkerThread<Request extends object, Result, Failure> {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending<Result>>();
  private nextId = 1;

  /**
   * @param name the thread's entry beside this module (`./<name>.ts` from the sources, `./<name>.js` built)
   * @param failure turns a thread's reported failure into the error the caller's promise rejects with
   */
  constructor(
    private readonly name: string,
    private readonly failure: (error: Failure) => Error,
  ) {}

  /** Asks the thread; the request is copied to it (structured clone). */
  ask(request: Request): Promise<Result> {
    const thread = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise<Result>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      thread.postMessage({ ...request, id });
    });
  }

  private start(): Worker {
    const started = import.meta.url.endsWith('.ts')
      ? // From the sources, the thread loads tsx first (a worker takes no --import), then the TypeScript entry.
        new Worker(
          `import(${JSON.stringify(tsxApi())}).then((tsx) => { tsx.register(); ` +
            `return import(${JSON.stringify(new URL(`./${this.name}.ts`, import.meta.url).href)}); });`,
          { eval: true },
        )
      : new Worker(new URL(`./${this.name}.js`, import.meta.url));
    started.unref();
    started.on('message', (message: ThreadReply<Result, Failure>) => {
      const request = this.pending.get(message.id);
      if (!request) return;
      this.pending.delete(message.id);
      if (message.error !== undefined) request.reject(this.failure(message.error));
      else request.resolve(message.result as Result);
    });
    const fail = (error: Error) => {
      if (this.worker === started) this.worker = null;
      for (const request of this.pending.values()) request.reject(error);
      this.pending.clear();
    };
    started.on('error', fail);
    started.on('exit', (code) => fail(new Error(`the ${this.name} thread exited (${code})`)));
    return started;
  }
}

/** The thread's side: answers each request with `answer`'s result, or with what `failure` makes of its error. */
export function answerRequests<Request, Result, Failure>(
  answer: (request: Request) => Result,
  failure: (error: unknown) => Failure,
): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (request: Request & { id: number }) => {
    let reply: ThreadReply<Result, Failure>;
    try {
      reply = { id: request.id, result: answer(request) };
    } catch (error) {
      reply = { id: request.id, error: failure(error) };
    }
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a thread's port, not a window
    port.postMessage(reply);
  });
}
