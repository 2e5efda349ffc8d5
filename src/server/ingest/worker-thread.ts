/**
 * A worker thread of the server, started at first need, asked by request and answered by
 * id: the feed reader for big documents (read-feed-off-thread.ts) and the DOM thread (dom-thread.ts) use it.
 * WorkerThread is the server's side, answerRequests the thread's.
 *
 * The thread is the built `dist-server/<name>.js` beside the bundled server, or, running from the sources
 * (development, tests), `<name>.ts` through tsx. A thread that crashes or exits fails what it was asked; the
 * next request starts a new one, as it does after a thread stopped for being idle.
 *
 * A thread answers in order, so when one crashes (out of memory on a hostile document, say) the oldest request
 * it owed is the one it was working on: that one fails, and the others are asked again of a new thread, once.
 * One feed's bad body then costs the other feeds' bodies a retry, not a failure recorded against them.
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

interface Pending<Request, Result> {
  request: Request;
  /** Already asked of a thread that crashed before answering it: a second crash fails it. */
  retried: boolean;
  resolve(result: Result): void;
  reject(error: Error): void;
}

/** tsx's ESM API as a file URL (development and tests only: the built server never asks). */
function tsxApi(): string {
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
}

/** A started thread and what it has been asked and not yet answered. */
interface Running<Request, Result> {
  worker: Worker;
  /** In the order asked, which is the order the thread answers in. */
  pending: Map<number, Pending<Request, Result>>;
}

export class WorkerThread<Request extends object, Result, Failure> {
  private running: Running<Request, Result> | null = null;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  /**
   * @param name the thread's entry beside this module (`./<name>.ts` from the sources, `./<name>.js` built)
   * @param failure turns a thread's reported failure into the error the caller's promise rejects with
   * @param idleMs when given, the thread is stopped after this long without a request (its memory given back);
   *   the next request starts another
   */
  constructor(
    private readonly name: string,
    private readonly failure: (error: Failure) => Error,
    private readonly idleMs: number | null = null,
  ) {}

  /** Whether a thread is running now (started, and not stopped, crashed or exited since). */
  isRunning(): boolean {
    return this.running !== null;
  }

  /** Asks the thread; the request is copied to it (structured clone). */
  ask(request: Request): Promise<Result> {
    return new Promise<Result>((resolve, reject) => this.send({ request, retried: false, resolve, reject }));
  }

  private send(pending: Pending<Request, Result>): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const running = (this.running ??= this.start());
    const id = this.nextId++;
    // While it owes an answer, the thread keeps the process alive (a CLI command waits for it); idle, it does not.
    if (running.pending.size === 0) running.worker.ref();
    running.pending.set(id, pending);
    try {
      running.worker.postMessage({ ...pending.request, id });
    } catch (error) {
      this.settled(running, id);
      pending.reject(error as Error);
    }
  }

  /** Forgets request `id`; a thread that owes nothing more lets the process go, and is stopped after idleMs. */
  private settled(running: Running<Request, Result>, id: number): void {
    running.pending.delete(id);
    if (running.pending.size > 0) return;
    running.worker.unref();
    if (this.idleMs !== null && this.running === running) {
      this.idleTimer = setTimeout(() => this.stopIfIdle(running), this.idleMs);
      this.idleTimer.unref();
    }
  }

  private start(): Running<Request, Result> {
    const worker = import.meta.url.endsWith('.ts')
      ? // From the sources, the thread loads tsx first (a worker takes no --import), then the TypeScript entry.
        new Worker(
          `import(${JSON.stringify(tsxApi())}).then((tsx) => { tsx.register(); ` +
            `return import(${JSON.stringify(new URL(`./${this.name}.ts`, import.meta.url).href)}); });`,
          { eval: true },
        )
      : new Worker(new URL(`./${this.name}.js`, import.meta.url));
    const running: Running<Request, Result> = { worker, pending: new Map() };
    worker.on('message', (message: ThreadReply<Result, Failure>) => {
      const request = running.pending.get(message.id);
      if (!request) return;
      this.settled(running, message.id);
      if (message.error !== undefined) request.reject(this.failure(message.error));
      else request.resolve(message.result as Result);
    });
    // A thread that fails or exits fails the request it was working on (the oldest it owed: see above), and
    // what it owed besides goes to a new thread, once. (Only its own: a new thread has its own.)
    const fail = (error: Error) => {
      if (this.running === running) this.running = null;
      const owed = [...running.pending.values()];
      running.pending.clear();
      owed.forEach((pending, index) => {
        if (index === 0 || pending.retried) pending.reject(error);
        else this.send({ ...pending, retried: true });
      });
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the ${this.name} thread exited (${code})`)));
    // After the listeners: the first 'message' listener refs the thread again (ask refs it while it owes answers).
    worker.unref();
    return running;
  }

  private stopIfIdle(running: Running<Request, Result>): void {
    this.idleTimer = null;
    if (this.running !== running || running.pending.size > 0) return;
    this.running = null;
    void running.worker.terminate();
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
