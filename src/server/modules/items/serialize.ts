/** Turning item rows into the API's Item, with the few lookups a page needs done once per page. */
import type { Item, ItemSummary, TagKind } from '#shared/schemas/items.ts';
import type { Lease } from '#shared/schemas/leases.ts';
import type { UserRef } from '#shared/schemas/users.ts';
import type { ItemStatus, WorkflowAction } from '#shared/workflow.ts';
import type { Executor } from '../../db/index.ts';
import type { ItemRow, LeaseRow } from '../../db/schema.ts';
import { ITEM_ROW_COLUMNS } from '../../db/item-columns.ts';
import { isOneOf } from '../../db/one-of.ts';
import { toUserRef } from '../users/repository.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/**
 * The columns of `items` an ItemSummary is made of, what list pages read: not the body (only a single item
 * carries it), nor the search text, title key and content hash, nor on PostgreSQL the generated tsvectors,
 * which together weigh several times what a row shows.
 */
export const ITEM_SUMMARY_COLUMNS = [
  'id',
  'source',
  'guid',
  'url',
  'language',
  'headline',
  'summary',
  'author',
  'countries',
  'regions',
  'organisations',
  'topics',
  'manual_tags',
  'urgency',
  'status',
  'last_action',
  'desk_id',
  'assignee_id',
  'cluster_id',
  'received_at',
  'updated_at',
  'published_at',
  'state_since',
  'wire_time',
  'version',
  'origin',
  'byline',
  'dateline',
  'slug',
  'keywords',
  'latest_version',
  'approved_version',
  'published_version',
  'wire_update',
] as const satisfies ReadonlyArray<keyof ItemRow>;
export type ItemSummaryRow = Pick<ItemRow, (typeof ITEM_SUMMARY_COLUMNS)[number]>;

/** Converts rows to Items: their summaries (below) with the body. */
export async function hydrateItems(
  db: Executor,
  rows: readonly ItemRow[],
  now: number = Date.now(),
): Promise<Item[]> {
  const summaries = await hydrateItemSummaries(db, rows, now);
  return summaries.map((summary, index) => ({ ...summary, body: rows[index]!.body }));
}

/**
 * Converts rows to ItemSummaries: one query each for assignees, desks, cluster sizes, leases and story sources,
 * whatever the page size. `now` decides which leases have lapsed (the context's clock).
 */
export async function hydrateItemSummaries(
  db: Executor,
  rows: readonly ItemSummaryRow[],
  now: number = Date.now(),
): Promise<ItemSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const deskIds = [...new Set(rows.map((row) => row.desk_id).filter((id): id is number => id !== null))];
  const clusterIds = [
    ...new Set(rows.map((row) => row.cluster_id).filter((id): id is number => id !== null)),
  ];
  const storyIds = rows.filter((row) => row.origin === 'desk').map((row) => row.id);
  const [leases, desks, clusters, sources] = await Promise.all([
    db.selectFrom('leases').selectAll().where('item_id', 'in', ids).where('expires_at', '>', now).execute(),
    deskIds.length ? db.selectFrom('desks').select(['id', 'name']).where('id', 'in', deskIds).execute() : [],
    clusterIds.length
      ? db
          .selectFrom('items')
          .select((eb) => ['cluster_id', eb.fn.countAll<number>().as('size')])
          .where('cluster_id', 'in', clusterIds)
          .groupBy('cluster_id')
          .execute()
      : [],
    storyIds.length
      ? db
          .selectFrom('story_sources')
          .select((eb) => ['story_id', eb.fn.countAll<number>().as('count')])
          .where('story_id', 'in', storyIds)
          .groupBy('story_id')
          .execute()
      : [],
  ]);
  const userIds = [
    ...new Set([
      ...rows.map((row) => row.assignee_id).filter((id): id is number => id !== null),
      ...leases.map((lease) => lease.user_id),
    ]),
  ];
  const users = userIds.length
    ? await db
        .selectFrom('users')
        .select(['id', 'username', 'display_name'])
        .where('id', 'in', userIds)
        .execute()
    : [];
  const userById = new Map(users.map((user) => [user.id, toUserRef(user)]));
  const leaseByItem = new Map(leases.map((lease) => [lease.item_id, lease]));
  const sourcesByStory = new Map(sources.map((row) => [row.story_id, Number(row.count)]));
  const deskById = new Map(desks.map((desk) => [desk.id, desk]));
  const sizeByCluster = new Map(clusters.map((cluster) => [cluster.cluster_id, Number(cluster.size)]));
  return rows.map((row) => ({
    id: row.id,
    source: row.source,
    guid: row.guid,
    url: row.url,
    language: row.language,
    headline: row.headline,
    summary: row.summary,
    author: row.author,
    countries: JSON.parse(row.countries) as string[],
    regions: JSON.parse(row.regions) as string[],
    organisations: JSON.parse(row.organisations) as string[],
    topics: JSON.parse(row.topics) as string[],
    manualTags: JSON.parse(row.manual_tags) as TagKind[],
    urgency: row.urgency,
    status: row.status as ItemStatus,
    lastAction: row.last_action as WorkflowAction | null,
    desk: row.desk_id === null ? null : (deskById.get(row.desk_id) ?? null),
    assignee: row.assignee_id === null ? null : (userById.get(row.assignee_id) ?? null),
    clusterId: row.cluster_id,
    clusterSize: row.cluster_id === null ? 1 : (sizeByCluster.get(row.cluster_id) ?? 1),
    receivedAt: iso(row.received_at),
    updatedAt: iso(row.updated_at),
    publishedAt: isoOrNull(row.published_at),
    stateSince: iso(row.state_since ?? row.received_at),
    wireTime: isoOrNull(row.wire_time),
    version: row.version,
    origin: row.origin === 'desk' ? 'desk' : 'wire',
    byline: row.byline,
    dateline: row.dateline,
    slug: row.slug,
    keywords: JSON.parse(row.keywords) as string[],
    latestVersion: row.latest_version,
    approvedVersion: row.approved_version,
    publishedVersion: row.published_version,
    lease: leaseOf(leaseByItem.get(row.id), userById),
    wireUpdate: row.wire_update,
    sourceCount: sourcesByStory.get(row.id) ?? 0,
  }));
}

function leaseOf(lease: LeaseRow | undefined, users: Map<number, UserRef>): Lease | null {
  const holder = lease && users.get(lease.user_id);
  if (!lease || !holder) return null;
  return { holder, since: iso(lease.acquired_at), expiresAt: iso(lease.expires_at), tabId: lease.tab_id };
}

/** Loads items by id, in no particular order; missing ids are skipped. */
export async function loadItemsById(
  db: Executor,
  ids: readonly number[],
  now: number = Date.now(),
): Promise<Item[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('items')
    .select(ITEM_ROW_COLUMNS)
    .where(isOneOf(db, 'id', ids))
    .execute();
  return hydrateItems(db, rows, now);
}
