/** Item queries: the filtered, paged queue, facet counts, and versioned writes. */
import { sql, type ExpressionBuilder, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { olderThanCutoff } from '#shared/filters.ts';
import type { FacetsResponse, ItemFilters, TagKind } from '#shared/schemas/items.ts';
import { parseSearch } from '#shared/tagging/search-names.ts';
import type { DialectName, Executor } from '../../db/index.ts';
import type { DB, ItemRow, ItemUpdate } from '../../db/schema.ts';
import { amongIds, searchCondition, taggedIds, type SearchScope } from '../../db/search.ts';
import { encodeCursor, decodeCursor } from './cursor.ts';
import { ITEM_CARD_COLUMNS, type ItemCardRow } from './serialize.ts';
import { ITEM_ROW_COLUMNS } from '../../db/item-columns.ts';
import { prepared } from '../../db/prepared.ts';
import { isPostgres } from '../../db/is-postgres.ts';
import { preparedInsert, type InsertRow } from '../../db/prepared-insert.ts';

type ItemsQuery = SelectQueryBuilder<DB, 'items', object>;

/** The filter dimensions that facets count; each facet ignores its own filter so other choices stay visible. */
type FacetDimension =
  'country' | 'region' | 'topic' | 'organisation' | 'status' | 'urgency' | 'source' | 'assignee' | 'desk';

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
  /** The time `olderThan` counts back from (epoch ms); now when absent. */
  now?: number;
}

/** When an item entered its current status: a null state_since means since it arrived (migration 007). */
export const stateSince = sql<number>`coalesce(items.state_since, items.received_at)`;

/** Applies every filter except `skip` (facets) to a query over items. Tags OR within a kind, AND across kinds. */
export function applyFilters<QB extends ItemsQuery>(
  qb: QB,
  filters: ItemFilters,
  context: FilterContext,
  skip?: FacetDimension,
  /** Which text the search looks at: ranked search asks for one tier at a time. */
  searchScope: SearchScope = 'all',
): QB {
  let query = qb as ItemsQuery;
  const tagged: Array<RawBuilder<unknown>> = [];
  for (const [dimension, kind] of TAG_FILTERS) {
    const codes = filters[dimension] as string[] | undefined;
    if (codes?.length && skip !== dimension) tagged.push(taggedIds(kind, codes));
  }
  if (filters.status?.length && skip !== 'status') query = query.where('items.status', 'in', filters.status);
  if (filters.urgency?.length && skip !== 'urgency')
    query = query.where('items.urgency', 'in', filters.urgency);
  if (filters.source?.length && skip !== 'source') query = query.where('items.source', 'in', filters.source);
  if (filters.assignee !== undefined && skip !== 'assignee') {
    const { assignee } = filters;
    query =
      assignee === 'none'
        ? query.where('items.assignee_id', 'is', null)
        : query.where('items.assignee_id', '=', assignee === 'me' ? (context.viewerId ?? -1) : assignee);
  }
  if (filters.desk !== undefined && skip !== 'desk')
    query =
      filters.desk === 'none'
        ? query.where('items.desk_id', 'is', null)
        : query.where('items.desk_id', '=', filters.desk);
  if (filters.lastAction?.length) query = query.where('items.last_action', 'in', filters.lastAction);
  if (filters.since) query = query.where('items.received_at', '>=', Date.parse(filters.since));
  if (filters.until) query = query.where('items.received_at', '<=', Date.parse(filters.until));
  if (filters.publishedSince)
    query = query.where('items.published_at', '>=', Date.parse(filters.publishedSince));
  if (filters.publishedUntil)
    query = query.where('items.published_at', '<=', Date.parse(filters.publishedUntil));
  const now = context.now ?? Date.now();
  if (filters.olderThan !== undefined)
    query = query.where('items.received_at', '<=', olderThanCutoff(filters.olderThan, now));
  if (filters.inStateOver !== undefined)
    query = query.where(stateSince, '<=', olderThanCutoff(filters.inStateOver, now));
  const search = filters.q ? parseSearch(filters.q) : null;
  // A search takes the tag filters as the sets it searches among (one intersection on SQLite: searchCondition).
  if (search && search.clauses.length > 0)
    query = query.where(searchCondition(context.dialect, search, searchScope, tagged));
  else for (const ids of tagged) query = query.where(amongIds(ids));
  if (filters.collapse) query = query.where((eb) => newestOfItsCluster(eb, filters, context, skip));
  return query as QB;
}

