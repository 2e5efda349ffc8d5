/** Item queries: the filtered, paged queue, facet counts, and versioned writes. */
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { FacetsResponse, ItemFilters, TagKind } from '#shared/schemas/items.ts';
import { parseSearchQuery } from '#shared/text/index.ts';
import type { DialectName, Executor } from '../../db/index.ts';
import type { DB, ItemRow, ItemUpdate } from '../../db/schema.ts';
import { searchCondition, withSearchRank } from '../../db/search.ts';
import { encodeCursor, decodeCursor } from './cursor.ts';

type ItemsQuery = SelectQueryBuilder<DB, 'items', object>;

/** The filter dimensions that facets count; each facet ignores its own filter so other choices stay visible. */
type FacetDimension = 'country' | 'region' | 'topic' | 'organisation' | 'status' | 'urgency' | 'source';

const TAG_FILTERS: ReadonlyArray<[keyof ItemFilters & FacetDimension, TagKind]> = [
  ['country', 'countries'],
  ['region', 'regions'],
  ['topic', 'topics'],
  ['organisation', 'organisations'],
];

export interface FilterContext {
  dialect: DialectName;
  /** The user asking, for `assignee=me`. */
  viewerId: number | null;
}

function hasTag(eb: ExpressionBuilder<DB, 'items'>, kind: TagKind, codes: readonly string[]) {
  return eb(
    'items.id',
    'in',
    eb
      .selectFrom('item_tags')
      .select('item_tags.item_id')
      .where('item_tags.kind', '=', kind)
      .where('item_tags.code', 'in', [...codes]),
  );
}

/** Applies every filter except `skip` (facets) to a query over items. Tags OR within a kind, AND across kinds. */
export function applyFilters<QB extends ItemsQuery>(
  qb: QB,
  filters: ItemFilters,
  context: FilterContext,
  skip?: FacetDimension,
): QB {
  let query = qb as ItemsQuery;
  for (const [dimension, kind] of TAG_FILTERS) {
    const codes = filters[dimension] as string[] | undefined;
    if (codes?.length && skip !== dimension) query = query.where((eb) => hasTag(eb, kind, codes));
  }
  if (filters.status?.length && skip !== 'status') query = query.where('items.status', 'in', filters.status);
  if (filters.urgency?.length && skip !== 'urgency')
    query = query.where('items.urgency', 'in', filters.urgency);
  if (filters.source?.length && skip !== 'source') query = query.where('items.source', 'in', filters.source);
  if (filters.assignee !== undefined) {
    const assignee = filters.assignee === 'me' ? (context.viewerId ?? -1) : filters.assignee;
    query = query.where('items.assignee_id', '=', assignee);
  }
  if (filters.desk !== undefined) query = query.where('items.desk_id', '=', filters.desk);
  if (filters.since) query = query.where('items.received_at', '>=', Date.parse(filters.since));
  if (filters.until) query = query.where('items.received_at', '<=', Date.parse(filters.until));
  const search = filters.q ? parseSearchQuery(filters.q) : null;
  if (search && search.clauses.length > 0) query = query.where(searchCondition(context.dialect, search));
  if (filters.collapse) {
    // One row per near-duplicate cluster: its first item, which carries the cluster's id.
    query = query.where((eb) =>
      eb.or([eb('items.cluster_id', 'is', null), eb('items.cluster_id', '=', eb.ref('items.id'))]),
    );
  }
  return query as QB;
}

export interface ListOptions {
  cursor?: string;
  limit: number;
  sort?: 'newest' | 'relevance';
}

