/**
 * The queue's first glance (src/shared/first-glance.ts): the page for `/` comes with the first rows in it, so an
 * editor sees the newest headlines before the desk's code has loaded. Held there (the desk's script never
 * arrives, as on a very slow line) the glance is checked in Arabic and English: the rows the API gives, in the
 * user's language and direction, nothing in it to click or tab to, axe clean, a screenshot. Then the desk takes
 * over with the same rows in the same place.
 */
import { FIRST_GLANCE_ROWS } from '../src/shared/first-glance.ts';
import { DEFAULT_QUEUE_VIEW, listPageQuery } from '../src/shared/queue-page.ts';
import { DEMO_PASSWORD, DemoServer } from '../src/test-support/server-process.ts';
import {
  consoleProblems,
  expect,
  expectAccessible,
  setLocales,
  test,
  trackConsole,
  type Locale,
} from './support/fixtures.ts';
import { shot } from './support/screens.ts';

const USER = 'samir';

// A server of its own whose page waits for its glance however loaded the machine is: this spec is about what
// the glance shows (the page goes without it past FIRST_GLANCE_BUDGET_MS, 250 ms by default).
let server: DemoServer;
// oxlint-disable-next-line no-empty-pattern -- Playwright requires the fixtures argument to be destructured
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(90_000);
  server = new DemoServer({ FIRST_GLANCE_BUDGET_MS: '60000' });
  await server.start();
});
test.afterAll(async () => {
  await server.dispose();
});

for (const locale of ['ar', 'en'] as const satisfies readonly Locale[]) {
  test(`the first rows are in the page before the desk's code runs, and the desk takes over in place (${locale})`, async ({
    browser,
  }) => {
    await setLocales(server.url, [USER], locale);
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 } });
    const signedIn = await context.request.post('/api/session', {
      data: { username: USER, password: DEMO_PASSWORD },
    });
    expect(signedIn.status()).toBe(200);
    const firstPage = (await (
      await context.request.get(`/api/items?${listPageQuery(DEFAULT_QUEUE_VIEW, null, FIRST_GLANCE_ROWS)}`)
    ).json()) as { items: Array<{ id: number; headline: string }> };
    expect(firstPage.items.length).toBeGreaterThan(0);

    // Held at the glance: the desk's script never arrives (its request is left hanging, as on a stalled line).
    const held = await context.newPage();
    trackConsole(held);
    await held.route(/\/assets\/index-[\w-]+\.js$/, () => undefined);
    await held.goto('/');
    const glanceRows = held.getByTestId('queue-glance-row');
    await expect(glanceRows.first()).toBeVisible();
    await expect(held.locator('html')).toHaveAttribute('lang', locale);
    await expect(held.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    await expect(held.getByRole('heading', { level: 1 })).toHaveText(locale === 'ar' ? 'الوارد' : 'Queue');
    // The API's first page, in its order.
    await expect(glanceRows.locator('h3 a')).toHaveText(firstPage.items.map((item) => item.headline));
    // A picture, not controls: it says it is loading, is inert (no click or key reaches it) and Tab does not
    // enter it.
    await expect(held.getByTestId('first-glance')).toHaveAttribute('aria-busy', 'true');
    expect(await held.getByTestId('first-glance').evaluate((element) => (element as HTMLElement).inert)).toBe(
      true,
    );
    await held.keyboard.press('Tab');
    expect(
      await held.evaluate(() => document.activeElement?.closest('[data-testid=first-glance]') ?? null),
    ).toBeNull();
    await expectAccessible(held, `first glance (${locale})`);
    await shot(held, locale, 'first-glance');
    const glanceBox = await glanceRows.first().boundingBox();
    await held.close();

    // The desk, as it comes: the same first row, where the glance drew it, and the glance gone, never leaving
    // the page blank in between (the desk renders once its route is ready) nor in the other direction.
    const page = await context.newPage();
    trackConsole(page);
    await page.addInitScript(() => {
      const seen = { blank: false, directions: [] as string[] };
      (window as unknown as { glanceTakeover: typeof seen }).glanceTakeover = seen;
      document.addEventListener('DOMContentLoaded', () => {
        const root = document.getElementById('root')!;
        seen.directions.push(document.documentElement.dir);
        new MutationObserver(() => {
          if (root.childElementCount === 0) seen.blank = true;
          if (seen.directions.at(-1) !== document.documentElement.dir)
            seen.directions.push(document.documentElement.dir);
        }).observe(document.documentElement, { childList: true, subtree: true, attributes: true });
      });
    });
    await page.goto('/');
    const rows = page.getByTestId('queue-row');
    await expect(rows.first()).toBeVisible();
    await expect(page.getByTestId('first-glance')).toHaveCount(0);
    await expect(rows.first().locator('h3 a')).toHaveText(firstPage.items[0]!.headline);
    const deskBox = (await rows.first().boundingBox())!;
    expect(Math.abs(deskBox.x - glanceBox!.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(deskBox.y - glanceBox!.y)).toBeLessThanOrEqual(1);
    expect(Math.abs(deskBox.width - glanceBox!.width)).toBeLessThanOrEqual(1);
    expect(
      await page.evaluate(() => (window as unknown as { glanceTakeover: unknown }).glanceTakeover),
    ).toEqual({ blank: false, directions: [locale === 'ar' ? 'rtl' : 'ltr'] });
    expect(consoleProblems(page)).toEqual([]);
    await context.close();
  });
}
