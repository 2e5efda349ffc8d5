/** Feeds as stored, and their health bookkeeping. */
import { redactUrl, redactUrlsIn } from '#shared/redact-url.ts';
import type { Feed, FeedErrorInfo } from '#shared/schemas/feeds.ts';
import type { Executor } from '../../db/index.ts';
import type { FeedRow } from '../../db/schema.ts';

const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** A feed as the API shows it: its address without the secrets it may carry (src/shared/redact-url.ts). */
export function toFeed(row: FeedRow, nameEn: string | null = null): Feed {
  return {
    id: row.id,
    name: row.name,
    nameEn,
    url: redactUrl(row.url),
    format: row.format as Feed['format'],
    pollIntervalSeconds: row.poll_interval_s,
    language: row.language,
    deskId: row.desk_id,
    enabled: row.enabled === 1,
    health: {
      lastFetchAt: isoOrNull(row.last_fetch_at),
      lastSuccessAt: isoOrNull(row.last_success_at),
      itemsTaken: row.items_taken,
      lastError: row.last_error ? storedError(row.last_error) : null,
      consecutiveFailures: row.consecutive_failures,
      nextPollAt: isoOrNull(row.next_poll_at),
    },
    version: row.version,
  };
}

/**
 * The stored error (poller.ts). One stored before redaction existed may name the address with its secrets;
 * one stored before errors had parameters has none, but an HTTP status is in its message ("HTTP 404 from …"),
 * and `errors.feed.http_status` needs it (until the next poll stores the error again).
 */
function storedError(text: string): FeedErrorInfo {
  const error = JSON.parse(text) as Omit<FeedErrorInfo, 'params'> & { params?: FeedErrorInfo['params'] };
  let params = error.params ?? {};
  const status = /^HTTP (\d{3}) /.exec(error.message)?.[1];
  if (error.params === undefined && error.code === 'feed.http_status' && status)
    params = { status: Number(status) };
  return { ...error, params, message: redactUrlsIn(error.message) };
}

/** The English names of these sources (`source_names`), by name. */
export async function englishSourceNames(
  db: Executor,
  names: readonly string[],
): Promise<Map<string, string>> {
  if (names.length === 0) return new Map();
  const rows = await db
    .selectFrom('source_names')
    .select(['name', 'name_en'])
    .where('name', 'in', [...new Set(names)])
    .execute();
  return new Map(rows.map((row) => [row.name, row.name_en]));
}

/** A feed with the English name of its source. */
export async function loadFeed(db: Executor, row: FeedRow): Promise<Feed> {
  return toFeed(row, (await englishSourceNames(db, [row.name])).get(row.name) ?? null);
}

/** Feeds with the English names of their sources. */
export async function loadFeeds(db: Executor, rows: readonly FeedRow[]): Promise<Feed[]> {
  const names = await englishSourceNames(
    db,
    rows.map((row) => row.name),
  );
  return rows.map((row) => toFeed(row, names.get(row.name) ?? null));
}

/** Every source with an English name. */
export async function listSourceNames(db: Executor): Promise<Array<{ name: string; nameEn: string }>> {
  const rows = await db.selectFrom('source_names').select(['name', 'name_en']).orderBy('name').execute();
  return rows.map((row) => ({ name: row.name, nameEn: row.name_en }));
}

/**
 * Sets (or with null, removes) the English name of a source. Every item already carrying the name shows it too,
 * since the name is looked up by the source each item carries.
 */
export async function setSourceNameEn(
  db: Executor,
  name: string,
  nameEn: string | null,
  now: number,
): Promise<void> {
  if (nameEn === null) {
    await db.deleteFrom('source_names').where('name', '=', name).execute();
    return;
  }
  await db
    .insertInto('source_names')
    .values({ name, name_en: nameEn, updated_at: now })
    .onConflict((oc) => oc.column('name').doUpdateSet({ name_en: nameEn, updated_at: now }))
    .execute();
}

export async function findFeedRow(db: Executor, id: number): Promise<FeedRow | undefined> {
  return db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listFeedRows(db: Executor): Promise<FeedRow[]> {
  return db.selectFrom('feeds').selectAll().orderBy('name').orderBy('id').execute();
}

/** Enabled feeds whose next poll is due, soonest first. */
export async function dueFeedRows(db: Executor, now: number, limit: number): Promise<FeedRow[]> {
  return db
    .selectFrom('feeds')
    .selectAll()
    .where('enabled', '=', 1)
    .where((eb) => eb.or([eb('next_poll_at', 'is', null), eb('next_poll_at', '<=', now)]))
    .orderBy('next_poll_at')
    .limit(limit)
    .execute();
}

/**
 * Claims a due feed for one poll by pushing its next poll past a lease. Only one process wins the update,
 * so several server instances never poll the same feed at once.
 */
export async function claimFeed(db: Executor, row: FeedRow, leaseUntil: number): Promise<boolean> {
  const result = await db
    .updateTable('feeds')
    .set({ next_poll_at: leaseUntil })
    .where('id', '=', row.id)
    .where('enabled', '=', 1)
    .where((eb) =>
      row.next_poll_at === null ? eb('next_poll_at', 'is', null) : eb('next_poll_at', '=', row.next_poll_at),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
