/**
 * axe finds no serious or critical violations on the login, queue and item pages, in Arabic and English; and
 * the screenshots people look at: login, queue with filters, item pane, my work, and a narrow 1024 px window.
 */
import {
  expect,
  expectAccessible,
  setLocales,
  signIn,
  test,
  uniqueHeadline,
  type Locale,
} from './support/fixtures.ts';
import { shot } from './support/screens.ts';

for (const locale of ['ar', 'en'] as const satisfies readonly Locale[]) {
  test(`accessibility and screenshots in ${locale === 'ar' ? 'Arabic' : 'English'}`, async ({
    browser,
    server,
    admin,
  }) => {
    await setLocales(server.url, ['samir'], locale);

    // Login (in the chosen language, before anyone signs in).
    const context = await browser.newContext({ baseURL: server.url });
    const login = await context.newPage();
    await login.goto('/login');
    await expect(login.locator('#username')).toBeFocused();
    if (locale === 'en') await login.getByRole('button', { name: 'English' }).click();
    await expect(login.locator('html')).toHaveAttribute('lang', locale);
    await shot(login, locale, 'login');
    await expectAccessible(login, `login (${locale})`);
    await context.close();

    const page = await signIn(browser, server.url, 'samir');
    const headline = uniqueHeadline(locale, 'a11y');
    await admin.ingest({
      headline,
      urgency: 1,
      summary: locale === 'ar' ? 'موجز الخبر كما أرسلته الوكالة.' : 'The summary as the agency sent it.',
      // Mixed scripts and digits inside one paragraph: the order of runs must survive the bidi algorithm.
      body:
        locale === 'ar'
          ? '<p>نص الخبر العربي يُعرض من اليمين إلى اليسار.</p><p>ارتفع سعر خام Brent إلى 84.5 دولار للبرميل يوم 3 مارس 2026، بزيادة 2.3% وفق وكالة Reuters، بينما قالت OPEC+ إن الإنتاج سيبقى عند 41.9 مليون برميل يومياً.</p><p dir="ltr">An English paragraph inside stays left to right.</p>'
          : '<p>The English body reads left to right.</p><p>Brent rose to $84.5 a barrel on 3 March 2026, up 2.3%, after وزير الطاقة السعودي said OPEC+ output would stay at 41.9 million barrels a day.</p><p dir="rtl">فقرة عربية داخل النص الإنجليزي فيها رقم 12.5% واسم Gazprom.</p>',
      language: locale,
    });
    await expect(page.locator('[data-testid=queue-row]', { hasText: headline })).toBeVisible();

    // Queue, with filters set.
    await page.locator('input[data-country=KZ]').check();
    await page.locator('[data-testid=status-filter] input[data-value=incoming]').check();
    await expect(page).toHaveURL(/status=incoming/);
    await expect(page.locator('[data-testid=queue-row]').first()).toBeVisible();
    await shot(page, locale, 'queue-with-filters');
    await expectAccessible(page, `queue (${locale})`);

    // Item pane.
    await page.locator('[data-testid=queue-row]', { hasText: headline }).locator('a').click();
    await expect(page.locator('#item-headline')).toHaveText(headline);
    await expect(page.getByTestId('timeline')).toBeVisible();
    // The paragraph in the other script keeps its direction through both sanitisers.
    await expect(
      page.locator(`[data-testid=item-body] p[dir=${locale === 'ar' ? 'ltr' : 'rtl'}]`),
    ).toHaveCount(1);
    await shot(page, locale, 'item');
    await expectAccessible(page, `item (${locale})`);

    // Notifications open.
    await page.getByTestId('notifications-button').click();
    await shot(page, locale, 'notifications');
    await page.keyboard.press('Escape');

    // My work.
    await page.locator('header nav a[href="/my-work"]').click();
    await expect(page.getByTestId('my-work')).toBeVisible();
    await expect(page.locator('[data-testid=my-work] h2').first()).toBeVisible();
    await shot(page, locale, 'my-work-view');
    await expectAccessible(page, `my work (${locale})`);

    // A text search: the words the server matched are marked in the headlines.
    const term = locale === 'ar' ? 'كازاخستان' : 'Kazakhstan';
    await page.goto(`/?q=${encodeURIComponent(term)}`);
    await expect(page.locator('[data-testid=queue-row] mark').first()).toBeVisible();
    await shot(page, locale, 'queue-search');

    // Narrow window: 1024 px, filters behind a button.
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/?country=KZ');
    await expect(page.locator('[data-testid=queue-row]').first()).toBeVisible();
    await expect(page.locator('#filters-column')).toBeHidden();
    await shot(page, locale, 'narrow-1024');
    await page.locator('[aria-controls=filters-column]').click();
    await expect(page.locator('#filters-column')).toBeVisible();
    await shot(page, locale, 'narrow-1024-filters');
    await page.context().close();
  });
}

