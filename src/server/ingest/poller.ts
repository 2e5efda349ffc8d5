/**
 * Polls every enabled feed on its own interval: conditional GET, jitter so feeds do not synchronise,
 * exponential backoff on failure, a cap on concurrent polls, never two polls of one feed at once (also
 * across server instances: a poll first claims its feed in the database). A restart resumes from the stored
 * schedule and validators; ingest is idempotent, so nothing old is added again. One feed's failure is
 * recorded on that feed and touches nothing else.
 */
import type { EventPayload } from '#shared/schemas/events.ts';
import type { Config } from '../config.ts';
import type { AppContext } from '../context.ts';
import type { FeedRow } from '../db/schema.ts';
import { fetchFeed, readFeed } from './index.ts';
import { FeedError } from './wire-item.ts';
import { feedActor } from '../modules/events/actors.ts';
import { withEvents } from '../modules/events/with-events.ts';
import { storeWireItems } from './store-wire-items.ts';
import { claimFeed, dueFeedRows, findFeedRow } from '../modules/feeds/repository.ts';

export interface PollerOptions {
  tickMs: number;
  concurrency: number;
  /** How long a claimed feed is reserved for one poll before another process may take it. */
  leaseMs: number;
  /** Longest wait between retries of a failing feed. */
  maxBackoffMs: number;
  /** Fraction of the interval added or removed at random. */
  jitter: number;
  fetch: {
    connectTimeoutMs: number;
    readTimeoutMs: number;
    totalTimeoutMs: number;
    maxBytes: number;
    maxRedirects: number;
    /** Off: feeds on loopback, private and link-local addresses are refused (server-side request forgery). */
    allowPrivateAddresses: boolean;
  };
}

export const DEFAULT_POLLER_OPTIONS: PollerOptions = {
  tickMs: 1_000,
  concurrency: 4,
  leaseMs: 5 * 60_000,
  maxBackoffMs: 6 * 3_600_000,
  jitter: 0.1,
  fetch: {
    connectTimeoutMs: 10_000,
    readTimeoutMs: 30_000,
    totalTimeoutMs: 120_000,
    maxBytes: 10 * 1_048_576,
    maxRedirects: 5,
    allowPrivateAddresses: false,
  },
};

export type PollOutcome =
  | { feedId: number; status: 'not-modified' }
  | { feedId: number; status: 'ok'; created: number; updated: number; unchanged: number; rejected: number }
  | { feedId: number; status: 'error'; code: string; message: string };

const withJitter = (ms: number, jitter: number) => Math.round(ms * (1 + (Math.random() * 2 - 1) * jitter));

/** The wait before the next attempt after `failures` consecutive failures. */
export function backoffMs(
  intervalMs: number,
  failures: number,
  options: Pick<PollerOptions, 'maxBackoffMs'>,
): number {
  return Math.min(intervalMs * 2 ** Math.min(failures, 20), Math.max(options.maxBackoffMs, intervalMs));
}

type HealthChanges = Pick<
  Partial<FeedRow>,
  | 'format'
  | 'etag'
  | 'last_modified'
  | 'last_fetch_at'
  | 'last_success_at'
  | 'last_error'
  | 'consecutive_failures'
  | 'next_poll_at'
>;

/**
 * What a poll changed about the feed's health that an admin watching the feeds page should see at once: it
 * started or stopped failing, failed differently, or brought items. A quiet re-poll (304, nothing new) writes
 * no event, so the events table does not grow by one row per feed per minute.
 */
function healthChange(
  feed: FeedRow,
  errorCode: string | null,
  created: number,
): EventPayload<'feed.health'>['change'] | null {
  const previousCode = feed.last_error ? (JSON.parse(feed.last_error) as { code?: string }).code : null;
  const wasFailing = feed.consecutive_failures > 0;
  if (errorCode !== null && !wasFailing) return 'failing';
  if (errorCode !== null) return errorCode !== previousCode ? 'failing' : null;
  if (wasFailing) return 'recovered';
  if (created > 0) return 'items';
  return null;
}

/** Writes a poll's outcome on the feed and, when its health changed state, a `feed.health` event with it. */
async function recordPoll(
  ctx: AppContext,
  feed: FeedRow,
  changes: HealthChanges,
  change: { errorCode: string | null; created: number },
): Promise<void> {
  const reason = healthChange(feed, change.errorCode, change.created);
  await withEvents(ctx, feedActor(feed), async (trx, emit) => {
    await trx
      .updateTable('feeds')
      .set((eb) => ({ ...changes, items_taken: eb('items_taken', '+', change.created) }))
      .where('id', '=', feed.id)
      .execute();
    if (reason) emit({ type: 'feed.health', itemId: null, payload: { feedId: feed.id, change: reason } });
  });
}

