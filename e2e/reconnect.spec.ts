/** The live stream survives a server restart: the header says so, and the app catches up from its last seq. */
import { expect, setLocales, signIn, test, uniqueHeadline } from './support/fixtures.ts';
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
  let admin = await ApiUser.login(server.url, 'admin');
  await admin.ingest({ headline: before });
  await expect(page.locator('[data-testid=queue-row]', { hasText: before })).toHaveCount(1);
  await admin.dispose();

  // Hold the stream closed from the browser's side while the server restarts, so that an item is written
  // while this tab is not listening: it must arrive by replay (after=<last seq>), not live.
  await page.route('**/api/events/stream**', (route) => route.abort());
  await server.stop();
  await expect(status).toHaveAttribute('data-status', 'reconnecting');
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  await server.start();

  admin = await ApiUser.login(server.url, 'admin');
  const during = uniqueHeadline('en', 'during');
  await admin.ingest({ headline: during });

  await page.unroute('**/api/events/stream**');
  // The browser coming back online retries at once instead of waiting out the backoff.
  await page.context().setOffline(true);
  await page.context().setOffline(false);
  await expect(status).toHaveAttribute('data-status', 'live', { timeout: 20_000 });
  await expect(page.locator('[data-testid=queue-row]', { hasText: during })).toHaveCount(1);
  await expect(page.getByTestId('offline-banner')).toHaveCount(0);

  // And live again afterwards; nothing shows twice.
  const after = uniqueHeadline('en', 'after');
  await admin.ingest({ headline: after });
  await expect(page.locator('[data-testid=queue-row]', { hasText: after })).toHaveCount(1);
  await expect(page.locator('[data-testid=queue-row]', { hasText: before })).toHaveCount(1);
  await expect(page.locator('[data-testid=queue-row]', { hasText: during })).toHaveCount(1);
  await admin.dispose();
  await page.context().close();
});
