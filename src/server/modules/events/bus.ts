/**
 * The live path. After a commit (or a NOTIFY from another process) the bus takes the new events ONCE (as the
 * writer stored them when they follow on from the last it handed out, else read from the log), loads the items
 * they touch ONCE, serialises and encodes each message ONCE and hands the same bytes to every
 * subscriber, a slice of subscribers at a time so that a delivery to thousands of screens never holds the event
 * loop (requests wait for no fan-out). Subscribers that fall behind or reconnect read the backlog from the
 * events table.
 */
import type { LiveItem, LiveMessage, MirsadEvent } from '#shared/schemas/events.ts';
import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/index.ts';
import { latestSeq, listEventsAfter, readAnnouncement } from './repository.ts';

export interface WireMessage {
  seq: number;
  /** The event's type: each subscriber sends only what its user may see (hearsEvent). */
  type: string;
  /**
   * For user.* and auth.* events, the user they are about: they hear it (user.*), and their streams re-check
   * their access. Null for a new name, which changes nobody's access.
   */
  aboutUserId: number | null;
  /** The JSON of a LiveMessage. */
  data: string;
  /** The whole SSE frame (`id:` and `data:`), encoded once: every subscriber that may see it writes these bytes. */
  frame: Buffer;
}

function aboutUser(event: MirsadEvent): number | null {
  if (!event.type.startsWith('user.') && !event.type.startsWith('auth.')) return null;
  // Everyone hears a new name, and it changes nobody's access: no stream needs to look at its user again. (A
  // sign-in does: it ends the session the browser had before.)
  if (event.type === 'user.renamed') return null;
  const userId = (event.payload as { userId?: unknown } | null)?.userId;
  return typeof userId === 'number' ? userId : null;
}

export interface Subscriber {
  /** Called with messages in sequence order; the subscriber drops what it has already sent. */
  deliver(messages: readonly WireMessage[]): void;
  /** Ends the subscription (server shutdown). */
  close(): void;
}

/** Loads the items events touch, as live messages carry them (no body). */
export type ItemLoader = (ids: readonly number[]) => Promise<LiveItem[]>;

const BATCH = 500;

/**
 * Subscribers served before the event loop is let go to other work. Writing one message to a socket costs tens
 * of microseconds (the write, then its writev when the tick ends); a thousand screens in one go would stall
 * every request for tens of milliseconds, a slice of this size for a few.
 */
const FAN_OUT_SLICE = 100;

const nextTurn = () => new Promise<void>((resume) => setImmediate(resume));

export class EventBus {
  /**
   * Announces this bus's own commits (PostgreSQL's NOTIFY payload, appendEvents): the bus is handed each of
   * them already (withEvents), so hearing them again would only deliver them once more for nothing.
   */
  readonly id = randomBytes(8).toString('hex');
  private lastSeq = 0;
  private readonly subscribers = new Set<Subscriber>();
  private draining: Promise<void> | null = null;
  private pokedWhileDraining = false;
  private stopListening: (() => Promise<void>) | null = null;
  private started = false;

  constructor(
    private readonly database: Database,
    private readonly log: FastifyBaseLogger,
    private readonly itemLoader: ItemLoader,
  ) {}

  /** The newest sequence number already handed to subscribers. */
  get latest(): number {
    return this.lastSeq;
  }

