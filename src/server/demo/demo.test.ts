import { expect, it } from 'vitest';
import { describeEachDatabase, signInAs } from '../../test-support/harness.ts';
import { eventsSeen, HEAVY_TEST_TIMEOUT_MS } from '../../test-support/wait.ts';
import { DEMO_USERS, seedDemo } from './seed.ts';
import { startDemoWire } from './wire.ts';

describeEachDatabase('demo mode', (env) => {
  it(
    'seeds accounts, a desk and a few hundred Arabic items in several states, once per database',
    async () => {
      const first = await seedDemo(env().ctx);
      expect(first.seeded).toBe(true);
      expect(first.items).toBeGreaterThanOrEqual(300);
      expect(await seedDemo(env().ctx)).toEqual({ seeded: false, items: 0 });

      for (const { username } of DEMO_USERS) {
        const client = await signInAs(env().app, username, env().ctx.config.demoPassword);
        expect(client.user.username).toBe(username);
      }
      const editor = await signInAs(env().app, 'editor', env().ctx.config.demoPassword);
      const facets = (await editor.get('/api/items/facets')).json();
      expect(facets.total).toBe(first.items);
      const statuses = Object.fromEntries(
        facets.statuses.map((entry: { value: string; count: number }) => [entry.value, entry.count]),
      );
      for (const status of [
        'incoming',
        'accepted',
        'spiked',
        'assigned',
        'in_review',
        'published',
        'killed',
      ]) {
        expect(statuses[status], status).toBeGreaterThan(0);
      }
      expect(facets.countries.length).toBeGreaterThan(10);
      const clustered = (await editor.get('/api/items?limit=200'))
        .json()
        .items.filter((item: { clusterSize: number }) => item.clusterSize > 1);
      expect(clustered.length).toBeGreaterThan(0);
      const [item] = (await editor.get('/api/items?limit=1')).json().items;
      expect(item.headline).toMatch(/[\u0600-\u06FF]/);
    },
    HEAVY_TEST_TIMEOUT_MS,
  );

  it('the simulated wire adds realistic items while it runs', async () => {
    const count = async () =>
      Number(
        (
          await env()
            .ctx.database.db.selectFrom('items')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    // Three stories on the wire, seen as the events their storing writes; then stop, and they are stored.
    const ingested = eventsSeen(env().ctx, 3, (message) => message.event.type === 'item.ingested');
    const stop = startDemoWire(env().ctx, 50);
    const messages = await ingested;
    await stop();
    expect(await count()).toBeGreaterThanOrEqual(before + 3);
    for (const { item } of messages) expect(item?.headline).toMatch(/[\u0600-\u06FF]/);
  });
});
