/** Turning item rows into the API's Item, with the few lookups a page needs done once per page. */
import type { LiveItem } from '#shared/schemas/events.ts';
import type { Item, ItemCard, TagKind } from '#shared/schemas/items.ts';
import type { Lease } from '#shared/schemas/leases.ts';
import type { ItemStatus, WorkflowAction } from '#shared/workflow.ts';
import { sql } from 'kysely';
import type { Executor } from '../../db/index.ts';
import type { ItemRow, LeaseRow, UserRow } from '../../db/schema.ts';
import { ITEM_ROW_COLUMNS } from '../../db/item-columns.ts';
import { isPostgres } from '../../db/is-postgres.ts';
import { isOneOf } from '../../db/one-of.ts';
import { prepared } from '../../db/prepared.ts';
import { toUserRef } from '../users/repository.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/**
 * The columns of `items` an ItemCard is made of, what list pages read: not the body, the lede or the other
 * fields only the open item shows, nor the search text, title key and content hash, nor on PostgreSQL the
 * generated tsvectors, which together weigh many times what a row shows.
 */
export const ITEM_CARD_COLUMNS = [
  'id',
  'source',
  'language',
  'headline',
  'countries',
  'regions',
  'organisations',
  'topics',
  'urgency',
  'status',
  'last_action',
  'desk_id',
  'assignee_id',
  'cluster_id',
  'received_at',
  'published_at',
  'state_since',
  'version',
  'origin',
  'wire_update',
] as const satisfies ReadonlyArray<keyof ItemRow>;
export type ItemCardRow = Pick<ItemRow, (typeof ITEM_CARD_COLUMNS)[number]>;

/** What a card refers to beyond its own row. */
type Refs = Pick<ItemCard, 'desk' | 'assignee' | 'clusterSize' | 'lease' | 'sourceCount'>;

/** Converts rows to the cards list pages carry. */
export async function hydrateItemCards(
  db: Executor,
  rows: readonly ItemCardRow[],
  now: number = Date.now(),
): Promise<ItemCard[]> {
  const refsOf = await loadRefs(db, rows, now);
  return rows.map((row) => cardOf(row, refsOf(row)));
}

/**
 * The columns of `items` that an Item shows and a live message carries: all but the body (a screen asks for it
 * when it opens the item) and what serves the server alone: the search text (which weighs about what the body
 * does), title key, content hash, feed, creator and cluster bookkeeping.
 */
const NOT_IN_LIVE_ITEM = [
  'body',
  'search_headline',
  'search_text',
  'title_key',
  'content_hash',
  'raw_digest',
  'newest_in_cluster',
  'feed_id',
  'created_by',
] as const;
type LiveItemColumn = Exclude<(typeof ITEM_ROW_COLUMNS)[number], (typeof NOT_IN_LIVE_ITEM)[number]>;
const LIVE_ITEM_COLUMNS = ITEM_ROW_COLUMNS.filter(
  (column): column is LiveItemColumn => !(NOT_IN_LIVE_ITEM as readonly string[]).includes(column),
);
type LiveItemRow = Pick<ItemRow, LiveItemColumn>;

/** The columns of `items` a whole Item is made of: a live item's and the body. */
export const ITEM_COLUMNS = [...LIVE_ITEM_COLUMNS, 'body' as const];
type ItemColumnsRow = Pick<ItemRow, (typeof ITEM_COLUMNS)[number]>;

/** Converts rows to whole Items: their cards with everything else the row holds. */
export async function hydrateItems(
  db: Executor,
  rows: readonly ItemColumnsRow[],
  now: number = Date.now(),
): Promise<Item[]> {
  const refsOf = await loadRefs(db, rows, now);
  return rows.map((row) => itemOf(row, refsOf(row)));
}

// The body first and the rest spread after it: see liveItemOf.
const itemOf = (row: ItemColumnsRow, refs: Refs): Item => ({ body: row.body, ...liveItemOf(row, refs) });

/**
 * The card's fields come last, spread into a literal that has its own already. The other way round (the card
 * spread first, then 16 fields added) makes V8 build a new hidden class for each added field on every call:
 * 17.7 KB and about 120 µs a live item, against 2 KB and 14 µs this way (measured in isolation; only the order of
 * the keys in the JSON differs). Every pushed item is read back this way twice, every opened one once.
 */
function liveItemOf(row: LiveItemRow, refs: Refs): LiveItem {
  return {
    guid: row.guid,
    url: row.url,
    summary: row.summary,
    author: row.author,
    manualTags: JSON.parse(row.manual_tags) as TagKind[],
    updatedAt: iso(row.updated_at),
    wireTime: isoOrNull(row.wire_time),
    byline: row.byline,
    dateline: row.dateline,
    slug: row.slug,
    keywords: JSON.parse(row.keywords) as string[],
    latestVersion: row.latest_version,
    approvedVersion: row.approved_version,
    publishedVersion: row.published_version,
    ...cardOf(row, refs),
  };
}