/**
 * `collapse=true`: one row per near-duplicate cluster, and that row is the cluster's NEWEST item among those
 * that match the other filters — so a story comes back to the top of the queue when another agency reports
 * it, and a filter (source, status, country…) shows the newest item of the cluster that it lets through.
 *
 * The newest matching member of every cluster is found ONCE, by one uncorrelated grouped subquery over the
 * matching items (`max(id) … group by cluster_id`), which the engine evaluates a single time: the cost is linear
 * in the matching items, whatever the clusters' sizes. (A per-row probe for "a newer matching member" cost the
 * square of a cluster's size when its newer members did not match, and froze the server on large clusters.)
 * The subquery names its table `items` again on purpose: every filter condition refers to `items.…` and binds
 * to the innermost `items`, with no second copy of the filter code. Without other filters, the newest member
 * overall is a flag that clustering keeps (items.newest_in_cluster).
 */
function newestOfItsCluster(
  eb: ExpressionBuilder<DB, 'items'>,
  filters: ItemFilters,
  context: FilterContext,
  skip?: FacetDimension,
) {
  const { collapse: _collapse, ...others } = filters;
  if (!narrows(others, skip)) return eb('items.newest_in_cluster', '=', 1);
  const tops = applyFilters(
    eb
      .selectFrom('items')
      .select((inner) => inner.fn.max('items.id').as('top'))
      .where('items.cluster_id', 'is not', null)
      .groupBy('items.cluster_id') as unknown as ItemsQuery,
    others,
    context,
    skip,
  ) as unknown as SelectQueryBuilder<DB, 'items', { top: number }>;
  return eb.or([eb('items.cluster_id', 'is', null), eb('items.id', 'in', tops)]);
}

export interface ListOptions {
  cursor?: string;
  limit: number;
  sort?: 'newest' | 'relevance';
}

/**
 * One page of the queue, newest first (id order is arrival order, so every filter index yields rows in queue
 * order and a page costs the same at any depth). With a search, `relevance` (the default) ranks headline
 * hits first, then the rest, each tier newest first. Either way a page is ONE statement that returns the rows
 * themselves (the card columns: no body, no search text), one trip to a reader.
 */
