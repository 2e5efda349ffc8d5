import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { searchIndexText } from '#shared/text/index.ts';
import { describeEachDatabase } from '../../../test-support/harness.ts';
import { until } from '../../../test-support/wait.ts';
import { ingestItems, wireItem } from '../../../test-support/wire-items.ts';
import { findItemRowForUpdate } from './repository.ts';
import { reindexItems } from './reindex.ts';

describeEachDatabase('reindex', (env) => {
  it('rebuilds the search text, and with retag the automatic tags, as a new version with its event', async () => {
    const [id] = await ingestItems(env().ctx, [wireItem({ title: 'قرغيزستان ترفع أسعار الكهرباء للمنازل' })]);
    const { db } = env().ctx.database;
    await db
      .updateTable('items')
      .set({ search_headline: '', countries: '[]' })
      .where('id', '=', id!)
      .execute();
    const before = await db
      .selectFrom('items')
      .select('version')
      .where('id', '=', id!)
      .executeTakeFirstOrThrow();

    await reindexItems(env().ctx, { retag: false });
    const rebuilt = await db
      .selectFrom('items')
      .select(['search_headline', 'countries', 'version'])
      .where('id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(rebuilt.search_headline).toBe(searchIndexText('قرغيزستان ترفع أسعار الكهرباء للمنازل'));
    expect(rebuilt).toMatchObject({ countries: '[]', version: before.version });

    const retagged = await reindexItems(env().ctx, { retag: true });
    expect(retagged.retagged).toBeGreaterThanOrEqual(1);
    const after = await db
      .selectFrom('items')
      .select(['countries', 'version'])
      .where('id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(after.countries)).toContain('KG');
    expect(after.version).toBe(before.version + 1);
    const events = await db.selectFrom('events').select('type').where('item_id', '=', id!).execute();
    expect(events.map((event) => event.type)).toContain('item.retagged');
    expect((await reindexItems(env().ctx, { retag: true })).retagged).toBe(0);
  });
});

describeEachDatabase(
  'reindex beside a save',
  (env) => {
    it('waits for a save in progress and indexes the saved headline, not the one before it', async () => {
      const [id] = await ingestItems(env().ctx, [wireItem({ title: 'أوزبكستان تفتح معبرا حدوديا' })]);
      const { db } = env().ctx.database;
      let reindexing: ReturnType<typeof reindexItems> | undefined;
      let saved = 0;
      // A save holds the item's row (as saveStory does) while reindex starts, then writes a new headline.
      await db.transaction().execute(async (trx) => {
        const row = await findItemRowForUpdate(trx, id!);
        saved = row!.version + 1;
        reindexing = reindexItems(env().ctx, { retag: true });
        await until(async () => {
          const { rows } = await sql<{
            waiting: number;
          }>`select count(*)::int as waiting from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
          return rows[0]!.waiting > 0;
        }, 'reindex to wait for the row');
        await trx
          .updateTable('items')
          .set({
            headline: 'طاجيكستان تفتح معبرا حدوديا',
            search_headline: searchIndexText('طاجيكستان تفتح معبرا حدوديا'),
            version: saved,
          })
          .where('id', '=', id!)
          .execute();
      });
      await reindexing;
      const after = await db
        .selectFrom('items')
        .select(['search_headline', 'countries', 'version'])
        .where('id', '=', id!)
        .executeTakeFirstOrThrow();
      expect(after.search_headline).toBe(searchIndexText('طاجيكستان تفتح معبرا حدوديا'));
      expect(JSON.parse(after.countries)).toContain('TJ');
      // The save's version, and the retag's after it: no version number is given twice.
      expect(after.version).toBe(saved + 1);
    });
  },
  // SQLite's write transactions run one at a time (BEGIN IMMEDIATE): a save cannot be in progress beside it.
  { only: ['postgres'] },
);