/** One page of the queue: newest first (keyset paging), or by relevance for searches (offset paging). */
export async function listItemRows(
  db: Executor,
  filters: ItemFilters,
  context: FilterContext,
  options: ListOptions,
): Promise<{ rows: ItemRow[]; nextCursor: string | null }> {
  const search = filters.q ? parseSearchQuery(filters.q) : null;
  const byRelevance =
    (options.sort ?? (search?.clauses.length ? 'relevance' : 'newest')) === 'relevance' &&
    !!search?.clauses.length;
  const cursor = options.cursor ? decodeCursor(options.cursor) : null;
  let query = applyFilters(db.selectFrom('items').selectAll('items'), filters, context);

  if (byRelevance && search) {
    const offset = cursor?.kind === 'offset' ? cursor.offset : 0;
    const rows = (await withSearchRank(query, context.dialect, search)
      .orderBy(sql`rank`, 'desc')
      .orderBy('items.received_at', 'desc')
      .orderBy('items.id', 'desc')
      .limit(options.limit + 1)
      .offset(offset)
      .execute()) as Array<ItemRow & { rank?: number }>;
    const page = rows.slice(0, options.limit).map(({ rank: _rank, ...row }) => row as ItemRow);
    return {
      rows: page,
      nextCursor:
        rows.length > options.limit ? encodeCursor({ kind: 'offset', offset: offset + options.limit }) : null,
    };
  }

  if (cursor?.kind === 'key') {
    query = query.where((eb) =>
      eb.or([
        eb('items.received_at', '<', cursor.receivedAt),
        eb.and([eb('items.received_at', '=', cursor.receivedAt), eb('items.id', '<', cursor.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('items.received_at', 'desc')
    .orderBy('items.id', 'desc')
    .limit(options.limit + 1)
    .execute();
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor:
      rows.length > options.limit && last
        ? encodeCursor({ kind: 'key', receivedAt: last.received_at, id: last.id })
        : null,
  };
}

/** Counts per country, region, topic, organisation, status, urgency and source under the other filters. */
export async function countFacets(
  db: Executor,
  filters: ItemFilters,
  context: FilterContext,
): Promise<FacetsResponse> {
  const base = (skip?: FacetDimension) => applyFilters(db.selectFrom('items'), filters, context, skip);
  const tagCounts = async (dimension: FacetDimension, kind: TagKind) => {
    const rows = await db
      .selectFrom('item_tags')
      .select((eb) => ['item_tags.code as value', eb.fn.countAll<number>().as('count')])
      .where('item_tags.kind', '=', kind)
      .where('item_tags.item_id', 'in', base(dimension).select('items.id'))
      .groupBy('item_tags.code')
      .execute();
    return sortCounts(rows);
  };
  const columnCounts = async (dimension: FacetDimension, column: 'status' | 'urgency' | 'source') => {
    const rows = await base(dimension)
      .select((eb) => [
        sql<string>`${sql.ref(`items.${column}`)}`.as('value'),
        eb.fn.countAll<number>().as('count'),
      ])
      .groupBy(`items.${column}`)
      .execute();
    return sortCounts(rows.map((row) => ({ value: String(row.value), count: row.count })));
  };
  const [total, countries, regions, topics, organisations, statuses, urgencies, sources] = await Promise.all([
    base()
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow(),
    tagCounts('country', 'countries'),
    tagCounts('region', 'regions'),
    tagCounts('topic', 'topics'),
    tagCounts('organisation', 'organisations'),
    columnCounts('status', 'status'),
    columnCounts('urgency', 'urgency'),
    columnCounts('source', 'source'),
  ]);
  return {
    total: Number(total.count),
    countries,
    regions,
    topics,
    organisations,
    statuses,
    urgencies,
    sources,
  };
}

function sortCounts(rows: Array<{ value: string; count: number | string }>) {
  return rows
    .map((row) => ({ value: row.value, count: Number(row.count) }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export async function findItemRow(db: Executor, id: number): Promise<ItemRow | undefined> {
  return db.selectFrom('items').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Writes changes only if the item is still at `expectedVersion`, bumping the version. Returns the new row,
 * or undefined when someone else changed it first.
 */
export async function updateItemIfVersion(
  db: Executor,
  id: number,
  expectedVersion: number,
  changes: ItemUpdate,
  now: number,
): Promise<ItemRow | undefined> {
  return db
    .updateTable('items')
    .set({ ...changes, updated_at: now, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

export interface TagSet {
  countries: readonly string[];
  regions: readonly string[];
  organisations: readonly string[];
  topics: readonly string[];
}

/** Rewrites the item_tags index rows for items from their tag lists (in the caller's transaction). */
export async function replaceItemTags(
  db: Executor,
  entries: ReadonlyArray<{ itemId: number; tags: TagSet }>,
): Promise<void> {
  if (entries.length === 0) return;
  const ids = entries.map((entry) => entry.itemId);
  for (let start = 0; start < ids.length; start += 500) {
    await db
      .deleteFrom('item_tags')
      .where('item_id', 'in', ids.slice(start, start + 500))
      .execute();
  }
  const rows = entries.flatMap(({ itemId, tags }) =>
    (Object.keys(tags) as TagKind[]).flatMap((kind) =>
      [...new Set(tags[kind])].map((code) => ({ item_id: itemId, kind, code })),
    ),
  );
  for (let start = 0; start < rows.length; start += 300) {
    await db
      .insertInto('item_tags')
      .values(rows.slice(start, start + 300))
      .execute();
  }
}

export function tagsOfRow(row: Pick<ItemRow, 'countries' | 'regions' | 'organisations' | 'topics'>): TagSet {
  return {
    countries: JSON.parse(row.countries) as string[],
    regions: JSON.parse(row.regions) as string[],
    organisations: JSON.parse(row.organisations) as string[],
    topics: JSON.parse(row.topics) as string[],
  };
}