test('focus is never dropped to the start of the page: menus, comments, saved views, the filters drawer, a phone', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['huda'], 'en');
  const item = await admin.ingest({ headline: uniqueHeadline('en', 'focus') });
  const page = await signIn(browser, server.url, 'huda', `/items/${item.id}?collapse=false`);
  await expect(page.locator('#item-headline')).toHaveText(item.headline);

  // The notifications menu: Escape closes it and focus is back on the bell; a Tab out of it closes it too.
  const bell = page.getByTestId('notifications-button');
  await bell.click();
  await expect(page.locator('#notifications-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('#notifications-panel')).toHaveCount(0);
  await expect(bell).toBeFocused();
  // (The item stays open: that Escape was the menu's.)
  await expect(page.locator('#item-headline')).toHaveText(item.headline);

  // The user menu closes on Escape, back on its button.
  await page.getByTestId('user-menu').click();
  await expect(page.locator('details[open]')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.locator('details[open]')).toHaveCount(0);
  await expect(page.getByTestId('user-menu')).toBeFocused();

  // A comment posted with the keyboard: focus back in the field.
  const field = page.locator('[data-pane] textarea').first();
  await field.fill('تعليق من لوحة المفاتيح');
  await page.locator('[data-pane] form button[type=submit]').first().press('Enter');
  await expect(page.getByTestId('comments')).toContainText('تعليق من لوحة المفاتيح');
  await expect(field).toBeFocused();

  // A saved view: given up with Escape, saved, then removed, focus on "Save current view" each time.
  const saveCurrent = page.getByRole('button', { name: 'Save current view' });
  await saveCurrent.click();
  await page.locator('#view-name').fill('given up');
  await page.keyboard.press('Escape');
  await expect(page.locator('#view-name')).toHaveCount(0);
  await expect(saveCurrent).toBeFocused();
  await expect(page.getByRole('button', { name: 'given up', exact: true })).toHaveCount(0);
  // A name past the limit is kept as typed and not saved, and says why (English here).
  await saveCurrent.click();
  const tooLong = 'a view name far too long '.repeat(5);
  await page.locator('#view-name').fill(tooLong);
  await expect(page.locator('#view-name')).toHaveValue(tooLong);
  await expect(page.locator('#view-name-length')).toContainText('nothing is cut automatically');
  await page.keyboard.press('Enter');
  await expect(page.locator('#view-name')).toHaveValue(tooLong);
  await page.keyboard.press('Escape');
  await saveCurrent.click();
  await page.locator('#view-name').fill('focus view');
  await page.keyboard.press('Enter');
  await expect(saveCurrent).toBeFocused();
  await page.getByRole('button', { name: 'Delete view “focus view”' }).press('Enter');
  await expect(page.getByRole('button', { name: 'focus view', exact: true })).toHaveCount(0);
  await expect(saveCurrent).toBeFocused();

  // Narrower than three columns the filters are a drawer: modal while open, focus in it and back on its button.
  await page.setViewportSize({ width: 1024, height: 800 });
  const filtersButton = page.locator('[aria-controls="filters-column"]');
  await filtersButton.click();
  await expect(page.getByTestId('filters-done')).toBeFocused();
  await expect(page.locator('[data-pane]')).toHaveAttribute('inert', '');
  await page.keyboard.press('Escape');
  await expect(filtersButton).toBeFocused();
  await expect(page.locator('[data-pane]')).not.toHaveAttribute('inert');
  // In the drawer, Escape on the naming form's buttons gives up the naming, not the drawer; a saved view applied
  // there is a choice made: the drawer closes on its rows.
  await filtersButton.click();
  await saveCurrent.click();
  await page.locator('#view-name').fill('drawer view');
  await page.locator('form:has(#view-name)').getByRole('button', { name: 'Cancel' }).press('Escape');
  await expect(page.locator('#view-name')).toHaveCount(0);
  await expect(saveCurrent).toBeFocused();
  await expect(page.locator('[data-pane]')).toHaveAttribute('inert', '');
  await saveCurrent.click();
  await page.locator('#view-name').fill('drawer view');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'drawer view', exact: true }).click();
  await expect(page.locator('[data-pane]')).not.toHaveAttribute('inert');
  await expect(filtersButton).toBeFocused();
  await filtersButton.click();
  await page.getByRole('button', { name: 'Delete view “drawer view”' }).click();
  await page.keyboard.press('Escape');
  await expect(filtersButton).toBeFocused();

  // A page reached by its address starts at its heading, not at the start of the document: the editor, the
  // password page.
  await page.goto(`/items/${item.id}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Edit story' })).toBeFocused();
  await page.goto('/change-password');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // On a phone the list goes when an item opens: Enter on a row moves focus to the item.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?collapse=false');
  const row = page.locator(`[data-testid=queue-row][data-item-id="${item.id}"]`);
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#item-headline')).toBeFocused();
  await page.context().close();
});
