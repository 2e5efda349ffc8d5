import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { LiveItem } from '#shared/schemas/events.ts';
import { ItemCardSchema, type Item, type SameStory } from '#shared/schemas/items.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import { buildItem } from '../../../test-support/item-builder.ts';
import { answeredByHand, FAILS_AFTER, landed, viewOnScreen } from '../../../test-support/view-on-screen.ts';
import { patchPages, writeItemToCaches } from './item-cache.ts';
import type { ItemPages } from './list-page.ts';

const at = (minute: number) => `2026-01-02T10:${String(minute).padStart(2, '0')}:00.000Z`;
const item = (id: number, minute: number, patch: Partial<Item> = {}): Item =>
  buildItem({
    id,
    source: 's',
    headline: `h${id}`,
    body: `<p>${id}</p>`,
    receivedAt: at(minute),
    updatedAt: at(minute),
    ...patch,
  });

const pages = (rows: Item[][], nextCursor: string | null = null): ItemPages => ({
  // Pages hold rows as the server sends them: without bodies.
  pages: rows.map((items, index) => ({
    items: items.map(live),
    nextCursor: index === rows.length - 1 ? nextCursor : `c${index}`,
  })),
  pageParams: rows.map((_, index) => (index === 0 ? null : `c${index - 1}`)),
});
const ids = (result: ReturnType<typeof patchPages>) =>
  typeof result === 'string' ? result : result.pages.map((page) => page.items.map((row) => row.id));

/** An item as the live stream carries it: without its body. */
function live(full: Item): LiveItem {
  const { body: _body, ...rest } = full;
  return rest;
}

describe('live patches of queue pages', () => {
  const data = pages(
    [
      [item(5, 50), item(4, 40)],
      [item(3, 30), item(2, 20)],
    ],
    'more',
  );

  it('puts a new item at the top, newest first', () => {
    expect(ids(patchPages(data, item(6, 55), {}, null))).toEqual([
      [6, 5, 4],
      [3, 2],
    ]);
  });

  it('replaces a changed item in place as a card: lists carry what a page carries, even from a full item', () => {
    const cardFields = Object.keys(ItemCardSchema.shape).sort();
    const result = patchPages(data, live(item(4, 40, { status: 'accepted', version: 2 })), {}, null);
    expect(ids(result)).toEqual([
      [5, 4],
      [3, 2],
    ]);
    const row = (result as ItemPages).pages[0]!.items[1]!;
    expect(row.status).toBe('accepted');
    expect(Object.keys(row).sort()).toEqual(cardFields);
    // A mutation's answer is a full item; its row in a list is still a card (no body, no lede).
    const saved = patchPages(data, item(4, 40, { status: 'assigned', version: 3 }), {}, null) as ItemPages;
    expect(saved.pages[0]!.items[1]!.status).toBe('assigned');
    expect(Object.keys(saved.pages[0]!.items[1]!).sort()).toEqual(cardFields);
  });

  it('removes an item that no longer matches the view, and ignores older versions', () => {
    expect(
      ids(patchPages(data, item(3, 30, { status: 'spiked', version: 2 }), { status: ['incoming'] }, null)),
    ).toEqual([[5, 4], [2]]);
    const newer = pages([[item(5, 50, { version: 3 })]]);
    expect(patchPages(newer, item(5, 50, { status: 'spiked', version: 2 }), {}, null)).toBe('unchanged');
  });

  it('leaves an item older than everything loaded to the pages not loaded yet', () => {
    expect(patchPages(data, item(1, 10), {}, null)).toBe('unchanged');
    expect(ids(patchPages(pages([[item(5, 50)]]), item(1, 10), {}, null))).toEqual([[5, 1]]);
  });

  it('asks for a refetch when it cannot judge (text search)', () => {
    expect(patchPages(data, item(6, 55), { q: 'غاز' }, null)).toBe('refetch');
  });

  it('updates the source count of rows of the same story', () => {
    const clustered = pages([[item(5, 50, { clusterId: 5, clusterSize: 1 })]]);
    const result = patchPages(
      clustered,
      item(6, 55, { clusterId: 5, clusterSize: 2 }),
      {},
      null,
    ) as ItemPages;
    expect(result.pages[0]!.items.map((row) => [row.id, row.clusterSize])).toEqual([
      [6, 2],
      [5, 2],
    ]);
  });

  it('asks the server again when a new source joins a story in a collapsed list', () => {
    const clustered = pages([[item(5, 50, { clusterId: 5, clusterSize: 1 })]]);
    expect(
      patchPages(clustered, item(6, 55, { clusterId: 5, clusterSize: 2 }), { collapse: true }, null),
    ).toBe('refetch');
  });
});

