import { beforeAll, expect, it } from 'vitest';
import type { FacetsResponse, Item } from '#shared/schemas/items.ts';
import { describeEachDatabase, type Client } from '../../test-support/harness.ts';
import { ingestItems, wireItem } from '../../test-support/wire-items.ts';

/**
 * Near-duplicate clustering through the real store step (storeWireItems → assignClusters) and the real API,
 * on SQLite and PostgreSQL: three agencies' reports of one story form one cluster, a same-country different
 * story stays apart, collapse=true shows the cluster once as its newest matching item.
 */

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 3, 9);

describeEachDatabase('near-duplicate clusters through the store step', (env) => {
  let editor: Client;
  const ids: Record<string, number> = {};
  const store = async (name: string, source: string, at: number, title: string, summary: string) => {
    const [id] = await ingestItems(env().ctx, [wireItem({ title, summary, bodyHtml: '' })], source, () => at);
    ids[name] = id!;
  };
  const get = async <T>(url: string): Promise<T> => {
    const response = await editor.get(url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<T>();
  };
  const cluster = async (id: number | undefined) =>
    (await get<{ items: Item[] }>(`/api/items/${id}/cluster`)).items;
  const list = async (query: string) => (await get<{ items: Item[] }>(`/api/items?limit=100&${query}`)).items;

  beforeAll(async () => {
    editor = await env().signIn('cluster-editor', ['editor']);
    // One story from three agencies, in three polls, minutes apart, in three wordings (one English).
    await store(
      'kazinform',
      'قازاق خبر',
      T0,
      'كازاخستان وأوزبكستان توقعان اتفاقية للطاقة',
      'وقعت كازاخستان وأوزبكستان في أستانا اتفاقية للتعاون في قطاع الطاقة تشمل تبادل الكهرباء وإنشاء محطات مشتركة.',
    );
    // Same countries, same day, another story: must stay apart.
    await store(
      'transport',
      'دنيا',
      T0 + 0.5 * HOUR,
      'كازاخستان وأوزبكستان تبحثان تطوير ممرات النقل',
      'بحث رئيسا كازاخستان وأوزبكستان في أستانا سبل زيادة حركة الشحن عبر ممرات النقل الدولية.',
    );
    await store(
      'tass',
      'تاس',
      T0 + 0.7 * HOUR,
      'توقيع اتفاق طاقة بين أستانا وطشقند',
      'وقع وزيرا الطاقة في البلدين اتفاقا لتبادل الكهرباء خلال زيارة الرئيس الأوزبكي إلى العاصمة الكازاخستانية.',
    );
    await store(
      'reuters',
      'Reuters',
      T0 + 1.2 * HOUR,
      'Kazakhstan, Uzbekistan sign energy deal',
      "Kazakhstan and Uzbekistan signed an agreement on electricity exchange and joint power plants during the Uzbek president's visit to Astana.",
    );
  });

  it('puts three agencies’ reports of one story in one cluster, whose id is its first item', async () => {
    const story = await cluster(ids.tass);
    expect(story.map((item) => item.source).sort()).toEqual(['Reuters', 'تاس', 'قازاق خبر']);
    expect(new Set(story.map((item) => item.clusterId))).toEqual(new Set([ids.kazinform]));
    expect(story.every((item) => item.clusterSize === 3)).toBe(true);
    const apart = await cluster(ids.transport);
    expect(apart.map((item) => item.id)).toEqual([ids.transport]);
    expect(apart[0]).toMatchObject({ clusterId: null, clusterSize: 1 });
  });

  it('collapse=true shows the cluster once, as its newest item, and the other story on its own', async () => {
    const items = await list('collapse=true');
    const story = items.filter((item) => item.clusterId === ids.kazinform);
    expect(story).toHaveLength(1);
    expect(story[0]).toMatchObject({ id: ids.reuters, clusterSize: 3 });
    expect(items.some((item) => item.id === ids.transport)).toBe(true);
    const order = items.map((item) => item.id);
    expect(order).toEqual(order.toSorted((a, b) => b - a));
    // Without collapse every report is listed.
    const all = await list('');
    expect(all.filter((item) => item.clusterId === ids.kazinform)).toHaveLength(3);
  });

  it('collapse=true with a filter shows the newest item of the cluster that the filter lets through', async () => {
    const bySource = await list(`collapse=true&source=${encodeURIComponent('تاس')}`);
    expect(bySource.map((item) => item.id)).toEqual([ids.tass]);
    const twoSources = await list(
      `collapse=true&source=${encodeURIComponent('تاس')}&source=${encodeURIComponent('قازاق خبر')}`,
    );
    expect(twoSources.filter((item) => item.clusterId === ids.kazinform).map((item) => item.id)).toEqual([
      ids.tass,
    ]);
    const facets = await get<FacetsResponse>('/api/items/facets?collapse=true');
    const plain = await get<FacetsResponse>('/api/items/facets');
    expect(facets.total).toBe(plain.total - 2);
    // Each facet ignores its own filter, also inside the collapse: Reuters still counts one cluster row.
    const sourceFacet = await get<FacetsResponse>(
      `/api/items/facets?collapse=true&source=${encodeURIComponent('تاس')}`,
    );
    expect(sourceFacet.sources.find((entry) => entry.value === 'Reuters')?.count).toBe(1);
  });

  it('the story resurfaces: a fourth agency’s report becomes the collapsed row', async () => {
    await store(
      'anadolu',
      'الأناضول',
      T0 + 2 * HOUR,
      'أستانا وطشقند تبرمان اتفاقا للتعاون في مجال الكهرباء',
      'أبرمت كازاخستان وأوزبكستان اتفاقا لتطوير التعاون في مجال الطاقة الكهربائية وبناء محطات توليد مشتركة.',
    );
    const items = await list('collapse=true');
    expect(items[0]).toMatchObject({ id: ids.anadolu, clusterId: ids.kazinform, clusterSize: 4 });
    expect(items.filter((item) => item.clusterId === ids.kazinform)).toHaveLength(1);
  });

  it('clusters within one batch, and keeps apart another quake, the next day’s bulletin and a closed cluster', async () => {
    const { ctx } = env();
    const [flash, full, other] = await ingestItems(
      ctx,
      [
        wireItem({ title: 'عاجل: زلزال بقوة 5.1 درجات يضرب شرق طاجيكستان', summary: '' }),
        wireItem({
          title: 'زلزال بقوة 5.1 درجات يضرب شرق طاجيكستان دون أنباء عن إصابات',
          summary: 'ضرب زلزال بقوة 5.1 درجات منطقة راشت شرقي طاجيكستان فجر اليوم.',
        }),
        wireItem({
          title: 'زلزال بقوة 5.3 درجات يضرب جنوب طاجيكستان',
          summary: 'ضرب زلزال بقوة 5.3 درجات ولاية ختلان جنوبي طاجيكستان.',
        }),
      ],
      'شينخوا',
      () => T0 + 5 * HOUR,
    );
    const quake = await cluster(full);
    expect(quake.map((item) => item.id).sort()).toEqual([flash, full].sort());
    expect((await cluster(other)).map((item) => item.id)).toEqual([other]);

    const bulletin = 'أسعار صرف العملات الأجنبية مقابل التنغي';
    await store(
      'rates1',
      'قازاق خبر',
      T0,
      bulletin,
      'حدد البنك الوطني سعر الدولار عند 512 تنغي واليورو عند 578 تنغي.',
    );
    await store(
      'rates2',
      'قازاق خبر',
      T0 + 24 * HOUR,
      bulletin,
      'حدد البنك الوطني سعر الدولار عند 515 تنغي واليورو عند 580 تنغي.',
    );
    expect((await cluster(ids.rates2)).map((item) => item.id)).toEqual([ids.rates2]);

    // A cluster takes members while its first item is under 72 hours old, even along a chain of reports.
    const headline = 'افتتاح خط شحن سككي جديد يربط قرغيزستان بالصين';
    await store('rail0', 'كابار', T0, headline, '');
    await store('rail1', 'شينخوا', T0 + 30 * HOUR, headline, '');
    await store('rail2', 'تاس', T0 + 60 * HOUR, headline, '');
    await store('rail3', 'دنيا', T0 + 80 * HOUR, headline, '');
    const rail = await cluster(ids.rail0);
    expect(rail.map((item) => item.id).sort()).toEqual([ids.rail0, ids.rail1, ids.rail2].sort());
    expect((await cluster(ids.rail3)).map((item) => item.id)).toEqual([ids.rail3]);
  });

  it('joins a story another writer grouped since this process last saw it (remembered candidates stay true)', async () => {
    // Another process on the same database: the same connection, but its own memory of candidates.
    const { ctx } = env();
    const otherWriter = { ...ctx, database: { ...ctx.database } };
    const headline = 'قرغيزستان وطاجيكستان تتفقان على ترسيم آخر مقطع من الحدود';
    await store('border0', 'كابار', T0 + 100 * HOUR, headline, '');
    // Remembered here as a singleton; the other writer reads it from the database and makes it a cluster's root.
    const [border1] = await ingestItems(
      otherWriter,
      [wireItem({ title: headline, summary: '', bodyHtml: '' })],
      'آسيا بلس',
      () => T0 + 100.2 * HOUR,
    );
    await store('border2', 'تاس', T0 + 100.5 * HOUR, headline, '');
    const border = await cluster(ids.border0);
    expect(border.map((item) => item.id).sort()).toEqual([ids.border0, border1, ids.border2].sort());
    expect(border.every((item) => item.clusterId === ids.border0 && item.clusterSize === 3)).toBe(true);
  });

  it('keeps newest_in_cluster equal to the rule it stands for (no newer member of the cluster), after everything above', async () => {
    const { db } = env().ctx.database;
    const rows = await db.selectFrom('items').select(['id', 'cluster_id', 'newest_in_cluster']).execute();
    const newestOf = new Map<number, number>();
    for (const row of rows)
      if (row.cluster_id !== null)
        newestOf.set(row.cluster_id, Math.max(newestOf.get(row.cluster_id) ?? 0, row.id));
    const wrong = rows.filter(
      (row) =>
        (row.cluster_id === null || newestOf.get(row.cluster_id) === row.id ? 1 : 0) !==
        row.newest_in_cluster,
    );
    expect(wrong).toEqual([]);
    expect(rows.filter((row) => row.newest_in_cluster === 0).length).toBeGreaterThan(0);
  });

  it('keeps every cluster’s size (cluster_sizes) equal to its members counted, after everything above', async () => {
    const { db } = env().ctx.database;
    const counted = await db
      .selectFrom('items')
      .select((eb) => ['cluster_id', eb.fn.countAll<number>().as('size')])
      .where('cluster_id', 'is not', null)
      .groupBy('cluster_id')
      .orderBy('cluster_id')
      .execute();
    const kept = await db.selectFrom('cluster_sizes').selectAll().orderBy('cluster_id').execute();
    expect(kept.map((row) => [row.cluster_id, Number(row.size)])).toEqual(
      counted.map((row) => [row.cluster_id, Number(row.size)]),
    );
    expect(counted.length).toBeGreaterThan(2);
  });
});
