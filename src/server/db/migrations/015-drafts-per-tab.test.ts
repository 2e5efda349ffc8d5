import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabaseUrl, TEST_DIALECTS, testConfig } from '../../../test-support/harness.ts';
import { ingestItems, wireItem } from '../../../test-support/wire-items.ts';
import { createContext } from '../../context.ts';
import { SYSTEM_ACTOR } from '../../modules/events/actors.ts';
import { findDrafts } from '../../modules/stories/drafts.ts';
import { createUser } from '../../modules/users/service.ts';
import { openDatabase } from '../index.ts';
import { migrateToLatest, migrateUpTo } from '../migrate.ts';

const disposals: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const dispose of disposals) await dispose();
});

describe.each(TEST_DIALECTS)('migration 015, a draft per tab [%s]', (dialect) => {
  it('keeps every draft written before it, under a tab of its own', async () => {
    const fresh = freshDatabaseUrl(dialect);
    const database = await openDatabase(fresh.url);
    disposals.push(async () => {
      await database.close();
      await fresh.dispose();
    });
    await migrateUpTo(database, '014-wire-copy-urgency');
    const ctx = createContext(testConfig(fresh.url), database, pino({ level: 'silent' }));
    const user = await createUser(ctx, SYSTEM_ACTOR, {
      username: 'before-tabs-editor',
      roles: ['editor'],
      password: 'quiet-harbour-lantern-7',
    });
    const [itemId] = await ingestItems(ctx, [wireItem()]);
    const savedAt = Date.parse('2026-12-01T09:30:00.000Z');
    await sql`insert into drafts (item_id, user_id, base_version, fields, saved_at)
      values (${itemId}, ${user.id}, 1, ${JSON.stringify({ headline: 'نص لم يُحفظ قبل الترقية' })}, ${savedAt})`.execute(
      database.db,
    );
    expect((await migrateToLatest(database)).applied).toContain('015-drafts-per-tab');
    expect(await findDrafts(database.db, itemId!, user.id)).toEqual([
      {
        itemId,
        tabId: 'before-tabs',
        baseVersion: 1,
        fields: { headline: 'نص لم يُحفظ قبل الترقية' },
        savedAt: '2026-12-01T09:30:00.000Z',
      },
    ]);
  });
});
