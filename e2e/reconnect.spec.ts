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
import type { Browser } from '@playwright/test';
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

/**
 * A report someone accepted (so an agency's new copy of it is kept aside and shows in its timeline), the way to
 * send that copy, and a browser context signed in as an editor (English), with no page yet.
 */
async function acceptedReportAndEditor(browser: Browser, serverUrl: string, tag: string) {
  await setLocales(serverUrl, ['editor'], 'en');
  const admin = await ApiUser.login(serverUrl, 'admin');
  const headline = uniqueHeadline('en', tag);
  const guid = `${tag}-${Date.now()}-${Math.random()}`;
  const wire = await admin.ingest({ headline, guid, body: '<p>The first copy.</p>', language: 'en' });
  await admin.action(wire.id, 'accept');
  const context = await browser.newContext({ baseURL: serverUrl });
  const signedIn = await context.request.post('/api/session', {
    data: { username: 'editor', password: DEMO_PASSWORD },
  });
  expect(signedIn.status()).toBe(200);
  const update = () =>
    admin.ingest({ headline, guid, body: '<p>The second copy, changed.</p>', language: 'en' });
  return { admin, wire, update, context };
}

test('an item opened before the stream began hears what came in between: its timeline shows the agency update', async ({
  browser,
  server,
}) => {
  const { admin, wire, update, context } = await acceptedReportAndEditor(browser, server.url, 'between');
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
  await update();
  release();

  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'live');
  await expect(page.getByTestId('item-pane').getByTestId('timeline')).toContainText(
    'The agency sent an update',
  );
  expect(consoleProblems(page)).toEqual([]);
  await context.close();
  await admin.dispose();
});

test("an update heard while the item's timeline is first being read is not lost when that read answers", async ({
  browser,
  server,
}) => {
  const { admin, wire, update, context } = await acceptedReportAndEditor(browser, server.url, 'first-read');
  // The timeline's first read is answered by the server before the update, and handed to the page only after
  // the page has heard the update on the stream: a read that left before an event and lands after it.
  let answered!: () => void;
  const firstReadAnswered = new Promise<void>((resolve) => (answered = resolve));
  let deliver!: () => void;
  const delivered = new Promise<void>((resolve) => (deliver = resolve));
  let reads = 0;
  await context.route(`**/api/items/${wire.id}/history`, async (route) => {
    reads += 1;
    if (reads > 1) return route.continue();
    const response = await route.fetch();
    answered();
    await delivered;
    // Dropped by the page meanwhile (it asked again): nothing to hand over.
    await route.fulfill({ response }).catch(() => undefined);
  });
  const page = await context.newPage();
  trackConsole(page);
  await page.goto(`/items/${wire.id}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'live');
  await firstReadAnswered;
  await update();
  // The update is heard: the pane's item (read again because of it) flags the agency's new copy.
  await expect(page.getByTestId('item-pane').getByTestId('wire-update')).toBeVisible();
  deliver();

  await expect(page.getByTestId('item-pane').getByTestId('timeline')).toContainText(
    'The agency sent an update',
  );
  expect(consoleProblems(page)).toEqual([]);
  await context.close();
  await admin.dispose();
});
