/** Working the desk: keyboard, bulk actions, refusals, an expired session, the language switch. */
import { expect, expectAccessible, setLocales, signIn, test, uniqueHeadline } from './support/fixtures.ts';
import type { Browser } from '@playwright/test';
import type { Item } from '#shared/schemas/items.ts';
import { ApiUser } from '../src/test-support/api-user.ts';
import { shot } from './support/screens.ts';

test('keyboard: j/k move, Enter opens, a accepts, x selects, / searches, ? shows the shortcuts', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'ar');
  // Every report its own row: the test's headlines are near-duplicates of each other.
  const page = await signIn(browser, server.url, 'editor', '/?collapse=false');
  const first = uniqueHeadline('ar', 'kbd-one');
  await admin.ingest({ headline: first });
  const second = uniqueHeadline('ar', 'kbd-two');
  await admin.ingest({ headline: second });
  const rows = page.locator('[data-testid=queue-row]');
  await expect(rows.first()).toContainText(second);

  await page.locator('body').press('j');
  await expect(rows.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await expect(rows.nth(1)).toBeFocused();
  await expect(rows.nth(1)).toContainText(first);
  await page.keyboard.press('k');
  await expect(rows.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#item-headline')).toHaveText(first);
  await expect(page).toHaveURL(/\/items\/\d+/);

  // `a` accepts the current item (optimistically; the server agrees).
  await page.keyboard.press('a');
  await expect(page.locator('[data-testid=item-pane] [data-status]').first()).toHaveAttribute(
    'data-status',
    'accepted',
  );

  // In RTL the left arrow points at the pane (inline-end): it opens the current item and moves focus into it.
  await rows.nth(0).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('#item-headline')).toHaveText(second);
  await expect(page.locator('#item-headline')).toBeFocused();
  // The other arrow comes back to its row, the pane left open.
  await page.keyboard.press('ArrowRight');
  await expect(rows.nth(0)).toBeFocused();
  await expect(page.locator('#item-headline')).toHaveText(second);

  // x ticks the current row for a bulk action.
  await rows.nth(0).focus();
  await page.keyboard.press('x');
  await expect(page.getByTestId('bulk-bar')).toBeVisible();
  await page.getByTestId('bulk-bar').getByRole('button', { name: 'إلغاء التحديد' }).click();

  await page.keyboard.press('/');
  await expect(page.locator('#queue-search')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.locator('body').press('?');
  await expect(page.getByTestId('shortcuts')).toBeVisible();
  await shot(page, 'ar', 'shortcuts');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts')).toHaveCount(0);
  // Opened from its button, the dialog gives focus back to it as it closes.
  const shortcutsButton = page.getByRole('button', { name: 'اختصارات لوحة المفاتيح' });
  await shortcutsButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('shortcuts')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts')).toHaveCount(0);
  await expect(shortcutsButton).toBeFocused();
  await page.context().close();
});

test('keyboard: the forward arrow moves focus into the pane, on its first opening and on the row already open; closing it gives focus back to the row', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'ar');
  const item = await admin.ingest({ headline: uniqueHeadline('ar', 'تركيز لوحة المفاتيح') });
  const page = await signIn(browser, server.url, 'editor', '/?collapse=false');
  const row = page.locator(`[data-testid=queue-row][data-item-id="${item.id}"]`);
  const heading = page.locator('#item-headline');
  // The pane's code is held until the arrow has been pressed, as on a first opening over a slow network (the
  // page is loaded again under the hold, so that nothing of the pane's is in it yet).
  let releasePane!: () => void;
  const paneHeld = new Promise<void>((resolve) => (releasePane = resolve));
  let paneRequests = 0;
  await page.route('**/assets/item-pane-composed-*.js', async (route) => {
    paneRequests++;
    await paneHeld;
    await route.continue();
  });
  await page.goto('/?collapse=false');
  await expect(row).toBeVisible();
  await page.locator('body').press('j');
  await expect(row).toBeFocused();
  // In Arabic the pane is to the left: ← opens the item and moves into it, once its code has come.
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => paneRequests).toBeGreaterThan(0);
  releasePane();
  await expect(heading).toBeFocused();
  // Escape inside the pane closes it, and focus is back on the row.
  await page.keyboard.press('Escape');
  await expect(heading).toHaveCount(0);
  await expect(row).toBeFocused();
  // Enter opens it and stays on the row; ← then moves into the pane already open.
  await page.keyboard.press('Enter');
  await expect(heading).toBeVisible();
  await expect(row).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(heading).toBeFocused();
  // Its close button does the same as Escape.
  await page.getByTestId('item-close').press('Enter');
  await expect(heading).toHaveCount(0);
  await expect(row).toBeFocused();

  // In my work too (rows there are links): assigned to this editor, opened, closed, focus back on its link.
  const editor = await ApiUser.login(server.url, 'editor');
  await admin.action(item.id, 'accept');
  await admin.action(item.id, 'assign', { assignee: editor.id });
  await editor.dispose();
  await page.goto('/my-work');
  const link = page.locator(`[data-testid=queue-row][data-item-id="${item.id}"] h3 a`);
  await link.press('Enter');
  await expect(heading).toBeVisible();
  await page.getByTestId('item-close').press('Enter');
  await expect(heading).toHaveCount(0);
  await expect(link).toBeFocused();
  await page.context().close();
});