  /**
   * Starts from the current end of the log and listens for other processes' events (PostgreSQL). Resolves once
   * the catch-up read that a listener asks for on connecting is done: the bus is then settled at the log's end.
   */
  async start(): Promise<void> {
    this.lastSeq = await latestSeq(this.database.db);
    this.started = true;
    this.stopListening = await this.database.listen((announcement) => this.announced(announcement));
    await this.draining;
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
    this.stopListening = null;
    await this.draining;
  }

  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  /** Ends every subscription, so that shutdown is not held open by live connections. */
  closeAll(): void {
    // Deleting the visited entry while iterating a Set is well-defined.
    for (const subscriber of this.subscribers) subscriber.close();
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /**
   * Another process, or another bus on this database, announced a commit (readAnnouncement: with its events when
   * they fit, and '' when nothing is known).
   */
  announced(announcement: string): void {
    const { from, events } = readAnnouncement(announcement);
    if (from === this.id) return;
    if (events) this.committed(events);
    else this.poke();
  }

  /**
   * These events were committed, as stored: by this process (withEvents) or by another that announced them.
   * Events numbered below them were committed before them (appendEvents' lock). With nobody listening there is
   * nothing to read: the position moves to the newest, and a stream that opens from now on replays from the
   * table, where they all are. When they follow straight on from what was handed out last, they are handed out
   * as they are: reading them back from the table would give the same events, a statement (on PostgreSQL a round
   * trip) later, on the path from every change to every screen. Otherwise the table is read from where the bus
   * stands, these included.
   */
  committed(events: readonly MirsadEvent[]): void {
    if (!this.started || events.length === 0) return;
    const newest = events.at(-1)!.seq;
    if (this.subscribers.size === 0 && !this.draining) {
      this.lastSeq = Math.max(this.lastSeq, newest);
      return;
    }
    if (!this.draining && events[0]!.seq === this.lastSeq + 1) this.run(() => this.handOut(events));
    else this.poke();
  }

  /** Something was committed: fetch and fan out what is new. Cheap to call often; calls coalesce. */
  poke(): void {
    if (!this.started) return;
    if (this.draining) {
      this.pokedWhileDraining = true;
      return;
    }
    this.run(() => this.drain());
  }

  /** Runs one delivery at a time; a poke that came meanwhile reads what is new once it is done. */
  private run(delivery: () => Promise<void>): void {
    this.draining = delivery()
      .catch((error: unknown) => this.log.error({ err: error }, 'live stream: reading new events failed'))
      .finally(() => {
        this.draining = null;
        if (this.pokedWhileDraining) {
          this.pokedWhileDraining = false;
          this.poke();
        }
      });
  }

  /** Hands out events known to follow on from lastSeq, in batches as a drain reads them. */
  private async handOut(events: readonly MirsadEvent[]): Promise<void> {
    for (let start = 0; start < events.length; start += BATCH)
      await this.deliver(events.slice(start, start + BATCH));
  }

  /** One batch that follows on from lastSeq: its messages made, the position moved past it, then fanned out. */
  private async deliver(batch: readonly MirsadEvent[]): Promise<void> {
    const messages = await this.toMessages(batch);
    this.lastSeq = batch.at(-1)!.seq;
    await this.fanOut(messages);
  }

  private async drain(): Promise<void> {
    if (this.subscribers.size === 0) {
      // Nobody is listening (an instance that only ingests): nothing to load or serialise, only the position to
      // follow. Skipped only if still nobody after the read: a stream that opened meanwhile may have ended its
      // replay short of these events, and is served them below.
      const latest = await latestSeq(this.database.db);
      if (this.subscribers.size === 0) {
        this.lastSeq = Math.max(this.lastSeq, latest);
        return;
      }
    }
    for (;;) {
      const events = await listEventsAfter(this.database.db, this.lastSeq, BATCH);
      if (events.length === 0) return;
      await this.deliver(events);
      if (events.length < BATCH) return;
    }
  }

  /**
   * Hands a batch to every subscriber, a slice at a time. The next batch waits for this one (drain awaits it),
   * so each subscriber still hears batches in order; one that subscribes meanwhile is replaying from the table.
   */
  private async fanOut(messages: readonly WireMessage[]): Promise<void> {
    const subscribers = [...this.subscribers];
    for (let start = 0; start < subscribers.length; start += FAN_OUT_SLICE) {
      if (start > 0) await nextTurn();
      for (const subscriber of subscribers.slice(start, start + FAN_OUT_SLICE)) subscriber.deliver(messages);
    }
  }

  /** Events → wire messages, with the current state of each item they touch (one query per batch). */
  async toMessages(events: readonly MirsadEvent[]): Promise<WireMessage[]> {
    const ids = [...new Set(events.map((event) => event.itemId).filter((id): id is number => id !== null))];
    const items = ids.length ? await this.itemLoader(ids) : [];
    const byId = new Map(items.map((item) => [item.id, item]));
    return events.map((event) => {
      const item = event.itemId === null ? undefined : byId.get(event.itemId);
      const message: LiveMessage = { event, item: item ?? null };
      const data = JSON.stringify(message);
      return {
        seq: event.seq,
        type: event.type,
        aboutUserId: aboutUser(event),
        data,
        frame: Buffer.from(`id: ${event.seq}\ndata: ${data}\n\n`),
      };
    });
  }

  /** Reads a subscriber's backlog from the table (reconnects, slow readers). */
  async backlog(afterSeq: number, limit = BATCH): Promise<WireMessage[]> {
    return this.toMessages(await listEventsAfter(this.database.db, afterSeq, limit));
  }
}
