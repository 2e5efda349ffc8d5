/**
 * The store step of ingest: tag, dedupe and write a batch of wire items in ONE transaction, with their events.
 * Idempotent on (source, guid): the same item again is "unchanged"; the same guid with new content updates the
 * stored item as a new version (editor-set tag kinds are kept). Used by the pollers, push ingest and the CLI.
 */
import { createHash } from 'node:crypto';
import type { EventActor } from '#shared/schemas/events.ts';
import { LIMITS, type TagKind } from '#shared/schemas/items.ts';
import { tagText, type Tags } from '#shared/tagging/index.ts';
import { searchIndexText } from '#shared/text/index.ts';
import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/index.ts';
import type { ItemRow, NewItemRow } from '../../db/schema.ts';
import type { WireItem } from '../../ingest/wire-item.ts';
import { htmlToText } from '../../ingest/sanitize.ts';
import { appendEvents, type NewEvent } from '../events/repository.ts';
import { assignClusters } from './clustering.ts';
import { replaceItemTags } from './repository.ts';
import { titleKey } from './title-key.ts';

export interface StoreOptions {
  /** The supplier's name as shown in the queue (feed name, agency). */
  source: string;
  feedId?: number | null;
  deskId?: number | null;
  /** Language when the item and feed give none. */
  defaultLanguage?: string | null;
  /** Receive time; a function lets the demo seed spread items over the past days. */
  receivedAt?: number | ((index: number) => number);
}

export type StoreOutcome = 'created' | 'updated' | 'unchanged';

export interface StoreResult {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  items: Array<{ id: number; outcome: StoreOutcome }>;
  rejections: Array<{ index: number; reason: string }>;
}

