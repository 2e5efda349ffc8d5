import { beforeAll, expect, it } from 'vitest';
import { ItemCardSchema, ItemSchema, type FacetsResponse, type Item } from '#shared/schemas/items.ts';
import { describeEachDatabase, type Client } from '../../../test-support/harness.ts';
import { ingestItems, wireItem } from '../../../test-support/wire-items.ts';
import { performAction } from '../workflow/service.ts';

const SUBJECTS = [
  'كازاخستان تعلن زيادة إنتاج النفط',
  'أوزبكستان وقرغيزستان توقعان اتفاقية للنقل بالسكك الحديدية',
  'أذربيجان وأرمينيا تبحثان ترسيم الحدود',
  'منتخب طاجيكستان يفوز في مباراة كرة القدم',
  'الصين وروسيا تعززان التجارة والاستثمار',
  'زلزال يضرب شرق تركيا',
  'Kazakhstan and Uzbekistan sign a gas pipeline deal',
  'مؤتمر عن الثقافة والفنون',
];
const SOURCES = ['تاس', 'شينخوا', 'الأناضول'];
const COUNT = 2400;

/** The text of sanitised HTML, entities decoded. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');

async function pageThrough(client: Client, query: string, limit = 97): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 1000; page++) {
    const response = await client.get(
      `/api/items?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{ items: Item[]; nextCursor: string | null }>();
    items.push(...body.items);
    cursor = body.nextCursor;
    if (!cursor) return items;
  }
  throw new Error('paging did not end');
}

describeEachDatabase('items: queue, filters, paging, facets, editing, bad input', (env) => {
  let editor: Client;
  let chief: Client;
  const base = Date.UTC(2026, 10, 1);

  beforeAll(async () => {
    editor = await env().signIn('items-editor', ['editor']);
    chief = await env().signIn('items-chief', ['chief']);
    const { ctx } = env();
    for (const [index, source] of SOURCES.entries()) {
      const items = Array.from({ length: COUNT / SOURCES.length }, (_, n) =>
        wireItem({ title: `${SUBJECTS[(n + index) % SUBJECTS.length]} (${source} ${n})` }),
      );
      // Every fifth receive time repeats, so paging must break ties on id.
      await ingestItems(
        ctx,
        items,
        source,
        (n) => base + Math.floor((n * SOURCES.length + index) / 5) * 60_000,
      );
    }
    const firstPage = (await editor.get('/api/items?limit=60')).json().items as Item[];
    for (const item of firstPage.slice(0, 40)) await performAction(ctx, editor.user, item.id, 'accept', {});
    for (const item of firstPage.slice(0, 10))
      await performAction(ctx, chief.user, item.id, 'assign', { assignee: editor.user.id });
  }, 120_000);

  it('pages through every item newest first, exactly once, with a null cursor on the last page', async () => {
    const items = await pageThrough(editor, 'status=incoming&status=accepted&status=assigned');
    expect(items).toHaveLength(COUNT);
    expect(new Set(items.map((item) => item.id)).size).toBe(COUNT);
    // Newest first: arrival (id) order.
    for (let i = 1; i < items.length; i++) expect(items[i - 1]!.id).toBeGreaterThan(items[i]!.id);
  });

  it('lists and counts carry the committed live sequence they were read at (X-Live-Seq)', async () => {
    const response = await editor.get('/api/items?limit=1');
    const seq = Number(response.headers['x-live-seq']);
    expect(seq).toBeGreaterThan(0);
    const latest = await env()
      .ctx.database.db.selectFrom('events')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirstOrThrow();
    expect(seq).toBe(Number(latest.seq));
    expect(Number((await editor.get('/api/items/facets')).headers['x-live-seq'])).toBe(seq);
    expect(Number((await editor.get('/api/desk/overview')).headers['x-live-seq'])).toBe(seq);
  });

  it('answers camelCase items with the documented fields; a list row is a card, the item is whole', async () => {
    const [row] = (await editor.get('/api/items?limit=1')).json().items;
    // A card: what the row shows and the filters judge, not the body, the lede or the editorial fields.
    expect(Object.keys(row).sort()).toEqual(Object.keys(ItemCardSchema.shape).sort());
    const item = (await editor.get(`/api/items/${row.id}`)).json();
    expect(Object.keys(item).sort()).toEqual(Object.keys(ItemSchema.shape).sort());
    for (const field of Object.keys(row)) expect(item[field], field).toEqual(row[field]);
  });

  it('country, topic, status, source and assignee filters narrow the list, and facets match the filtered list', async () => {
    const facets = (await editor.get('/api/items/facets')).json<FacetsResponse>();
    expect(facets.total).toBe(COUNT);
    expect(facets.countries.length).toBeGreaterThan(3);
    for (const { value, count } of facets.countries.slice(0, 4)) {
      const items = await pageThrough(editor, `country=${value}`, 200);
      expect(items.length).toBe(count);
      expect(items.every((item) => item.countries.includes(value))).toBe(true);
    }
    for (const { value, count } of facets.topics.slice(0, 3)) {
      const items = await pageThrough(editor, `topic=${value}`, 200);
      expect(items.length).toBe(count);
      expect(items.every((item) => item.topics.includes(value))).toBe(true);
    }
    const statuses = Object.fromEntries(facets.statuses.map((entry) => [entry.value, entry.count]));
    expect(statuses).toEqual({ incoming: COUNT - 40, accepted: 30, assigned: 10 });
    expect((await pageThrough(editor, 'status=accepted')).length).toBe(30);
    expect(facets.sources.map((entry) => entry.value).sort()).toEqual([...SOURCES].sort());
    const mine = await pageThrough(editor, 'assignee=me');
    expect(mine.length).toBe(10);
    expect(mine.every((item) => item.assignee?.id === editor.user.id)).toBe(true);
  });

  it('facets follow the other filters but not their own dimension', async () => {
    const all = (await editor.get('/api/items/facets')).json<FacetsResponse>();
    const kz = all.countries.find((entry) => entry.value === 'KZ')!;
    const filtered = (
      await editor.get(`/api/items/facets?country=KZ&source=${encodeURIComponent('تاس')}`)
    ).json<FacetsResponse>();
    // Own dimension is not narrowed: other countries still show how many items they would add.
    expect(filtered.countries.length).toBeGreaterThan(1);
    const list = await pageThrough(editor, `country=KZ&source=${encodeURIComponent('تاس')}`, 200);
    expect(filtered.total).toBe(list.length);
    expect(filtered.countries.find((entry) => entry.value === 'KZ')!.count).toBe(list.length);
    expect(list.length).toBeLessThan(kz.count);
    const topicSum = new Map<string, number>();
    for (const item of list)
      for (const topic of item.topics) topicSum.set(topic, (topicSum.get(topic) ?? 0) + 1);
    for (const { value, count } of filtered.topics) expect(count).toBe(topicSum.get(value));
  });

  it('several values of one filter widen (OR); different filters narrow (AND)', async () => {
    const kz = (await editor.get('/api/items/facets?country=KZ')).json<FacetsResponse>().total;
    const az = (await editor.get('/api/items/facets?country=AZ')).json<FacetsResponse>().total;
    const either = (await editor.get('/api/items/facets?country=KZ&country=AZ')).json<FacetsResponse>().total;
    expect(either).toBeGreaterThanOrEqual(Math.max(kz, az));
    expect(either).toBeLessThanOrEqual(kz + az);
    const kzEnergy = (await editor.get('/api/items/facets?country=KZ&topic=energy')).json<FacetsResponse>()
      .total;
    expect(kzEnergy).toBeLessThanOrEqual(kz);
  });

  it('since/until bound the receive time', async () => {
    const since = new Date(base + 100 * 60_000).toISOString();
    const until = new Date(base + 200 * 60_000).toISOString();
    const items = await pageThrough(editor, `since=${since}&until=${until}`, 200);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.receivedAt >= since && item.receivedAt <= until)).toBe(true);
  });

  it('PATCH needs If-Match: 428 without, 412 when stale, 200 with the current version', async () => {
    const [item] = (await editor.get('/api/items?limit=1&status=incoming')).json().items as Item[];
    const url = `/api/items/${item!.id}`;
    const etag = (await editor.get(url)).headers.etag;
    expect(etag).toBe(`"${item!.version}"`);
    await editor.lease(item!.id);
    const tab = { 'x-edit-tab': editor.tab };
    expect((await editor.patch(url, { headline: 'عنوان جديد' }, tab)).statusCode).toBe(428);
    const stale = await editor.patch(
      url,
      { headline: 'عنوان جديد' },
      { ...tab, 'if-match': `"${item!.version - 1 || 99}"` },
    );
    expect(stale.statusCode).toBe(412);
    expect(stale.json().error.code).toBe('version_conflict');
    const ok = await editor.patch(
      url,
      { headline: 'عنوان جديد', countries: ['UZ'] },
      { ...tab, 'if-match': etag! },
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      headline: 'عنوان جديد',
      countries: ['UZ'],
      manualTags: ['countries'],
      version: item!.version + 1,
      latestVersion: 2,
    });
    expect(ok.headers.etag).toBe(`"${item!.version + 1}"`);
    const again = await editor.patch(url, { headline: 'عنوان ثالث' }, { ...tab, 'if-match': etag! });
    expect(again.statusCode).toBe(412);
    const history = (await editor.get(`${url}/history`)).json().events;
    expect(history.at(-1)).toMatchObject({ type: 'item.edited', payload: { version: 2, kind: 'edit' } });
    expect(history.at(-1).payload.fields).toEqual(expect.arrayContaining(['headline', 'countries']));
  });

  it('an agency update of an item someone edited is kept and flagged, never applied; taking it keeps editor tags', async () => {
    const { ctx } = env();
    const original = wireItem({ guid: 'resend-1', title: 'كازاخستان تبني محطة كهرباء' });
    const [id] = await ingestItems(ctx, [original], 'resend-wire');
    const item = (await editor.get(`/api/items/${id}`)).json<Item>();
    await editor.patch(`/api/items/${id}`, { countries: ['TM'] }, { 'if-match': `"${item.version}"` });
    await ingestItems(ctx, [{ ...original, title: 'كازاخستان تبني محطة كهرباء جديدة' }], 'resend-wire');
    const flagged = (await editor.get(`/api/items/${id}`)).json<Item>();
    expect(flagged.headline).toBe('كازاخستان تبني محطة كهرباء');
    expect(flagged.wireUpdate).toBe(2);
    expect(flagged.countries).toEqual(['TM']);
    const copies = (await editor.get(`/api/items/${id}/wire-copies`)).json().copies;
    expect(copies.map((copy: { headline: string }) => copy.headline)).toEqual([
      'كازاخستان تبني محطة كهرباء جديدة',
      'كازاخستان تبني محطة كهرباء',
    ]);
    await editor.lease(id!);
    const taken = await editor.post(`/api/items/${id}/wire-update/take`, undefined, {
      'if-match': `"${flagged.version}"`,
      'x-edit-tab': editor.tab,
    });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json()).toMatchObject({
      headline: 'كازاخستان تبني محطة كهرباء جديدة',
      countries: ['TM'],
      wireUpdate: null,
    });
  });

  it('an agency’s upgrade of a story in the desk’s hands to a flash is offered, said, and taken with its copy', async () => {
    const { ctx } = env();
    // IPTC's scale, as the agency states it: 5 normal, 1 flash.
    const original = wireItem({ guid: 'upgrade-1', title: 'انفجار في ميناء أكتاو', urgency: 5 });
    const [id] = await ingestItems(ctx, [original], 'upgrade-wire');
    const item = (await editor.get(`/api/items/${id}`)).json<Item>();
    await editor.patch(`/api/items/${id}`, { countries: ['KZ'] }, { 'if-match': `"${item.version}"` });

    // The same text, now a flash: kept as the agency's new copy, flagged, the story's urgency untouched.
    await ingestItems(ctx, [{ ...original, urgency: 1 }], 'upgrade-wire');
    const flagged = (await editor.get(`/api/items/${id}`)).json<Item>();
    expect(flagged).toMatchObject({ urgency: 3, wireUpdate: 2 });
    const copies = (await editor.get(`/api/items/${id}/wire-copies`)).json().copies;
    expect(copies.map((copy: { urgency: number }) => copy.urgency)).toEqual([1, 3]);
    // Sent again as it is: nothing new.
    const again = await ingestItems(ctx, [{ ...original, urgency: 1 }], 'upgrade-wire');
    expect(again).toEqual([id]);
    expect((await editor.get(`/api/items/${id}`)).json<Item>().version).toBe(flagged.version);

    await editor.lease(id!);
    const taken = await editor.post(`/api/items/${id}/wire-update/take`, undefined, {
      'if-match': `"${flagged.version}"`,
      'x-edit-tab': editor.tab,
    });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json()).toMatchObject({ urgency: 1, wireUpdate: null, countries: ['KZ'] });
    // Taken: nothing new from the agency any more.
    const takenAgain = await editor.post(`/api/items/${id}/wire-update/take`, undefined, {
      'if-match': `"${taken.json<Item>().version}"`,
      'x-edit-tab': editor.tab,
    });
    expect(takenAgain.statusCode, takenAgain.body).toBe(409);
    expect(takenAgain.json()).toMatchObject({ error: { code: 'story.no_wire_update' } });
  });

  it('a pushed item keeps the urgency it is sent with, on Mirsad’s own scale (1 flash, 2 urgent, 3 normal)', async () => {
    const authorization = await env().serviceToken();
    for (const urgency of [1, 2, 3]) {
      const pushed = await env().app.inject({
        method: 'POST',
        url: '/api/items',
        headers: { authorization },
        payload: {
          source: 'agency-u',
          guid: `urgency-${urgency}`,
          headline: 'أذربيجان تستضيف مؤتمر المناخ',
          urgency,
        },
      });
      expect(pushed.statusCode, pushed.body).toBe(201);
      expect(pushed.json().item.urgency).toBe(urgency);
    }
  });

  it('ingest is idempotent on (source, guid): the same item twice is one item', async () => {
    const authorization = await env().serviceToken();
    const payload = {
      source: 'agency-x',
      guid: 'same-guid',
      headline: 'أذربيجان تستضيف مؤتمر المناخ',
      body: '<p>نص</p><script>alert(1)</script>',
    };
    const first = await env().app.inject({
      method: 'POST',
      url: '/api/items',
      headers: { authorization },
      payload,
    });
    const second = await env().app.inject({
      method: 'POST',
      url: '/api/items',
      headers: { authorization },
      payload,
    });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(200);
    expect(second.json().outcome).toBe('unchanged');
    expect(second.json().item.id).toBe(first.json().item.id);
    expect(first.json().item.body).not.toContain('script');
    const updated = await env().app.inject({
      method: 'POST',
      url: '/api/items',
      headers: { authorization },
      payload: { ...payload, headline: 'أذربيجان تستضيف مؤتمر المناخ العالمي' },
    });
    // Nobody has touched it yet: the agency's update refreshes it, as a new version from the wire.
    expect(updated.json()).toMatchObject({
      outcome: 'updated',
      item: { id: first.json().item.id, headline: 'أذربيجان تستضيف مؤتمر المناخ العالمي', latestVersion: 2 },
    });
    const count = await env()
      .ctx.database.db.selectFrom('items')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('source', '=', 'agency-x')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('concurrent pushes of one guid never 500 and never duplicate', async () => {
    const authorization = await env().serviceToken();
    const payload = { source: 'race-wire', guid: 'race-1', headline: 'قرغيزستان تفتح حدودها مع طاجيكستان' };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        env().app.inject({ method: 'POST', url: '/api/items', headers: { authorization }, payload }),
      ),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 201,
    ]);
    const count = await env()
      .ctx.database.db.selectFrom('items')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('source', '=', 'race-wire')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('concurrent pushes of one guid with different copy make one item and keep every copy', async () => {
    const authorization = await env().serviceToken();
    const headlines = Array.from({ length: 8 }, (_, n) => `قرغيزستان تفتح حدودها مع طاجيكستان ${n + 1}`);
    const responses = await Promise.all(
      headlines.map((headline) =>
        env().app.inject({
          method: 'POST',
          url: '/api/items',
          headers: { authorization },
          payload: { source: 'race-wire-copies', guid: 'race-2', headline },
        }),
      ),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([
      200, 200, 200, 200, 200, 200, 200, 201,
    ]);
    const ids = new Set(responses.map((response) => response.json().item.id as number));
    expect(ids.size).toBe(1);
    const copies = await env()
      .ctx.database.db.selectFrom('wire_copies')
      .select(['number', 'headline'])
      .where('item_id', '=', [...ids][0]!)
      .orderBy('number')
      .execute();
    expect(copies.map((copy) => copy.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(copies.map((copy) => copy.headline).sort()).toEqual([...headlines].sort());
  });

  it('every new item keeps its text as it arrived twice: version 1 by the agency, and wire copy 1', async () => {
    // One item (a push), and a poll's worth beyond the statements prepared per row count.
    for (const count of [1, 20]) {
      const items = Array.from({ length: count }, (_, n) =>
        wireItem({ bodyHtml: `<p>نص الخبر ${n}.</p>`, author: n % 2 ? 'مراسل' : null }),
      );
      const ids = await ingestItems(env().ctx, items, 'first-copies');
      const { db } = env().ctx.database;
      const versions = await db
        .selectFrom('item_versions')
        .select(['item_id', 'number', 'kind', 'headline', 'summary', 'body', 'author_id', 'author_name'])
        .where('item_id', 'in', ids)
        .execute();
      const copies = await db
        .selectFrom('wire_copies')
        .select(['item_id', 'number', 'headline', 'summary', 'body', 'author'])
        .where('item_id', 'in', ids)
        .execute();
      const byId = <T extends { item_id: number }>(rows: T[]) =>
        new Map(rows.map((row) => [row.item_id, row]));
      const versionOf = byId(versions);
      const copyOf = byId(copies);
      expect(versions).toHaveLength(count);
      expect(copies).toHaveLength(count);
      ids.forEach((id, n) => {
        const text = { headline: items[n]!.title, summary: items[n]!.summary, body: items[n]!.bodyHtml };
        expect(versionOf.get(id)).toMatchObject({
          ...text,
          number: 1,
          kind: 'wire',
          author_id: null,
          author_name: 'first-copies',
        });
        expect(copyOf.get(id)).toMatchObject({ ...text, number: 1, author: items[n]!.author });
      });
    }
  });

  it('text is stored and returned exactly as sent: SQL metacharacters, diacritics, emoji, bidi marks', async () => {
    const headline = `Robert'); DROP TABLE items;-- «مُرْصَدٌ» 📰 \u200Fنص\u200E mixed \u202Bاتجاه\u202C 100% _x_ \\ "q"`;
    const admin = await env().signIn('items-admin', ['admin']);
    const created = await admin.post('/api/items', {
      source: "src ' ; --",
      guid: "g'1",
      headline: 'placeholder',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().item.id;
    const summary = 'ملخّص بالتشكيل وبالأرقام ١٢٣ و 456 — ‏مع علامات';
    await admin.lease(id);
    const patched = await admin.save(id, { headline, summary }, 1);
    expect(patched.statusCode, patched.body).toBe(200);
    const read = (await admin.get(`/api/items/${id}`)).json<Item>();
    // Everything as sent but the bidi embedding controls, which could reverse what readers see.
    const shown = headline.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
    expect(read.headline).toBe(shown);
    expect(read.summary).toBe(summary);
    expect(read.source).toBe("src ' ; --");
    const comment = await admin.post(`/api/items/${id}/comments`, { body: headline });
    expect(comment.json().body).toBe(headline);
    expect((await admin.get(`/api/items/${id}/comments`)).json().comments.at(-1).body).toBe(headline);

    // Plain text in a body survives sanitising (bidi marks carry meaning there; embedding controls go).
    const body = `<p dir="rtl">${headline.replaceAll('"', '&quot;')}</p>`;
    const withBody = await admin.save(id, { body });
    expect(withBody.statusCode, withBody.body).toBe(200);
    expect(textOf(withBody.json().body)).toBe(shown);

    // Names elsewhere: a user's display name, a saved view, a feed, a pushed item's guid, author and source. A
    // one-line name loses the embedding controls too (they could reverse it for every reader: "321 PFA"); the
    // marks, which carry meaning, stay. A saved view's search is the search as typed.
    const created2 = await admin.post('/api/users', {
      username: 'tricky-name',
      displayName: headline,
      roles: ['editor'],
      password: 'long-password',
    });
    expect(created2.json().displayName).toBe(shown);
    const view = await admin.post('/api/views', { name: headline, filters: { q: headline } });
    expect(view.json()).toMatchObject({ name: shown, filters: { q: headline } });
    // A view keeps the grouping choice, a boolean in JSON ("true"/"false" only in a query string).
    const grouped = await admin.post('/api/views', {
      name: 'كازاخستان بلا تجميع',
      filters: { country: ['KZ'], collapse: false },
    });
    expect(grouped.statusCode, grouped.body).toBe(201);
    expect(grouped.json().filters).toEqual({ country: ['KZ'], collapse: false });
    const feed = await admin.post('/api/feeds', { name: headline, url: 'https://example.org/tricky.xml' });
    expect(feed.json().name).toBe(shown);
    const pushed = await admin.post('/api/items', {
      source: headline,
      guid: headline,
      author: headline,
      headline: 'عنوان',
      summary: headline,
    });
    expect(pushed.json().item).toMatchObject({
      source: shown,
      // An identifier, matched against what is stored: as sent.
      guid: headline,
      author: shown,
      // Pushed copy passes the same rule as feeds: the embedding controls go, everything else stays.
      summary: shown,
    });
  });

  it('bad input gets a clear 4xx and changes nothing', async () => {
    const [item] = (await editor.get('/api/items?limit=1&status=incoming')).json().items as Item[];
    const url = `/api/items/${item!.id}`;
    const headers = { 'if-match': `"${item!.version}"` };
    const malformed = await editor.request('PATCH', url, {
      body: '{"headline": ',
      headers: { ...headers, 'content-type': 'application/json' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('malformed_json');
    const unknown = await editor.patch(url, { headline: 'x', secret: true }, headers);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('validation_failed');
    const badEnum = await editor.patch(url, { topics: ['gossip'] }, headers);
    expect(badEnum.statusCode).toBe(400);
    const badCountry = await editor.patch(url, { countries: ['Kazakhstan'] }, headers);
    expect(badCountry.statusCode).toBe(400);
    const tooLong = await editor.patch(url, { headline: 'ا'.repeat(600) }, headers);
    expect(tooLong.statusCode).toBe(400);
    const huge = await editor.patch(url, { body: 'x'.repeat(2 * 1024 * 1024) }, headers);
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');
    const empty = await editor.patch(url, {}, headers);
    expect(empty.statusCode).toBe(400);
    expect((await editor.get('/api/items/not-a-number')).statusCode).toBe(400);
    expect((await editor.get('/api/items/0')).statusCode).toBe(400);
    expect((await editor.get('/api/items/99999999')).statusCode).toBe(404);
    expect((await editor.get('/api/items?status=lost')).statusCode).toBe(400);
    expect((await editor.get('/api/items?limit=5000')).statusCode).toBe(400);
    expect((await editor.get('/api/items?cursor=garbage')).statusCode).toBe(400);
    expect((await editor.get('/api/items?colour=red')).statusCode).toBe(400);
    expect(
      (
        await editor.request('POST', `${url}/comments`, {
          body: 'plain text',
          headers: { 'content-type': 'text/plain' },
        })
      ).statusCode,
    ).toBe(415);
    const after = (await editor.get(url)).json<Item>();
    expect(after.version).toBe(item!.version);
    expect(after.headline).toBe(item!.headline);
  });

  it('lists desk editors with their load for the assignment picker', async () => {
    const response = await chief.get('/api/users/assignees');
    expect(response.statusCode).toBe(200);
    const me = response.json().users.find((user: { id: number }) => user.id === editor.user.id);
    expect(me.load).toBe(10);
  });
});