function cardOf(row: ItemCardRow, refs: Refs): ItemCard {
  return {
    id: row.id,
    source: row.source,
    language: row.language,
    headline: row.headline,
    countries: JSON.parse(row.countries) as string[],
    regions: JSON.parse(row.regions) as string[],
    organisations: JSON.parse(row.organisations) as string[],
    topics: JSON.parse(row.topics) as string[],
    urgency: row.urgency,
    status: row.status as ItemStatus,
    lastAction: row.last_action as WorkflowAction | null,
    clusterId: row.cluster_id,
    receivedAt: iso(row.received_at),
    publishedAt: isoOrNull(row.published_at),
    stateSince: iso(row.state_since ?? row.received_at),
    version: row.version,
    origin: row.origin === 'desk' ? 'desk' : 'wire',
    wireUpdate: row.wire_update,
    ...refs,
  };
}

// A page's references, read for every page and every live message: prepared, each list of ids one value. A
// lease comes with its holder's name, so that no second round waits for the leases before asking for users.
const leasesOf = prepared((db: Executor, itemIds: number[], now: number) =>
  db
    .selectFrom('leases')
    .innerJoin('users', 'users.id', 'leases.user_id')
    .select([
      'leases.item_id',
      'leases.user_id',
      'leases.tab_id',
      'leases.acquired_at',
      'leases.expires_at',
      'users.username',
      'users.display_name',
    ])
    .where(isOneOf(db, 'leases.item_id', itemIds, 'bigint'))
    .where('leases.expires_at', '>', now),
);
const desksOf = prepared((db: Executor, ids: number[]) =>
  db
    .selectFrom('desks')
    .select(['id', 'name'])
    .where(isOneOf(db, 'id', ids, 'bigint')),
);
const clusterSizesOf = prepared((db: Executor, clusterIds: number[]) =>
  db
    .selectFrom('cluster_sizes')
    .select(['cluster_id', 'size'])
    .where(isOneOf(db, 'cluster_id', clusterIds, 'bigint')),
);
const sourceCountsOf = prepared((db: Executor, storyIds: number[]) =>
  db
    .selectFrom('story_sources')
    .select((eb) => ['story_id', eb.fn.countAll<number>().as('count')])
    .where(isOneOf(db, 'story_id', storyIds, 'bigint'))
    .groupBy('story_id'),
);
const usersOf = prepared((db: Executor, ids: number[]) =>
  db
    .selectFrom('users')
    .select(['id', 'username', 'display_name'])
    .where(isOneOf(db, 'id', ids, 'bigint')),
);

/**
 * What the rows refer to: one query each for assignees, desks, cluster sizes (kept counted: migration 011),
 * leases with their holders and story sources, whatever the page size, only those the rows need, and all at once
 * (one round trip's wait on PostgreSQL, where each takes a connection of the pool). Each is a prepared statement
 * with its list of ids bound as one value (isOneOf): the same statement for every page, which PostgreSQL plans
 * once per connection (hydrating a 51-row page there: 0.55–0.65 ms with a parameter per id, 0.35 now). (One
 * statement with joins for all of them measured slower on both databases: it pays for every join on every row.)
 * `now` decides which leases have lapsed (the context's clock).
 */
async function loadRefs(
  db: Executor,
  rows: readonly ItemCardRow[],
  now: number,
): Promise<(row: ItemCardRow) => Refs> {
  if (rows.length === 0)
    return () => ({ desk: null, assignee: null, clusterSize: 1, lease: null, sourceCount: 0 });
  const ids = rows.map((row) => row.id);
  const deskIds = [...new Set(rows.map((row) => row.desk_id).filter((id): id is number => id !== null))];
  const clusterIds = [
    ...new Set(rows.map((row) => row.cluster_id).filter((id): id is number => id !== null)),
  ];
  const assigneeIds = [
    ...new Set(rows.map((row) => row.assignee_id).filter((id): id is number => id !== null)),
  ];
  const storyIds = rows.filter((row) => row.origin === 'desk').map((row) => row.id);
  const [leases, desks, clusters, sources, assignees] = await Promise.all([
    leasesOf(db, ids, now),
    deskIds.length ? desksOf(db, deskIds) : [],
    clusterIds.length ? clusterSizesOf(db, clusterIds) : [],
    storyIds.length ? sourceCountsOf(db, storyIds) : [],
    assigneeIds.length ? usersOf(db, assigneeIds) : [],
  ]);
  const assigneeById = new Map(assignees.map((user) => [user.id, toUserRef(user)]));
  const leaseByItem = new Map(leases.map((lease) => [lease.item_id, leaseOf(lease)]));
  const sourcesByStory = new Map(sources.map((row) => [row.story_id, Number(row.count)]));
  const deskById = new Map(desks.map((desk) => [desk.id, desk]));
  const sizeByCluster = new Map(clusters.map((cluster) => [cluster.cluster_id, Number(cluster.size)]));
  return (row) => ({
    desk: row.desk_id === null ? null : (deskById.get(row.desk_id) ?? null),
    assignee: row.assignee_id === null ? null : (assigneeById.get(row.assignee_id) ?? null),
    clusterSize: row.cluster_id === null ? 1 : (sizeByCluster.get(row.cluster_id) ?? 1),
    lease: leaseByItem.get(row.id) ?? null,
    sourceCount: sourcesByStory.get(row.id) ?? 0,
  });
}

