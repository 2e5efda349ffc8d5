import { describe, expect, it } from 'vitest';
import type { Item } from '#shared/schemas/items.ts';
import { patchPages, type ItemPages } from './item-cache.ts';

const at = (minute: number) => `2026-01-02T10:${String(minute).padStart(2, '0')}:00.000Z`;
const item = (id: number, minute: number, patch: Partial<Item> = {}): Item =>
  ({
    id,
    source: 's',
    guid: `g${id}`,
    url: null,
    language: 'ar',
    headline: `h${id}`,
    summary: '',
    body: `<p>${id}</p>`,
    author: null,
    countries: [],
    regions: [],
    organisations: [],
    topics: [],
    manualTags: [],
    urgency: 3,
    status: 'incoming',
    desk: null,
    assignee: null,
    clusterId: null,
    clusterSize: 1,
    receivedAt: at(minute),
    updatedAt: at(minute),
    publishedAt: null,
    wireTime: null,
    version: 1,
    ...patch,
  }) as Item;

const pages = (rows: Item[][], nextCursor: string | null = null): ItemPages => ({
  pages: rows.map((items, index) => ({
    items,
    nextCursor: index === rows.length - 1 ? nextCursor : `c${index}`,
  })),
  pageParams: rows.map((_, index) => (index === 0 ? null : `c${index - 1}`)),
});
const ids = (result: ReturnType<typeof patchPages>) =>
  typeof result === 'string' ? result : result.pages.map((page) => page.items.map((row) => row.id));

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

  it('replaces a changed item in place, keeping its body when the live item has none', () => {
    const { body: _body, ...live } = item(4, 40, { status: 'accepted', version: 2 });
    const result = patchPages(data, live, {}, null);
    expect(ids(result)).toEqual([
      [5, 4],
      [3, 2],
    ]);
    const row = (result as ItemPages).pages[0]!.items[1]!;
    expect(row.status).toBe('accepted');
    expect(row.body).toBe('<p>4</p>');
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
      { collapse: true },
      null,
    ) as ItemPages;
    expect(result.pages[0]!.items.map((row) => [row.id, row.clusterSize])).toEqual([[5, 2]]);
  });
});
