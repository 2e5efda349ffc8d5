/** Feeds as stored, and their health bookkeeping. */
import { redactUrl, redactUrlsIn } from '#shared/redact-url.ts';
import type { Feed } from '#shared/schemas/feeds.ts';
import type { Executor } from '../../db/index.ts';
import type { FeedRow } from '../../db/schema.ts';

const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** A feed as the API shows it: its address without the secrets it may carry (src/shared/redact-url.ts). */
export function toFeed(row: FeedRow): Feed {
  return {
    id: row.id,
    name: row.name,
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
      lastError: row.last_error
        ? redactedError(JSON.parse(row.last_error) as NonNullable<Feed['health']['lastError']>)
        : null,
      consecutiveFailures: row.consecutive_failures,
      nextPollAt: isoOrNull(row.next_poll_at),
    },
    version: row.version,
  };
}

/** An error stored before redaction existed may name the address with its secrets. */
function redactedError(error: NonNullable<Feed['health']['lastError']>): Feed['health']['lastError'] {
  return { ...error, message: redactUrlsIn(error.message) };
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
