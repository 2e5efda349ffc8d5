/**
 * Polls every enabled feed on its own interval: conditional GET (and, for servers without validators, the last
 * stored body's digest), jitter so feeds do not synchronise, exponential backoff on failure, a cap on concurrent
 * polls, never two polls of one feed at once (also
 * across server instances: a poll first claims its feed in the database). A restart resumes from the stored
 * schedule and validators; ingest is idempotent, so nothing old is added again. One feed's failure is
 * recorded on that feed and touches nothing else.
 *
 * A slow feed cannot starve the healthy ones: each poll's fetch has a deadline (a server that accepts and then
 * dribbles a byte now and then never trips the idle read timeout), and only `pollsPerHost` polls go to one host
 * at a time, so feeds on a host that is slow wait their turn while feeds elsewhere take the free slots. Error
 * messages are redacted (redact-url.ts): a feed's address may carry credentials or an API key.
 */
import { redactUrlsIn } from '#shared/redact-url.ts';
import { sql } from 'kysely';
import type { EventPayload } from '#shared/schemas/events.ts';
import type { FeedErrorInfo } from '#shared/schemas/feeds.ts';
import type { Config } from '../config.ts';
import type { AppContext } from '../context.ts';
import type { FeedRow } from '../db/schema.ts';
import { sha256Parts } from '../sha256.ts';
import { linkBase } from './fetch.ts';
import { fetchFeed, type FetchFeedResult } from './index.ts';
import { readFeedOffThread } from './read-feed-off-thread.ts';
import { FeedError } from './wire-item.ts';
import { feedActor } from '../modules/events/actors.ts';
import { withEvents } from '../modules/events/with-events.ts';
import { storeWireItems } from './store-wire-items.ts';
import { claimFeed, dueFeedRows, findFeedRow } from '../modules/feeds/repository.ts';

export interface PollerOptions {
  tickMs: number;
  concurrency: number;
  /** Polls of one host (host:port) at once, within `concurrency`; one server's feeds cannot take every slot. */
  pollsPerHost: number;
  /**
   * Longest one poll's fetch may take: connect, headers and whole body, redirects included. Past it the fetch
   * is aborted and the poll fails with `feed.timeout`, backing off like any failure.
   */
  deadlineMs: number;
  /**
   * Starts the timer of the deadline of one poll (of feed `feedId`) and returns its cancel; a timer on the wall
   * clock unless a test expires deadlines itself, when it chooses.
   */
  startDeadline?: (ms: number, expire: () => void, feedId: number) => () => void;
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
  /** The scheduling clock (when feeds are due, leases, backoff); Date.now unless a test runs its own. */
  now?: () => number;
}

export const DEFAULT_POLLER_OPTIONS: PollerOptions = {
  tickMs: 1_000,
  concurrency: 4,
  pollsPerHost: 2,
  deadlineMs: 30_000,
  leaseMs: 5 * 60_000,
  maxBackoffMs: 6 * 3_600_000,
  jitter: 0.1,
  fetch: {
    connectTimeoutMs: 10_000,
    readTimeoutMs: 30_000,
    // fetch.ts's own bound, behind the poll's deadline (pollerOptionsFrom keeps it there).
    totalTimeoutMs: 120_000,
    maxBytes: 10 * 1_048_576,
    maxRedirects: 5,
    allowPrivateAddresses: false,
  },
};

export type PollOutcome =
  | { feedId: number; status: 'not-modified' }
  /** The server sent the body whose items the last poll stored, byte for byte: nothing was read. */
  | { feedId: number; status: 'same-body' }
  | { feedId: number; status: 'ok'; created: number; updated: number; unchanged: number; rejected: number }
  | { feedId: number; status: 'error'; code: string; message: string };

const withJitter = (ms: number, jitter: number) => Math.round(ms * (1 + (Math.random() * 2 - 1) * jitter));

function wallClockDeadline(ms: number, expire: () => void): () => void {
  const timer = setTimeout(expire, ms);
  // The fetch it bounds keeps the process alive while it runs; the timer alone need not.
  timer.unref();
  return () => clearTimeout(timer);
}

