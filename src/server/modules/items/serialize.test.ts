import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test-support/harness.ts';
import { ingestItems, wireItem } from '../../../test-support/wire-items.ts';
import { hydrateItems, ITEM_COLUMNS, loadItemById, loadLiveItemsById } from './serialize.ts';

describeEachDatabase('items read by id', (env) => {
  // On PostgreSQL an item read by id comes with its references in one statement; a page's rows read theirs
  // afterwards. Both must give the same item, whatever it refers to.
  it('carry the same references as rows read for a page: desk, assignee, lease, cluster, sources', async () => {
    const { ctx } = env();
    const { db } = ctx.database;
    const now = Date.UTC(2026, 11, 4, 12);
    const [first, second, lapsed] = await ingestItems(ctx, [
      wireItem({ title: 'كازاخستان وأوزبكستان توقعان اتفاقية للطاقة' }),
      wireItem({ title: 'زلزال بقوة خمس درجات يضرب جنوب إيران' }),
      wireItem({ title: 'منتخب قيرغيزستان يفوز في تصفيات كأس آسيا' }),
    ]);
    const holder = await env().signIn('serialize-holder', ['editor']);
    const desk = await db
      .insertInto('desks')
      .values({ name: 'مكتب آسيا الوسطى', name_en: 'Central Asia', created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('items')
      .set({ desk_id: desk.id, assignee_id: holder.user.id, cluster_id: first! })
      .where('id', 'in', [first!, second!])
      .execute();
    await db.updateTable('items').set({ origin: 'desk' }).where('id', '=', second!).execute();
    await sql`delete from cluster_sizes where cluster_id = ${first}`.execute(db);
    await db.insertInto('cluster_sizes').values({ cluster_id: first!, size: 2 }).execute();
    await db
      .insertInto('story_sources')
      .values({ story_id: second!, source_id: first!, position: 0 })
      .execute();
    await db
      .insertInto('leases')
      .values([
        {
          item_id: first!,
          user_id: holder.user.id,
          tab_id: 'tab-1',
          acquired_at: now - 1_000,
          expires_at: now + 60_000,
        },
        {
          item_id: lapsed!,
          user_id: holder.user.id,
          tab_id: 'tab-2',
          acquired_at: now - 90_000,
          expires_at: now - 1,
        },
      ])
      .execute();

    const ids = [first!, second!, lapsed!];
    const rows = await db
      .selectFrom('items')
      .select(ITEM_COLUMNS)
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
    const asPage = await hydrateItems(db, rows, now);
    const byId = await Promise.all(ids.map((id) => loadItemById(db, id, now)));
    expect(byId).toEqual(asPage);
    const live = (await loadLiveItemsById(db, ids, now)).sort((a, b) => a.id - b.id);
    expect(live).toEqual(asPage.map(({ body: _body, ...rest }) => rest));

    // Not a comparison of two empty answers: each reference is there.
    expect(asPage[0]).toMatchObject({
      desk: { id: desk.id, name: 'مكتب آسيا الوسطى' },
      assignee: { id: holder.user.id, username: holder.user.username },
      lease: {
        holder: { id: holder.user.id },
        tabId: 'tab-1',
        expiresAt: new Date(now + 60_000).toISOString(),
      },
      clusterSize: 2,
      sourceCount: 0,
    });
    expect(asPage[1]).toMatchObject({ clusterSize: 2, sourceCount: 1, lease: null });
    expect(asPage[2]).toMatchObject({
      desk: null,
      assignee: null,
      clusterSize: 1,
      lease: null,
      sourceCount: 0,
    });
    expect(await loadItemById(db, 2 ** 31 - 1, now)).toBeUndefined();
  });
});
