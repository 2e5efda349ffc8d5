/** Reading and editing items, and their history. Comments: comments.ts; workflow actions: modules/workflow. */
import type { FacetsResponse, Item, ItemListQuery, ItemPatch, TagKind } from '#shared/schemas/items.ts';
import type { MirsadEvent } from '#shared/schemas/events.ts';
import type { User } from '#shared/schemas/users.ts';
import { regionsOfCountry } from '#shared/tagging/index.ts';
import { searchIndexText } from '#shared/text/index.ts';
import { mayEdit, mayEverEdit } from '#shared/workflow.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/index.ts';
import type { ItemRow, ItemUpdate } from '../../db/schema.ts';
import { conflict, forbidden, notFound } from '../../http/errors.ts';
import type { Principal } from '../../http/principal.ts';
import { userActor } from '../events/actors.ts';
import { stale } from '../../http/versioning.ts';
import { htmlToText } from '../../ingest/html-to-text.ts';
import { sanitizeBodyHtml } from '../../ingest/sanitize.ts';
import { latestSeq, listItemEvents } from '../events/repository.ts';
import { withEvents } from '../events/with-events.ts';
import { hydrateItems } from './serialize.ts';
import {
  countFacets,
  findItemRow,
  listItemRows,
  replaceItemTags,
  tagsOfRow,
  updateItemIfVersion,
  type FilterContext,
} from './repository.ts';
import { titleKey } from '../../ingest/title-key.ts';
import { FacetCache } from './facet-cache.ts';

function filterContext(ctx: AppContext, principal: Principal): FilterContext {
  return { dialect: ctx.database.dialect, viewerId: principal.kind === 'user' ? principal.user.id : null };
}

/** A page of the queue. */
export async function listItems(ctx: AppContext, principal: Principal, query: ItemListQuery) {
  const { cursor, limit, sort, ...filters } = query;
  const { db } = ctx.database;
  const { rows, nextCursor } = await listItemRows(db, filters, filterContext(ctx, principal), {
    cursor,
    limit,
    sort,
  });
  return { items: await hydrateItems(db, rows), nextCursor };
}

const facetCache = new WeakMap<AppContext, FacetCache>();

/** Facet counts for the filters, shared between screens until the next event. */
export async function facets(
  ctx: AppContext,
  principal: Principal,
  query: ItemListQuery,
): Promise<FacetsResponse> {
  const { cursor: _cursor, limit: _limit, sort: _sort, ...filters } = query;
  const context = filterContext(ctx, principal);
  let cache = facetCache.get(ctx);
  if (!cache) facetCache.set(ctx, (cache = new FacetCache()));
  // `assignee=me` means something different for each viewer.
  const viewer = filters.assignee === 'me' ? context.viewerId : '';
  // Keyed on the committed sequence (not the bus's, which trails commits by a moment).
  const key = `${await latestSeq(ctx.database.db)}|${viewer}|${stableJson(filters)}`;
  return cache.get(key, () => countFacets(ctx.database.db, filters, context));
}

function stableJson(value: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(value)
      .sort()
      .map((key) => [key, value[key]]),
  );
}

/** Loads one item (404 when it does not exist). */
export async function getItem(db: Executor, id: number): Promise<Item> {
  const row = await findItemRow(db, id);
  if (!row) throw notFound('Item');
  return (await hydrateItems(db, [row]))[0]!;
}

const TAG_FIELDS: readonly TagKind[] = ['countries', 'regions', 'organisations', 'topics'];

/**
 * An editor's change. Needs the version the editor saw; the tag kinds changed become manual, so later
 * re-tagging leaves them alone. The body is sanitised like wire copy.
 */
export async function editItem(
  ctx: AppContext,
  user: User,
  id: number,
  expectedVersion: number,
  patch: ItemPatch,
): Promise<Item> {
  const { db } = ctx.database;
  const now = Date.now();
  const actor = userActor(user);
  const row = await withEvents(
    ctx,
    actor,
    async (trx, emit) => {
      const current = await findItemRow(trx, id);
      if (!current) throw notFound('Item');
      if (!mayEverEdit(user)) throw forbidden('Your role cannot edit items.');
      if (!mayEdit(user, { status: current.status as Item['status'], assigneeId: current.assignee_id })) {
        throw conflict('item.not_editable', `Items in status ${current.status} cannot be edited.`);
      }
      if (current.version !== expectedVersion) throw stale(undefined, current.version);
      const { changes, changed } = buildChanges(current, patch);
      if (changed.length === 0) return current;
      const updated = await updateItemIfVersion(trx, id, expectedVersion, changes, now);
      if (!updated) throw stale(undefined, current.version);
      if (changed.some((field) => TAG_FIELDS.includes(field as TagKind))) {
        await replaceItemTags(trx, [{ itemId: id, tags: tagsOfRow(updated) }]);
      }
      emit({
        type: 'item.edited',
        itemId: id,
        payload: { fields: changed, changes: describeChanges(current, updated, changed) },
      });
      return updated;
    },
    now,
  );
  return (await hydrateItems(db, [row]))[0]!;
}