/** What per-host limits count by: host and port, as a browser's per-host connection limit does. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    // Not a URL: its poll fails at once with feed.bad_url; the address is its own "host".
    return url;
  }
}

/** An unexpected error for the log, its message and stack redacted like a feed error's message. */
function redactedError(error: unknown): { type: string; message: string; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: redactUrlsIn(String(error)) };
  return {
    type: error.name,
    message: redactUrlsIn(error.message),
    ...(error.stack ? { stack: redactUrlsIn(error.stack) } : {}),
  };
}

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

/** What every poll writes: its health changes, always with when it started. */
type PollRecord = HealthChanges & { last_fetch_at: number };

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

/**
 * Writes a poll's outcome on the feed and, when its health changed state, a `feed.health` event with it. The
 * body digest (bodyDigest) is left as it is when `digest` is undefined, forgotten when null; a digest is kept
 * with this poll's start, and only if no other poll has recorded since this one read the feed: "poll now" runs
 * beside the scheduled polls, and an older Mirsad during an upgrade polls without knowing the column. A digest
 * stands for what is stored only while its own poll is the last one recorded (sameBodyAgain). Nothing is
 * recorded when the feed's address changed while it was polled.
 */
async function recordPoll(
  ctx: AppContext,
  feed: FeedRow,
  changes: PollRecord,
  change: { errorCode: string | null; created: number },
  digest?: string | null,
): Promise<void> {
  const reason = healthChange(feed, change.errorCode, change.created);
  const kept =
    digest === undefined
      ? {}
      : {
          body_digest:
            digest === null
              ? null
              : sql<string | null>`case when last_fetch_at is not distinct from ${feed.last_fetch_at}
                  then ${stampedDigest(digest, changes.last_fetch_at)} else null end`,
        };
  await withEvents(ctx, feedActor(feed), async (trx, emit) => {
    // Only while the feed still has the address this poll read: an admin who corrected it meanwhile set the
    // new one to be polled at once with no validators, and the old address's outcome (a timeout, its ETag, a
    // backoff of minutes) says nothing about it.
    const recorded = await trx
      .updateTable('feeds')
      .set((eb) => ({ ...changes, ...kept, items_taken: eb('items_taken', '+', change.created) }))
      .where('id', '=', feed.id)
      .where('url', '=', feed.url)
      .executeTakeFirst();
    if (reason && recorded.numUpdatedRows > 0n)
      emit({ type: 'feed.health', itemId: null, payload: { feedId: feed.id, change: reason } });
  });
}

/**
 * A feed error as `feeds.last_error` keeps it: the code and its parameters (the UI's message, in the reader's
 * language) and the technical detail in English beneath.
 */
function storedFeedError(error: FeedError, at: number): string {
  return JSON.stringify({
    code: error.code,
    params: error.params,
    message: error.message,
    at: new Date(at).toISOString(),
  } satisfies FeedErrorInfo);
}

/**
 * What decides what a response's items are: its bytes, and the headers and address they are read with. Servers
 * without validators send a feed whole at every poll, the same bytes until something changes; comparing this
 * with the last stored one skips reading and storing them again (a 20,000-item feed: about a second of this
 * process's time each poll, against tens of milliseconds to hash 20 MB). It means what a 304 means: a renamed
 * feed or a newer Mirsad does not read an unchanged body again either way. It counts only while the poll that
 * stored it is the feed's last (stampedDigest), and is forgotten after a failed poll and with a new address.
 */
function bodyDigest(response: Extract<FetchFeedResult, { status: 'ok' }>): string {
  // The address as the reading sees it (linkBase): a signed redirect's changing query is no new body.
  const readWith = [response.contentType, response.contentLanguage, linkBase(response.finalUrl)];
  return sha256Parts([JSON.stringify(readWith), response.bytes]);
}

/** A digest as the feed keeps it: with the start of the poll that stored its body (the feed's last_fetch_at). */
const stampedDigest = (digest: string, fetchedAt: number) => `${digest}@${fetchedAt}`;

/** Whether this body is the one the feed's last recorded poll stored whole. */
const sameBodyAgain = (feed: FeedRow, digest: string) =>
  feed.last_fetch_at !== null && feed.body_digest === stampedDigest(digest, feed.last_fetch_at);