test('keyboard: when the current row leaves a filtered queue, the row in its place becomes current, and a/s act on it, not on the top story', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'ar');
  const source = `kbd-${Date.now().toString(36)}`;
  const items = [];
  for (const n of [1, 2, 3, 4])
    items.push(await admin.ingest({ headline: uniqueHeadline('ar', `مؤشر ${n}`), source }));
  const [oldest, second, third, newest] = items as [Item, Item, Item, Item];
  const page = await signIn(
    browser,
    server.url,
    'editor',
    `/?status=incoming&source=${source}&collapse=false`,
  );
  const row = (item: Item) => page.locator(`[data-testid=queue-row][data-item-id="${item.id}"]`);
  await expect(page.locator('[data-testid=queue-row]')).toHaveCount(4);
  await page.locator('body').press('j');
  await page.keyboard.press('j');
  await expect(row(third)).toBeFocused();
  // s spikes it: it leaves this view of incoming copy, and the row below takes its place, focus and all.
  await page.keyboard.press('s');
  await expect(row(third)).toHaveCount(0);
  await expect(row(second)).toBeFocused();
  // a accepts that row, the one the editor sees as current, not the newest story at the top.
  await page.keyboard.press('a');
  await expect(row(second)).toHaveCount(0);
  await expect.poll(async () => (await admin.item(second.id)).status).toBe('accepted');
  expect((await admin.item(newest.id)).status).toBe('incoming');
  expect((await admin.item(third.id)).status).toBe('spiked');
  await expect(row(oldest)).toBeFocused();
  await page.context().close();
});

test('the skip link goes past the header and the filters to the rows, and j goes on from there', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'en');
  await admin.ingest({ headline: uniqueHeadline('en', 'skip link') });
  const page = await signIn(browser, server.url, 'editor', '/?collapse=false');
  const rows = page.locator('[data-testid=queue-row]');
  await expect(rows.first()).toBeVisible();
  await page.locator('body').press('Tab');
  const skip = page.getByTestId('skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toHaveText('Skip to the queue');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('queue-scroll')).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');
  await page.keyboard.press('j');
  await expect(rows.first()).toBeFocused();
  // Elsewhere it goes to the page's content, and says so.
  await page.goto('/my-work');
  await page.locator('body').press('Tab');
  await expect(skip).toHaveText('Skip to the content');
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  await page.context().close();
});

test('keyboard: s and a act only where an item is in view, say what they did, and a spike can be restored from the toast', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'en');
  const source = `kbd-scope-${Date.now().toString(36)}`;
  const older = await admin.ingest({ headline: uniqueHeadline('en', 'scope older'), source });
  const newer = await admin.ingest({ headline: uniqueHeadline('en', 'scope newer'), source });
  const page = await signIn(browser, server.url, 'editor', `/?source=${source}&collapse=false`);
  const row = (item: Item) => page.locator(`[data-testid=queue-row][data-item-id="${item.id}"]`);
  await expect(page.locator('[data-testid=queue-row]')).toHaveCount(2);
  await page.locator('body').press('j');
  await expect(row(newer)).toBeFocused();

  // A letter typed on a filter is not a shortcut: the current story stays as it is.
  const filter = page.locator('#filters-column input[type=checkbox]').first();
  await filter.focus();
  await page.keyboard.press('s');

  // In the list, s spikes the current row and says so, naming it, with a way back.
  await row(newer).focus();
  await page.keyboard.press('s');
  const toast = page.getByTestId('toast').filter({ hasText: 'Spiked:' }).filter({ hasText: newer.headline });
  await expect(toast).toBeVisible();
  await expect.poll(async () => (await admin.item(newer.id)).status).toBe('spiked');
  // The keys are handled in order: the press on the filter, before it, spiked nothing.
  await expect(page.getByTestId('toast').filter({ hasText: 'Spiked:' })).toHaveCount(1);
  expect((await admin.item(older.id)).status).toBe('incoming');
  await expectAccessible(page, 'queue with a spike toast');
  await shot(page, 'en', 'shortcut-spiked');
  await toast.getByTestId('toast-action').click();
  await expect.poll(async () => (await admin.item(newer.id)).status).toBe('incoming');

  // In the pane, the keys act on the story open there, not on the list's current row.
  await row(older).click();
  await expect(page.locator('#item-headline')).toHaveText(older.headline);
  await row(newer).focus();
  await page.locator('#item-headline').focus();
  await page.keyboard.press('a');
  await expect(
    page.getByTestId('toast').filter({ hasText: 'Accepted:' }).filter({ hasText: older.headline }),
  ).toBeVisible();
  await expect.poll(async () => (await admin.item(older.id)).status).toBe('accepted');
  expect((await admin.item(newer.id)).status).toBe('incoming');
  await page.context().close();
});

