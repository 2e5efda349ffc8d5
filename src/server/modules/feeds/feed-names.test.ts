import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Feed } from '#shared/schemas/feeds.ts';
import type { Item, ItemListResponse } from '#shared/schemas/items.ts';
import { FeedServer } from '../../../test-support/feed-server.ts';
import { describeEachDatabase, type Client } from '../../../test-support/harness.ts';
import { SYSTEM_ACTOR } from '../events/actors.ts';
import { storeWireItems } from '../../ingest/store-wire-items.ts';

/**
 * A feed's name is the source its reports are known by (with their guids): a rename must not make its reports
 * strangers to it, and two feeds must not share a name and take each other's reports.
 */
describeEachDatabase('a feed’s name and its reports', (env) => {
  const server = new FeedServer();
  let admin: Client;
  let editor: Client;

  beforeAll(async () => {
    await server.start();
    admin = await env().signIn('feed-names-admin', ['admin']);
    editor = await env().signIn('feed-names-editor', ['editor']);
  });
  afterAll(() => server.stop());

  const poll = async (feed: Feed) => {
    const response = await admin.post(`/api/feeds/${feed.id}/poll`);
    expect(response.statusCode, response.body).toBe(200);
  };
  const rename = (feed: Feed, name: string) =>
    admin.patch(`/api/feeds/${feed.id}`, { name }, { 'if-match': `"${feed.version}"` });
  const itemsOf = async (guid: string) =>
    (await editor.get('/api/items?collapse=false&limit=200'))
      .json<ItemListResponse>()
      .items.filter((item) => item.headline.includes(guid));

  it('a renamed feed still knows its reports: the agency’s update reaches the story in the desk’s hands', async () => {
    server.setItems([{ guid: 'rename-1', title: 'السودان: هدنة إنسانية rename-1', description: 'نص' }]);
    const created = await admin.post('/api/feeds', {
      name: 'وكالة الشرق',
      url: server.arabicUrl,
      enabled: false,
    });
    expect(created.statusCode, created.body).toBe(201);
    const feed = created.json<Feed>();
    await poll(feed);
    const [report] = await itemsOf('rename-1');
    expect(report).toMatchObject({ source: 'وكالة الشرق' });
    expect((await editor.post(`/api/items/${report!.id}/actions/accept`)).statusCode).toBe(200);

    // The editor's view of this agency's reports, beside another agency.
    const view = await editor.post('/api/views', {
      name: 'الشرق',
      filters: { source: ['وكالة الشرق', 'وكالة أخرى'], status: ['accepted'] },
    });
    expect(view.statusCode, view.body).toBe(201);

    const renamed = await rename(feed, 'وكالة الشرق للأنباء');
    expect(renamed.statusCode, renamed.body).toBe(200);
    // The saved view follows the name.
    const views = (await editor.get('/api/views')).json<{ views: Array<{ name: string; filters: object }> }>()
      .views;
    expect(views.find((entry) => entry.name === 'الشرق')?.filters).toEqual({
      source: ['وكالة الشرق للأنباء', 'وكالة أخرى'],
      status: ['accepted'],
    });
    // Its reports carry the new name.
    expect((await editor.get(`/api/items/${report!.id}`)).json<Item>().source).toBe('وكالة الشرق للأنباء');

    server.setItems([{ guid: 'rename-1', title: 'السودان: انهيار الهدنة rename-1', description: 'نص' }]);
    await poll(renamed.json<Feed>());
    // One item still, in the desk's hands, told of the agency's update: no stranger copy in the queue.
    const after = await itemsOf('rename-1');
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: report!.id, status: 'accepted' });
    expect((await editor.get(`/api/items/${report!.id}`)).json<Item>().wireUpdate).toBe(2);

    // A poll that began under the old name (read before the rename) stores under the name committed.
    const stored = await storeWireItems(
      env().ctx,
      SYSTEM_ACTOR,
      [
        {
          guid: 'rename-2',
          url: null,
          title: 'خبر جديد rename-2',
          summary: '',
          bodyHtml: '',
          author: null,
          publishedAt: null,
          language: 'ar',
          categories: [],
          urgency: null,
        },
      ],
      { source: 'وكالة الشرق', feedId: feed.id },
    );
    expect(stored.created).toBe(1);
    expect((await itemsOf('rename-2'))[0]).toMatchObject({ source: 'وكالة الشرق للأنباء' });
  });

  it('a rename takes along the reports under its name that no feed id ties to it (a removed feed’s, a push’s)', async () => {
    server.setItems([{ guid: 'orphan-1', title: 'خبر قديم orphan-1', description: 'نص' }]);
    const created = await admin.post('/api/feeds', {
      name: 'وكالة الغرب',
      url: `${server.arabicUrl}?orphans`,
      enabled: false,
    });
    expect(created.statusCode, created.body).toBe(201);
    const feed = created.json<Feed>();
    await poll(feed);
    // As if it came before this feed: stored under its name by a feed since removed (feed_id set null).
    await env()
      .ctx.database.db.updateTable('items')
      .set({ feed_id: null })
      .where('guid', '=', 'orphan-1')
      .execute();
    const renamed = await rename(feed, 'وكالة الغرب للأنباء');
    expect(renamed.statusCode, renamed.body).toBe(200);
    await poll(renamed.json<Feed>());
    const found = await itemsOf('orphan-1');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ source: 'وكالة الغرب للأنباء' });
  });

  it('no two feeds share a name, whether added or renamed', async () => {
    const first = await admin.post('/api/feeds', {
      name: 'مصدر الاسم',
      url: 'https://wire.example/names/1.xml',
      enabled: false,
    });
    expect(first.statusCode, first.body).toBe(201);
    const second = await admin.post('/api/feeds', {
      name: 'مصدر الاسم',
      url: 'https://wire.example/names/2.xml',
      enabled: false,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('feed.name_taken');

    const other = await admin.post('/api/feeds', {
      name: 'مصدر آخر',
      url: 'https://wire.example/names/2.xml',
      enabled: false,
    });
    expect(other.statusCode, other.body).toBe(201);
    const renamed = await rename(other.json<Feed>(), 'مصدر الاسم');
    expect(renamed.statusCode).toBe(409);
    expect(renamed.json().error.code).toBe('feed.name_taken');
    // Its own name again is no conflict.
    expect((await rename(other.json<Feed>(), 'مصدر آخر')).statusCode).toBe(200);
  });
});
