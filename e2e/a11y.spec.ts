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
      body:
        locale === 'ar'
          ? '<p>نص الخبر العربي يُعرض من اليمين إلى اليسار.</p><p dir="ltr">An English paragraph inside stays left to right.</p>'
          : '<p>The English body reads left to right.</p><p dir="rtl">فقرة عربية داخل النص الإنجليزي.</p>',
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
