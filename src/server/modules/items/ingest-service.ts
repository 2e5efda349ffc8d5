/** Push ingest of single items, and the near-duplicate listing. */
import type { EventActor } from '#shared/schemas/events.ts';
import type { IngestItem, Item } from '#shared/schemas/items.ts';
import type { AppContext } from '../../context.ts';
import { ApiError, notFound } from '../../http/errors.ts';
import { htmlToText, sanitizeBodyHtml } from '../../ingest/sanitize.ts';
import type { WireItem } from '../../ingest/wire-item.ts';
import { findItemRow } from './repository.ts';
import { hydrateItems } from './serialize.ts';
import { getItem } from './service.ts';
import { storeWireItems, type StoreOutcome } from './store-wire-items.ts';

/** A pushed item in the WireItem shape: the title made plain text, the body sanitised. */
export function wireItemFromPush(input: IngestItem): WireItem {
  return {
    guid: input.guid ?? null,
    url: input.url ?? null,
    title: htmlToText(input.headline),
    summary: input.summary ? htmlToText(input.summary) : '',
    bodyHtml: input.body ? sanitizeBodyHtml(input.body) : '',
    publishedAt: input.publishedAt ? Date.parse(input.publishedAt) : null,
    author: input.author ?? null,
    language: input.language ?? null,
    categories: input.categories ?? [],
    urgency: input.urgency ?? null,
  };
}

/** Stores one pushed item; the same (source, guid) again is the same item. */
export async function ingestOne(
  ctx: AppContext,
  actor: EventActor,
  input: IngestItem,
): Promise<{ item: Item; outcome: StoreOutcome }> {
  const result = await storeWireItems(ctx, actor, [wireItemFromPush(input)], { source: input.source });
  const stored = result.items[0];
  if (!stored) {
    throw new ApiError(422, 'ingest.rejected', result.rejections[0]?.reason ?? 'The item was rejected.');
  }
  return { item: await getItem(ctx.database.db, stored.id), outcome: stored.outcome };
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