export async function listItemRows(
  db: Executor,
  filters: ItemFilters,
  context: FilterContext,
  options: ListOptions,
): Promise<{ rows: ItemCardRow[]; nextCursor: string | null }> {
  const search = filters.q ? parseSearch(filters.q) : null;
  const searching = !!search && search.clauses.length > 0;
  const ranked = searching && (options.sort ?? 'relevance') === 'relevance';
  const cursor = options.cursor ? decodeCursor(options.cursor) : null;
  const { limit } = options;
  // limit + 1 rows: the one past the page says whether there is a next page, and where it starts.
  const pageRows = (scope: SearchScope, beforeId: number | null, tier: 1 | 2) => {
    // The collapse rule inside applyFilters sees the whole search (a cluster shows its newest matching
    // member); the page itself takes one ranking tier.
    let query = applyFilters(db.selectFrom('items'), filters, context, undefined, scope).select([
      ...ITEM_CARD_COLUMNS.map((column) => `items.${column}` as const),
      sql<1 | 2>`${sql.lit(tier)}`.as('tier'),
    ]);
    if (beforeId !== null) query = query.where('items.id', '<', beforeId);
    return query.orderBy('items.id', 'desc').limit(limit + 1);
  };

  if (!ranked) {
    const rows: ItemCardRow[] = await pageRows('all', cursor?.kind === 'id' ? cursor.id : null, 1).execute();
    if (rows.length <= limit) return { rows, nextCursor: null };
    const page = rows.slice(0, limit);
    return { rows: page, nextCursor: encodeCursor({ kind: 'id', id: page.at(-1)!.id }) };
  }

  const position = cursor?.kind === 'tier' ? cursor : { tier: 1 as const, id: null };
  let tiered: Array<ItemCardRow & { tier: 1 | 2 }>;
  if (position.tier === 2) tiered = await pageRows('not-headline', position.id, 2).execute();
  else {
    // The headline tier, and after it, in the same statement, as much of the second tier as the page has room
    // for: `union all` under the page's limit, which both engines evaluate arm after arm, so the second arm is
    // not even started when the headline hits fill the page. A headline tier that started at the top and ends
    // on this page has every headline hit in hand (the CTE): the second tier leaves those out by id, instead of
    // asking the index for the headline hits once more.
    const rest =
      position.id === null
        ? pageRows('all', null, 2).where(notInHeadlineTier(context.dialect))
        : pageRows('not-headline', null, 2);
    tiered = await db
      .with('tier1', () => pageRows('headline', position.id, 1))
      .selectFrom('tier1')
      .selectAll()
      .unionAll((eb) => eb.selectFrom(rest.as('tier2')).selectAll())
      .limit(limit + 1)
      .execute();
  }
  if (tiered.length <= limit) return { rows: tiered, nextCursor: null };
  const page = tiered.slice(0, limit);
  const last = page.at(-1)!;
  // The row past the page says which tier the next page starts in; within the second tier, after the page's
  // last row if that was one of its own, else from the top.
  const nextCursor =
    tiered[limit]!.tier === 1
      ? encodeCursor({ kind: 'tier', tier: 1, id: last.id })
      : encodeCursor({ kind: 'tier', tier: 2, id: last.tier === 2 ? last.id : null });
  return { rows: page, nextCursor };
}

/**
 * Leaves out the rows the headline tier (the CTE `tier1`) already has, in each engine's fastest form: PostgreSQL
 * plans `not exists` as an anti-join beside the newest-first merge, which stops after a page, where `not in`
 * made it fetch and sort every hit (Pakistan's 1,312 tagged items at 20,000: 4.8 against 2.6 ms); SQLite runs
 * `not in` as one probe of the CTE's ids, and `not exists` as a correlated subquery that costs it 0.5–0.9 ms.
 */
function notInHeadlineTier(dialect: DialectName): RawBuilder<boolean> {
  return dialect === 'postgres'
    ? sql<boolean>`not exists (select 1 from tier1 where tier1.id = items.id)`
    : sql<boolean>`items.id not in (select tier1.id from tier1)`;
}

const FACET_TAG_KINDS: ReadonlyArray<[FacetDimension, TagKind]> = TAG_FILTERS;

/** Whether any filter other than `skip` narrows the set (if none does, facets can skip the items table). */
function narrows(filters: ItemFilters, skip?: FacetDimension): boolean {
  return Object.entries(filters).some(([key, value]) => {
    if (key === skip || value === undefined || value === false) return false;
    return !Array.isArray(value) || value.length > 0;
  });
}

/**
 * Counts per country, region, topic, organisation, status, urgency and source under the filters. Each facet
 * ignores its own dimension's filter, so choosing Kazakhstan still shows what Uzbekistan would add. Tag kinds
 * whose own filter is not set share one pass over item_tags.
 */