describe('writing an item into the caches', () => {
  it('never lets a live item (no body) stand in for the detail: merges a newer version and refetches it', () => {
    const queryClient = new QueryClient();
    const key = queryKeys.item(4);
    queryClient.setQueryData(key, item(4, 40));
    writeItemToCaches(queryClient, live(item(4, 40, { status: 'accepted', version: 2 })), null);
    const detail = queryClient.getQueryData<Item>(key)!;
    expect(detail.status).toBe('accepted');
    expect(detail.body).toBe('<p>4</p>');
    expect(queryClient.getQueryState(key)!.isInvalidated).toBe(true);
  });

  it('leaves a detail alone for an event it already has (our own mutation answered first)', () => {
    const queryClient = new QueryClient();
    const key = queryKeys.item(4);
    queryClient.setQueryData(key, item(4, 40, { version: 3, status: 'accepted' }));
    writeItemToCaches(queryClient, live(item(4, 40, { version: 3, status: 'accepted' })), null);
    writeItemToCaches(queryClient, live(item(4, 40, { version: 2 })), null);
    expect(queryClient.getQueryData<Item>(key)!.status).toBe('accepted');
    expect(queryClient.getQueryState(key)!.isInvalidated).toBe(false);
    // A live item never creates a detail entry (it has no body to show).
    writeItemToCaches(queryClient, live(item(9, 50)), null);
    expect(queryClient.getQueryData(queryKeys.item(9))).toBeUndefined();
  });

  it('takes who is editing from an item.lease event (same version) into the detail and the rows', () => {
    const queryClient = new QueryClient();
    const key = queryKeys.item(4);
    const list = queryKeys.itemList({});
    queryClient.setQueryData(key, item(4, 40, { version: 2 }));
    queryClient.setQueryData(list, pages([[item(4, 40, { version: 2 })]]));
    const lease = {
      holder: { id: 3, username: 'huda', displayName: 'هدى العلي' },
      since: at(41),
      expiresAt: at(42),
      tabId: 'tab-123456',
    };
    writeItemToCaches(queryClient, live(item(4, 40, { version: 2, lease })), null);
    expect(queryClient.getQueryData<Item>(key)!.lease).toEqual(lease);
    expect(queryClient.getQueryData<Item>(key)!.body).toBe('<p>4</p>');
    expect(queryClient.getQueryState(key)!.isInvalidated).toBe(false);
    expect(queryClient.getQueryData<ItemPages>(list)!.pages[0]!.items[0]!.lease).toEqual(lease);
    // Released: gone from both.
    writeItemToCaches(queryClient, live(item(4, 40, { version: 2, lease: null })), null);
    expect(queryClient.getQueryData<Item>(key)!.lease).toBeNull();
    expect(queryClient.getQueryData<ItemPages>(list)!.pages[0]!.items[0]!.lease).toBeNull();
  });

  it('patches only the lists it is told to', () => {
    const queryClient = new QueryClient();
    const all = queryKeys.itemList({});
    const kz = queryKeys.itemList({ country: ['KZ'] });
    queryClient.setQueryData(all, pages([[item(5, 50)]]));
    queryClient.setQueryData(kz, pages([[item(5, 50, { countries: ['KZ'] })]]));
    writeItemToCaches(queryClient, live(item(6, 55, { countries: ['KZ'] })), null, {
      lists: (query) => query.queryKey[2] !== undefined && 'country' in (query.queryKey[2] as object),
      detail: false,
    });
    expect(ids(queryClient.getQueryData<ItemPages>(all)!)).toEqual([[5]]);
    expect(ids(queryClient.getQueryData<ItemPages>(kz)!)).toEqual([[6, 5]]);
  });

  it("shows a report's new status in the open item's list of its story's reports, never an older one", () => {
    const queryClient = new QueryClient();
    const story = [item(5, 50, { clusterId: 5 }), item(4, 40, { clusterId: 5 })];
    const deskStory = item(9, 45, { origin: 'desk', status: 'accepted', version: 1 });
    queryClient.setQueryData(queryKeys.cluster(5), { items: story, stories: [deskStory] });
    const assigned = live(
      item(4, 40, {
        clusterId: 5,
        status: 'assigned',
        version: 3,
        assignee: { id: 7, username: 'layla', displayName: 'ليلى' },
      }),
    );
    writeItemToCaches(queryClient, assigned, null, { detail: false });
    const sameStory = () => queryClient.getQueryData<SameStory>(queryKeys.cluster(5))!;
    const reports = () => sameStory().items;
    expect(reports()[1]).toMatchObject({ id: 4, status: 'assigned', version: 3, assignee: { id: 7 } });
    // Still the whole report: the list's own fields (its body) stay.
    expect(reports()[1]!.body).toBe('<p>4</p>');
    expect(reports()[0]).toBe(story[0]);
    writeItemToCaches(
      queryClient,
      live(item(4, 40, { clusterId: 5, status: 'accepted', version: 2 })),
      null,
      {
        detail: false,
      },
    );
    expect(reports()[1]!.status).toBe('assigned');
    // A desk story written from the reports, taken to review.
    writeItemToCaches(queryClient, live({ ...deskStory, status: 'in_review', version: 2 }), null, {
      detail: false,
    });
    expect(sameStory().stories[0]).toMatchObject({ id: 9, status: 'in_review' });
    expect(reports()[1]!.status).toBe('assigned');
  });
});

