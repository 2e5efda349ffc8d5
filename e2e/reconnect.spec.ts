/** The live stream survives a server restart: the header says so, and the app catches up from its last seq. */
import {
  expect,
  restartServerUnheard,
  setLocales,
  signIn,
  test,
  uniqueHeadline,
} from './support/fixtures.ts';
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
