/**
 * Fixtures: one server per worker (fresh database, demo seed), API users, and signed-in browser pages for
 * each role, each in its own browser context (separate cookies), as several people at several desks.
 */
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { ApiUser, type DemoUser } from '../../src/test-support/api-user.ts';
import { DEMO_PASSWORD, DemoServer } from '../../src/test-support/server-process.ts';

export { expect };

export type Locale = 'ar' | 'en';

/**
 * Opens a new browser context signed in as this user (POST /api/session from the context, so the session cookie
 * is the browser's), then opens `path` and waits until its live stream is connected. The sign-in form has
 * journeys of their own (a11y, desk, language preferences, people, phone); the other tests skip its render and
 * typing.
 */
export async function signIn(
  browser: Browser,
  baseURL: string,
  username: DemoUser,
  path = '/',
): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const response = await context.request.post('/api/session', {
    data: { username, password: DEMO_PASSWORD },
  });
  expect(response.status(), `sign-in of ${username}`).toBe(200);
  const page = await context.newPage();
  trackConsole(page);
  await page.goto(path);
  await expect(page.locator('[data-testid=connection-status][data-status=live]')).toBeVisible();
  return page;
}

/** Console errors worth failing on: CSP violations and uncaught exceptions. Expected 401s are not. */
export function trackConsole(page: Page): void {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text()))
      problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  (page as Page & { consoleProblems?: string[] }).consoleProblems = problems;
}

export function consoleProblems(page: Page): string[] {
  return (page as Page & { consoleProblems?: string[] }).consoleProblems ?? [];
}

/**
 * axe: no serious or critical violations (WCAG 2.1 A/AA rules). Legacy mode runs axe in the page itself; the
 * default opens a blank page per check to merge the results of cross-origin frames, which the app does not have
 * (it makes none), and that blank page was a quarter of the suite's axe time.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(
    serious.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 5)
          .join(' | ')}`,
    ),
    `axe on ${label}`,
  ).toEqual([]);
}

let headlines = 0;

/**
 * A unique headline in the language of the journey (Arabic wire copy, or English), and a story of its own: the
 * stamp ends in a decimal figure no other headline has, and two headlines with different decimal figures are
 * never near-duplicates (see modules/items/near-duplicates.ts), so each test's items are rows of their own in
 * the grouped queue.
 */
export function uniqueHeadline(locale: Locale, topic = ''): string {
  headlines++;
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)} ${process.pid % 1000}.${headlines}${Math.floor(Math.random() * 1000)}`;
  return locale === 'ar'
    ? `كازاخستان وأوزبكستان توقعان اتفاقية جديدة للطاقة ${topic} ${stamp}`.replace(/\s+/g, ' ')
    : `Kazakhstan and Uzbekistan sign a new energy agreement ${topic} ${stamp}`.replace(/\s+/g, ' ');
}

interface WorkerFixtures {
  server: DemoServer;
  admin: ApiUser;
}

export const test = base.extend<object, WorkerFixtures>({
  server: [
    // oxlint-disable-next-line no-empty-pattern -- Playwright requires the fixtures argument to be destructured
    async ({}, use) => {
      const server = new DemoServer();
      await server.start();
      await use(server);
      await server.dispose();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  admin: [
    async ({ server }, use) => {
      const admin = await ApiUser.login(server.url, 'admin');
      await use(admin);
      await admin.dispose();
    },
    { scope: 'worker' },
  ],
});

/** Sets the remembered UI language of these users (PATCH /api/me). */
export async function setLocales(baseURL: string, users: DemoUser[], locale: Locale): Promise<void> {
  for (const username of users) {
    const user = await ApiUser.login(baseURL, username);
    await user.setLocale(locale);
    await user.dispose();
  }
}

/**
 * Holds the page's live stream closed from the browser's side while the server restarts and `meanwhile` writes
 * what the page must then catch up on (by replay, or by a reset when the gap is too long); then lets the browser
 * reconnect at once (coming back online skips the backoff) and waits until the page is live again.
 * `whileDown` runs while the page knows it is cut off (its offline state can be checked there).
 */
export async function restartServerUnheard(
  page: Page,
  server: DemoServer,
  meanwhile: (admin: ApiUser) => Promise<void>,
  whileDown: () => Promise<void> = async () => {},
): Promise<void> {
  const status = page.getByTestId('connection-status');
  await page.route('**/api/events/stream**', (route) => route.abort());
  await server.stop();
  await expect(status).toHaveAttribute('data-status', 'reconnecting');
  await whileDown();
  await server.start();
  const admin = await ApiUser.login(server.url, 'admin');
  await meanwhile(admin);
  await admin.dispose();
  await page.unroute('**/api/events/stream**');
  await page.context().setOffline(true);
  await page.context().setOffline(false);
  await expect(status).toHaveAttribute('data-status', 'live', { timeout: 20_000 });
}