/** Fetches, parses and stores one feed, and records the outcome on the feed. Never throws. */
export async function pollFeed(
  ctx: AppContext,
  feed: FeedRow,
  options: PollerOptions = DEFAULT_POLLER_OPTIONS,
): Promise<PollOutcome> {
  const started = Date.now();
  const intervalMs = feed.poll_interval_s * 1000;
  const succeeded = (): HealthChanges => ({
    last_fetch_at: started,
    last_success_at: Date.now(),
    last_error: null,
    consecutive_failures: 0,
    next_poll_at: Date.now() + withJitter(intervalMs, options.jitter),
  });
  try {
    const response = await fetchFeed(feed.url, {
      ...options.fetch,
      etag: feed.etag,
      lastModified: feed.last_modified,
    });
    if (response.status === 'not-modified') {
      await recordPoll(ctx, feed, succeeded(), { errorCode: null, created: 0 });
      return { feedId: feed.id, status: 'not-modified' };
    }
    const parsed = readFeed(response.bytes, {
      contentType: response.contentType,
      baseUrl: response.finalUrl,
      language: response.contentLanguage,
    });
    const result = await storeWireItems(ctx, feedActor(feed), parsed.items, {
      source: feed.name,
      feedId: feed.id,
      deskId: feed.desk_id,
      defaultLanguage: feed.language ?? parsed.language,
    });
    await recordPoll(
      ctx,
      feed,
      {
        ...succeeded(),
        format: parsed.format,
        etag: response.etag,
        last_modified: response.lastModified,
        // A document over the item cap is read in part: a success, with the shortfall shown on the feed.
        last_error:
          parsed.omitted > 0
            ? JSON.stringify({
                code: 'feed.too_large',
                message: `${parsed.omitted} items beyond the first ${parsed.items.length} were not read`,
                at: new Date().toISOString(),
              })
            : null,
      },
      { errorCode: null, created: result.created },
    );
    return {
      feedId: feed.id,
      status: 'ok',
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
      rejected: result.rejected,
    };
  } catch (error) {
    const code = error instanceof FeedError ? error.code : 'feed.network';
    const message = error instanceof Error ? error.message : String(error);
    if (!(error instanceof FeedError))
      ctx.log.warn({ err: error, feedId: feed.id }, 'feed poll failed unexpectedly');
    const failures = feed.consecutive_failures + 1;
    await recordPoll(
      ctx,
      feed,
      {
        last_fetch_at: started,
        last_error: JSON.stringify({ code, message, at: new Date().toISOString() }),
        consecutive_failures: failures,
        next_poll_at: Date.now() + withJitter(backoffMs(intervalMs, failures, options), options.jitter),
      },
      { errorCode: code, created: 0 },
    ).catch((dbError: unknown) =>
      ctx.log.error({ err: dbError, feedId: feed.id }, 'recording a feed failure failed'),
    );
    return { feedId: feed.id, status: 'error', code, message };
  }
}

export class FeedPoller {
  private timer: NodeJS.Timeout | null = null;
  private readonly running = new Map<number, Promise<PollOutcome>>();
  private ticking = false;
  private stopped = false;

  constructor(
    private readonly ctx: AppContext,
    private readonly options: PollerOptions = DEFAULT_POLLER_OPTIONS,
    private readonly onPoll?: (outcome: PollOutcome) => void,
  ) {}

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => void this.tick(), this.options.tickMs);
    this.timer.unref();
    void this.tick();
  }

  /** Stops scheduling and waits for polls in flight to finish their writes. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.allSettled(this.running.values());
  }

  /** Polls one feed now (admin "poll now"), unless it is being polled already. */
  async pollNow(feedId: number): Promise<PollOutcome | null> {
    const inFlight = this.running.get(feedId);
    if (inFlight) return inFlight;
    const row = await findFeedRow(this.ctx.database.db, feedId);
    if (!row) return null;
    return this.run(row);
  }

  private async tick(): Promise<void> {
    if (this.ticking || this.stopped) return;
    this.ticking = true;
    try {
      const free = this.options.concurrency - this.running.size;
      if (free <= 0) return;
      const now = Date.now();
      const due = await dueFeedRows(this.ctx.database.db, now, free + this.running.size);
      for (const row of due) {
        if (this.running.size >= this.options.concurrency || this.stopped) break;
        if (this.running.has(row.id)) continue;
        if (!(await claimFeed(this.ctx.database.db, row, now + this.options.leaseMs))) continue;
        void this.run(row);
      }
    } catch (error) {
      this.ctx.log.error({ err: error }, 'feed poller tick failed');
    } finally {
      this.ticking = false;
    }
  }

  private run(row: FeedRow): Promise<PollOutcome> {
    const poll = pollFeed(this.ctx, row, this.options).then((outcome) => {
      this.running.delete(row.id);
      this.onPoll?.(outcome);
      if (outcome.status === 'error')
        this.ctx.log.info({ feedId: row.id, code: outcome.code }, `feed ${row.name}: ${outcome.message}`);
      return outcome;
    });
    this.running.set(row.id, poll);
    return poll;
  }
}

/** Poller settings from the configuration: the response cap and whether private addresses may be fetched. */
export function pollerOptionsFrom(
  config: Pick<Config, 'feedBodyLimitBytes' | 'feedAllowPrivate'>,
): PollerOptions {
  return {
    ...DEFAULT_POLLER_OPTIONS,
    fetch: {
      ...DEFAULT_POLLER_OPTIONS.fetch,
      maxBytes: config.feedBodyLimitBytes,
      allowPrivateAddresses: config.feedAllowPrivate,
    },
  };
}
