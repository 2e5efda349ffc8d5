/**
 * Language preferences that stick, and every message in the reader's language (issue 12, items 4 and 5):
 * English chosen on the login page becomes the user's language at the first sign-in and stays (a reload, a new
 * browser whose login page is Arabic); desks and agencies show their English names in English; Arabic-Indic
 * digits chosen in the user menu apply to every number and survive a reload; a broken feed's error reads in the
 * interface's language, its technical detail beneath it, left to right with its full stop at its own end.
 */
import type { Browser, Page } from '@playwright/test';
import type { Feed } from '#shared/schemas/feeds.ts';
import type { Desk } from '#shared/schemas/users.ts';
import type { ApiUser } from '../src/test-support/api-user.ts';
import { FeedServer } from '../src/test-support/feed-server.ts';
import {
  consoleProblems,
  expect,
  expectAccessible,
  setLocales,
  signIn,
  test,
  trackConsole,
} from './support/fixtures.ts';
import { shot } from './support/screens.ts';
import { DEMO_AGENCIES_EN } from '../src/server/demo/seed.ts';

const wire = new FeedServer();
test.beforeAll(async () => wire.start());
test.afterAll(async () => wire.stop());

test.slow(true, 'each test signs in more than once, in fresh browsers, and checks a whole page with axe');

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const PASSWORD = 'Lughat-e2e-Mirsad-2026';

/** A new editor on the demo desk who has never signed in (the demo's own accounts have, in other specs). */
async function newEditor(admin: ApiUser, username: string): Promise<void> {
  const headers = { 'x-csrf-token': admin.csrfToken };
  const desks = ((await (await admin.context.get('/api/desks')).json()) as { desks: Desk[] }).desks;
  const created = await admin.context.post('/api/users', {
    data: {
      username,
      displayName: 'ريم الأحمد',
      roles: ['editor'],
      deskIds: [desks[0]!.id],
      password: PASSWORD,
    },
    headers,
  });
  expect(created.status(), await created.text()).toBe(201);
}

/** A fresh browser (nothing remembered) at the login page; signs in after `before` has had its say. */
async function signInFresh(
  browser: Browser,
  baseURL: string,
  username: string,
  before?: (page: Page) => Promise<void>,
): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  trackConsole(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await before?.(page);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('form button[type=submit]').click();
  await expect(page.locator('[data-testid=connection-status][data-status=live]')).toBeVisible();
  return page;
}

/**
 * The source facet with every agency in it: it shows the first six by their number of stories otherwise, and
 * the items other specs in this worker push (from test agencies) move the demo's agencies in and out of those.
 */
async function everySource(page: Page) {
  const sources = page.getByTestId('source-filter');
  // Loaded: the options come in one answer, so the "show all" button is there by then if it will be.
  await expect(sources.locator('input[data-value]').first()).toBeVisible();
  const showAll = sources.getByRole('button', { expanded: false });
  if ((await showAll.count()) > 0) await showAll.click();
  return sources;
}

