/**
 * Which live events each loaded view already holds, so that nothing between reading a list and hearing the
 * stream is lost, and no event is applied twice to a view that already has it.
 *
 * `GET /api/items`, and the counts (`/api/items/facets`, `/api/desk/overview`), answer with `X-Live-Seq`: the
 * committed event sequence read before the rows or counts. Each list page is stamped with it (lowered to what
 * its view had absorbed when the request left: React Query keeps the pages it had at that moment, so events
 * applied meanwhile must be applied again).
 *
 * - The stream is opened, and reopened, with `?after=` the smallest sequence any loaded view still needs
 *   (or the last one seen, whichever is lower).
 * - Every message received is kept in a bounded buffer. A list that lands behind the stream (its rows were
 *   read before events the tab has already heard) is brought forward from the buffer at once; when the
 *   buffer does not reach back far enough, the stream is reopened from that list's sequence.
 * - A message is applied to a list only if the list has not absorbed it yet; replayed messages (at or below
 *   the last sequence seen) patch only the lists that need them and never toast twice.
 *
 * Patching twice would mostly be harmless (rows carry versions), but a message also inserts and removes rows,
 * and its item is whatever the server holds when it sends it: the sequence keeps each list in event order.
 */
import { hashKey, type Query, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { LiveMessage } from '#shared/schemas/events.ts';
import type { ItemFilters } from '#shared/schemas/items.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import type { ItemPages, ListPage } from './list-page.ts';

export const LIVE_SEQ_HEADER = 'x-live-seq';
/** Messages kept to bring late lists forward without reopening the stream. */
export const BUFFER_SIZE = 2_000;

/**
 * The sequence to stamp a freshly read list page with: what the server read its rows at, lowered to what the
 * view held when the request left (React Query keeps the view's other pages as they were at that moment).
 */
export function pageStamp(headerSeq: number | undefined, absorbedAtStart: number | null): number | undefined {
  if (headerSeq === undefined) return absorbedAtStart ?? undefined;
  return absorbedAtStart === null ? headerSeq : Math.min(headerSeq, absorbedAtStart);
}

/** The X-Live-Seq of a response, if it carries a valid one. */
export function readLiveSeq(headers: Headers): number | undefined {
  const raw = headers.get(LIVE_SEQ_HEADER);
  if (raw === null || !/^\d+$/.test(raw.trim())) return undefined;
  const seq = Number(raw);
  return Number.isSafeInteger(seq) ? seq : undefined;
}

/** Counts (facets, the desk overview) with the sequence they were counted at, when the answer said. */
export type Counted<T> = T & { liveSeq?: number };

export interface LiveSyncHooks {
  /**
   * Applies a message: to the lists the predicate accepts, and, when `fresh` (never heard by this tab before),
   * everything else it means (item detail, history, notifications, toasts).
   */
  apply(message: LiveMessage, lists: (query: Query) => boolean, fresh: boolean): void;
  /** Some list needs events the current stream and the buffer cannot give: reopen the stream. */
  needReplay(): void;
  /** Counts (facets, the desk overview) may be out of date. */
  refreshCounts(): void;
}

const isListKey = (key: QueryKey) => key[0] === queryKeys.itemLists[0] && key[1] === queryKeys.itemLists[1];
/** Counts that events move but cannot patch: re-asked (refreshCounts) when they may be out of date. */
const isCountsKey = (key: QueryKey) =>
  (key[0] === queryKeys.facetsAll[0] && key[1] === queryKeys.facetsAll[1]) ||
  key[0] === queryKeys.deskOverviewAll[0];

/**
 * One per tab, built in main.tsx and handed down (context.ts): the list fetchers stamp pages with it, the live
 * connection drives it, optimistic rollbacks replay from it. Not a module singleton, so tests build their own.
 */
export class LiveSync {
  /** The highest sequence heard (applied or replayed); null before the first connection. */
  lastSeq: number | null = null;
  /** Lists whose absorbed sequence differs from lastSeq (behind, ahead, or loaded before the stream). */
  private readonly views = new Map<string, number>();
  /** Lists with a gap the current stream cannot fill (it began after them): they wait for it to be reopened. */
  private readonly gapped = new Set<string>();
  /** Every message heard with a sequence in (coverFrom, delivered], in order. */
  private buffer: LiveMessage[] = [];
  private coverFrom: number | null = null;
  /** The last sequence the current connection delivered. */
  private delivered: number | null = null;
  private readonly seenPages = new WeakSet<object>();
  private queryClient: QueryClient | null = null;
  private hooks: LiveSyncHooks | null = null;
  private unsubscribe: (() => void) | null = null;

  /** Starts watching the cache: lists and counts that land are checked against the stream. */
  attach(queryClient: QueryClient, hooks: LiveSyncHooks): void {
    this.detach();
    this.queryClient = queryClient;
    this.hooks = hooks;
    this.unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      const { query } = event;
      if (event.type === 'removed') {
        this.views.delete(query.queryHash);
        this.gapped.delete(query.queryHash);
        return;
      }
      if (event.type !== 'updated' || event.action.type !== 'success') return;
      if (isListKey(query.queryKey)) this.listLanded(query, event.action.manual === true);
      else if (isCountsKey(query.queryKey) && event.action.manual !== true) this.countsLanded(query);
    });
    // Lists that loaded before the stream was set up (the queue is requested at boot) are views too.
    for (const query of queryClient.getQueryCache().findAll({ queryKey: queryKeys.itemLists })) {
      if (query.state.data !== undefined) this.listLanded(query, false);
    }
  }

  detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.queryClient = null;
    this.hooks = null;
  }

  /** Forgets everything (a new user signs in; tests). */
  clear(): void {
    this.lastSeq = null;
    this.views.clear();
    this.gapped.clear();
    this.buffer = [];
    this.coverFrom = this.delivered = null;
  }

  /** The sequence a view has absorbed: its own when it differs from the stream's, else the stream's. */
  absorbedOf(queryHash: string): number | null {
    return this.views.get(queryHash) ?? this.lastSeq;
  }

  /** What a list's view has absorbed right now, read as its page request leaves (null: nothing loaded). */
  absorbedAtStart(filters: ItemFilters): number | null {
    const hash = hashKey(queryKeys.itemList(filters));
    const data = this.queryClient?.getQueryCache().get(hash)?.state.data;
    return data === undefined ? null : this.absorbedOf(hash);
  }

  /** Where to open the stream: the lowest sequence a loaded view still needs, or undefined for "from now". */
  connectAfter(): number | undefined {
    let after = this.lastSeq ?? Number.POSITIVE_INFINITY;
    for (const seq of this.views.values()) after = Math.min(after, seq);
    if (this.lastSeq === null) {
      for (const counts of this.countQueries()) {
        const seq = (counts.state.data as Counted<object> | undefined)?.liveSeq;
        if (seq !== undefined) after = Math.min(after, seq);
      }
    }
    return Number.isFinite(after) ? after : undefined;
  }

  /** The stream said hello: it delivers everything after `after`. */
  connected(after: number): void {
    if (this.lastSeq === null) this.lastSeq = after;
    this.delivered = after;
    if (this.coverFrom === null || after < this.coverFrom || after > this.lastSeq) {
      this.buffer = [];
      this.coverFrom = after;
    }
    // This connection replays everything after `after`, in order: lists at or past it are fed again; a list
    // that landed meanwhile further back still has a gap.
    this.gapped.clear();
    for (const [hash, absorbed] of this.views) if (absorbed < after) this.gapped.add(hash);
    this.settleViews();
    if (this.gapped.size) this.hooks?.needReplay();
  }

  /** The stream said it is too far behind to replay: every view is reloaded (by the caller). */
  reset(seq: number): void {
    this.lastSeq = seq;
    this.views.clear();
    this.gapped.clear();
    this.buffer = [];
    this.coverFrom = this.delivered = seq;
  }

  /** Messages from the stream, in order. */
  receive(messages: readonly LiveMessage[]): void {
    const hooks = this.hooks;
    if (!hooks) return;
    let countsStale = false;
    for (const message of messages) {
      const seq = message.event.seq;
      if (this.delivered !== null && seq <= this.delivered) continue;
      this.delivered = seq;
      this.remember(message);
      const fresh = this.lastSeq === null || seq > this.lastSeq;
      const before = this.lastSeq;
      hooks.apply(message, (query) => this.takes(query.queryHash, seq, before), fresh);
      for (const [hash, absorbed] of this.views) {
        if (absorbed < seq && !this.gapped.has(hash)) this.views.set(hash, seq);
      }
      if (fresh) this.lastSeq = seq;
      if (message.event.itemId !== null && (fresh || this.countsOlderThan(seq))) countsStale = true;
      this.settleViews();
    }
    if (countsStale) hooks.refreshCounts();
  }

  /** Re-applies what the buffer holds after `seq` to every list (after an optimistic rollback). */
  reapplyAfter(seq: number | null): void {
    if (seq === null || !this.hooks) return;
    for (const message of this.buffer) {
      if (message.event.seq > seq) this.hooks.apply(message, () => true, false);
    }
  }

  /** Whether a message with this sequence is new to the list (and the list can take it in order). */
  private takes(queryHash: string, seq: number, lastSeqBefore: number | null): boolean {
    if (this.gapped.has(queryHash)) return false;
    const own = this.views.get(queryHash);
    if (own === undefined) return lastSeqBefore === null || seq > lastSeqBefore;
    return own < seq;
  }

  /** The last sequence the buffer holds (it holds everything after coverFrom up to here). */
  private bufferEnd(): number | null {
    return this.buffer.at(-1)?.event.seq ?? this.coverFrom;
  }

  private remember(message: LiveMessage): void {
    const end = this.bufferEnd();
    // A replay after reopening the stream re-sends what the buffer may hold already.
    if (end !== null && message.event.seq <= end) return;
    this.buffer.push(message);
    if (this.buffer.length > BUFFER_SIZE) {
      const dropped = this.buffer.splice(0, this.buffer.length - BUFFER_SIZE);
      this.coverFrom = dropped.at(-1)!.event.seq;
    }
  }

  /** Lists exactly at the stream's sequence need no entry of their own. */
  private settleViews(): void {
    for (const [hash, absorbed] of this.views)
      if (absorbed === this.lastSeq && !this.gapped.has(hash)) this.views.delete(hash);
  }

  private listLanded(query: Query, manual: boolean): void {
    const data = query.state.data as ItemPages | undefined;
    if (!data) return;
    const fresh = data.pages.filter((page) => !this.seenPages.has(page));
    for (const page of data.pages) this.seenPages.add(page);
    // Our own patches (setQueryData) carry pages that are already accounted for.
    if (manual) return;
    const stamps = fresh.map((page: ListPage) => page.liveSeq).filter((seq) => seq !== undefined);
    if (stamps.length === 0) return;
    const stamp = Math.min(...stamps);
    const hash = query.queryHash;
    this.gapped.delete(hash);
    if (this.lastSeq === null || stamp >= this.lastSeq) {
      if (stamp === this.lastSeq) this.views.delete(hash);
      else this.views.set(hash, stamp);
      return;
    }
    if (this.coverFrom !== null && this.coverFrom <= stamp) {
      // Behind what the tab has heard, but the buffer reaches back: bring it forward now, in order.
      const hooks = this.hooks;
      const catchUp = this.buffer.filter((message) => message.event.seq > stamp);
      this.views.set(hash, Math.max(stamp, this.bufferEnd() ?? stamp));
      if (hooks && catchUp.length) {
        queueMicrotask(() => {
          for (const message of catchUp) hooks.apply(message, (other) => other.queryHash === hash, false);
        });
      }
      this.settleViews();
      return;
    }
    // The buffer does not reach back that far: the stream must be reopened from this list's sequence.
    this.views.set(hash, stamp);
    this.gapped.add(hash);
    this.hooks?.needReplay();
  }

  private countsLanded(query: Query): void {
    const seq = (query.state.data as Counted<object> | undefined)?.liveSeq;
    if (seq === undefined || this.lastSeq === null || seq >= this.lastSeq) return;
    const covered = this.coverFrom !== null && this.coverFrom <= seq;
    if (!covered || this.buffer.some((message) => message.event.seq > seq && message.event.itemId !== null))
      this.hooks?.refreshCounts();
  }

  private countQueries(): Query[] {
    return (
      this.queryClient?.getQueryCache().findAll({ predicate: (query) => isCountsKey(query.queryKey) }) ?? []
    );
  }

  private countsOlderThan(seq: number): boolean {
    return this.countQueries().some((query) => {
      const stamp = (query.state.data as Counted<object> | undefined)?.liveSeq;
      return stamp !== undefined && stamp < seq;
    });
  }
}
