/**
 * The live stream: ONE Server-Sent Events connection per tab drives React Query's cache. Each message carries
 * the event and the item as it now is: the item is written into its detail entry and every loaded list
 * (exact patches), facets are refreshed (a count cannot be patched exactly), history gets the event appended.
 * The last applied sequence is tracked; a reconnect (own backoff with jitter) asks for everything after it,
 * and anything at or below it is ignored, so nothing is lost or applied twice.
 */
import { notifyManager, type QueryClient } from '@tanstack/react-query';
import { notificationKindFor } from '#shared/notifications.ts';
import { LiveMessageSchema, type LiveMessage, type MirsadEvent } from '#shared/schemas/events.ts';
import type { SessionResponse } from '#shared/schemas/users.ts';
import type { Notification } from '#shared/schemas/views.ts';
import { useConnectionStore } from '../stores/connection-store.ts';
import { pushToast } from '../stores/toast-store.ts';
import { ApiError, apiRequest } from './api-client.ts';
import { writeItemToCaches } from './item-cache.ts';
import { queryKeys } from './query-keys.ts';

const STREAM_URL = '/api/events/stream';
const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
/** Counts are re-asked at most this often while items change (they are the server's costliest query). */
const FACETS_DELAY_MS = 2_000;
/** No frame (ping comes every 15 s) for this long means the connection is dead even if the socket says not. */
const STALL_MS = 40_000;

export interface LiveOptions {
  /** The session ended (stream said so, or the session check answered 401). */
  onUnauthorized(): void;
}

export class LiveConnection {
  private source: EventSource | null = null;
  private lastSeq: number | null = null;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stallTimer: ReturnType<typeof setTimeout> | null = null;
  private facetsTimer: ReturnType<typeof setTimeout> | null = null;
  private pending: LiveMessage[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    private readonly queryClient: QueryClient,
    private readonly options: LiveOptions,
  ) {}

  start(): void {
    window.addEventListener('online', this.handleOnline);
    window.addEventListener('offline', this.handleOffline);
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    window.removeEventListener('online', this.handleOnline);
    window.removeEventListener('offline', this.handleOffline);
    this.closeSource();
    for (const timer of [this.retryTimer, this.facetsTimer, this.flushTimer]) if (timer) clearTimeout(timer);
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

  private connect(): void {
    if (this.stopped) return;
    const url = this.lastSeq === null ? STREAM_URL : `${STREAM_URL}?after=${this.lastSeq}`;
    const openedAt = Date.now();
    const source = new EventSource(url, { withCredentials: true });
    this.source = source;
    useConnectionStore.getState().set({ status: this.lastSeq === null ? 'connecting' : 'reconnecting' });
    this.armStallTimer();

    source.addEventListener('hello', (event) => {
      this.armStallTimer();
      const hello = JSON.parse((event as MessageEvent<string>).data) as { latestSeq: number; after: number };
      const first = this.lastSeq === null;
      if (first) this.lastSeq = hello.after;
      this.attempt = 0;
      useConnectionStore.getState().set({ status: 'live', lastSeq: this.lastSeq, retryAt: null });
      // The first connection cannot replay what happened before it: views that had loaded before the stream
      // was asked for are re-checked once. (Lists answered while it was opening count as current: the window
      // is a few milliseconds; docs/requests-from-client.md asks for a sequence on list responses to close it.)
      if (first) {
        void this.queryClient.invalidateQueries({
          queryKey: queryKeys.items,
          predicate: (query) => query.state.dataUpdatedAt > 0 && query.state.dataUpdatedAt < openedAt,
        });
      }
    });
    source.addEventListener('message', (event) => {
      this.armStallTimer();
      const seq = Number((event as MessageEvent<string>).lastEventId);
      if (!Number.isFinite(seq) || (this.lastSeq !== null && seq <= this.lastSeq)) return;
      const parsed = LiveMessageSchema.safeParse(JSON.parse((event as MessageEvent<string>).data));
      this.lastSeq = seq;
      if (parsed.success) this.enqueue(parsed.data);
    });
    source.addEventListener('ping', () => this.armStallTimer());
    source.addEventListener('reset', (event) => {
      this.armStallTimer();
      const { seq } = JSON.parse((event as MessageEvent<string>).data) as { seq: number };
      // Too far behind to replay: take the server's word for where we are and reload every view.
      this.lastSeq = seq;
      this.pending = [];
      useConnectionStore.getState().set({ lastSeq: seq });
      void this.queryClient.invalidateQueries();
    });
    source.addEventListener('unauthorized', () => {
      this.closeSource();
      this.options.onUnauthorized();
    });
    source.addEventListener('error', () => {
      // EventSource would retry on its own without backoff or a session check; we do it ourselves.
      this.closeSource();
      this.scheduleReconnect();
    });
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
    this.flushTimer = null;
    const messages = this.pending;
    this.pending = [];
    if (messages.length === 0) return;
    notifyManager.batch(() => {
      for (const message of messages) applyLiveMessage(this.queryClient, message);
    });
    useConnectionStore.getState().set({ lastSeq: this.lastSeq });
    if (messages.some((message) => message.event.itemId !== null)) this.scheduleFacets();
  }

  private scheduleFacets(): void {
    this.facetsTimer ??= setTimeout(() => {
      this.facetsTimer = null;
      void this.queryClient.invalidateQueries({
        queryKey: queryKeys.facetsAll,
        refetchType: document.visibilityState === 'hidden' ? 'none' : 'active',
      });
    }, FACETS_DELAY_MS);
  }
}

/** Applies one live message to the cache, and notifies the user when it concerns them. */
export function applyLiveMessage(queryClient: QueryClient, message: LiveMessage): void {
  const { event, item } = message;
  const session = queryClient.getQueryData<SessionResponse | null>(queryKeys.session);
  const user = session?.user ?? null;

  if (item) {
    const bodyChanged =
      event.type === 'item.reingested' ||
      (event.type === 'item.edited' &&
        Array.isArray(event.payload.fields) &&
        event.payload.fields.includes('body'));
    writeItemToCaches(queryClient, item, user?.id ?? null, { bodyChanged });
    if (event.type === 'item.ingested' || event.type === 'item.reingested') {
      void queryClient.invalidateQueries({ queryKey: queryKeys.clusterAll });
    }
  }
  if (event.itemId !== null) {
    queryClient.setQueryData<{ events: MirsadEvent[] }>(queryKeys.history(event.itemId), (old) =>
      old && !old.events.some((known) => known.seq === event.seq) ? { events: [...old.events, event] } : old,
    );
    if (event.type === 'comment.added' || typeof event.payload.commentId === 'number') {
      void queryClient.invalidateQueries({ queryKey: queryKeys.comments(event.itemId) });
    }
  }
  if (event.type === 'user.updated' && user && event.itemId === null && event.payload.userId === user.id) {
    void queryClient.invalidateQueries({ queryKey: queryKeys.session });
  }

  if (!user) return;
  const kind = notificationKindFor(event, user);
  if (!kind) return;
  const notification: Notification = {
    kind,
    event,
    item: item ? { id: item.id, headline: item.headline, status: item.status } : null,
  };
  queryClient.setQueryData<{ notifications: Notification[] }>(queryKeys.notifications, (old) =>
    old && !old.notifications.some((known) => known.event.seq === event.seq)
      ? { notifications: [notification, ...old.notifications] }
      : old,
  );
  pushToast({
    kind: 'notification',
    notification: kind,
    itemId: event.itemId,
    headline: item?.headline ?? null,
    actor: event.actor.name,
  });
}