interface Prepared {
  index: number;
  guid: string;
  row: Omit<NewItemRow, 'status' | 'version' | 'received_at' | 'updated_at' | 'manual_tags' | 'cluster_id' | 'assignee_id'>;
  tags: Tags;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');
const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/** The storage key of an item: its guid, else its link, else a hash of its normalised headline and date. */
export function storageGuid(item: Pick<WireItem, 'guid' | 'url' | 'title' | 'publishedAt'>): string {
  const key = item.guid?.trim() || item.url?.trim() || `urn:mirsad:title:${sha256(`${titleKey(item.title)}|${item.publishedAt ?? ''}`)}`;
  return key.length > LIMITS.guid ? `urn:mirsad:sha256:${sha256(key)}` : key;
}

function prepare(item: WireItem, index: number, options: StoreOptions): Prepared | { index: number; reason: string } {
  const headline = clip(item.title.trim(), LIMITS.headline);
  if (!headline) return { index, reason: 'item has no title' };
  const summary = clip(item.summary.trim(), LIMITS.summary);
  const body = item.bodyHtml;
  const bodyText = body ? htmlToText(body) : '';
  const tags = tagText({ headline, summary, body: bodyText, categories: item.categories, agencyUrgency: item.urgency });
  const url = item.url ? clip(item.url, LIMITS.url) : null;
  return {
    index,
    guid: storageGuid(item),
    tags,
    row: {
      source: clip(options.source, LIMITS.source),
      guid: '',
      url,
      language: item.language ?? options.defaultLanguage ?? 'ar',
      headline,
      summary,
      body,
      author: item.author ? clip(item.author, 200) : null,
      countries: JSON.stringify(tags.countries),
      regions: JSON.stringify(tags.regions),
      organisations: JSON.stringify(tags.organisations),
      topics: JSON.stringify(tags.topics),
      urgency: tags.urgency,
      desk_id: options.deskId ?? null,
      feed_id: options.feedId ?? null,
      published_at: null,
      wire_time: item.publishedAt,
      content_hash: sha256(JSON.stringify([headline, summary, body, url, item.author ?? null])),
      search_text: searchIndexText(headline, summary, bodyText),
      title_key: titleKey(headline),
    },
  };
}

const TAG_KINDS: readonly TagKind[] = ['countries', 'regions', 'organisations', 'topics'];

/** Tags, dedupes and stores a batch of wire items in one transaction; returns what happened to each. */
export async function storeWireItems(
  ctx: AppContext,
  actor: EventActor,
  items: readonly WireItem[],
  options: StoreOptions,
): Promise<StoreResult> {
  const result: StoreResult = { created: 0, updated: 0, unchanged: 0, rejected: 0, items: [], rejections: [] };
  const prepared: Prepared[] = [];
  items.forEach((item, index) => {
    const outcome = prepare(item, index, options);
    if ('reason' in outcome) result.rejections.push(outcome);
    else prepared.push(outcome);
  });
  result.rejected = result.rejections.length;
  if (prepared.length === 0) return result;

  const now = Date.now();
  const receivedAt = (index: number) =>
    typeof options.receivedAt === 'function' ? options.receivedAt(index) : (options.receivedAt ?? now);
  const source = clip(options.source, LIMITS.source);

  await ctx.database.db.transaction().execute(async (trx) => {
    const existing = await loadExisting(trx, source, [...new Set(prepared.map((entry) => entry.guid))]);
    const events: NewEvent[] = [];
    const toInsert = new Map<string, { entry: Prepared; row: NewItemRow }>();
    const changedRows: ItemRow[] = [];

    for (const entry of prepared) {
      const pending = toInsert.get(entry.guid);
      if (pending) {
        // The same guid twice in one batch: the later copy wins, still one item.
        pending.entry = entry;
        pending.row = newRow(entry, source, receivedAt(entry.index));
        continue;
      }
      const stored = existing.get(entry.guid);
      if (!stored) {
        toInsert.set(entry.guid, { entry, row: newRow(entry, source, receivedAt(entry.index)) });
        continue;
      }
      if (stored.content_hash === entry.row.content_hash) {
        result.unchanged++;
        result.items.push({ id: stored.id, outcome: 'unchanged' });
        continue;
      }
      const updated = await applyUpdate(trx, stored, entry, now);
      existing.set(entry.guid, updated);
      changedRows.push(updated);
      result.updated++;
      result.items.push({ id: updated.id, outcome: 'updated' });
      events.push({ type: 'item.reingested', itemId: updated.id, payload: { source, guid: entry.guid, version: updated.version } });
    }

    const inserted = await insertRows(trx, [...toInsert.values()].map((pending) => pending.row));
    for (const row of inserted) {
      result.created++;
      result.items.push({ id: row.id, outcome: 'created' });
      events.push({ type: 'item.ingested', itemId: row.id, payload: { source, guid: row.guid, feedId: row.feed_id } });
    }
    await assignClusters(trx, inserted);
    await replaceItemTags(
      trx,
      [...inserted, ...changedRows].map((row) => ({
        itemId: row.id,
        tags: {
          countries: JSON.parse(row.countries) as string[],
          regions: JSON.parse(row.regions) as string[],
          organisations: JSON.parse(row.organisations) as string[],
          topics: JSON.parse(row.topics) as string[],
        },
      })),
    );
    await appendEvents(trx, ctx.database, actor, events, now);
  });
  if (result.created + result.updated > 0) ctx.bus.poke();
  return result;
}

function newRow(entry: Prepared, source: string, receivedAt: number): NewItemRow {
  return {
    ...entry.row,
    source,
    guid: entry.guid,
    status: 'incoming',
    manual_tags: '[]',
    cluster_id: null,
    assignee_id: null,
    received_at: receivedAt,
    updated_at: receivedAt,
    version: 1,
  };
}

async function loadExisting(trx: Tx, source: string, guids: string[]): Promise<Map<string, ItemRow>> {
  const found = new Map<string, ItemRow>();
  for (let start = 0; start < guids.length; start += 500) {
    const rows = await trx
      .selectFrom('items')
      .selectAll()
      .where('source', '=', source)
      .where('guid', 'in', guids.slice(start, start + 500))
      .execute();
    for (const row of rows) found.set(row.guid, row);
  }
  return found;
}

// 29 columns per row: 200 rows stay well under SQLite's limit on bound parameters.
const INSERT_CHUNK = 200;

async function insertRows(trx: Tx, rows: NewItemRow[]): Promise<ItemRow[]> {
  const inserted: ItemRow[] = [];
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    const chunk = await trx.insertInto('items').values(rows.slice(start, start + INSERT_CHUNK)).returningAll().execute();
    // RETURNING order is not guaranteed; keep the batch's order (by receive time and id) for events.
    inserted.push(...chunk.sort((a, b) => a.id - b.id));
  }
  return inserted;
}

/** A new version of a stored item from the wire: content replaced, editor-set tag kinds and workflow kept. */
async function applyUpdate(trx: Tx, stored: ItemRow, entry: Prepared, now: number): Promise<ItemRow> {
  const manual = new Set(JSON.parse(stored.manual_tags) as TagKind[]);
  const tagColumns = Object.fromEntries(
    TAG_KINDS.filter((kind) => !manual.has(kind)).map((kind) => [kind, JSON.stringify(entry.tags[kind])]),
  );
  return trx
    .updateTable('items')
    .set({
      url: entry.row.url,
      headline: entry.row.headline,
      summary: entry.row.summary,
      body: entry.row.body,
      author: entry.row.author,
      wire_time: entry.row.wire_time,
      language: entry.row.language,
      content_hash: entry.row.content_hash,
      search_text: entry.row.search_text,
      title_key: entry.row.title_key,
      ...tagColumns,
      updated_at: now,
      version: stored.version + 1,
    })
    .where('id', '=', stored.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