test('bulk accept and spike on a multi-selection', async ({ browser, server, admin }) => {
  await setLocales(server.url, ['editor'], 'en');
  const page = await signIn(browser, server.url, 'editor', '/?collapse=false');
  const names = [
    uniqueHeadline('en', 'bulk-a'),
    uniqueHeadline('en', 'bulk-b'),
    uniqueHeadline('en', 'bulk-c'),
  ];
  for (const headline of names) await admin.ingest({ headline });
  const row = (headline: string) => page.locator('[data-testid=queue-row]', { hasText: headline });
  for (const headline of names) await expect(row(headline)).toBeVisible();

  await row(names[0]!).getByRole('checkbox').check();
  await row(names[1]!).getByRole('checkbox').check();
  const bar = page.getByTestId('bulk-bar');
  await expect(bar).toContainText('2 selected');
  await bar.locator('[data-bulk-action=accept]').click();
  await expect(row(names[0]!).locator('[data-status]')).toHaveAttribute('data-status', 'accepted');
  await expect(row(names[1]!).locator('[data-status]')).toHaveAttribute('data-status', 'accepted');
  await expect(bar).toHaveCount(0);

  await row(names[2]!).getByRole('checkbox').check();
  await row(names[0]!).getByRole('checkbox').check();
  await bar.locator('[data-bulk-action=spike]').click();
  await expect(row(names[2]!).locator('[data-status]')).toHaveAttribute('data-status', 'spiked');
  await expect(row(names[0]!).locator('[data-status]')).toHaveAttribute('data-status', 'spiked');
  await page.context().close();
});

test('a refused action rolls back and says why (409: someone else moved the item first)', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'en');
  const page = await signIn(browser, server.url, 'editor');
  const headline = uniqueHeadline('en', 'refused');
  const item = await admin.ingest({ headline });
  // This tab stops hearing the live stream (reloaded with the stream blocked)...
  await page.route('**/api/events/stream**', (route) => route.abort());
  await page.reload();
  await page.locator('[data-testid=queue-row]', { hasText: headline }).locator('a').click();
  await expect(page.locator('[data-testid=action-bar] [data-action=accept]')).toBeVisible();

  // ...while someone else spikes the item.
  const samir = await ApiUser.login(server.url, 'samir');
  await samir.action(item.id, 'spike');
  await samir.dispose();

  await page.locator('[data-testid=action-bar] [data-action=accept]').click();
  await expect(page.locator('[data-testid=toast][data-kind=error]')).toContainText(
    /moved on|changed this item/,
  );
  await expect(page.locator('[data-testid=item-pane] [data-status]').first()).toHaveAttribute(
    'data-status',
    'spiked',
  );
  await page.unroute('**/api/events/stream**');
  await page.context().close();
});

test('an expired session goes to the login page, then back to where the user was', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'ar');
  const page = await signIn(browser, server.url, 'editor');
  const headline = uniqueHeadline('ar', 'session');
  await admin.ingest({ headline });
  await page.locator('input[data-country=KZ]').check();
  await page.locator('[data-testid=queue-row]', { hasText: headline }).locator('a').click();
  await expect(page.locator('#item-headline')).toHaveText(headline);
  const where = page.url();

  // The session ends (signed out elsewhere: the cookie is gone); the next request answers 401.
  await page.context().clearCookies();
  // The click's request answers 401 — unless a background request (live counts) got there first and the
  // login page has already replaced the pane: either way the user lands on the login page.
  await page
    .locator('[data-testid=action-bar] [data-action=accept]')
    .click({ timeout: 3_000 })
    .catch(() => undefined);
  await expect(page).toHaveURL(/\/login\?/);
  await expect(page.getByText('انتهت جلستك. سجّل الدخول مجدداً لتعود إلى حيث كنت.')).toBeVisible();
  await shot(page, 'ar', 'session-expired');
  await page.locator('#username').fill('editor');
  await page.locator('#password').fill('mirsad-e2e-password');
  await page.locator('form button[type=submit]').click();
  await expect(page).toHaveURL(where);
  await expect(page.locator('#item-headline')).toHaveText(headline);
  await expect(page.locator('input[data-country=KZ]')).toBeChecked();
  await page.context().close();
});