function leaseOf(lease: LeaseColumns): Lease {
  return {
    holder: toUserRef({ id: lease.user_id, username: lease.username, display_name: lease.display_name }),
    since: iso(lease.acquired_at),
    expiresAt: iso(lease.expires_at),
    tabId: lease.tab_id,
  };
}

/** Loads items by id as live messages carry them (no body), in no particular order; missing ids are skipped. */
export async function loadLiveItemsById(
  db: Executor,
  ids: readonly number[],
  now: number = Date.now(),
): Promise<LiveItem[]> {
  if (ids.length === 0) return [];
  if (isPostgres(db))
    return (await liveItemsWithRefsOnPostgres(db, [...ids], now)).map((row) => liveItemOf(row, refsIn(row)));
  const rows = await liveItemRowsById(db, [...ids]);
  const refsOf = await loadRefs(db, rows, now);
  return rows.map((row) => liveItemOf(row, refsOf(row)));
}

// Every live message loads the items its events touch: prepared.
const liveItemRowsById = prepared((db: Executor, ids: number[]) =>
  db
    .selectFrom('items')
    .select(LIVE_ITEM_COLUMNS)
    .where(isOneOf(db, 'id', ids, 'bigint')),
);

/** One whole Item by id, or undefined. */
export async function loadItemById(db: Executor, id: number, now: number): Promise<Item | undefined> {
  if (isPostgres(db)) {
    const [row] = await itemsWithRefsOnPostgres(db, [id], now);
    return row && itemOf(row, refsIn(row));
  }
  const rows = await itemColumnsById(db, id);
  return rows.length ? (await hydrateItems(db, rows, now))[0] : undefined;
}

// Every item opened or pushed is read back this way: prepared.
const itemColumnsById = prepared((db: Executor, id: number) =>
  db.selectFrom('items').select(ITEM_COLUMNS).where('id', '=', id),
);

/**
 * PostgreSQL: items by id (a live message's, an opened or pushed item's) with their references, in ONE statement:
 * one round trip where the rows and then their references took two, on the path from every change to every
 * screen (and to every other instance's screens). Each reference is a subquery on a primary key, as JSON. With
 * PostgreSQL 1 ms away, one live item loads in 2.0 ms instead of 3.8, a whole one in 2.0 instead of 3.1; on
 * loopback about the same either way. (A page of rows reads its references after them, a query each, in
 * parallel: loadRefs. So does SQLite here, where a statement costs no trip.)
 */
const withRefsOnPostgres = <Column extends (typeof ITEM_COLUMNS)[number]>(columns: readonly Column[]) =>
  prepared((db: Executor, ids: number[], now: number) =>
    db
      .selectFrom('items')
      .select(columns)
      .select([
        sql<Desk | null>`(select json_build_object('id', d.id, 'name', d.name)
          from desks d where d.id = items.desk_id)`.as('ref_desk'),
        sql<UserColumns | null>`(select json_build_object('id', u.id, 'username', u.username,
          'display_name', u.display_name) from users u where u.id = items.assignee_id)`.as('ref_assignee'),
        sql<number | null>`(select c.size from cluster_sizes c where c.cluster_id = items.cluster_id)`.as(
          'ref_cluster_size',
        ),
        // Sources count for the desk's own stories only, as in loadRefs.
        sql<number>`(select count(*) from story_sources s
          where s.story_id = items.id and items.origin = 'desk')`.as('ref_source_count'),
        sql<LeaseColumns | null>`(select json_build_object('item_id', l.item_id, 'user_id', l.user_id,
          'tab_id', l.tab_id, 'acquired_at', l.acquired_at, 'expires_at', l.expires_at,
          'username', u.username, 'display_name', u.display_name)
          from leases l join users u on u.id = l.user_id
          where l.item_id = items.id and l.expires_at > ${now})`.as('ref_lease'),
      ])
      .where(isOneOf(db, 'id', ids, 'bigint')),
  );
const liveItemsWithRefsOnPostgres = withRefsOnPostgres(LIVE_ITEM_COLUMNS);
const itemsWithRefsOnPostgres = withRefsOnPostgres(ITEM_COLUMNS);

type Desk = NonNullable<Refs['desk']>;
type UserColumns = Pick<UserRow, 'id' | 'username' | 'display_name'>;
type LeaseColumns = LeaseRow & Pick<UserRow, 'username' | 'display_name'>;

/** The references withRefsOnPostgres read beside the row. */
function refsIn(row: {
  ref_desk: Desk | null;
  ref_assignee: UserColumns | null;
  ref_cluster_size: number | null;
  ref_source_count: number;
  ref_lease: LeaseColumns | null;
}): Refs {
  return {
    desk: row.ref_desk,
    assignee: row.ref_assignee && toUserRef(row.ref_assignee),
    clusterSize: row.ref_cluster_size === null ? 1 : Number(row.ref_cluster_size),
    lease: row.ref_lease && leaseOf(row.ref_lease),
    sourceCount: Number(row.ref_source_count),
  };
}
