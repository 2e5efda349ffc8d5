/** The append-only events table: the audit trail and the source of the live stream. */
import type { EventActor, EventPayload, EventType, MirsadEvent } from '#shared/schemas/events.ts';
import { sql } from 'kysely';
import type { Database, Executor, Tx } from '../../db/index.ts';
import { preparedInsert, type InsertRow } from '../../db/prepared-insert.ts';
import { isOneOf, oneOfValue } from '../../db/one-of.ts';
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
 * Appends events inside the caller's transaction, as its LAST step, and returns them as stored, in order: what a
 * read of the table gives once the transaction has committed (the bus delivers them without that read).
 *
 * Sequence numbers must follow commit order: concurrent transactions could otherwise commit seq 11 before seq 10,
 * and a live reader that has already moved past 11 would never see 10. SQLite has one writer at a time already,
 * and its listeners watch `data_version`. On PostgreSQL a transaction-scoped advisory lock, taken just before the
 * events get their numbers, serialises the (short) tail of every writing transaction, and a NOTIFY tells other
 * processes that events are coming: PostgreSQL delivers it only when the transaction commits, after the events
 * are in, and never if it rolls back. Its payload (readAnnouncement) names the event bus that wrote
 * (`announcedBy`, EventBus.id), which has the events already and skips its own announcement, and carries the
 * events themselves when they fit, so that other processes need not read them back.
 */
export async function appendEvents(
  trx: Tx,
  database: Database,
  actor: EventActor,
  events: readonly NewEvent[],
  { at = Date.now(), announcedBy = '' }: { at?: number; announcedBy?: string } = {},
): Promise<MirsadEvent[]> {
  if (events.length === 0) return [];
  const rows = events.map((event) => ({
    type: event.type,
    item_id: event.itemId,
    actor_kind: actor.kind,
    actor_id: actor.id,
    actor_name: actor.name,
    payload: JSON.stringify(event.payload),
    created_at: event.at ?? at,
  }));
  const inserted =
    database.dialect === 'postgres'
      ? await lockAnnounceAndInsertEvents(
          trx,
          database.eventChannel,
          announcedBy,
          actor.kind,
          actor.id,
          actor.name,
          rows.map((row) => row.type),
          rows.map((row) => row.item_id),
          rows.map((row) => row.payload),
          rows.map((row) => row.created_at),
        )
      : await insertEventRows(trx, rows);
  // Sequences are given in the events' order; RETURNING promises no order of its own.
  const seqs = inserted.map((row) => Number(row.seq)).sort((a, b) => a - b);
  return rows.map((row, index) => toEvent({ seq: seqs[index]!, ...row }));
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
 * PostgreSQL: the lock, the events and the NOTIFY in ONE statement (one round trip for every write, where it was
 * two). The lock is a materialised CTE the insert reads its rows through, so it is held before any event row
 * exists, and so before `nextval` gives any of them a number (PostgreSQL computes volatile defaults after the
 * ORDER BY, which keeps the events' order). The NOTIFY carries the rows as inserted, or only who announced
 * them when they would not fit in a payload (NOTIFY_PAYLOAD_LIMIT).
 */
const lockAnnounceAndInsertEvents = prepared(
  (
    db: Executor,
    channel: string,
    announcedBy: string,
    actorKind: string,
    actorId: number | null,
    actorName: string,
    types: string[],
    itemIds: (number | null)[],
    payloads: string[],
    createdAt: number[],
  ) =>
    sql<{ seq: number }>`with locked as materialized (
      select pg_advisory_xact_lock(hashtext(${channel})) as locked
    ),
    inserted as (
      insert into events (type, item_id, actor_kind, actor_id, actor_name, payload, created_at)
      select e.type, e.item_id, cast(${actorKind} as text), cast(${actorId} as integer),
        cast(${actorName} as text), e.payload, e.created_at
      from locked
      cross join unnest(cast(${oneOfValue(db, types)} as text[]), cast(${oneOfValue(db, itemIds)} as integer[]),
        cast(${oneOfValue(db, payloads)} as text[]), cast(${oneOfValue(db, createdAt)} as bigint[]))
        with ordinality as e(type, item_id, payload, created_at, position)
      order by e.position
      returning seq, type, item_id, actor_kind, actor_id, actor_name, payload, created_at
    ),
    announced as materialized (
      select pg_notify(${channel}, case when octet_length(whole) < ${NOTIFY_PAYLOAD_LIMIT} then whole
        else json_build_object('from', cast(${announcedBy} as text))::text end)
      from (select json_build_object('from', cast(${announcedBy} as text),
        'events', json_agg(inserted order by seq))::text as whole from inserted) as announcement
    )
    select seq from inserted cross join announced`,
);

/** PostgreSQL refuses a NOTIFY payload of this many bytes or more. */
const NOTIFY_PAYLOAD_LIMIT = 8000;

/**
 * What a NOTIFY on the events channel says (lockAnnounceAndInsertEvents): who announced it, and the events it
 * announces as stored, or null when they did not fit (read them from the table). '' (SQLite's watch, a catch-up
 * after reconnecting) and anything unreadable announce nothing known: read the table.
 */
export function readAnnouncement(payload: string): { from: string; events: MirsadEvent[] | null } {
  if (!payload.startsWith('{')) return { from: payload, events: null };
  try {
    const { from, events } = JSON.parse(payload) as { from?: unknown; events?: EventRow[] };
    return {
      from: typeof from === 'string' ? from : '',
      events: Array.isArray(events) && events.length > 0 ? events.map(toEvent) : null,
    };
  } catch {
    return { from: '', events: null };
  }
}

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