function buildChanges(current: ItemRow, patch: ItemPatch): { changes: ItemUpdate; changed: string[] } {
  const changes: ItemUpdate = {};
  const changed: string[] = [];
  const manual = new Set(JSON.parse(current.manual_tags) as TagKind[]);
  if (patch.headline !== undefined && patch.headline !== current.headline) {
    changes.headline = patch.headline;
    changed.push('headline');
  }
  if (patch.summary !== undefined && patch.summary !== current.summary) {
    changes.summary = patch.summary;
    changed.push('summary');
  }
  if (patch.body !== undefined) {
    const body = sanitizeBodyHtml(patch.body);
    if (body !== current.body) {
      changes.body = body;
      changed.push('body');
    }
  }
  if (patch.urgency !== undefined && patch.urgency !== current.urgency) {
    changes.urgency = patch.urgency;
    changed.push('urgency');
  }
  const tags = tagsOfRow(current);
  for (const kind of TAG_FIELDS) {
    const next = patch[kind];
    if (next === undefined) continue;
    const unique = [...new Set(next)];
    if (JSON.stringify(unique) !== JSON.stringify(tags[kind])) {
      changes[kind] = JSON.stringify(unique);
      changed.push(kind);
    }
    manual.add(kind);
  }
  // Regions follow an editor's country change unless the editor set regions too (or did before).
  if (changed.includes('countries') && patch.regions === undefined && !manual.has('regions')) {
    const countries = JSON.parse(changes.countries as string) as string[];
    const oldDerived = new Set<string>(tags.countries.flatMap((code) => regionsOfCountry(code)));
    const named = tags.regions.filter((region) => !oldDerived.has(region));
    const regions = [...new Set([...countries.flatMap((code) => regionsOfCountry(code)), ...named])];
    if (JSON.stringify(regions) !== JSON.stringify(tags.regions)) {
      changes.regions = JSON.stringify(regions);
      changed.push('regions');
    }
  }
  const manualList = TAG_FIELDS.filter((kind) => manual.has(kind));
  if (JSON.stringify(manualList) !== current.manual_tags) changes.manual_tags = JSON.stringify(manualList);
  if (changes.headline !== undefined || changes.summary !== undefined || changes.body !== undefined) {
    const headline = changes.headline ?? current.headline;
    changes.search_headline = searchIndexText(headline);
    changes.search_text = searchIndexText(
      headline,
      changes.summary ?? current.summary,
      htmlToText(changes.body ?? current.body),
    );
    changes.title_key = titleKey(headline);
  }
  return { changes, changed };
}

/** What an edit changed, for the timeline: old and new values for short fields, just the fact for the body. */
function describeChanges(before: ItemRow, after: ItemRow, fields: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (field === 'body') {
      out.body = { fromLength: before.body.length, toLength: after.body.length };
    } else if (TAG_FIELDS.includes(field as TagKind)) {
      const kind = field as TagKind;
      out[field] = { from: JSON.parse(before[kind]) as unknown, to: JSON.parse(after[kind]) as unknown };
    } else {
      const key = field as 'headline' | 'summary' | 'urgency';
      out[field] = { from: before[key], to: after[key] };
    }
  }
  return out;
}

/** The item's timeline, oldest first. */
export async function itemHistory(ctx: AppContext, id: number): Promise<MirsadEvent[]> {
  const { db } = ctx.database;
  if (!(await findItemRow(db, id))) throw notFound('Item');
  return listItemEvents(db, id);
}

/** The items sharing this item's cluster (itself included), newest first. */
export async function listClusterItems(ctx: AppContext, id: number): Promise<Item[]> {
  const { db } = ctx.database;
  const row = await findItemRow(db, id);
  if (!row) throw notFound('Item');
  if (row.cluster_id === null) return hydrateItems(db, [row]);
  const rows = await db
    .selectFrom('items')
    .selectAll()
    .where('cluster_id', '=', row.cluster_id)
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  return hydrateItems(db, rows);
}
