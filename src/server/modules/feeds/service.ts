/** Feed administration; every change is an event. */
import type { EventActor } from '#shared/schemas/events.ts';
import type { Feed, FeedCreate, FeedPatch } from '#shared/schemas/feeds.ts';
import type { AppContext } from '../../context.ts';
import type { FeedRow } from '../../db/schema.ts';
import { badRequest, conflict, notFound, unprocessable } from '../../http/errors.ts';
import { stale } from '../../http/versioning.ts';
import { addressPolicy, literalHostRefusal } from '../../ingest/address-guard.ts';
import { isUniqueViolation } from '../../db/write-conflicts.ts';
import type { Tx } from '../../db/index.ts';
import { withEvents } from '../events/with-events.ts';
import { englishSourceNames, findFeedRow, loadFeed, setSourceNameEn } from './repository.ts';
import { sameFeedAddress } from '#shared/feed-address.ts';
import { REDACTED, redactUrl, restoreRedacted } from '#shared/redact-url.ts';

/**
 * Whether another feed has this address, spelled any way the URL standard reads as the same (sameFeedAddress):
 * `HTTP://…`, `…:80/./ok.xml` or a hex IPv4 address would each poll and ingest the same feed again under
 * another source name. A desk has tens of feeds, so they are compared here, not in SQL.
 */
async function urlTaken(ctx: AppContext, url: string, exceptId?: number): Promise<boolean> {
  let query = ctx.database.db.selectFrom('feeds').select('url');
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  const address = sameFeedAddress(url);
  return (await query.execute()).some((feed) => sameFeedAddress(feed.url) === address);
}

/**
 * A feed's name is the source its items are stored under, and an agency's report is known again by its source and
 * guid: two feeds of one name would take each other's reports for their own (one feed's item 1 updated by the
 * other's). So no two feeds share a name.
 */
async function nameTaken(ctx: AppContext, name: string, exceptId?: number): Promise<boolean> {
  let query = ctx.database.db.selectFrom('feeds').select('id').where('name', '=', name);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

const nameTakenError = () =>
  conflict('feed.name_taken', 'Another feed has this name: its reports would be taken for this one’s.');

/**
 * A renamed feed's items take its new name: they are still its reports, and its next poll knows them by it (kept
 * under the old name, every report the agency sent again would have come in as a new item, and every update of
 * a story in the desk's hands would have gone to that copy). Items stored under the new name already (a removed
 * feed's, a push's) with the same guid as one of these make the rename a conflict, refused whole.
 */
async function relabelItems(trx: Tx, feedId: number, from: string, to: string): Promise<void> {
  try {
    await trx
      .updateTable('items')
      .set({ source: to })
      .where('source', '=', from)
      // Its polls know every report under its name as theirs, with a feed id or without one (kept by a feed of
      // the same name since removed, pushed or ingested from a file under it): all move, or the next poll
      // would take those it left behind for new reports.
      .where((eb) => eb.or([eb('feed_id', '=', feedId), eb('feed_id', 'is', null)]))
      .execute();
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict(
        'feed.name_taken',
        'Reports stored under this name have the same identifiers as this feed’s: choose another name.',
      );
    throw error;
  }
}

/**
 * Saved views that choose the feed's reports by its name choose them by the new one, or they would show nothing
 * after the rename. A desk has tens of views, read whole: those whose source filter names the old name are rewritten.
 */
async function relabelSavedViews(trx: Tx, from: string, to: string): Promise<void> {
  const views = await trx.selectFrom('saved_views').select(['id', 'filters']).execute();
  for (const view of views) {
    const filters = JSON.parse(view.filters) as { source?: unknown };
    if (!Array.isArray(filters.source) || !filters.source.includes(from)) continue;
    const source = [...new Set(filters.source.map((name) => (name === from ? to : name)))];
    await trx
      .updateTable('saved_views')
      .set({ filters: JSON.stringify({ ...filters, source }) })
      .where('id', '=', view.id)
      .execute();
  }
}

/** A feed's desk must exist (a stale form, a desk removed meanwhile): refused as the field's error, not a 500. */
async function checkDesk(ctx: AppContext, deskId: number | null | undefined): Promise<void> {
  if (deskId === null || deskId === undefined) return;
  const desk = await ctx.database.db
    .selectFrom('desks')
    .select('id')
    .where('id', '=', deskId)
    .executeTakeFirst();
  if (!desk)
    throw badRequest('deskId: no such desk', {
      issues: [{ path: 'deskId', code: 'custom', message: 'No desk has this id.' }],
    });
}

/**
 * An address this server will not fetch (FEED_ALLOW_PRIVATE=0) is refused when the feed is saved, not at its
 * first poll: one whose host is written as a loopback, private or link-local address, or is localhost. A name
 * that resolves to such an address is refused at each poll (the lookup is checked where it is connected to).
 */
function checkAddressAllowed(ctx: AppContext, url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return; // The schema has refused it already.
  }
  const policy = addressPolicy({ allowPrivateAddresses: ctx.config.feedAllowPrivate, allowedNetworks: [] });
  const refused = literalHostRefusal(parsed, policy, { localhost: true });
  if (refused) throw unprocessable('feed.address_refused', refused.message, { reason: refused.reason });
}

