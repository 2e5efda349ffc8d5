/**
 * What a flash sets off besides the alert on the page (issue 13, item 3): the tone and the desktop notification,
 * each only once the user turned it on; and flashes that came while the screen was too far behind to be replayed
 * to (the stream's `reset`) are raised all the same.
 *
 * The browser's own Notification and Web Audio run as they would for a user; an init script only counts what
 * they were asked to do (notices constructed, notes started), since a headless browser shows and plays nothing
 * a test could see or hear.
 */
import type { Page } from '@playwright/test';
import { DemoServer } from '../src/test-support/server-process.ts';
import { ApiUser } from '../src/test-support/api-user.ts';
import {
  expect,
  restartServerUnheard,
  setLocales,
  signIn,
  test,
  uniqueHeadline,
} from './support/fixtures.ts';

interface Signals {
  notices: Array<{
    title: string;
    body: string | undefined;
    tag: string | undefined;
    dir: string | undefined;
  }>;
  notes: number;
}

/** Counts notifications shown and tone notes started, leaving both APIs to do their work. */
function countSignals(): void {
  const signals: Signals = { notices: [], notes: 0 };
  (window as unknown as { mirsadSignals: Signals }).mirsadSignals = signals;
  const Real = window.Notification;
  class Counted extends Real {
    constructor(title: string, options?: NotificationOptions) {
      super(title, options);
      signals.notices.push({ title, body: options?.body, tag: options?.tag, dir: options?.dir });
    }
  }
  Object.defineProperty(Counted, 'permission', { get: () => Real.permission });
  Object.defineProperty(Counted, 'requestPermission', { value: Real.requestPermission.bind(Real) });
  window.Notification = Counted as typeof Notification;
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (this: OscillatorNode, ...args: [number?]) {
    signals.notes++;
    return start.apply(this, args);
  };
}

const signalsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { mirsadSignals: Signals }).mirsadSignals);

test.describe('flash signals', () => {
  // A server of its own: it replays at most three events, so that a short outage ends in a reset.
  let server: DemoServer;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = new DemoServer({ LIVE_REPLAY_MAX_EVENTS: '3' });
    await server.start();
    await setLocales(server.url, ['samir', 'huda'], 'en');
  });
  test.afterAll(async () => {
    await server.dispose();
  });

  test('the tone and the desktop notification sound only once turned on', async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await signIn(browser, server.url, 'huda');
    await page.context().grantPermissions(['notifications'], { origin: server.url });
    await page.context().addInitScript(countSignals);
    await page.reload();
    await expect(page.locator('[data-testid=connection-status][data-status=live]')).toBeVisible();
    const admin = await ApiUser.login(server.url, 'admin');
    const alerts = page.getByTestId('flash-alert');

    // Off by default: the alert shows, nothing sounds and no notice is shown.
    const quiet = uniqueHeadline('en', 'flash-quiet');
    await admin.ingest({ headline: quiet, urgency: 1, language: 'en' });
    await expect(alerts.filter({ hasText: quiet })).toBeVisible();
    expect(await signalsOf(page)).toEqual({ notices: [], notes: 0 });

    // The user turns both on in the user menu: the tone plays once as a sample (two notes).
    await page.getByTestId('user-menu').click();
    // The switches show what the server keeps: each changes once the server has answered, so a click is
    // followed by waiting for the state (check() would want it at once).
    await page.getByTestId('flash-sound').click();
    await expect(page.getByTestId('flash-sound')).toBeChecked();
    await page.getByTestId('flash-desktop').click();
    await expect(page.getByTestId('flash-desktop')).toBeChecked();
    await expect.poll(async () => (await signalsOf(page)).notes).toBe(2);
    await page.getByTestId('user-menu').click();

    const loud = uniqueHeadline('en', 'flash-loud');
    await admin.ingest({ headline: loud, urgency: 1, language: 'en', source: 'Flash Agency' });
    await expect(alerts.filter({ hasText: loud })).toBeVisible();
    await expect.poll(async () => (await signalsOf(page)).notes).toBe(4);
    await expect
      .poll(async () => (await signalsOf(page)).notices)
      .toEqual([
        expect.objectContaining({ body: loud, dir: 'ltr', title: expect.stringContaining('Flash Agency') }),
      ]);

    // Routine and urgent copy sets off neither.
    await admin.ingest({ headline: uniqueHeadline('en', 'urgent-quiet'), urgency: 2, language: 'en' });
    await admin.ingest({ headline: uniqueHeadline('en', 'routine-quiet'), language: 'en' });
    await expect(page.locator('[data-testid=toast][data-kind=urgent]')).toBeVisible();
    const after = await signalsOf(page);
    expect(after.notes).toBe(4);
    expect(after.notices).toHaveLength(1);

    // Turned off again, for the next test's user and any later run.
    await page.getByTestId('user-menu').click();
    await page.getByTestId('flash-sound').click();
    await expect(page.getByTestId('flash-sound')).not.toBeChecked();
    await page.getByTestId('flash-desktop').click();
    await expect(page.getByTestId('flash-desktop')).not.toBeChecked();
    await admin.dispose();
    await page.context().close();
  });

  test('a flash that came while the screen was too far behind to replay is raised', async ({ browser }) => {
    // A server restart.
    test.setTimeout(180_000);
    const page = await signIn(browser, server.url, 'samir');
    const admin = await ApiUser.login(server.url, 'admin');
    // Something is heard first: the gap is counted from the last event the screen heard.
    const heard = uniqueHeadline('en', 'heard');
    await admin.ingest({ headline: heard, language: 'en' });
    await expect(page.locator('[data-testid=queue-row]', { hasText: heard })).toBeVisible();
    await admin.dispose();

    // The stream is cut while the server restarts; five events come meanwhile, more than it replays.
    const missed = uniqueHeadline('en', 'flash-missed');
    const resets: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/items?') && response.url().includes('urgency=1'))
        resets.push(response.url());
    });
    await restartServerUnheard(page, server, async (writer) => {
      const routine = () => writer.ingest({ headline: uniqueHeadline('en', 'gap'), language: 'en' });
      await routine();
      await routine();
      await writer.ingest({ headline: missed, urgency: 1, language: 'en' });
      await routine();
      await routine();
    });

    // The reset reloads the queue, and the flash of the gap is raised once, as if it had been heard.
    const alerts = page.getByTestId('flash-alert');
    await expect(alerts.filter({ hasText: missed })).toHaveCount(1);
    await expect(alerts).toHaveCount(1);
    await expect(page.locator('[data-testid=queue-row]', { hasText: missed })).toBeVisible();
    // It came by asking the queue (the reset), not by a replay.
    expect(resets.length).toBeGreaterThan(0);
    await page.context().close();
  });
});
