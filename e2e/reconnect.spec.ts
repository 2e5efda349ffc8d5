/** The live stream survives a server restart: the header says so, and the app catches up from its last seq. */
import {
  consoleProblems,
  expect,
  restartServerUnheard,
  setLocales,
  signIn,
  test,
  trackConsole,
  uniqueHeadline,
} from './support/fixtures.ts';
import { DEMO_PASSWORD } from '../src/test-support/server-process.ts';
import { ApiUser } from '../src/test-support/api-user.ts';

test('after a server restart the queue reconnects and catches up, nothing lost or duplicated', async ({
  browser,
  server,
}) => {
  await setLocales(server.url, ['editor'], 'en');
  // Every report its own row: the three items below are near-duplicates, and each must arrive exactly once.
  const page = await signIn(browser, server.url, 'editor', '/?collapse=false');
  const status = page.getByTestId('connection-status');
  await expect(status).toHaveAttribute('data-status', 'live');

  const before = uniqueHeadline('en', 'before');
  const beforeWriter = await ApiUser.login(server.url, 'admin');
  await beforeWriter.ingest({ headline: before });
  await expect(page.locator('[data-testid=queue-row]', { hasText: before })).toHaveCount(1);
  await beforeWriter.dispose();

  // An item is written while this tab is not listening: it must arrive by replay (after=<last seq>), not live.
  const during = uniqueHeadline('en', 'during');
  await restartServerUnheard(
    page,
    server,
    (writer) => writer.ingest({ headline: during }).then(() => undefined),
    () => expect(page.getByTestId('offline-banner')).toBeVisible(),
  );
  await expect(page.locator('[data-testid=queue-row]', { hasText: during })).toHaveCount(1);
  await expect(page.getByTestId('offline-banner')).toHaveCount(0);

  // And live again afterwards; nothing shows twice.
  const admin = await ApiUser.login(server.url, 'admin');
  const after = uniqueHeadline('en', 'after');
  await admin.ingest({ headline: after });
  await expect(page.locator('[data-testid=queue-row]', { hasText: after })).toHaveCount(1);
  await expect(page.locator('[data-testid=queue-row]', { hasText: before })).toHaveCount(1);
  await expect(page.locator('[data-testid=queue-row]', { hasText: during })).toHaveCount(1);
  await admin.dispose();
  await page.context().close();
});

test('an item opened before the stream began hears what came in between: its timeline shows the agency update', async ({
  browser,
  server,
}) => {
  await setLocales(server.url, ['editor'], 'en');
  const admin = await ApiUser.login(server.url, 'admin');
  const headline = uniqueHeadline('en', 'between');
  const guid = `between-${Date.now()}-${Math.random()}`;
  const wire = await admin.ingest({ headline, guid, body: '<p>The first copy.</p>', language: 'en' });
  await admin.action(wire.id, 'accept');

  const context = await browser.newContext({ baseURL: server.url });
  const signedIn = await context.request.post('/api/session', {
    data: { username: 'editor', password: DEMO_PASSWORD },
  });
  expect(signedIn.status()).toBe(200);
  // The reads that carry a sequence (the queue's pages, the facets) and the stream are held, so that the item's
  // own reads come first, then the agency's update, then the rest: the stream begins after the update.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held = new Set(['/api/items', '/api/items/facets', '/api/events/stream']);
  await context.route(
    (url) => held.has(url.pathname),
    async (route) => {
      await released;
      await route.continue();
    },
  );
  const page = await context.newPage();
  trackConsole(page);
  const timelineRead = page.waitForResponse((response) =>
    response.url().includes(`/api/items/${wire.id}/history`),
  );
  await page.goto(`/items/${wire.id}`);
  await timelineRead;
  await admin.ingest({ headline, guid, body: '<p>The second copy, changed.</p>', language: 'en' });
  release();

  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'live');
  await expect(page.getByTestId('item-pane').getByTestId('timeline')).toContainText(
    'The agency sent an update',
  );
  expect(consoleProblems(page)).toEqual([]);
  await context.close();
  await admin.dispose();
});
