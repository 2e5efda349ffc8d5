import { QueryClient, type Query } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LiveMessage } from '#shared/schemas/events.ts';
import type { ItemFilters } from '#shared/schemas/items.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import type { ListPage } from './list-page.ts';
import { BUFFER_SIZE, LiveSync, pageStamp, readLiveSeq } from './sync.ts';

const message = (seq: number, itemId: number | null = 1): LiveMessage => ({
  event: {
    seq,
    type: 'item.edited',
    itemId,
    actor: { kind: 'system', id: null, name: 'test' },
    payload: { fields: [] },
    at: '2026-01-02T10:00:00.000Z',
  },
  item: null,
});

const QUEUE: ItemFilters = {};
const KZ: ItemFilters = { country: ['KZ'] };

interface Applied {
  seq: number;
  lists: string[];
  fresh: boolean;
}

const listName = (query: Query) => JSON.stringify(query.queryKey[2]);
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup() {
  const queryClient = new QueryClient();
  const sync = new LiveSync();
  const applied: Applied[] = [];
  let replays = 0;
  let countRefreshes = 0;
  sync.attach(queryClient, {
    apply: (msg, lists, fresh) => {
      const names = queryClient
        .getQueryCache()
        .findAll({ queryKey: queryKeys.itemLists })
        .filter((query) => query.state.data !== undefined && lists(query))
        .map(listName);
      applied.push({ seq: msg.event.seq, lists: names, fresh });
    },
    needReplay: () => replays++,
    refreshCounts: () => countRefreshes++,
  });
  /** A list (or facets) answered by the server at this X-Live-Seq. */
  const load = (filters: ItemFilters, liveSeq: number) =>
    queryClient.fetchInfiniteQuery({
      queryKey: queryKeys.itemList(filters),
      queryFn: (): ListPage => ({ items: [], nextCursor: null, liveSeq }),
      initialPageParam: null as string | null,
      getNextPageParam: () => null,
    });
  const loadFacets = (liveSeq: number) =>
    queryClient.fetchQuery({
      queryKey: queryKeys.facets({}),
      queryFn: () => ({ total: 0, liveSeq }),
    });
  /** The desk overview, counted at this X-Live-Seq. */
  const loadOverview = (liveSeq: number) =>
    queryClient.fetchQuery({
      queryKey: queryKeys.deskOverview({ tz: 'UTC' }),
      queryFn: () => ({ liveSeq }),
    });
  return {
    queryClient,
    sync,
    applied,
    load,
    loadFacets,
    loadOverview,
    tick,
    replays: () => replays,
    countRefreshes: () => countRefreshes,
  };
}

