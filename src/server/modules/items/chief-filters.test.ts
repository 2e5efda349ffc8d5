/**
 * The desk chief's queue filters (issue 13): by assignee (an editor, `me`, `none`), by desk (or none), "older
 * than N minutes", time in the current status and the publication window, with their counts, in saved views,
 * answered from indexes on both databases.
 */
import { beforeAll, expect, it } from 'vitest';
import { CompiledQuery } from 'kysely';
import type { FacetsResponse, ItemFilters, ItemListResponse } from '#shared/schemas/items.ts';
import { toSearchParams } from '#shared/query-string.ts';
import { actionBody, ingestItems, wireItem } from '../../../test-support/wire-items.ts';
import { describeEachDatabase, type Client } from '../../../test-support/harness.ts';
import { ensureDesk } from '../users/service.ts';
import { performAction } from '../workflow/service.ts';
import { applyFilters } from './repository.ts';

const MINUTE = 60_000;
const NOW = Date.UTC(2026, 10, 20, 12);
/** The server's clock: NOW, until the last test moves it to see time pass in a state. */
let clock = NOW;
/** Eight different stories (no two are near-duplicates). */
const HEADLINES = [
  'كازاخستان تزيد صادرات النفط إلى الصين عبر خط أنابيب جديد',
  'زلزال بقوة 5.1 درجات يضرب جنوب إيران',
  'أوزبكستان وتركمانستان توقعان اتفاقية لنقل الغاز',
  'منظمة أوبك تبقي حصص الإنتاج دون تغيير',
  'قرغيزستان تفتح حدودها مع طاجيكستان بعد محادثات',
  'أذربيجان وأرمينيا تبحثان ترسيم الحدود في موسكو',
  'البنك المركزي الروسي يخفض سعر الفائدة',
  'حلف الناتو يعقد قمة في بروكسل',
];

const countOf = (counts: FacetsResponse['assignees'], value: string | number) =>
  counts.find((entry) => entry.value === String(value))?.count ?? 0;