test('the language switch mirrors the layout and is remembered for the user', async ({ browser, server }) => {
  await setLocales(server.url, ['huda'], 'ar');
  const page = await signIn(browser, server.url, 'huda');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const filters = page.locator('#filters-column');
  const ltrBox = async () => (await filters.boundingBox())!;
  // RTL: the filters column sits on the right.
  expect((await ltrBox()).x).toBeGreaterThan(700);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect((await ltrBox()).x).toBeLessThan(100);
  // Remembered on the server: a new session starts in English.
  const again = await signIn(browser, server.url, 'huda');
  await expect(again.locator('html')).toHaveAttribute('lang', 'en');
  await again.context().close();
  await page.context().close();
});

/** An editor's ungrouped queue (every report a row) in English, its first rows shown. */
async function ungroupedQueue(browser: Browser, serverUrl: string) {
  await setLocales(serverUrl, ['editor'], 'en');
  const page = await signIn(browser, serverUrl, 'editor', '/?collapse=false');
  const rows = page.locator('[data-testid=queue-row]');
  await expect(rows.first()).toBeVisible();
  return { page, scroller: page.getByTestId('queue-scroll'), rows };
}

test('new items wait above a scrolled queue behind an "N new items" banner; unread until opened', async ({
  browser,
  server,
  admin,
}) => {
  // Ungrouped: the two new items below are near-duplicates, and grouped they would be one new story.
  const { page, scroller, rows } = await ungroupedQueue(browser, server.url);

  // At the top, a new item simply appears first, marked unread.
  const top = uniqueHeadline('en', 'at-top');
  await admin.ingest({ headline: top });
  await expect(rows.first()).toContainText(top);
  await expect(rows.first().getByText('Unread')).toBeAttached();

  // Scrolled down: what the reader is looking at stays put; the new items are announced instead.
  await scroller.evaluate((element) => (element.scrollTop = 1_500));
  // The scroll has been handled once the list has let its first row go: the virtualiser's update and the
  // queue's own (which starts holding new items) come from the same scroll event and render together.
  await expect(page.locator('[data-testid=queue-row][aria-posinset="1"]')).toHaveCount(0);
  const reading = await page.evaluate(() => {
    const box = document.querySelector('[data-testid=queue-scroll]')!.getBoundingClientRect();
    const row = [...document.querySelectorAll('[data-testid=queue-row]')].find(
      (element) => element.getBoundingClientRect().top >= box.top,
    )!;
    return { id: row.getAttribute('data-item-id'), top: Math.round(row.getBoundingClientRect().top) };
  });
  const fresh = [uniqueHeadline('en', 'while-reading-1'), uniqueHeadline('en', 'while-reading-2')];
  for (const headline of fresh) await admin.ingest({ headline });
  const banner = page.getByTestId('new-items-banner');
  await expect(banner).toHaveText(/2 new items/);
  const still = page.locator(`[data-testid=queue-row][data-item-id="${reading.id}"]`);
  expect(Math.round((await still.boundingBox())!.y)).toBe(reading.top);

  await banner.click();
  await expect(banner).toHaveCount(0);
  await expect(rows.first()).toContainText(fresh[1]!);
  await expect(rows.nth(1)).toContainText(fresh[0]!);

  // Opening an item clears its unread mark.
  await rows.first().locator('a').click();
  await expect(page.locator('#item-headline')).toHaveText(fresh[1]!);
  await expect(rows.first().getByText('Unread')).toHaveCount(0);
  await page.context().close();
});

test('a queue opens at its top, and a new view starts at its top however far the last one was scrolled', async ({
  browser,
  server,
}) => {
  const { page, scroller, rows } = await ungroupedQueue(browser, server.url);
  expect(await scroller.evaluate((element) => element.scrollTop)).toBe(0);
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');

  await scroller.evaluate((element) => (element.scrollTop = 2_000));
  await expect(page.locator('[data-testid=queue-row][aria-posinset="1"]')).toHaveCount(0);
  await page.getByTestId('status-filter').getByRole('checkbox').first().check();
  await expect(page).toHaveURL(/status=/);
  await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBe(0);
  await expect(page.locator('[data-testid=queue-row][aria-posinset="1"]')).toBeInViewport();
  await page.context().close();
});