/** Fetches, parses and stores one feed, and records the outcome on the feed. Never throws. */
export async function pollFeed(
  ctx: AppContext,
  feed: FeedRow,
  options: PollerOptions = DEFAULT_POLLER_OPTIONS,
): Promise<PollOutcome> {
  const now = options.now ?? Date.now;
  const started = now();
  const intervalMs = feed.poll_interval_s * 1000;
  const succeeded = (): PollRecord => ({
    last_fetch_at: started,
    last_success_at: now(),
    last_error: null,
    consecutive_failures: 0,
    next_poll_at: now() + withJitter(intervalMs, options.jitter),
  });
  // The deadline's reason is the error the fetch fails with: a FeedError whose message says which bound it was.
  const deadline = new AbortController();
  const cancelDeadline = (options.startDeadline ?? wallClockDeadline)(
    options.deadlineMs,
    () =>
      deadline.abort(
        new FeedError(
          'feed.timeout',
          `No complete response within the poll's deadline of ${options.deadlineMs} ms (connect, headers and body).`,
        ),
      ),
    feed.id,
  );
  try {
    let response: FetchFeedResult;
    try {
      response = await fetchFeed(feed.url, {
        ...options.fetch,
        etag: feed.etag,
        lastModified: feed.last_modified,
        signal: deadline.signal,
      });
    } finally {
      // Parsing and storing are not bounded by it: they are our work, not the server's, and a store is not
      // to be abandoned halfway.
      cancelDeadline();
    }
    if (response.status === 'not-modified') {
      await recordPoll(ctx, feed, succeeded(), { errorCode: null, created: 0 });
      return { feedId: feed.id, status: 'not-modified' };
    }
    const digest = bodyDigest(response);
    if (sameBodyAgain(feed, digest)) {
      // New validators for the same bytes (a feed rebuilt unchanged) are kept: the next poll may get a 304.
      const validators = { etag: response.etag, last_modified: response.lastModified };
      await recordPoll(ctx, feed, { ...succeeded(), ...validators }, { errorCode: null, created: 0 }, digest);
      return { feedId: feed.id, status: 'same-body' };
    }
    const parsed = await readFeedOffThread(response.bytes, {
      contentType: response.contentType,
      baseUrl: linkBase(response.finalUrl),
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
        // A body read in part is read again next time, even unchanged (no validators, no digest kept), so that
        // its shortfall stays shown: a 304 or the same body would record a success without it.
        etag: parsed.omitted > 0 ? null : response.etag,
        last_modified: parsed.omitted > 0 ? null : response.lastModified,
        // A document over the item cap is read in part: a success, with the shortfall shown on the feed.
        last_error:
          parsed.omitted > 0
            ? storedFeedError(
                new FeedError(
                  'feed.items_omitted',
                  `${parsed.omitted} items beyond the first ${parsed.items.length} were not read.`,
                  { omitted: parsed.omitted, read: parsed.items.length },
                ),
                now(),
              )
            : null,
      },
      { errorCode: null, created: result.created },
      parsed.omitted > 0 ? null : digest,
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
    // fetch.ts redacts its own messages; anything else (a database error quoting the address, say) is here.
    const message = redactUrlsIn(error instanceof Error ? error.message : String(error));
    const params = error instanceof FeedError ? error.params : {};
    if (!(error instanceof FeedError))
      ctx.log.warn({ err: redactedError(error), feedId: feed.id }, 'feed poll failed unexpectedly');
    const failures = feed.consecutive_failures + 1;
    await recordPoll(
      ctx,
      feed,
      {
        last_fetch_at: started,
        last_error: storedFeedError(new FeedError(code, message, params), now()),
        consecutive_failures: failures,
        next_poll_at: now() + withJitter(backoffMs(intervalMs, failures, options), options.jitter),
      },
      { errorCode: code, created: 0 },
      // What the failure left stored is not known: the next body is read whatever it is.
      null,
    ).catch((dbError: unknown) =>
      ctx.log.error({ err: redactedError(dbError), feedId: feed.id }, 'recording a feed failure failed'),
    );
    return { feedId: feed.id, status: 'error', code, message };
  }
}

export class FeedPoller {
  private timer: NodeJS.Timeout | null = null;
  private readonly running = new Map<number, Promise<PollOutcome>>();
  /** Polls in flight by host (hostOf); a host missing here has none. Counted in this process only. */
  private readonly pollsByHost = new Map<string, number>();
  /** The tick taking due feeds, while one is; stop() waits for it, so no poll starts behind its back. */
  private ticking: Promise<void> | null = null;
  /** A poll finished during a tick: its freed slot may be wanted by a feed that tick skipped, so tick again. */
  private tickAgain = false;
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
    await this.ticking;
    await Promise.allSettled(this.running.values());
  }

  /**
   * Polls one feed now (admin "poll now"), unless it is being polled already. An admin's explicit request is
   * not held back by the per-host limit, but counts in it.
   */
  async pollNow(feedId: number): Promise<PollOutcome | null> {
    const inFlight = this.running.get(feedId);
    if (inFlight) return inFlight;
    const row = await findFeedRow(this.ctx.database.db, feedId);
    if (!row) return null;
    return this.run(row);
  }

  private tick(): Promise<void> {
    if (this.ticking || this.stopped) return this.ticking ?? Promise.resolve();
    this.ticking = (async () => {
      do {
        this.tickAgain = false;
        await this.takeDueFeeds();
      } while (this.tickAgain && !this.stopped);
    })().finally(() => {
      this.ticking = null;
    });
    return this.ticking;
  }

  private async takeDueFeeds(): Promise<void> {
    try {
      const now = (this.options.now ?? Date.now)();
      // A feed whose host is busy is left unclaimed: it stays due, and is taken by the first tick after its
      // host frees a slot (a finished poll ticks at once). Left due, such feeds sort first, so a page of due
      // feeds can be all of them: read on, a page twice as long each time, until the slots are full or no due
      // feed is left unread. Claimed feeds are no longer due, so a longer page re-reads only skipped ones.
      for (let limit = this.options.concurrency; ; limit *= 2) {
        if (this.running.size >= this.options.concurrency) return;
        const due = await dueFeedRows(this.ctx.database.db, now, limit);
        for (const row of due) {
          if (this.running.size >= this.options.concurrency || this.stopped) return;
          if (this.running.has(row.id) || this.hostIsBusy(row)) continue;
          if (!(await claimFeed(this.ctx.database.db, row, now + this.options.leaseMs))) continue;
          void this.run(row);
        }
        if (due.length < limit) return;
      }
    } catch (error) {
      this.ctx.log.error({ err: redactedError(error) }, 'feed poller tick failed');
    }
  }

  private hostIsBusy(row: FeedRow): boolean {
    return (this.pollsByHost.get(hostOf(row.url)) ?? 0) >= this.options.pollsPerHost;
  }

  private run(row: FeedRow): Promise<PollOutcome> {
    const host = hostOf(row.url);
    this.pollsByHost.set(host, (this.pollsByHost.get(host) ?? 0) + 1);
    const poll = pollFeed(this.ctx, row, this.options).then((outcome) => {
      this.running.delete(row.id);
      const left = this.pollsByHost.get(host)! - 1;
      if (left > 0) this.pollsByHost.set(host, left);
      else this.pollsByHost.delete(host);
      this.onPoll?.(outcome);
      // The message is redacted already (pollFeed); the feed's name is the admin's own words.
      if (outcome.status === 'error')
        this.ctx.log.info({ feedId: row.id, code: outcome.code }, `feed ${row.name}: ${outcome.message}`);
      // A slot is free, and a feed of this host may have been waiting for it: take it now, not a tick later
      // (only when scheduling runs: "poll now" on a server without pollers polls that one feed alone).
      if (this.timer) {
        this.tickAgain = true;
        void this.tick();
      }
      return outcome;
    });
    this.running.set(row.id, poll);
    return poll;
  }
}

/**
 * Poller settings from the configuration: the response cap, whether private addresses may be fetched, the
 * poll's deadline and the polls one host may have at once.
 */
export function pollerOptionsFrom(
  config: Pick<Config, 'feedBodyLimitBytes' | 'feedAllowPrivate' | 'feedPollDeadlineMs' | 'feedPollsPerHost'>,
): PollerOptions {
  return {
    ...DEFAULT_POLLER_OPTIONS,
    deadlineMs: config.feedPollDeadlineMs,
    pollsPerHost: config.feedPollsPerHost,
    fetch: {
      ...DEFAULT_POLLER_OPTIONS.fetch,
      // fetch.ts's own deadline stays a backstop: never the tighter bound, whatever the poll's deadline.
      totalTimeoutMs: Math.max(DEFAULT_POLLER_OPTIONS.fetch.totalTimeoutMs, config.feedPollDeadlineMs),
      maxBytes: config.feedBodyLimitBytes,
      allowPrivateAddresses: config.feedAllowPrivate,
    },
  };
}