test('English chosen on the login page sticks: after sign-in, a reload and a new browser; names in English', async ({
  browser,
  server,
  admin,
}) => {
  const username = `lang-en-${stamp()}`;
  await newEditor(admin, username);

  const page = await signInFresh(browser, server.url, username, async (login) => {
    await login.getByRole('button', { name: 'English' }).click();
    await expect(login.getByRole('heading', { level: 2 })).toHaveText('Sign in');
  });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  // The desk and the agencies by their English names (the demo seeds them); countries come from Intl.
  // In the header (the desk filter names it too, beside "No desk").
  await expect(page.getByRole('banner').getByText('Central Asia and Caucasus Desk')).toBeVisible();
  const sources = await everySource(page);
  await expect(sources).toContainText('TASS');
  // Every agency the demo names is shown by its English name. (Other specs in this worker push items from test
  // agencies that have none: those keep their own name, so the check is on the demo's agencies.)
  for (const [arabic, english] of Object.entries(DEMO_AGENCIES_EN)) {
    await expect(sources).not.toContainText(arabic);
    if (english === 'TASS') await expect(sources).toContainText(english);
  }
  await expect(page.locator('[data-testid=queue-row]').first()).toBeVisible();
  await shot(page, 'en', 'language-after-login');

  await page.reload();
  await expect(page.locator('[data-testid=connection-status][data-status=live]')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(await everySource(page)).toContainText('TASS');

  // Another browser, whose login page is Arabic: the user's language is theirs, not the page's.
  const elsewhere = await signInFresh(browser, server.url, username);
  await expect(elsewhere.locator('html')).toHaveAttribute('lang', 'en');
  await expect(elsewhere.getByRole('banner').getByText('Central Asia and Caucasus Desk')).toBeVisible();
  expect(consoleProblems(page)).toEqual([]);
  expect(consoleProblems(elsewhere)).toEqual([]);
});

test('Arabic-Indic digits chosen in the user menu apply to every number and survive a reload', async ({
  browser,
  server,
  admin,
}) => {
  const username = `lang-ar-${stamp()}`;
  await newEditor(admin, username);
  const page = await signInFresh(browser, server.url, username);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  // The Arabic names of the desk and the agencies, as the items carry them.
  await expect(page.getByRole('banner').getByText('مكتب آسيا الوسطى والقوقاز')).toBeVisible();
  await expect(await everySource(page)).toContainText('تاس');

  const counts = page.getByTestId('status-filter').getByTestId('facet-count');
  await expect(counts.first()).toHaveText(/^[0-9,]+$/);

  await page.locator('summary', { hasText: 'ريم الأحمد' }).click();
  const digits = page.getByTestId('digits-switch');
  await expect(digits.locator('[data-digits=latn]')).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(page, 'the user menu with the digits choice');
  await digits.locator('[data-digits=arab]').click();
  await expect(digits.locator('[data-digits=arab]')).toHaveAttribute('aria-pressed', 'true');
  // Every count, at once: Arabic-Indic digits (and the Arabic thousands separator), no Latin digit left.
  await expect(counts.first()).toHaveText(/^[٠-٩٬]+$/);
  const all = await counts.allInnerTexts();
  expect(all.length).toBeGreaterThan(0);
  expect(all.filter((text) => /[0-9]/.test(text))).toEqual([]);
  await shot(page, 'ar', 'digits-arabic-indic');

  await page.reload();
  await expect(page.locator('[data-testid=connection-status][data-status=live]')).toBeVisible();
  await expect(counts.first()).toHaveText(/^[٠-٩٬]+$/);
  // Back to Latin: the choice goes both ways.
  await page.locator('summary', { hasText: 'ريم الأحمد' }).click();
  await page.getByTestId('digits-switch').locator('[data-digits=latn]').click();
  await expect(counts.first()).toHaveText(/^[0-9,]+$/);
  expect(consoleProblems(page)).toEqual([]);
});

/** Where a character of the element's text is drawn (its box's left edge), through a DOM Range. */
async function charLeft(
  page: Page,
  testId: string,
  rowName: string,
  index: 'first' | 'last',
): Promise<number> {
  return page
    .locator('[data-testid=feed-row]', { hasText: rowName })
    .getByTestId(testId)
    .evaluate((element, which) => {
      const node = element.firstChild!;
      const text = node.textContent!;
      const range = document.createRange();
      const at = which === 'first' ? 0 : text.length - 1;
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().left;
    }, index);
}

test("a broken feed's error in the interface's language, the technical detail beneath it, left to right", async ({
  browser,
  server,
  admin,
}) => {
  const s = stamp();
  const name = `وكالة الأنباء المفقودة ${s}`;
  const nameEn = `Missing News Agency ${s}`;
  const url = `${wire.missingUrl}?run=${s}`;
  const headers = { 'x-csrf-token': admin.csrfToken };
  const created = await admin.context.post('/api/feeds', { data: { name, nameEn, url }, headers });
  expect(created.status()).toBe(201);
  const polled = (await (
    await admin.context.post(`/api/feeds/${((await created.json()) as Feed).id}/poll`, { headers })
  ).json()) as Feed;
  expect(polled.health.lastError).toMatchObject({ code: 'feed.http_status', params: { status: 404 } });

  await setLocales(server.url, ['admin'], 'ar');
  const arabic = await signIn(browser, server.url, 'admin', '/admin/feeds');
  const row = arabic.locator('[data-testid=feed-row]', { hasText: name });
  await expect(row.getByTestId('feed-error-text')).toHaveText('ردّ خادم المصدر برمز الخطأ 404.');
  const detail = row.getByTestId('feed-error-detail');
  await expect(detail).toHaveText(`HTTP 404 from ${url}.`);
  await expect(detail).toHaveAttribute('dir', 'ltr');
  await expect(detail).toHaveAttribute('lang', 'en');
  // Read left to right inside the Arabic page: "HTTP" first at the left, the full stop last at the right.
  expect(await charLeft(arabic, 'feed-error-detail', name, 'first')).toBeLessThan(
    await charLeft(arabic, 'feed-error-detail', name, 'last'),
  );
  await expect(row.getByTestId('feed-name')).toHaveText(name);
  await row.scrollIntoViewIfNeeded();
  await shot(arabic, 'ar', 'feed-error-localised');

  await setLocales(server.url, ['admin'], 'en');
  const english = await signIn(browser, server.url, 'admin', '/admin/feeds');
  const englishRow = english.locator('[data-testid=feed-row]', { hasText: nameEn });
  await expect(englishRow.getByTestId('feed-name')).toHaveText(nameEn);
  await expect(englishRow.getByTestId('feed-source-name')).toHaveText(name);
  await expect(englishRow.getByTestId('feed-error-text')).toHaveText(
    "The feed's server answered with error 404.",
  );
  await expect(englishRow.getByTestId('feed-error-detail')).toHaveText(`HTTP 404 from ${url}.`);
  await englishRow.scrollIntoViewIfNeeded();
  await expectAccessible(english, 'the feeds page in English with a failing feed');
  await shot(english, 'en', 'feed-error-localised');

  // The English name is set where the feed is edited.
  await englishRow.getByTestId('feed-edit').click();
  const form = english.getByTestId('feed-form');
  await expect(form.getByLabel('English name', { exact: true })).toHaveValue(nameEn);
  await form.getByLabel('English name', { exact: true }).fill(`Lost Wire ${s}`);
  await form.getByTestId('feed-form-submit').click();
  await expect(english.locator('[data-testid=feed-row]', { hasText: `Lost Wire ${s}` })).toBeVisible();
  expect(consoleProblems(arabic)).toEqual([]);
  expect(consoleProblems(english)).toEqual([]);
  await setLocales(server.url, ['admin'], 'ar');
});
