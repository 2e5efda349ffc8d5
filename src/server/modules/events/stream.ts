/**
 * One Server-Sent Events connection. It first replays the backlog after the client's last sequence from the
 * events table, then follows the bus; sequence numbers make the switch-over exact (nothing lost, nothing
 * sent twice). A client that stops reading is dropped instead of buffering without end: when its unsent
 * buffer stays above a soft bound for a grace period (a burst a reading client drains is fine), or passes a
 * hard bound at once. It reconnects with its last sequence and catches up from the table.
 */
import type { ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import type { EventBus, Subscriber, WireMessage } from './bus.ts';

export interface StreamOptions {
  heartbeatMs: number;
  /** Unsent bytes a client may have pending; above this it must catch up within `slowGraceMs`. */
  maxBufferedBytes: number;
  /** Unsent bytes at which a client is dropped at once, whatever the grace (bounds memory per client). */
  hardLimitBytes: number;
  slowGraceMs: number;
  /** A client further behind than this is told to reload instead of replaying. */
  maxBacklog: number;
  /** Re-checked at each heartbeat: a signed-out or expired session ends the stream. */
  stillAuthorised: () => Promise<boolean>;
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
    raw.on('drain', () => (this.overSince = null));
    raw.on('close', () => this.close());
    raw.on('error', () => this.close());
    void this.catchUp();
  }

  deliver(messages: readonly WireMessage[]): void {
    if (this.catchingUp || this.closed) return;
    this.send(messages);
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
        const messages = await this.bus.backlog(this.cursor);
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
      this.write(`id: ${message.seq}\ndata: ${message.data}\n\n`);
      this.cursor = message.seq;
      if (this.closed) return;
    }
  }

  private write(chunk: string): void {
    if (this.closed) return;
    this.raw.write(chunk);
    this.queuedBytes += Buffer.byteLength(chunk);
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
    const now = Date.now();
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
    if (!(await this.options.stillAuthorised().catch(() => true))) {
      this.write(`event: unauthorized\ndata: {}\n\n`);
      this.raw.end();
      this.close();
      return;
    }
    this.write(`event: ping\ndata: ${JSON.stringify({ seq: this.bus.latest })}\n\n`);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    this.unsubscribe();
    if (!this.raw.writableEnded) this.raw.end();
  }
}
