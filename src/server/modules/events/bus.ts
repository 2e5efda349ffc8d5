/**
 * The live path. After a commit (or a NOTIFY from another process) the bus reads the new events ONCE,
 * loads the items they touch ONCE, serialises each message ONCE and hands the same string to every
 * subscriber. Subscribers that fall behind or reconnect read the backlog from the events table.
 */
import type { Item } from '#shared/schemas/items.ts';
import type { LiveItem, LiveMessage, MirsadEvent } from '#shared/schemas/events.ts';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/index.ts';
import { latestSeq, listEventsAfter } from './repository.ts';

export interface WireMessage {
  seq: number;
  /** The event's type: each subscriber sends only what its user may see (maySeeEvent). */
  type: string;
  /** For user.* and auth.* events, the user they are about: that user's streams re-check their access. */
  aboutUserId: number | null;
  /** The JSON of a LiveMessage. */
  data: string;
}

function aboutUser(event: MirsadEvent): number | null {
  if (!event.type.startsWith('user.') && !event.type.startsWith('auth.')) return null;
  const userId = (event.payload as { userId?: unknown } | null)?.userId;
  return typeof userId === 'number' ? userId : null;
}

export interface Subscriber {
  /** Called with messages in sequence order; the subscriber drops what it has already sent. */
  deliver(messages: readonly WireMessage[]): void;
  /** Ends the subscription (server shutdown). */
  close(): void;
}

export type ItemLoader = (ids: readonly number[]) => Promise<Item[]>;

const BATCH = 500;

function withoutBody({ body: _body, ...rest }: Item): LiveItem {
  return rest;
}

export class EventBus {
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

  /** Starts from the current end of the log and listens for other processes' events (PostgreSQL). */
  async start(): Promise<void> {
    this.lastSeq = await latestSeq(this.database.db);
    this.started = true;
    this.stopListening = await this.database.listen(() => this.poke());
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

  /** Something was committed: fetch and fan out what is new. Cheap to call often; calls coalesce. */
  poke(): void {
    if (!this.started) return;
    if (this.draining) {
      this.pokedWhileDraining = true;
      return;
    }
    this.draining = this.drain()
      .catch((error: unknown) => this.log.error({ err: error }, 'live stream: reading new events failed'))
      .finally(() => {
        this.draining = null;
        if (this.pokedWhileDraining) {
          this.pokedWhileDraining = false;
          this.poke();
        }
      });
  }

  private async drain(): Promise<void> {
    for (;;) {
      const events = await listEventsAfter(this.database.db, this.lastSeq, BATCH);
      if (events.length === 0) return;
      const messages = await this.toMessages(events);
      this.lastSeq = events.at(-1)!.seq;
      for (const subscriber of this.subscribers) subscriber.deliver(messages);
      if (events.length < BATCH) return;
    }
  }

  /** Events → wire messages, with the current state of each item they touch (one query per batch). */
  async toMessages(events: readonly MirsadEvent[]): Promise<WireMessage[]> {
    const ids = [...new Set(events.map((event) => event.itemId).filter((id): id is number => id !== null))];
    const items = ids.length ? await this.itemLoader(ids) : [];
    const byId = new Map(items.map((item) => [item.id, item]));
    return events.map((event) => {
      const item = event.itemId === null ? undefined : byId.get(event.itemId);
      const message: LiveMessage = { event, item: item ? withoutBody(item) : null };
      return {
        seq: event.seq,
        type: event.type,
        aboutUserId: aboutUser(event),
        data: JSON.stringify(message),
      };
    });
  }

  /** Reads a subscriber's backlog from the table (reconnects, slow readers). */
  async backlog(afterSeq: number, limit = BATCH): Promise<WireMessage[]> {
    return this.toMessages(await listEventsAfter(this.database.db, afterSeq, limit));
  }
}