test('an opened row shows its card at once; the text, the lede and the actions come with the whole item', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'ar');
  const page = await signIn(browser, server.url, 'editor', '/?collapse=false');
  const headline = uniqueHeadline('ar', 'card-first');
  const item = await admin.ingest({
    headline,
    summary: 'مقدمة الخبر كما أرسلتها الوكالة',
    body: '<p>نص الخبر الكامل</p>',
  });
  const row = page.locator(`[data-testid=queue-row][data-item-id="${item.id}"]`);
  await expect(row).toContainText(headline);
  // The list's page is cards: no lede, no body.
  const page1 = await page.evaluate(async () => (await (await fetch('/api/items?limit=1')).json()).items[0]);
  expect(page1).not.toHaveProperty('summary');
  expect(page1).not.toHaveProperty('body');

  // Hold the whole item back until the pane has shown the card.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/api/items/${item.id}`, async (route) => {
    await held;
    await route.continue();
  });
  await row.locator('a').click();
  const pane = page.getByTestId('item-pane');
  await expect(pane.locator('#item-headline')).toHaveText(headline);
  await expect(pane.locator('[data-status]').first()).toHaveAttribute('data-status', 'incoming');
  await expect(pane.getByTestId('action-bar')).toHaveCount(0);
  await expect(pane.getByTestId('item-body')).toHaveCount(0);
  await expectAccessible(page, 'the pane showing a card');

  release();
  await expect(pane.getByTestId('item-body')).toContainText('نص الخبر الكامل');
  await expect(pane).toContainText('مقدمة الخبر كما أرسلتها الوكالة');
  await expect(pane.getByTestId('action-bar')).toBeVisible();
  await page.context().close();
});

test('a queue scrolled far from its current row is still entered with Tab, at a row in view; j goes on from there', async ({
  browser,
  server,
}) => {
  const { page, scroller } = await ungroupedQueue(browser, server.url);

  // Far enough down that the current row (the first) has left the DOM: the list is virtualised.
  await scroller.evaluate((element) => (element.scrollTop = 4_000));
  await expect(page.locator('[data-testid=queue-row][aria-posinset="1"]')).toHaveCount(0);
  const tabStop = page.locator('[data-testid=queue-row][tabindex="0"]');
  await expect(tabStop).toHaveCount(1);
  await expectAccessible(page, 'queue scrolled far down');

  // Tab from the list's own edge lands on the tab stop, a row the reader can see.
  await scroller.focus();
  await page.keyboard.press('Tab');
  await expect(tabStop).toBeFocused();
  const position = Number(await tabStop.getAttribute('aria-posinset'));
  expect(position).toBeGreaterThan(1);
  const list = (await scroller.boundingBox())!;
  const row = (await tabStop.boundingBox())!;
  expect(row.y + row.height).toBeGreaterThan(list.y);
  expect(row.y).toBeLessThan(list.y + list.height);

  // Focused, it is the current row: j moves on from it, not from the top of the queue.
  await page.keyboard.press('j');
  await expect(page.locator(`[data-testid=queue-row][aria-posinset="${position + 1}"]`)).toBeFocused();
  await page.context().close();
});

test('near-duplicates: one row per story with its number of sources; the pane lists the others; grouping can be turned off', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'en');
  const page = await signIn(browser, server.url, 'editor');
  const stamp = `${Date.now().toString(36)}`;
  const first = `طاجيكستان تفتتح محطة كهرومائية جديدة على نهر فخش ${stamp}`;
  const second = `افتتاح محطة كهرومائية جديدة في طاجيكستان على نهر فخش ${stamp}`;
  await admin.ingest({ headline: first, source: `Agency A ${stamp}` });
  await admin.ingest({ headline: second, source: `Agency B ${stamp}` });
  const rows = page.locator('[data-testid=queue-row]', { hasText: stamp });

  // Grouped (the default): the newer report stands for the story.
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(second);
  await expect(rows.first()).toContainText('2 sources');
  await rows.first().click();
  await expect(page.getByTestId('cluster')).toContainText(first);

  // Off: every report has its row, and the link says so.
  await page.getByLabel('Group near-duplicates').uncheck();
  await expect(page).toHaveURL(/[?&]collapse=false(&|$)/);
  await expect(rows).toHaveCount(2);
  await page.context().close();
});