/** An opened item's detail, as the pane holds it: each read of it waits for the test to answer it. */
const detailOnScreen = (id: number) => viewOnScreen<Item>(queryKeys.item(id));
/** Matches a detail that shows this version. */
const atVersion = (version: number) => (data: Item | undefined) => data?.version === version;

it(
  "a change heard while an opened item's first read is on its way is not lost: that read is dropped and asked again",
  FAILS_AFTER,
  async () => {
    const pane = detailOnScreen(9);
    await pane.asked(1);
    // The item was accepted after its first read left: the live item has no body, so it cannot stand in.
    writeItemToCaches(pane.queryClient, live(item(9, 10, { status: 'accepted', version: 2 })), null);
    await pane.asked(2);
    pane.answer(1, item(9, 10));
    pane.answer(2, item(9, 10, { status: 'accepted', version: 2 }));
    await pane.settlesOn(atVersion(2));
    expect(pane.shown()).toMatchObject({ status: 'accepted', version: 2 });
  },
);

it(
  'whoever awaits the dropped read (the editor opening a story) gets the new read’s answer, not an error',
  FAILS_AFTER,
  async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const server = answeredByHand<Item>();
    const opened = queryClient.fetchQuery({ queryKey: queryKeys.item(9), queryFn: server.queryFn });
    writeItemToCaches(queryClient, live(item(9, 10, { status: 'accepted', version: 2 })), null);
    await server.asked(2);
    server.answer(1, item(9, 10));
    server.answer(2, item(9, 10, { status: 'accepted', version: 2 }));
    await expect(opened).resolves.toMatchObject({ status: 'accepted', version: 2 });
  },
);

it(
  "a whole item written while the detail's first read is on its way (a mutation's answer) is not put back by that read",
  FAILS_AFTER,
  async () => {
    const pane = detailOnScreen(9);
    await pane.asked(1);
    const accepted = item(9, 10, { status: 'accepted', version: 2 });
    writeItemToCaches(pane.queryClient, accepted, null);
    // The change's own event comes next: the same version, no body, nothing new for the detail.
    writeItemToCaches(pane.queryClient, live(accepted), null);
    // The first read left before the change and answers without it.
    pane.answer(1, item(9, 10));
    await landed();
    expect(pane.shown()).toMatchObject({ status: 'accepted', version: 2 });
    await pane.asked(2);
    pane.answer(2, accepted);
    await pane.settlesOn(atVersion(2));
    expect(pane.shown()).toMatchObject({ status: 'accepted', version: 2, body: '<p>9</p>' });
  },
);

it(
  'the same for a refetch on its way when a whole item is written over a loaded detail',
  FAILS_AFTER,
  async () => {
    const pane = detailOnScreen(9);
    await pane.asked(1);
    pane.answer(1, item(9, 10));
    await pane.shows(atVersion(1));
    // Someone else's change: the detail is read again.
    writeItemToCaches(pane.queryClient, live(item(9, 10, { version: 2, headline: 'h9 (2)' })), null);
    await pane.asked(2);
    // Meanwhile this desk's own change is answered, then heard.
    const accepted = item(9, 10, { status: 'accepted', version: 3, headline: 'h9 (2)' });
    writeItemToCaches(pane.queryClient, accepted, null);
    writeItemToCaches(pane.queryClient, live(accepted), null);
    pane.answer(2, item(9, 10, { version: 2, headline: 'h9 (2)' }));
    await landed();
    expect(pane.shown()).toMatchObject({ status: 'accepted', version: 3 });
    await pane.asked(3);
    pane.answer(3, accepted);
    await pane.settlesOn(atVersion(3));
    expect(pane.shown()).toMatchObject({ status: 'accepted', version: 3 });
  },
);
