/**
 * The live stream's transport: ONE Server-Sent Events connection per tab, opened (and reopened) with `?after=`
 * the sequence sync.ts asks for, so nothing between a list read and the stream is lost. Reconnects use our own
 * backoff with jitter after asking whether the session still stands; a silent socket counts as dead after
 * STALL_MS. Messages that arrive together are handed to sync.ts in one batch, which applies each through
 * apply-message.ts.
 */
import { notifyManager, type QueryClient } from '@tanstack/react-query';
import { LiveMessageSchema, type LiveMessage } from '#shared/schemas/events.ts';
import { ApiError, apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import { useConnectionStore } from '#client/stores/connection-store.ts';
import type { SessionResponse } from '#shared/schemas/users.ts';
import { applyLiveMessage } from './apply-message.ts';
import { readAgain } from './read-again.ts';
import { raiseMissedFlashes } from './urgent-arrivals.ts';
import type { LiveSync } from './sync.ts';

const STREAM_URL = '/api/events/stream';
const BASE_DELAY_MS = 1_000;
/**
 * The backoff's cap. Low on purpose: a restart (a deploy, SIGTERM) should have every screen live again within
 * 2 s of the server's return. Each attempt is one small `GET /api/session`, and the jitter spreads the tabs.
 */
const MAX_DELAY_MS = 2_000;
/** How long a window over the account's live streams waits before asking for a place again. */
const LIMITED_RETRY_MS = 30_000;
/**
 * Counts are re-asked at most this often while items change. The server caches them per filter set until the
 * next event, so tabs with the same filters share one count; this only keeps a busy wire from re-asking on
 * every single event.
 */
const COUNTS_DELAY_MS = 1_000;
/** No frame (ping comes every 15 s) for this long means the connection is dead even if the socket says not. */
const STALL_MS = 40_000;
/** Lists that land behind the stream within this window share one reopening of it. */
const REPLAY_DELAY_MS = 50;

/** Item reads that the stream keeps up to date by sequence (lists, facets) or that never change (one version). */
const PER_SEQUENCE_OR_FIXED = new Set<string>([
  queryKeys.itemLists[1],
  queryKeys.facetsAll[1],
  queryKeys.version(0, 0)[1],
]);

export interface LiveOptions {
  /** The session ended (stream said so, or the session check answered 401). */
  onUnauthorized(): void;
}

export class LiveConnection {
  private source: EventSource | null = null;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stallTimer: ReturnType<typeof setTimeout> | null = null;
  private countsTimer: ReturnType<typeof setTimeout> | null = null;
  private replayTimer: ReturnType<typeof setTimeout> | null = null;
  private pending: LiveMessage[] = [];
  /** The server's time of the last event this tab heard: where a reset's gap begins. */
  private lastHeardAt: string | null = null;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    private readonly queryClient: QueryClient,
    private readonly sync: LiveSync,
    private readonly options: LiveOptions,
  ) {}

  start(): void {
    window.addEventListener('online', this.handleOnline);
    window.addEventListener('offline', this.handleOffline);
    this.sync.attach(this.queryClient, {
      apply: (message, lists, fresh) => applyLiveMessage(this.queryClient, message, { lists, fresh }),
      needReplay: () => this.scheduleReplay(),
      refreshCounts: () => this.scheduleCounts(),
    });
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    window.removeEventListener('online', this.handleOnline);
    window.removeEventListener('offline', this.handleOffline);
    this.closeSource();
    this.sync.detach();
    // The views it tracked belong to this session; a new one starts afresh.
    this.sync.clear();
    for (const timer of [this.retryTimer, this.countsTimer, this.flushTimer, this.replayTimer])
      if (timer) clearTimeout(timer);
  }

  private readonly handleOnline = () => {
    useConnectionStore.getState().set({ browserOffline: false });
    // The network is back: try at once instead of waiting out the backoff.
    if (this.source === null && !this.stopped) {
      this.attempt = 0;
      if (this.retryTimer) clearTimeout(this.retryTimer);
      void this.reconnect();
    }
  };

  private readonly handleOffline = () => {
    useConnectionStore.getState().set({ browserOffline: true });
  };

  /**
   * Lists carry the sequence they were read at, and the stream replays from the oldest (sync.ts); what one item
   * shows (its detail, timeline, comments, versions) does not. Read before the first connection, it would miss an
   * event committed between that read and where the stream begins (an open item's timeline without the agency's
   * update): asked for again once the stream follows, a read still on its way dropped first (read-again.ts).
   */
  private rereadItemViews(): void {
    readAgain(this.queryClient, {
      queryKey: queryKeys.items,
      predicate: ({ queryKey }) => !PER_SEQUENCE_OR_FIXED.has(String(queryKey[1])),
    });
  }

  private connect(options: { quiet?: boolean } = {}): void {
    if (this.stopped) return;
    const after = this.sync.connectAfter();
    const url = after === undefined ? STREAM_URL : `${STREAM_URL}?after=${after}`;
    const source = new EventSource(url, { withCredentials: true });
    this.source = source;
    if (!options.quiet) {
      useConnectionStore
        .getState()
        .set({ status: this.sync.lastSeq === null ? 'connecting' : 'reconnecting' });
    }
    this.armStallTimer();

    source.addEventListener('hello', (event) => {
      if (source !== this.source) return;
      this.armStallTimer();
      const hello = JSON.parse((event as MessageEvent<string>).data) as { latestSeq: number; after: number };
      // Anything still waiting from the previous connection came before this one's replay.
      this.flush();
      const first = this.sync.lastSeq === null;
      this.sync.connected(hello.after);
      if (first) this.rereadItemViews();
      this.attempt = 0;
      useConnectionStore.getState().set({ status: 'live', lastSeq: this.sync.lastSeq, retryAt: null });
    });
    source.addEventListener('message', (event) => {
      if (source !== this.source) return;
      this.armStallTimer();
      const seq = Number((event as MessageEvent<string>).lastEventId);
      if (!Number.isSafeInteger(seq)) return;
      const parsed = LiveMessageSchema.safeParse(JSON.parse((event as MessageEvent<string>).data));
      if (parsed.success && parsed.data.event.seq === seq) this.enqueue(parsed.data);
    });
    source.addEventListener('ping', () => this.armStallTimer());
    source.addEventListener('reset', (event) => {
      if (source !== this.source) return;
      this.armStallTimer();
      const { seq } = JSON.parse((event as MessageEvent<string>).data) as { seq: number };
      // Too far behind to replay: take the server's word for where we are and read every view again (a read on
      // its way, the queue's first page say, may have left inside the gap: it is asked anew, not joined).
      this.pending = [];
      this.sync.reset(seq);
      useConnectionStore.getState().set({ lastSeq: seq });
      readAgain(this.queryClient, {});
      // The views reload; the flashes that came in the gap would be lost with the replay: ask for them.
      if (this.lastHeardAt !== null) {
        const viewer = this.queryClient.getQueryData<SessionResponse | null>(queryKeys.session)?.user.id;
        raiseMissedFlashes(this.lastHeardAt, seq, viewer ?? null).catch(() => {
          // The queue itself reloads and shows them; only the alert is missing, and the next reset retries.
        });
      }
    });
    source.addEventListener('unauthorized', () => {
      this.closeSource();
      this.options.onUnauthorized();
    });
    source.addEventListener('limit', () => {
      if (source !== this.source) return;
      // The account follows the desk in as many windows as it may: this one waits, and asks again now and then
      // (a window closed elsewhere frees a place), not every second.
      this.closeSource();
      if (this.retryTimer) clearTimeout(this.retryTimer);
      useConnectionStore.getState().set({ status: 'limited', retryAt: Date.now() + LIMITED_RETRY_MS });
      this.retryTimer = setTimeout(() => void this.reconnect(), LIMITED_RETRY_MS);
    });
    source.addEventListener('error', () => {
      if (source !== this.source) return;
      // EventSource would retry on its own without backoff or a session check; we do it ourselves.
      this.closeSource();
      this.scheduleReconnect();
    });
  }

  /** A list landed behind what the stream and the buffer can give: reopen the stream from its sequence. */
  private scheduleReplay(): void {
    if (this.stopped || this.replayTimer) return;
    this.replayTimer = setTimeout(() => {
      this.replayTimer = null;
      // Not connected: the next (re)connection starts from the right place anyway.
      if (!this.source || this.stopped) return;
      this.flush();
      this.closeSource();
      this.connect({ quiet: true });
    }, REPLAY_DELAY_MS);
  }

  private armStallTimer(): void {
    if (this.stallTimer) clearTimeout(this.stallTimer);
    this.stallTimer = setTimeout(() => {
      if (this.source) {
        this.closeSource();
        this.scheduleReconnect();
      }
    }, STALL_MS);
  }

  private closeSource(): void {
    if (this.stallTimer) clearTimeout(this.stallTimer);
    this.stallTimer = null;
    this.source?.close();
    this.source = null;
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    this.attempt += 1;
    // Exponential backoff with "equal jitter": half fixed, half random, so tabs do not reconnect in lockstep.
    const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (this.attempt - 1));
    const delay = ceiling / 2 + Math.random() * (ceiling / 2);
    useConnectionStore.getState().set({ status: 'reconnecting', retryAt: Date.now() + delay });
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.reconnect(), delay);
  }

  private async reconnect(): Promise<void> {
    if (this.stopped) return;
    // A failed stream looks the same whether the server is down or the session is gone: ask which.
    try {
      await apiRequest('/api/session', { expectUnauthenticated: true });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        this.options.onUnauthorized();
        return;
      }
      this.scheduleReconnect();
      return;
    }
    this.connect();
  }

  private enqueue(message: LiveMessage): void {
    this.pending.push(message);
    // Messages that arrive together (a replay, a bulk action) are applied in one render.
    this.flushTimer ??= setTimeout(() => this.flush(), 16);
  }

  private flush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    const messages = this.pending;
    this.pending = [];
    if (messages.length === 0) return;
    this.lastHeardAt = messages.at(-1)!.event.at;
    notifyManager.batch(() => this.sync.receive(messages));
    useConnectionStore.getState().set({ lastSeq: this.sync.lastSeq });
  }

  private scheduleCounts(): void {
    this.countsTimer ??= setTimeout(() => {
      this.countsTimer = null;
      const refetchType = document.visibilityState === 'hidden' ? 'none' : 'active';
      void this.queryClient.invalidateQueries({ queryKey: queryKeys.facetsAll, refetchType });
      // The desk overview's counts move with the same events, and cannot be patched exactly either.
      void this.queryClient.invalidateQueries({ queryKey: queryKeys.deskOverviewAll, refetchType });
    }, COUNTS_DELAY_MS);
  }
}