export async function countFacets(
  db: Executor,
  filters: ItemFilters,
  context: FilterContext,
): Promise<FacetsResponse> {
  const base = (skip?: FacetDimension) => applyFilters(db.selectFrom('items'), filters, context, skip);
  const tagPass = async (kinds: TagKind[], skip?: FacetDimension) => {
    let query = db
      .selectFrom('item_tags')
      .select((eb) => ['item_tags.kind', 'item_tags.code as value', eb.fn.countAll<number>().as('count')])
      .where('item_tags.kind', 'in', kinds);
    if (narrows(filters, skip)) query = query.where('item_tags.item_id', 'in', base(skip).select('items.id'));
    return query.groupBy(['item_tags.kind', 'item_tags.code']).execute();
  };
  const columnCounts = async (dimension: FacetDimension, column: FacetColumn) =>
    asFacetCounts(
      await base(dimension)
        .select((eb) => [valueColumn(column), eb.fn.countAll<number>().as('count')])
        .groupBy(`items.${column}`)
        .execute(),
    );
  /**
   * Grouped (collapse), the queue filtered to a status, source, urgency, holder or desk shows every story with a
   * report that has it (newestOfItsCluster), and the reports of one story may differ in each (one accepted, the
   * others still incoming). So each value counts the stories with a matching report (distinct clusters, a report
   * without one being its own): the number of rows the queue then shows. Ungrouped, every report. (Counted by
   * each story's newest report alone, "assigned" said 3,172 where the queue showed 5,686 stories, at 50,000
   * reports with a third of them moved on.)
   */
  const storyCounts = async (dimension: FacetDimension, column: FacetColumn) => {
    if (!filters.collapse) return columnCounts(dimension, column);
    const others = { ...filters, collapse: undefined };
    if (!narrows(others, dimension)) return asFacetCounts(await everyStoryCounts(db, column));
    return asFacetCounts(
      await applyFilters(db.selectFrom('items'), others, context, dimension)
        .select([
          valueColumn(column),
          sql<number>`count(distinct coalesce(items.cluster_id, -items.id))`.as('count'),
        ])
        .groupBy(`items.${column}`)
        .execute(),
    );
  };
  const own = FACET_TAG_KINDS.filter(([dimension]) => narrowsBy(filters, dimension));
  const shared = FACET_TAG_KINDS.filter(([dimension]) => !narrowsBy(filters, dimension)).map(
    ([, kind]) => kind,
  );
  // One query after another, not all at once: a facets request then holds one reader (thread or connection)
  // at a time, so a user's slow filter sets, however many, never take every reader from another editor's queue
  // (with two cores, running them side by side would gain little anyway).
  const total = await base()
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  const tagRows = shared.length ? await tagPass(shared) : [];
  for (const [dimension, kind] of own) tagRows.push(...(await tagPass([kind], dimension)));
  const statuses = await storyCounts('status', 'status');
  const urgencies = await storyCounts('urgency', 'urgency');
  const sources = await storyCounts('source', 'source');
  const assignees = await storyCounts('assignee', 'assignee_id');
  const desks = await storyCounts('desk', 'desk_id');
  const ofKind = (kind: TagKind) => sortCounts(tagRows.filter((row) => row.kind === kind));
  return {
    total: Number(total.count),
    countries: ofKind('countries'),
    regions: ofKind('regions'),
    topics: ofKind('topics'),
    organisations: ofKind('organisations'),
    statuses,
    urgencies,
    sources,
    assignees,
    desks,
  };
}

/** The columns counted per value (the tag kinds are counted from item_tags). */
type FacetColumn = 'status' | 'urgency' | 'source' | 'assignee_id' | 'desk_id';

const valueColumn = (column: FacetColumn) =>
  sql<string | number | null>`${sql.ref(`items.${column}`)}`.as('value');

/** Counts per value as facets carry them: a null holder or desk is `none`, the value the filter takes for it. */
function asFacetCounts(rows: ReadonlyArray<{ value: string | number | null; count: number | string }>) {
  return sortCounts(
    rows.map((row) => ({ value: row.value === null ? 'none' : String(row.value), count: row.count })),
  );
}