const query = (filters: ItemFilters) => toSearchParams({ ...filters, limit: 200 }).toString();
const list = async (client: Client, filters: ItemFilters) => {
  const response = await client.get(`/api/items?${query(filters)}`);
  expect(response.statusCode, response.body).toBe(200);
  return response
    .json<ItemListResponse>()
    .items.map((item) => item.id)
    .sort((a, b) => a - b);
};
const facets = async (client: Client, filters: ItemFilters) => {
  const response = await client.get(`/api/items/facets?${query(filters)}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<FacetsResponse>();
};

describeEachDatabase(
  'queue filters for desk chiefs',
  (env) => {
    let admin: Client;
    let chief: Client;
    let samir: Client;
    let huda: Client;
    let desks: { politics: number; economy: number };
    let ids: number[];

    beforeAll(async () => {
      // Each database's suite starts at NOW (the clock is shared by the suites of this file).
      clock = NOW;
      admin = await env().signIn('filters-admin', ['admin']);
      chief = await env().signIn('filters-chief', ['chief']);
      samir = await env().signIn('filters-samir', ['editor']);
      huda = await env().signIn('filters-huda', ['editor']);
      desks = {
        politics: await ensureDesk(env().ctx, 'السياسة'),
        economy: await ensureDesk(env().ctx, 'الاقتصاد'),
      };
      // Eight items, one every 20 minutes until 20 minutes before NOW.
      ids = await ingestItems(
        env().ctx,
        HEADLINES.map((title) => wireItem({ title })),
        'وكالة الفلترة',
        (index) => NOW - (8 - index) * 20 * MINUTE,
      );
      // Desks come from the feed an item arrived through; set them as a feed would have.
      const { db } = env().ctx.database;
      await db
        .updateTable('items')
        .set({ desk_id: desks.politics })
        .where('id', 'in', ids.slice(0, 5))
        .execute();
      await db
        .updateTable('items')
        .set({ desk_id: desks.economy })
        .where('id', 'in', ids.slice(5, 7))
        .execute();
      for (const [index, editor] of [
        [0, samir],
        [1, samir],
        [2, huda],
        [6, samir],
      ] as const) {
        for (const action of ['accept', 'assign'] as const)
          await performAction(env().ctx, admin.user, ids[index]!, action, actionBody(action, editor.user));
      }
    });

    it('filters by an editor, by "unassigned" and by "me", with counts that match the lists', async () => {
      const bySamir = await list(chief, { assignee: samir.user.id });
      expect(bySamir).toEqual([ids[0], ids[1], ids[6]]);
      const unassigned = await list(chief, { assignee: 'none' });
      expect(unassigned).toEqual([ids[3], ids[4], ids[5], ids[7]]);
      expect(await list(huda, { assignee: 'me' })).toEqual([ids[2]]);

      const all = await facets(chief, {});
      expect(all.total).toBe(8);
      expect(countOf(all.assignees, samir.user.id)).toBe(3);
      expect(countOf(all.assignees, huda.user.id)).toBe(1);
      expect(countOf(all.assignees, 'none')).toBe(4);
      // A facet ignores its own filter, so the other choices stay visible with what they would show.
      const filtered = await facets(chief, { assignee: 'none' });
      expect(filtered.total).toBe(unassigned.length);
      expect(countOf(filtered.assignees, samir.user.id)).toBe(3);
      expect(countOf(filtered.statuses, 'incoming')).toBe(4);
      const mine = await facets(samir, { assignee: 'me' });
      expect(mine.total).toBe(3);
    });

    it('filters by desk, with counts per desk and for items on none', async () => {
      expect(await list(chief, { desk: desks.economy })).toEqual([ids[5], ids[6]]);
      const all = await facets(chief, { desk: desks.economy });
      expect(all.total).toBe(2);
      expect(countOf(all.desks, desks.politics)).toBe(5);
      expect(countOf(all.desks, desks.economy)).toBe(2);
      expect(countOf(all.desks, 'none')).toBe(1);
      const politicsUnassigned = await facets(chief, { desk: desks.politics, assignee: 'none' });
      expect(politicsUnassigned.total).toBe(2);
      expect(await list(chief, { desk: desks.politics, assignee: 'none' })).toEqual([ids[3], ids[4]]);
      expect(await list(chief, { desk: 'none' })).toEqual([ids[7]]);
      expect((await facets(chief, { desk: 'none' })).total).toBe(1);
    });

    it('"older than N minutes" counts back from the server clock', async () => {
      // Arrivals: NOW-160, -140, -120, -100, -80, -60, -40, -20 minutes.
      expect(await list(chief, { olderThan: 100 })).toEqual(ids.slice(0, 4));
      expect(await list(chief, { olderThan: 100, assignee: 'none' })).toEqual([ids[3]]);
      expect((await facets(chief, { olderThan: 100 })).total).toBe(4);
      expect(await list(chief, { olderThan: 1 })).toHaveLength(8);
      expect(await list(chief, { olderThan: 200 })).toEqual([]);
    });

    it('refuses malformed values and keeps the filters in saved views', async () => {
      for (const bad of [
        'olderThan=0',
        'olderThan=ten',
        'olderThan=43201',
        'inStateOver=0',
        'inStateOver=-5',
        'publishedSince=yesterday',
        'assignee=nobody',
        'desk=nowhere',
      ]) {
        const response = await chief.get(`/api/items?${bad}`);
        expect(response.statusCode, bad).toBe(400);
      }
      const filters = {
        assignee: 'none',
        desk: desks.politics,
        olderThan: 30,
        inStateOver: 20,
        publishedSince: new Date(NOW).toISOString(),
        collapse: true,
      };
      const saved = await chief.post('/api/views', { name: 'متأخرة بلا محرر', filters });
      expect(saved.statusCode, saved.body).toBe(201);
      expect(saved.json().filters).toEqual(filters);
      const editorView = await chief.post('/api/views', {
        name: 'سمير',
        filters: { assignee: samir.user.id },
      });
      expect(editorView.json().filters).toEqual({ assignee: samir.user.id });
    });

    it('answers both filters from an index, in queue order', async () => {
      const { db, dialect } = env().ctx.database;
      const plan = async (filters: ItemFilters) => {
        const compiled = applyFilters(db.selectFrom('items'), filters, { dialect, viewerId: null, now: NOW })
          .select('items.id')
          .orderBy('items.id', 'desc')
          .limit(50)
          .compile();
        if (dialect === 'sqlite') {
          const rows = await db.executeQuery<{ detail: string }>(
            CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]),
          );
          return rows.rows.map((row) => row.detail).join('\n');
        }
        // Eight rows would be read whole by PostgreSQL's planner: ask what it does when reading is not cheaper.
        return db.transaction().execute(async (trx) => {
          await trx.executeQuery(CompiledQuery.raw('set local enable_seqscan = off'));
          const rows = await trx.executeQuery<{ 'QUERY PLAN': string }>(
            CompiledQuery.raw(`explain ${compiled.sql}`, [...compiled.parameters]),
          );
          return rows.rows.map((row) => row['QUERY PLAN']).join('\n');
        });
      };
      for (const filters of [{ assignee: 'none' }, { assignee: samir.user.id }] as ItemFilters[]) {
        const steps = await plan(filters);
        expect(steps, JSON.stringify(filters)).toMatch(/items_assignee_queue/);
        // Read in queue order, no sort step (PostgreSQL's planner sorts when it expects a row or two: not asked).
        if (dialect === 'sqlite') expect(steps, JSON.stringify(filters)).not.toMatch(/TEMP B-TREE/);
      }
    });
    it("grouped, an editor's count is the number of stories the queue then shows", async () => {
      // Another agency's copy of the story Samir holds arrives later: the grouped queue shows the story once,
      // by its newest report (unassigned), and filtered to Samir by his report; both counts say so.
      const { ctx } = env();
      const held = await ctx.database.db
        .selectFrom('items')
        .selectAll()
        .where('id', '=', ids[0]!)
        .executeTakeFirstOrThrow();
      const [copy] = await ingestItems(
        ctx,
        [wireItem({ title: held.headline })],
        'وكالة أخرى',
        () => NOW - 10 * MINUTE,
      );
      const clustered = await ctx.database.db
        .selectFrom('items')
        .select('cluster_id')
        .where('id', 'in', [ids[0]!, copy!])
        .execute();
      expect(new Set(clustered.map((row) => row.cluster_id)).size).toBe(1);
      expect(clustered[0]!.cluster_id).not.toBeNull();
      for (const assignee of [samir.user.id, 'none'] as const) {
        const grouped = { assignee, collapse: true } as const;
        const shown = await list(chief, grouped);
        const counts = await facets(chief, { collapse: true });
        expect(countOf(counts.assignees, assignee), String(assignee)).toBe(shown.length);
        expect((await facets(chief, grouped)).total).toBe(shown.length);
      }
      expect(await list(chief, { assignee: samir.user.id, collapse: true })).toEqual([
        ids[0],
        ids[1],
        ids[6],
      ]);
    });

    it("grouped, each status's, urgency's and source's count is the number of stories the queue then shows", async () => {
      // The story Samir holds (assigned) and another agency's later copy of it (incoming) are one row: filtered
      // to "assigned" the queue shows it by his report, to "incoming" by the copy, to either agency by its own.
      // Counted by the story's newest report alone, "assigned" and the first agency missed it.
      const every = await facets(chief, {});
      const dimensions = [
        ['status', every.statuses, (counts: FacetsResponse) => counts.statuses],
        ['urgency', every.urgencies, (counts: FacetsResponse) => counts.urgencies],
        ['source', every.sources, (counts: FacetsResponse) => counts.sources],
      ] as const;
      // Unnarrowed (read from the index) and narrowed by another filter (counted over the matching reports).
      for (const narrowed of [{}, { desk: desks.politics }] as ItemFilters[]) {
        const grouped = await facets(chief, { ...narrowed, collapse: true });
        for (const [key, values, countsOf] of dimensions) {
          expect(values.length, key).toBeGreaterThan(0);
          for (const { value } of values) {
            const filter = {
              ...narrowed,
              [key]: key === 'urgency' ? [Number(value)] : [value],
            } as ItemFilters;
            const shown = await list(chief, { ...filter, collapse: true });
            expect(countOf(countsOf(grouped), value), `${JSON.stringify(narrowed)} ${key} ${value}`).toBe(
              shown.length,
            );
          }
        }
      }
    });

    it('"in this state for over N minutes" counts from entering the status, and publication has its window', async () => {
      // Accepted and assigned at NOW: ids 0 and 1 (Samir), 2 (Huda), 6 (Samir).
      const act = (id: number, action: 'assign' | 'submit' | 'approve' | 'publish', editor = huda) =>
        performAction(env().ctx, admin.user, id, action, actionBody(action, editor.user));
      clock = NOW + 30 * MINUTE;
      await act(ids[0]!, 'assign'); // to Huda: still assigned, so its time in the state goes on
      await act(ids[1]!, 'submit');
      clock = NOW + 40 * MINUTE;
      for (const action of ['submit', 'approve', 'publish'] as const) await act(ids[6]!, action);
      clock = NOW + 50 * MINUTE;
      expect(await list(chief, { status: ['assigned'], inStateOver: 45 })).toEqual([ids[0], ids[2]]);
      expect(await list(chief, { status: ['in_review'], inStateOver: 15 })).toEqual([ids[1]]);
      expect(await list(chief, { status: ['in_review'], inStateOver: 25 })).toEqual([]);
      // Untouched items have been incoming since they arrived: ids 3, 4, 5 and 7 over 65 minutes ago, the
      // other agency's copy (previous test) 60 minutes ago.
      expect(await list(chief, { status: ['incoming'], inStateOver: 65 })).toEqual([
        ids[3],
        ids[4],
        ids[5],
        ids[7],
      ]);
      // All nine but the two that moved in the last 45 minutes.
      expect((await facets(chief, { inStateOver: 45 })).total).toBe(7);

      const published = await list(chief, { publishedSince: new Date(NOW + 35 * MINUTE).toISOString() });
      expect(published).toEqual([ids[6]]);
      expect(
        await list(chief, {
          publishedSince: new Date(NOW).toISOString(),
          publishedUntil: new Date(NOW + 39 * MINUTE).toISOString(),
        }),
      ).toEqual([]);
      expect((await facets(chief, { publishedUntil: new Date(NOW + 40 * MINUTE).toISOString() })).total).toBe(
        1,
      );
    });
  },
  { now: () => clock },
);
