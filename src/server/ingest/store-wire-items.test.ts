import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../modules/events/actors.ts';
import { freshContext, TEST_DIALECTS } from '../../test-support/harness.ts';
import { wireItem } from '../../test-support/wire-items.ts';
import { storeWireItems } from './store-wire-items.ts';

/**
 * The store step reads what is stored of a batch before it makes the batch's content hashes. A read that fails
 * must reach the caller as the store's failure, and must not surface on its own first as an unhandled rejection,
 * which would end the server.
 */
for (const dialect of TEST_DIALECTS) {
  describe(`the store step when its database is gone [${dialect}]`, () => {
    it('fails with the read’s error and leaves no unhandled rejection behind', async () => {
      const { ctx, dispose } = await freshContext(dialect, 'silent');
      await ctx.database.close();
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown) => unhandled.push(reason);
      process.on('unhandledRejection', onUnhandled);
      try {
        // Enough items that identifying them yields to the event loop before the read.
        const body = `<p>${'نص الخبر الطويل عن التعاون في قطاع الطاقة. '.repeat(100)}</p>`;
        const items = Array.from({ length: 4_000 }, () => wireItem({ bodyHtml: body }));
        // better-sqlite3's and Kysely's own words for a closed database.
        await expect(storeWireItems(ctx, SYSTEM_ACTOR, items, { source: 'وكالة' })).rejects.toThrow(
          /not open|destroyed/,
        );
        // A rejection found unhandled is reported after the turn it happened in: give it one.
        await new Promise((resolve) => setImmediate(resolve));
        expect(unhandled).toEqual([]);
      } finally {
        process.off('unhandledRejection', onUnhandled);
        await dispose();
      }
    });
  });
}