/**
 * The stories of every report with each value of the column, when nothing else narrows them: the reports on
 * their own, and the distinct (story, value) pairs of the others, both read from the index `items_cluster`
 * (cluster, id and these columns: migration 016), on SQLite without touching the table. At 50,000 reports, 5–6 ms a column
 * on SQLite where `count(distinct coalesce(cluster_id, -id))` over the table took 36.
 */
function everyStoryCounts(db: Executor, column: FacetColumn) {
  const value = sql.ref(column);
  return sql<{ value: string | number | null; count: number | string }>`
    select value, sum(count) as count from (
      select ${value} as value, count(*) as count from items where cluster_id is null group by ${value}
      union all
      select value, count(*) as count
        from (select distinct cluster_id, ${value} as value from items where cluster_id is not null) as pairs
        group by value
    ) as counted group by value`
    .execute(db)
    .then((result) => result.rows);
}

function narrowsBy(filters: ItemFilters, dimension: FacetDimension): boolean {
  const value = filters[dimension as keyof ItemFilters];
  return Array.isArray(value) && value.length > 0;
}

function sortCounts(rows: Array<{ value: string; count: number | string }>) {
  return rows
    .map((row) => ({ value: row.value, count: Number(row.count) }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export async function findItemRow(db: Executor, id: number): Promise<ItemRow | undefined> {
  return (await itemRowById(db, id))[0];
}

// Every item opened, acted on or pushed reads its row by id: prepared.
const itemRowById = prepared((db: Executor, id: number) =>
  db.selectFrom('items').select(ITEM_ROW_COLUMNS).where('id', '=', id),
);

/**
 * The item's row for a transaction that writes what follows from it (the next version or publication number, a
 * state change): on PostgreSQL it is locked until the transaction ends, and read as committed once the lock is
 * ours. Two people saving or publishing one item at once then take turns, and the second is refused as stale or
 * in the wrong state, where both read the same row, both wrote the same next number, and the second failed on
 * the key with a 500. SQLite's write transactions run one at a time.
 */
export async function findItemRowForUpdate(db: Executor, id: number): Promise<ItemRow | undefined> {
  return (await itemRowByIdForUpdate(db, id))[0];
}

const itemRowByIdForUpdate = prepared((db: Executor, id: number) => {
  const query = db.selectFrom('items').select(ITEM_ROW_COLUMNS).where('id', '=', id);
  return isPostgres(db) ? query.forUpdate() : query;
});

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
    .returning(ITEM_ROW_COLUMNS)
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
  await insertItemTags(db, entries);
}

/** The tag rows of items that have none yet (just inserted): replaceItemTags without the delete. */
export async function insertItemTags(
  db: Executor,
  entries: ReadonlyArray<{ itemId: number; tags: TagSet }>,
): Promise<void> {
  const rows = entries.flatMap(({ itemId, tags }) =>
    (Object.keys(tags) as TagKind[]).flatMap((kind) =>
      [...new Set(tags[kind])].map((code) => ({ item_id: itemId, kind, code })),
    ),
  );
  if (rows.length > 0) await insertTagRows(db, rows);
}

const TAG_COLUMNS = ['item_id', 'kind', 'code'] as const;

const insertTagRows = preparedInsert(
  TAG_COLUMNS,
  (db: Executor, rows: ReadonlyArray<InsertRow<'item_tags', (typeof TAG_COLUMNS)[number]>>) =>
    db.insertInto('item_tags').values(rows),
);

export function tagsOfRow(row: Pick<ItemRow, 'countries' | 'regions' | 'organisations' | 'topics'>): TagSet {
  return {
    countries: JSON.parse(row.countries) as string[],
    regions: JSON.parse(row.regions) as string[],
    organisations: JSON.parse(row.organisations) as string[],
    topics: JSON.parse(row.topics) as string[],
  };
}