describe('live sequences', () => {
  let t: ReturnType<typeof setup>;
  beforeEach(() => {
    t = setup();
  });
  afterEach(() => t.sync.detach());

  it('reads X-Live-Seq and stamps a page no later than what its view held when the request left', () => {
    expect(readLiveSeq(new Headers({ 'x-live-seq': '42' }))).toBe(42);
    expect(readLiveSeq(new Headers({ 'x-live-seq': 'x' }))).toBeUndefined();
    expect(readLiveSeq(new Headers())).toBeUndefined();
    expect(pageStamp(42, null)).toBe(42);
    expect(pageStamp(42, 40)).toBe(40);
    expect(pageStamp(undefined, 40)).toBe(40);
  });

  it('opens the stream after the smallest sequence of the views loaded before it', async () => {
    await t.load(QUEUE, 12);
    await t.load(KZ, 10);
    await t.loadFacets(11);
    expect(t.sync.connectAfter()).toBe(10);
    t.sync.connected(10);
    t.sync.receive([message(11), message(12), message(13)]);
    // The queue read its rows at 12: it holds 11 and 12 already and takes only 13.
    expect(t.applied).toEqual([
      { seq: 11, lists: ['{"country":["KZ"]}'], fresh: true },
      { seq: 12, lists: ['{"country":["KZ"]}'], fresh: true },
      { seq: 13, lists: ['{}', '{"country":["KZ"]}'], fresh: true },
    ]);
    expect(t.countRefreshes()).toBe(1);
    expect(t.sync.lastSeq).toBe(13);
    expect(t.sync.connectAfter()).toBe(13);
  });

  it('without loaded views, follows from the server’s current sequence', () => {
    expect(t.sync.connectAfter()).toBeUndefined();
    t.sync.connected(50);
    expect(t.sync.lastSeq).toBe(50);
    t.sync.receive([message(50), message(51)]);
    expect(t.applied.map((entry) => entry.seq)).toEqual([51]);
  });

  it('brings a list that lands behind the stream forward from the buffer, only that list, quietly', async () => {
    await t.load(QUEUE, 5);
    t.sync.connected(5);
    t.sync.receive([message(6), message(7), message(8)]);
    t.applied.length = 0;
    // KZ's rows were read at 6 but arrive after 7 and 8 were heard.
    await t.load(KZ, 6);
    await t.tick();
    expect(t.applied).toEqual([
      { seq: 7, lists: ['{"country":["KZ"]}'], fresh: false },
      { seq: 8, lists: ['{"country":["KZ"]}'], fresh: false },
    ]);
    expect(t.replays()).toBe(0);
    t.sync.receive([message(9)]);
    expect(t.applied.at(-1)).toEqual({ seq: 9, lists: ['{}', '{"country":["KZ"]}'], fresh: true });
  });

  it('reopens the stream from a list’s sequence when the buffer does not reach back; the replay is not applied twice', async () => {
    await t.load(QUEUE, 100);
    t.sync.connected(100);
    t.sync.receive([message(101), message(102)]);
    await t.load(KZ, 90);
    expect(t.replays()).toBe(1);
    expect(t.sync.connectAfter()).toBe(90);
    // While the stream is being reopened, KZ must not take 103 out of order.
    t.sync.receive([message(103)]);
    expect(t.applied.at(-1)).toEqual({ seq: 103, lists: ['{}'], fresh: true });
    t.applied.length = 0;
    t.sync.connected(90);
    t.sync.receive([91, 92, 101, 102, 103, 104].map((seq) => message(seq)));
    expect(t.applied).toEqual([
      { seq: 91, lists: ['{"country":["KZ"]}'], fresh: false },
      { seq: 92, lists: ['{"country":["KZ"]}'], fresh: false },
      { seq: 101, lists: ['{"country":["KZ"]}'], fresh: false },
      { seq: 102, lists: ['{"country":["KZ"]}'], fresh: false },
      { seq: 103, lists: ['{"country":["KZ"]}'], fresh: false },
      { seq: 104, lists: ['{}', '{"country":["KZ"]}'], fresh: true },
    ]);
    expect(t.sync.connectAfter()).toBe(104);
  });

  it('ignores what the current connection delivered already', async () => {
    await t.load(QUEUE, 1);
    t.sync.connected(1);
    t.sync.receive([message(2), message(3)]);
    t.sync.receive([message(3), message(2)]);
    expect(t.applied.map((entry) => entry.seq)).toEqual([2, 3]);
  });

  it('re-asks facets counted before events the tab has heard', async () => {
    await t.load(QUEUE, 1);
    t.sync.connected(1);
    t.sync.receive([message(2, null), message(3, 7)]);
    const before = t.countRefreshes();
    await t.loadFacets(3);
    expect(t.countRefreshes()).toBe(before);
    await t.loadFacets(2);
    expect(t.countRefreshes()).toBe(before + 1);
  });

  it('re-asks a desk overview counted before events the tab has heard, and only that', async () => {
    await t.load(QUEUE, 1);
    t.sync.connected(1);
    t.sync.receive([message(2, null), message(3, 7)]);
    const before = t.countRefreshes();
    // Read while item 7 changed, answered without it: the chief's counts would stand until the next event.
    await t.loadOverview(2);
    expect(t.countRefreshes()).toBe(before + 1);
    await t.loadOverview(3);
    expect(t.countRefreshes()).toBe(before + 1);
    // An event about no item (a sign-in, say) moves no count.
    await t.loadOverview(3);
    t.sync.receive([message(4, null)]);
    expect(t.countRefreshes()).toBe(before + 1);
  });

  it('keeps a bounded buffer and reopens the stream for what it no longer holds', async () => {
    await t.load(QUEUE, 0);
    t.sync.connected(0);
    t.sync.receive(Array.from({ length: BUFFER_SIZE + 10 }, (_, index) => message(index + 1)));
    await t.load(KZ, 5);
    expect(t.replays()).toBe(1);
    await t.load({ topic: ['energy'] }, 20);
    await t.tick();
    expect(t.replays()).toBe(1);
  });

  it('after a reset, forgets every view (they are reloaded)', async () => {
    await t.load(QUEUE, 3);
    t.sync.reset(500);
    expect(t.sync.connectAfter()).toBe(500);
  });
});
