import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/harness.ts';
import { ingestItems, wireItem } from '../test-support/wire-items.ts';
import { runMaintenance } from './maintenance.ts';

describeEachDatabase('maintenance', (env) => {
  it('prunes near-duplicate matching data past its window and expired sessions, keeping the rest', async () => {
    const { ctx } = env();
    const { db } = ctx.database;
    const day = 24 * 3_600_000;
    const [old] = await ingestItems(
      ctx,
      [wireItem({ title: 'خبر قديم عن أرمينيا وأذربيجان' })],
      'old-wire',
      () => Date.now() - 10 * day,
    );
    const [fresh] = await ingestItems(
      ctx,
      [wireItem({ title: 'خبر جديد عن أرمينيا وأذربيجان' })],
      'new-wire',
    );
    const count = async (table: 'near_dup_keys' | 'near_dup_signatures', itemId: number) =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .where('item_id', '=', itemId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('near_dup_signatures', old!)).toBe(1);
    await env().signIn('maintenance-user', ['editor']);
    await db
      .updateTable('sessions')
      .set({ expires_at: Date.now() - 1 })
      .execute();

    await runMaintenance(ctx);

    expect(await count('near_dup_keys', old!)).toBe(0);
    expect(await count('near_dup_signatures', old!)).toBe(0);
    expect(await count('near_dup_keys', fresh!)).toBeGreaterThan(0);
    expect(await count('near_dup_signatures', fresh!)).toBe(1);
    expect(
      Number(
        (
          await db
            .selectFrom('sessions')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(0);
    // The items themselves stay.
    expect(await db.selectFrom('items').select('id').where('id', '=', old!).executeTakeFirst()).toBeDefined();
  });
});
