import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Feed, SourceName } from '#shared/schemas/feeds.ts';
import { FeedServer } from '../../../test-support/feed-server.ts';
import { describeEachDatabase, type Client } from '../../../test-support/harness.ts';

/**
 * A feed's failure reaches the UI as a code with parameters (rendered from the locale files in the reader's
 * language) and the technical detail in English; sources carry their English names.
 */
describeEachDatabase('feed errors as codes with parameters, and English source names', (env) => {
  const server = new FeedServer();
  let admin: Client;
  let editor: Client;

  beforeAll(async () => {
    await server.start();
    admin = await env().signIn('feed-errors-admin', ['admin']);
    editor = await env().signIn('feed-errors-editor', ['editor']);
  });
  afterAll(() => server.stop());

  const addFeed = async (body: Record<string, unknown>): Promise<Feed> => {
    const response = await admin.post('/api/feeds', { enabled: false, ...body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Feed>();
  };
  const sourceNames = async () =>
    (await editor.get('/api/sources/names')).json<{ sources: SourceName[] }>().sources;
  const pollNow = async (feed: Feed): Promise<Feed> => {
    const response = await admin.post(`/api/feeds/${feed.id}/poll`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Feed>();
  };

  it('a 404 is stored as feed.http_status with the status as a parameter and the English detail', async () => {
    const feed = await addFeed({ name: 'مصدر مفقود', url: server.missingUrl });
    const polled = await pollNow(feed);
    expect(polled.health.lastError).toMatchObject({
      code: 'feed.http_status',
      params: { status: 404 },
      message: `HTTP 404 from ${server.missingUrl}.`,
    });
    const listed = (await admin.get('/api/feeds')).json<{ feeds: Feed[] }>().feeds;
    expect(listed.find((entry) => entry.id === feed.id)?.health.lastError?.params).toEqual({ status: 404 });
  });

  it('a malformed document is feed.malformed, with no parameters its message needs', async () => {
    const feed = await addFeed({ name: 'مصدر معطوب', url: server.malformedUrl });
    const { lastError } = (await pollNow(feed)).health;
    expect(lastError).toMatchObject({ code: 'feed.malformed', params: {} });
    expect(lastError?.message).toMatch(/XML/);
  });

  it('a document pushed to /api/ingest/feed that cannot be read answers its code (422)', async () => {
    const response = await env().app.inject({
      method: 'POST',
      url: '/api/ingest/feed?source=test',
      headers: {
        authorization: await env().serviceToken(),
        'content-type': 'application/rss+xml',
      },
      payload: '<rss><channel><item><title>x</title>',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('feed.malformed');
  });

  it('an error stored before errors had parameters reads with none, or with the status its message gives', async () => {
    const feed = await addFeed({ name: 'مصدر قديم', url: `${server.missingUrl}?old` });
    await env()
      .ctx.database.db.updateTable('feeds')
      .set({
        last_error: JSON.stringify({
          code: 'feed.timeout',
          message: 'No data',
          at: new Date(0).toISOString(),
        }),
      })
      .where('id', '=', feed.id)
      .execute();
    const listed = (await admin.get('/api/feeds')).json<{ feeds: Feed[] }>().feeds;
    expect(listed.find((entry) => entry.id === feed.id)?.health.lastError).toEqual({
      code: 'feed.timeout',
      params: {},
      message: 'No data',
      at: new Date(0).toISOString(),
    });
    await env()
      .ctx.database.db.updateTable('feeds')
      .set({
        last_error: JSON.stringify({
          code: 'feed.http_status',
          message: 'HTTP 503 from https://wire.example/a.xml.',
          at: new Date(0).toISOString(),
        }),
      })
      .where('id', '=', feed.id)
      .execute();
    const again = (await admin.get('/api/feeds')).json<{ feeds: Feed[] }>().feeds;
    expect(again.find((entry) => entry.id === feed.id)?.health.lastError?.params).toEqual({ status: 503 });
  });

  it("a feed's English name is its source's: set on create, changed, carried by a rename, removed", async () => {
    const feed = await addFeed({
      name: 'وكالة الأنباء القطرية',
      nameEn: 'Qatar News Agency',
      url: `${server.arabicUrl}?qna`,
    });
    expect(feed.nameEn).toBe('Qatar News Agency');
    expect(await sourceNames()).toContainEqual({
      name: 'وكالة الأنباء القطرية',
      nameEn: 'Qatar News Agency',
    });

    const renamed = await admin.patch(
      `/api/feeds/${feed.id}`,
      { name: 'قنا' },
      { 'if-match': `"${feed.version}"` },
    );
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json<Feed>()).toMatchObject({ name: 'قنا', nameEn: 'Qatar News Agency' });
    // Items that came under the old name keep their English name too.
    expect(await sourceNames()).toContainEqual({
      name: 'وكالة الأنباء القطرية',
      nameEn: 'Qatar News Agency',
    });

    const cleared = await admin.patch(
      `/api/feeds/${feed.id}`,
      { nameEn: null },
      { 'if-match': `"${renamed.json<Feed>().version}"` },
    );
    expect(cleared.json<Feed>().nameEn).toBeNull();
    expect((await sourceNames()).some((entry) => entry.name === 'قنا')).toBe(false);

    const blank = await admin.patch(
      `/api/feeds/${feed.id}`,
      { nameEn: '   ' },
      { 'if-match': `"${cleared.json<Feed>().version}"` },
    );
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.code).toBe('validation_failed');
  });

  it('only admins set English names: an editor cannot create or change a feed', async () => {
    const response = await editor.post('/api/feeds', {
      name: 'x',
      nameEn: 'X',
      url: `${server.arabicUrl}?x`,
    });
    expect(response.statusCode).toBe(403);
  });
});

describeEachDatabase(
  'feed addresses this server will not fetch',
  (env) => {
    it('a feed on a loopback, private or link-local address is refused when saved, not at its first poll', async () => {
      const admin = await env().signIn('feed-private-admin', ['admin']);
      for (const url of [
        'http://127.0.0.1:8080/feed.xml',
        'http://0x7f000001/feed.xml',
        'http://localhost/feed.xml',
        'http://10.1.2.3/feed.xml',
        'http://169.254.169.254/latest',
        'http://[::1]/feed.xml',
      ]) {
        const response = await admin.post('/api/feeds', { name: `خاص ${url}`, url });
        expect(response.statusCode, url).toBe(422);
        expect(response.json().error.code, url).toBe('feed.address_refused');
      }
      const created = await admin.post('/api/feeds', { name: 'عام', url: 'https://wire.example/feed.xml' });
      expect(created.statusCode, created.body).toBe(201);
      const moved = await admin.patch(
        `/api/feeds/${created.json<Feed>().id}`,
        { url: 'http://192.168.1.5/feed.xml' },
        { 'if-match': `"${created.json<Feed>().version}"` },
      );
      expect(moved.json().error.code).toBe('feed.address_refused');
    });
  },
  { env: { FEED_ALLOW_PRIVATE: '0' } },
);
