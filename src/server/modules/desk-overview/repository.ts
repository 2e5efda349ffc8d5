/**
 * The desk overview's counts, each one indexed query (migration 004-desk-overview-indexes adds what they need).
 * Windows are closed [from, to] in epoch ms, exactly as the queue's since/until filters select, so a figure and
 * the queue it links to count the same rows.
 */
import { sql, type SelectQueryBuilder } from 'kysely';
import type { TagKind } from '#shared/schemas/items.ts';
import { SENT_BACK_ACTIONS } from '#shared/workflow.ts';
import type { Executor } from '../../db/index.ts';
import type { DB } from '../../db/schema.ts';
import { stateSince } from '../items/repository.ts';

export const HOUR_MS = 3_600_000;

export interface Span {
  from: number;
  to: number;
}

export async function countByStatus(db: Executor): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('items')
    .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  return new Map(rows.map((row) => [row.status, Number(row.n)]));
}

/** Per assignee: items assigned (and of those, returned) and in review. */
export async function countAssignedWork(db: Executor) {
  const rows = await db
    .selectFrom('items')
    .select((eb) => [
      'assignee_id',
      'status',
      eb
        .case()
        .when('last_action', 'in', [...SENT_BACK_ACTIONS])
        .then(1)
        .else(0)
        .end()
        .as('returned'),
      eb.fn.countAll<number>().as('n'),
    ])
    .where('assignee_id', 'is not', null)
    .where('status', 'in', ['assigned', 'in_review'])
    .groupBy(['assignee_id', 'status', 'returned'])
    .execute();
  return rows.map((row) => ({
    assigneeId: row.assignee_id!,
    status: row.status,
    returned: Number(row.returned) === 1,
    count: Number(row.n),
  }));
}

/** Items published (status published) since `from`, per assignee. */
export async function countPublishedByAssignee(db: Executor, from: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('items')
    .select((eb) => ['assignee_id', eb.fn.countAll<number>().as('n')])
    .where('published_at', '>=', from)
    .where('status', '=', 'published')
    .where('assignee_id', 'is not', null)
    .groupBy('assignee_id')
    .execute();
  return new Map(rows.map((row) => [row.assignee_id!, Number(row.n)]));
}

/** The hour bucket (0 = the first) of a timestamp column, for spans that start on `first`. */
const bucketOf = (column: 'received_at' | 'published_at', first: number) =>
  sql<number>`cast((${sql.ref(`items.${column}`)} - ${sql.lit(first)}) / ${sql.lit(HOUR_MS)} as integer)`;

/** Items per hour bucket by arrival, or (published ones) by publication. */
export async function countPerHour(
  db: Executor,
  column: 'received_at' | 'published_at',
  span: Span,
): Promise<Map<number, number>> {
  let query = db
    .selectFrom('items')
    .select((eb) => [bucketOf(column, span.from).as('bucket'), eb.fn.countAll<number>().as('n')])
    .where(column, '>=', span.from)
    .where(column, '<=', span.to);
  if (column === 'published_at') query = query.where('status', '=', 'published');
  const rows = await query.groupBy(sql.ref('bucket')).execute();
  return new Map(rows.map((row) => [Number(row.bucket), Number(row.n)]));
}

/**
 * Joins each item (already narrowed to a time window) to its tags of one kind. A CROSS JOIN because SQLite
 * keeps its order: the window's few thousand items first, then their tags by primary key. Left to choose, it
 * walks every tag of the kind (item_tags_lookup) and looks the item up: 350 ms instead of a few at 100,000 items.
 * PostgreSQL reads a cross join with a join condition as any inner join and plans it by its statistics.
 */
function tagsOfEach(kind: TagKind) {
  return <QB extends SelectQueryBuilder<DB, 'items', object>>(query: QB) =>
    query
      .crossJoin('item_tags')
      .whereRef('item_tags.item_id', '=', 'items.id')
      .where('item_tags.kind', '=', kind) as unknown as SelectQueryBuilder<DB, 'items' | 'item_tags', object>;
}

/** Items received per hour bucket and tag of one kind (an item with two countries counts under each). */
export async function countTagsPerHour(db: Executor, kind: TagKind, span: Span) {
  const rows = await db
    .selectFrom('items')
    .$call(tagsOfEach(kind))
    .select((eb) => [
      bucketOf('received_at', span.from).as('bucket'),
      'item_tags.code',
      eb.fn.countAll<number>().as('n'),
    ])
    .where('items.received_at', '>=', span.from)
    .where('items.received_at', '<=', span.to)
    .groupBy([sql.ref('bucket'), 'item_tags.code'])
    .execute();
  return rows.map((row) => ({ bucket: Number(row.bucket), code: row.code, count: Number(row.n) }));
}

/** Items received in each of two adjacent spans, per tag of a kind (null kind: per source). */
export async function countRising(db: Executor, kind: TagKind | null, before: Span, last: Span) {
  const lastCount = sql<number>`sum(case when items.received_at >= ${sql.lit(last.from)} then 1 else 0 end)`;
  const previousCount = sql<number>`sum(case when items.received_at < ${sql.lit(last.from)} then 1 else 0 end)`;
  const base = db
    .selectFrom('items')
    .where('items.received_at', '>=', before.from)
    .where('items.received_at', '<=', last.to);
  const rows =
    kind === null
      ? await base
          .select(['items.source as value', lastCount.as('last'), previousCount.as('previous')])
          .groupBy('items.source')
          .execute()
      : await base
          .$call(tagsOfEach(kind))
          .select(['item_tags.code as value', lastCount.as('last'), previousCount.as('previous')])
          .groupBy('item_tags.code')
          .execute();
  return rows.map((row) => ({
    value: String(row.value),
    last: Number(row.last),
    previous: Number(row.previous),
  }));
}

export async function oldestIncoming(db: Executor) {
  return db
    .selectFrom('items')
    .select(['id', 'headline', 'received_at'])
    .where('status', '=', 'incoming')
    .orderBy('received_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

/** When each item now in review went in: the queue's `inStateOver` filter reads the same time. */
export async function reviewEntries(db: Executor): Promise<number[]> {
  const rows = await db
    .selectFrom('items')
    .select(stateSince.as('since'))
    .where('items.status', '=', 'in_review')
    .execute();
  return rows.map((row) => Number(row.since));
}

/** Arrival → publication, in ms, of every item published since `from`. */
export async function publicationDelays(db: Executor, from: number): Promise<number[]> {
  const rows = await db
    .selectFrom('items')
    .select(['received_at', 'published_at'])
    .where('published_at', '>=', from)
    .where('status', '=', 'published')
    .execute();
  return rows.map((row) => Number(row.published_at) - Number(row.received_at));
}