export async function createFeed(ctx: AppContext, actor: EventActor, input: FeedCreate): Promise<Feed> {
  checkAddressAllowed(ctx, input.url);
  if (await urlTaken(ctx, input.url))
    throw conflict('feed.exists', 'A feed with this address exists already.');
  if (await nameTaken(ctx, input.name)) throw nameTakenError();
  await checkDesk(ctx, input.deskId);
  const now = ctx.now();
  const row = await withEvents(
    ctx,
    actor,
    async (trx, emit) => {
      const created = await trx
        .insertInto('feeds')
        .values({
          name: input.name,
          url: input.url,
          format: null,
          poll_interval_s: input.pollIntervalSeconds,
          language: input.language ?? null,
          desk_id: input.deskId ?? null,
          enabled: input.enabled ? 1 : 0,
          etag: null,
          last_modified: null,
          body_digest: null,
          last_fetch_at: null,
          last_success_at: null,
          last_error: null,
          items_taken: 0,
          consecutive_failures: 0,
          next_poll_at: now,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      if (input.nameEn !== undefined) await setSourceNameEn(trx, created.name, input.nameEn, now);
      emit({
        type: 'feed.created',
        itemId: null,
        payload: { feedId: created.id, name: created.name, url: redactUrl(created.url) },
      });
      return created;
    },
    now,
  );
  return loadFeed(ctx.database.db, row);
}

export async function updateFeed(
  ctx: AppContext,
  actor: EventActor,
  id: number,
  expectedVersion: number,
  patch: FeedPatch,
): Promise<Feed> {
  if (patch.url) {
    const current = await findFeedRow(ctx.database.db, id);
    // The API shows addresses without their secrets: the same address sent back means "unchanged", and an
    // address edited around them keeps them (a new host or path, the same password and key).
    if (current && patch.url === redactUrl(current.url)) patch = { ...patch, url: current.url };
    else if (current) {
      const restored = restoreRedacted(patch.url, current.url);
      if (restored === null)
        throw unprocessable(
          'feed.secret_hidden',
          `The address still shows ${REDACTED} where a hidden secret cannot be put back (none is kept, or the address is on another server): type the secret itself.`,
        );
      patch = { ...patch, url: restored };
    }
    checkAddressAllowed(ctx, patch.url!);
    if (await urlTaken(ctx, patch.url!, id))
      throw conflict('feed.exists', 'A feed with this address exists already.');
  }
  if (patch.name !== undefined && (await nameTaken(ctx, patch.name, id))) throw nameTakenError();
  await checkDesk(ctx, patch.deskId);
  const now = ctx.now();
  const row = await withEvents(
    ctx,
    actor,
    async (trx, emit) => {
      const current = await findFeedRow(trx, id);
      if (!current) throw notFound('Feed');
      if (current.version !== expectedVersion)
        throw stale('Someone else changed this feed since you loaded it.', current.version);
      const changes: Partial<FeedRow> = {};
      if (patch.name !== undefined) changes.name = patch.name;
      if (patch.url !== undefined && patch.url !== current.url) {
        // A new address is a new resource: forget the old validators and poll it soon.
        Object.assign(changes, {
          url: patch.url,
          etag: null,
          last_modified: null,
          body_digest: null,
          format: null,
          next_poll_at: now,
        });
      }
      if (patch.pollIntervalSeconds !== undefined) changes.poll_interval_s = patch.pollIntervalSeconds;
      if (patch.language !== undefined) changes.language = patch.language;
      if (patch.deskId !== undefined) changes.desk_id = patch.deskId;
      if (patch.enabled !== undefined) {
        changes.enabled = patch.enabled ? 1 : 0;
        if (patch.enabled && current.enabled === 0)
          Object.assign(changes, { next_poll_at: now, consecutive_failures: 0 });
      }
      const updated = await trx
        .updateTable('feeds')
        .set({ ...changes, updated_at: now, version: current.version + 1 })
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .returningAll()
        .executeTakeFirst();
      if (!updated) throw stale('Someone else changed this feed since you loaded it.');
      if (updated.name !== current.name) {
        await relabelItems(trx, id, current.name, updated.name);
        await relabelSavedViews(trx, current.name, updated.name);
      }
      // The English name belongs to the source name (which a renamed feed's items now carry): a renamed feed
      // takes its English name along unless a new one is given.
      const nameEn =
        patch.nameEn !== undefined
          ? patch.nameEn
          : updated.name !== current.name
            ? ((await englishSourceNames(trx, [current.name])).get(current.name) ?? null)
            : undefined;
      if (nameEn !== undefined) await setSourceNameEn(trx, updated.name, nameEn, now);
      emit({ type: 'feed.updated', itemId: null, payload: { feedId: id, fields: Object.keys(patch) } });
      return updated;
    },
    now,
  );
  return loadFeed(ctx.database.db, row);
}

/**
 * Removes a feed; the items it brought stay (they are the newsroom's now). Only the version the admin saw: a
 * feed someone else renamed or pointed elsewhere meanwhile is not the one they chose to remove (412).
 */
export async function deleteFeed(
  ctx: AppContext,
  actor: EventActor,
  id: number,
  expectedVersion: number,
): Promise<void> {
  await withEvents(ctx, actor, async (trx, emit) => {
    const current = await findFeedRow(trx, id);
    if (!current) throw notFound('Feed');
    if (current.version !== expectedVersion)
      throw stale('Someone else changed this feed since you loaded it.', current.version);
    await trx.deleteFrom('feeds').where('id', '=', id).execute();
    emit({ type: 'feed.deleted', itemId: null, payload: { feedId: id, name: current.name } });
  });
}
