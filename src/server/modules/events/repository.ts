/** The append-only events table: the audit trail and the source of the live stream. */
import type { EventActor, EventPayload, EventType, MirsadEvent } from '#shared/schemas/events.ts';
import { sql } from 'kysely';
import type { Database, Executor, Tx } from '../../db/index.ts';
import { preparedInsert, type InsertRow } from '../../db/prepared-insert.ts';
import { isOneOf } from '../../db/one-of.ts';
import { prepared } from '../../db/prepared.ts';
import type { EventRow } from '../../db/schema.ts';

/** An event to append: its payload is typed by its type (src/shared/schemas/events.ts). */
export type NewEvent = {
  [T in EventType]: {
    type: T;
    itemId: number | null;
    payload: EventPayload<T>;
    /** When it happened, if not at the batch's time: an item's arrival given by its receive time. */
    at?: number;
  };
}[EventType];

/**
 * Appends events inside the caller's transaction, as its LAST step (see lockAndAnnounceEvents), and returns
 * their sequence numbers in order.
 */
export async function appendEvents(
  trx: Tx,
  database: Database,
  actor: EventActor,
  events: readonly NewEvent[],
  { at = Date.now(), announcedBy = '' }: { at?: number; announcedBy?: string } = {},
): Promise<number[]> {
  if (events.length === 0) return [];
  if (database.dialect === 'postgres') await lockAndAnnounceEvents(trx, database.eventChannel, announcedBy);
  const rows = events.map((event) => ({
    type: event.type,
    item_id: event.itemId,
    actor_kind: actor.kind,
    actor_id: actor.id,
    actor_name: actor.name,
    payload: JSON.stringify(event.payload),
    created_at: event.at ?? at,
  }));
  // Sequences are given in the rows' order; RETURNING promises no order of its own.
  return (await insertEventRows(trx, rows)).map((row) => row.seq).sort((a, b) => a - b);
}

const EVENT_INSERT_COLUMNS = [
  'type',
  'item_id',
  'actor_kind',
  'actor_id',
  'actor_name',
  'payload',
  'created_at',
] as const;

const insertEventRows = preparedInsert(
  EVENT_INSERT_COLUMNS,
  (db: Executor, rows: ReadonlyArray<InsertRow<'events', (typeof EVENT_INSERT_COLUMNS)[number]>>) =>
    db.insertInto('events').values(rows).returning('seq'),
);

/**
 * Makes event sequence numbers follow commit order, and tells other processes that events are coming (PostgreSQL
 * only). Concurrent transactions could otherwise commit seq 11 before seq 10, and a live reader that has already
 * moved past 11 would never see 10: a transaction-scoped advisory lock taken just before appending events
 * serialises the (short) tail of every writing transaction. The NOTIFY goes in the same statement (one round trip
 * less for every write): PostgreSQL delivers it only when the transaction commits, after the events are in, and
 * never if it rolls back. Its payload names the event bus that wrote (`announcedBy`, EventBus.id): that bus is
 * poked after the commit anyway, and skips its own announcement. SQLite has one writer at a time already, and its
 * listeners watch `data_version`.
 */
const lockAndAnnounceEvents = prepared(
  (_db: Executor, channel: string, announcedBy: string) =>
    sql<{
      locked: unknown;
    }>`select pg_advisory_xact_lock(hashtext(${channel})) as locked, pg_notify(${channel}, ${announcedBy})`,
);

/** Events after a sequence number, oldest first; only of `types` when given (what a reader may see). */
export async function listEventsAfter(
  db: Executor,
  afterSeq: number,
  limit: number,
  types?: readonly string[],
): Promise<MirsadEvent[]> {
  const rows = types
    ? await eventsOfTypesAfter(db, afterSeq, [...types], limit)
    : await eventsAfter(db, afterSeq, limit);
  return rows.map(toEvent);
}

const EVENT_COLUMNS = ['seq', ...EVENT_INSERT_COLUMNS] as const;

// The bus reads what is new after every commit, and every live stream its backlog: prepared.
const eventsAfter = prepared((db: Executor, afterSeq: number, limit: number) =>
  db.selectFrom('events').select(EVENT_COLUMNS).where('seq', '>', afterSeq).orderBy('seq').limit(limit),
);
const eventsOfTypesAfter = prepared((db: Executor, afterSeq: number, types: string[], limit: number) =>
  db
    .selectFrom('events')
    .select(EVENT_COLUMNS)
    .where('seq', '>', afterSeq)
    .where(isOneOf(db, 'type', types, 'text'))
    .orderBy('seq')
    .limit(limit),
);

/** The history of one item, oldest first. */
export async function listItemEvents(db: Executor, itemId: number): Promise<MirsadEvent[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('seq')
    .execute();
  return rows.map(toEvent);
}

/** The newest sequence number, 0 when there are no events. */
export async function latestSeq(db: Executor): Promise<number> {
  const [row] = await newestSeq(db);
  return Number(row?.seq ?? 0);
}

// Every list and facet request reads it, and the bus after every commit when no screen listens: prepared.
const newestSeq = prepared((db: Executor) =>
  db.selectFrom('events').select((eb) => eb.fn.max('seq').as('seq')),
);

/** A stored row as an event; the payload is what `emit` wrote for its type (NewEvent holds writers to it). */
export function toEvent(row: EventRow): MirsadEvent {
  return {
    seq: row.seq,
    type: row.type,
    itemId: row.item_id,
    actor: { kind: row.actor_kind as EventActor['kind'], id: row.actor_id, name: row.actor_name },
    payload: JSON.parse(row.payload) as unknown,
    at: new Date(row.created_at).toISOString(),
  } as MirsadEvent;
}
