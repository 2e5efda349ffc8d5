/** Reading and editing items, and their history. Comments: comments.ts; workflow actions: modules/workflow. */
import type { ExpressionBuilder } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { FacetsResponse, Item, ItemListQuery } from '#shared/schemas/items.ts';
import type { MirsadEvent } from '#shared/schemas/events.ts';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../http/errors.ts';
import type { Principal } from '../../http/principal.ts';
import { listItemEvents } from '../events/repository.ts';
import { hydrateItemCards, hydrateItems, ITEM_COLUMNS, loadItemById } from './serialize.ts';
import { countFacets, findItemRow, listItemRows, type FilterContext } from './repository.ts';
import { FacetCache } from './facet-cache.ts';

function filterContext(ctx: AppContext, principal: Principal): FilterContext {
  return {
    dialect: ctx.database.dialect,
    viewerId: principal.kind === 'user' ? principal.user.id : null,
    now: ctx.now(),
  };
}

/** A page of the queue: rows as lists show them, without bodies (the open item asks for its own). */
export async function listItems(ctx: AppContext, principal: Principal, query: ItemListQuery) {
  const { cursor, limit, sort, ...filters } = query;
  // Finding the page can take a while under heavy filters: it runs on the reader pool, never blocking other
  // requests. Its few lookups by id (desks, people, leases, cluster sizes) are index probes that take
  // microseconds, cheaper than a trip to a reader thread each, so they go to the main connection.
  const { rows, nextCursor } = await listItemRows(
    ctx.database.reader,
    filters,
    filterContext(ctx, principal),
    {
      cursor,
      limit,
      sort,
    },
  );
  return { items: await hydrateItemCards(ctx.database.db, rows, ctx.now()), nextCursor };
}

const facetCache = new WeakMap<AppContext, FacetCache>();

/** Facet counts for the filters, shared between screens until the next event. */
export async function facets(
  ctx: AppContext,
  principal: Principal,
  query: ItemListQuery,
  /** The committed event sequence, read before this: counts are shared until the next event. */
  liveSeq: number,
): Promise<FacetsResponse> {
  const { cursor: _cursor, limit: _limit, sort: _sort, ...filters } = query;
  const context = filterContext(ctx, principal);
  let cache = facetCache.get(ctx);
  if (!cache) facetCache.set(ctx, (cache = new FacetCache()));
  // `assignee=me` means something different for each viewer.
  const viewer = filters.assignee === 'me' ? context.viewerId : '';
  // Keyed on the committed sequence (not the bus's, which trails commits by a moment).
  // "Older than N minutes" lets items in as they age, with no event: its counts are kept for a minute at most.
  const minute = filters.olderThan === undefined ? '' : Math.floor((context.now ?? ctx.now()) / 60_000);
  const key = `${liveSeq}|${viewer}|${minute}|${stableJson(filters)}`;
  return cache.get(key, () => countFacets(ctx.database.reader, filters, context));
}

function stableJson(value: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(value)
      .sort()
      .map((key) => [key, value[key]]),
  );
}

/** Loads one item (404 when it does not exist). */
export async function getItem(ctx: AppContext, id: number): Promise<Item> {
  const item = await loadItemById(ctx.database.db, id, ctx.now());
  if (!item) throw notFound('Item');
  return item;
}

/** The item's timeline, oldest first. */
export async function itemHistory(ctx: AppContext, id: number): Promise<MirsadEvent[]> {
  if (!(await findItemRow(ctx.database.db, id))) throw notFound('Item');
  return listItemEvents(ctx.database.reader, id);
}

/**
 * The items sharing this item's cluster (itself included), newest first; and the desk stories written from it
 * or from another report of its story (story_sources). Both tell the desk whether the story is already in hand
 * before an incoming report of it is accepted (shared/workflow.ts, inHandCopyOf).
 */
export async function listClusterItems(
  ctx: AppContext,
  id: number,
): Promise<{ items: Item[]; stories: Item[] }> {
  const { db } = ctx.database;
  const row = await findItemRow(db, id);
  if (!row) throw notFound('Item');
  const rows =
    row.cluster_id === null
      ? [row]
      : await db
          .selectFrom('items')
          .select(ITEM_COLUMNS)
          .where('cluster_id', '=', row.cluster_id)
          .orderBy('received_at', 'desc')
          .orderBy('id', 'desc')
          .limit(200)
          .execute();
  // By the story, not by the reports above: a story of more than 200 reports has older ones too.
  const reportsOfStory = (eb: ExpressionBuilder<DB, 'story_sources'>) =>
    row.cluster_id === null
      ? eb('story_sources.source_id', '=', id)
      : eb(
          'story_sources.source_id',
          'in',
          eb.selectFrom('items').select('items.id').where('items.cluster_id', '=', row.cluster_id),
        );
  const stories = await db
    .selectFrom('items')
    .select(ITEM_COLUMNS)
    .where('origin', '=', 'desk')
    .where('id', 'in', (eb) => eb.selectFrom('story_sources').select('story_id').where(reportsOfStory))
    .orderBy('id', 'desc')
    .limit(50)
    .execute();
  return {
    items: await hydrateItems(db, rows, ctx.now()),
    stories: await hydrateItems(db, stories, ctx.now()),
  };
}
