/**
 * One Server-Sent Events connection. It first replays the backlog after the client's last sequence from the
 * events table, then follows the bus; sequence numbers make the switch-over exact (nothing lost, nothing
 * sent twice). A client that stops reading is dropped instead of buffering without end: when its unsent
 * buffer stays above a soft bound for a grace period (a burst a reading client drains is fine), or passes a
 * hard bound at once. It reconnects with its last sequence and catches up from the table.
 *
 * Each connection sends only the events its user may see through the REST API (`hearsEvent`: the rule
 * `/api/events` and `/api/feeds` use, and the events about their own account); what it skips still advances
 * its sequence, so a client sees gaps, never repeats. It ends within moments of its access ending: at the
 * session's expiry (a timer), and when it hears an event about its user (signed out, changed, disabled: it
 * re-checks at once, and sends nothing after that event until the answer), with the heartbeat re-check as the
 * backstop.
 */
import type { ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import { hearsEvent } from '#shared/permissions.ts';
import type { Role } from '#shared/schemas/users.ts';
import type { EventBus, Subscriber, WireMessage } from './bus.ts';
import type { ReplayTurns } from './stream-limits.ts';

/** What a stream's user may see, as of the last check; null once their access has ended. */
export interface StreamAccess {
  userId: number;
  roles: readonly Role[];
  /** When the session lapses unless used meanwhile (epoch ms). */
  expiresAt: number;
}

// setTimeout takes at most a signed 32-bit delay; beyond it a timer fires at once.
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface StreamOptions {
  heartbeatMs: number;
  /** Unsent bytes a client may have pending; above this it must catch up within `slowGraceMs`. */
  maxBufferedBytes: number;
  /** Unsent bytes at which a client is dropped at once, whatever the grace (bounds memory per client). */
  hardLimitBytes: number;
  slowGraceMs: number;
  /** A client further behind than this is told to reload instead of replaying. */
  maxBacklog: number;
  /** The access the stream was opened with. */
  access: StreamAccess;
  /** Looks the access up again (session and user); null when it has ended. */
  checkAccess: () => Promise<StreamAccess | null>;
  /** The clock the grace period is measured on (tests move their own); Date.now by default. */
  now?: () => number;
  /** Replay batches of every stream take turns here (stream-limits.ts); each its own when absent. */
  replayTurns?: ReplayTurns;
  /** Called once, when the stream ends (its place among the user's streams is free again). */
  onClose?: () => void;
}

export class SseConnection implements Subscriber {
  private cursor: number;
  private catchingUp = true;
  private closed = false;
  /** Since when the client has been above the soft bound without making progress; null while it keeps up. */
  private overSince: number | null = null;
  /** Bytes handed to the socket so far, and how many of them had left our buffer at the last check. */
  private queuedBytes = 0;
  private flushedAtCheck = 0;
  private readonly heartbeat: NodeJS.Timeout;
  private expiryTimer: NodeJS.Timeout | null = null;
  private access: StreamAccess;
  private checking: Promise<void> | null = null;
  private readonly unsubscribe: () => void;

  /** Starts streaming to a hijacked response; the connection lives until either side closes it. */
  static open(
    raw: ServerResponse,
    afterSeq: number,
    bus: EventBus,
    log: FastifyBaseLogger,
    options: StreamOptions,
  ): SseConnection {
    return new SseConnection(raw, afterSeq, bus, log, options);
  }

  private constructor(
    private readonly raw: ServerResponse,
    afterSeq: number,
    private readonly bus: EventBus,
    private readonly log: FastifyBaseLogger,
    private readonly options: StreamOptions,
  ) {
    this.cursor = afterSeq;
    this.access = options.access;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
    });
    raw.write(
      `retry: 2000\nevent: hello\ndata: ${JSON.stringify({ latestSeq: bus.latest, after: afterSeq })}\n\n`,
    );
    this.unsubscribe = bus.subscribe(this);
    this.heartbeat = setInterval(() => void this.beat(), options.heartbeatMs);
    this.scheduleExpiry();
    raw.on('drain', () => (this.overSince = null));
    raw.on('close', () => this.close());
    raw.on('error', () => this.close());
    // The client left while the request was being handled (its 'close' came before anyone listened): end now,
    // or the stream would hold its place among the user's streams, and its heartbeat, for the session's life.
    if (raw.destroyed || raw.socket?.destroyed === true) {
      this.close();
      return;
    }
    void this.catchUp();
  }

  /** Whether it follows the bus as events come (its catch-up from the table done), as opposed to replaying. */
  get following(): boolean {
    return !this.catchingUp && !this.closed;
  }

  deliver(messages: readonly WireMessage[]): void {
    if (this.closed) return;
    const aboutThem = messages.findIndex((message) => message.aboutUserId === this.access.userId);
    if (aboutThem === -1) {
      if (!this.catchingUp) this.send(messages);
      return;
    }
    // Heard even while catching up: an event about this user may end the stream before the backlog is sent.
    // What follows it waits for their access to be looked up again, and then comes from the backlog: a chief
    // made an editor is not sent the next feed event under the old roles, an editor made a chief misses none.
    if (this.catchingUp) {
      void this.recheck();
      return;
    }
    this.send(messages.slice(0, aboutThem + 1));
    this.catchingUp = true;
    void this.recheck().then(() => this.catchUp());
  }

  private async catchUp(): Promise<void> {
    try {
      for (;;) {
        if (this.closed) return;
        if (this.bus.latest - this.cursor > this.options.maxBacklog) {
          // Too far behind to replay usefully: tell the client to reload its views and follow from here.
          this.cursor = this.bus.latest;
          this.write(`event: reset\ndata: ${JSON.stringify({ seq: this.cursor })}\n\n`);
          continue;
        }
        const cursor = this.cursor;
        const messages = this.options.replayTurns
          ? await this.options.replayTurns.take(async () => (this.closed ? [] : this.bus.backlog(cursor)))
          : await this.bus.backlog(cursor);
        // Judged by the access as it is once a re-check under way (an event about the user) has answered.
        if (this.checking) await this.checking;
        if (this.closed) return;
        this.send(messages);
        // Replaying a long backlog: let the client drain before reading more (backpressure).
        if (this.raw.writableLength > this.options.maxBufferedBytes && !this.closed) {
          await new Promise<void>((resolve) => {
            this.raw.once('drain', resolve);
            this.raw.once('close', resolve);
          });
        }
        // Synchronously after the last read: nothing the bus delivered meanwhile can slip between the two.
        if (messages.length === 0 && this.cursor >= this.bus.latest) break;
      }
      this.catchingUp = false;
    } catch (error) {
      this.log.warn({ err: error }, 'live stream: catch-up failed; closing so the client reconnects');
      this.close();
    }
  }

  private send(messages: readonly WireMessage[]): void {
    for (const message of messages) {
      if (message.seq <= this.cursor) continue;
      if (hearsEvent(this.access, message)) this.write(message.frame);
      this.cursor = message.seq;
      if (this.closed) return;
    }
  }

  private write(chunk: string | Buffer): void {
    if (this.closed) return;
    // Written as bytes: a buffered string counts in writableLength by its UTF-16 length, so Arabic text would
    // look half its size, and bytes still buffered would look flushed (a stalled reader seen as progressing).
    // Messages come encoded already, the same bytes for every connection (bus.ts).
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.raw.write(bytes);
    this.queuedBytes += bytes.length;
    this.checkBacklog();
  }

  /**
   * Drops the client if it has stopped draining what it is sent: over the soft bound with no bytes leaving
   * the buffer for the grace period (a slow reader still makes progress), or over the hard bound at all.
   */
  private checkBacklog(): void {
    const buffered = this.raw.writableLength;
    if (buffered <= this.options.maxBufferedBytes) {
      this.overSince = null;
      return;
    }
    const now = (this.options.now ?? Date.now)();
    const flushed = this.queuedBytes - buffered;
    if (flushed > this.flushedAtCheck || this.overSince === null) {
      this.flushedAtCheck = flushed;
      this.overSince = now;
    }
    if (buffered > this.options.hardLimitBytes || now - this.overSince > this.options.slowGraceMs) {
      this.log.warn({ buffered }, 'live stream: client is not reading; dropping it');
      this.raw.destroy();
      this.close();
    }
  }

  private async beat(): Promise<void> {
    this.checkBacklog();
    if (this.closed) return;
    await this.recheck();
    if (this.closed) return;
    this.write(`event: ping\ndata: ${JSON.stringify({ seq: this.bus.latest })}\n\n`);
  }

  /** Looks the user's access up again: ends the stream if it is gone, else follows new roles and expiry. */
  private recheck(): Promise<void> {
    // Concurrent triggers (a burst of events about the user, a heartbeat) share one lookup.
    this.checking ??= this.options
      .checkAccess()
      .then(
        (access) => {
          if (this.closed) return;
          if (access === null) return this.endUnauthorised();
          this.access = access;
          this.scheduleExpiry();
        },
        // The database did not answer: keep streaming; the next heartbeat asks again.
        (error: unknown) => this.log.warn({ err: error }, 'live stream: access check failed'),
      )
      .finally(() => (this.checking = null));
    return this.checking;
  }

  /** A timer at the session's expiry, so a lapsed session's stream ends then, not at the next heartbeat. */
  private scheduleExpiry(): void {
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
    const now = (this.options.now ?? Date.now)();
    const wait = Math.min(Math.max(0, this.access.expiresAt - now + 1), MAX_TIMER_MS);
    this.expiryTimer = setTimeout(() => void this.recheck(), wait);
  }

  private endUnauthorised(): void {
    this.write(`event: unauthorized\ndata: {}\n\n`);
    this.close();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
    this.unsubscribe();
    this.options.onClose?.();
    if (!this.raw.writableEnded) this.raw.end();
  }
}
