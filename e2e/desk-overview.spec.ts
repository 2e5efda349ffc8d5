/** The desk overview: live counts, a bar into the queue with the same count, bad input, axe, both languages. */
import {
  consoleProblems,
  expect,
  expectAccessible,
  setLocales,
  signIn,
  test,
  uniqueHeadline,
  type Locale,
} from './support/fixtures.ts';
import { ApiUser } from '../src/test-support/api-user.ts';
import { shot } from './support/screens.ts';

const REFUSAL: Record<Locale, RegExp> = {
  ar: /تنبيه انتظار المراجعة/,
  en: /review wait alert/,
};

for (const locale of ['ar', 'en'] as const) {
  test(`desk overview (${locale}): counts move live, a bar opens the queue with its count`, async ({
    browser,
    server,
    admin,
  }) => {
    // Two axe passes over four charts and their tables: slow on a busy machine, not a sign of a fault.
    test.setTimeout(240_000);
    await setLocales(server.url, ['chief'], locale);
    // An agency busy this hour, so that it is among the rising sources: named in the reader's language.
    for (let n = 0; n < 8; n++)
      await admin.ingest({ headline: uniqueHeadline('ar', 'rising'), source: 'سبوتنيك' });
    const page = await signIn(browser, server.url, 'chief', '/desk');
    await expect(page.getByTestId('nav-desk-overview')).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    const status = (name: string) => page.getByTestId(`desk-overview-status-${name}`);
    // The first visit fetches the page's chunk (the chart library) and the counts.
    await expect(status('incoming')).toHaveAttribute('data-count', /^\d+$/, { timeout: 30_000 });
    const count = async (name: string) => Number(await status(name).getAttribute('data-count'));
    const incoming = await count('incoming');
    const accepted = await count('accepted');

    // A wire item arrives: the overview counts it without a reload.
    const item = await admin.ingest({ headline: uniqueHeadline(locale, 'overview') });
    await expect(status('incoming')).toHaveAttribute('data-count', String(incoming + 1));

    // An editor accepts it elsewhere.
    const editor = await ApiUser.login(server.url, 'editor');
    await editor.action(item.id, 'accept');
    await editor.dispose();
    await expect(status('accepted')).toHaveAttribute('data-count', String(accepted + 1));
    await expect(status('incoming')).toHaveAttribute('data-count', String(incoming));

    const risingSources = page.getByTestId('desk-overview-rising').locator('table').nth(2);
    await expect(risingSources).toContainText(locale === 'ar' ? 'سبوتنيك' : 'Sputnik');
    if (locale === 'en') await expect(risingSources).not.toContainText('سبوتنيك');
    await expectAccessible(page, `desk overview ${locale}`);
    await shot(page, locale, 'desk-overview');
    // The hours under the charts read as the sentence above them does: in Arabic, ص or م after the digits,
    // to their left (the charts themselves are laid out left to right).
    const order = await page
      .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')
      .first()
      .evaluate((tick: SVGTextContentElement) => {
        const text = tick.textContent ?? '';
        const digit = text.search(/\d/);
        const marker = text.search(/[صم]|AM|PM/);
        return { digit: tick.getStartPositionOfChar(digit).x, marker: tick.getStartPositionOfChar(marker).x };
      });
    if (locale === 'ar') expect(order.marker).toBeLessThan(order.digit);
    else expect(order.marker).toBeGreaterThan(order.digit);

    // The same numbers as a table, still links, still accessible.
    await page.getByTestId('chart-countries-toggle').click();
    await expect(page.getByTestId('chart-countries').locator('table')).toBeVisible();
    await expectAccessible(page, `desk overview ${locale}, table`);

    // The hour under way in the incoming chart: into the queue, filtered to exactly its items.
    const bar = page.getByTestId('chart-incoming-segment').last();
    const barCount = await bar.getAttribute('data-count');
    expect(Number(barCount)).toBeGreaterThan(0);
    await bar.click();
    await expect(page).toHaveURL(/\/\?.*since=/);
    await expect(page.getByTestId('result-count')).toHaveAttribute('data-total', barCount!);

    // The chief sets the review threshold: it is applied, kept with the account, and its figure opens the queue
    // of exactly the items in review for longer, with the wait shown in the filters.
    await page.getByTestId('nav-desk-overview').click();
    await expect(status('incoming')).toBeVisible();
    await page.getByTestId('desk-overview-review-after').fill('45');
    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/api/me') && response.request().method() === 'PATCH',
    );
    await page.getByTestId('desk-overview-review-after').press('Enter');
    expect((await saved).status()).toBe(200);
    await expect(page).toHaveURL(/reviewAfter=45/);
    await page.goto('/desk');
    await expect(page.getByTestId('desk-overview-review-after')).toHaveValue('45');
    const waiting = page.getByTestId('desk-overview-waiting-review');
    await expect(waiting).toHaveAttribute('data-count', /^\d+$/);
    const waitingCount = await waiting.getAttribute('data-count');
    await waiting.click();
    await expect(page).toHaveURL(/inStateOver=45/);
    await expect(page.getByTestId('result-count')).toHaveAttribute('data-total', waitingCount!);
    await expect(page.getByTestId('in-state-over-filter')).toHaveValue('45');
    // The waits read as the language has them ("ساعتان أو أكثر", not "لأكثر من ساعتان").
    await expect(page.getByTestId('in-state-over-filter').locator('option[value="120"]')).toHaveText(
      locale === 'ar' ? 'ساعتان أو أكثر' : '2 hours or more',
    );

    // Today's publications (what the median is taken over) open the queue by publication time.
    await page.getByTestId('nav-desk-overview').click();
    const publishedToday = page.getByTestId('desk-overview-published-today');
    const publishedCount = await publishedToday.getAttribute('data-count');
    await publishedToday.click();
    await expect(page).toHaveURL(/publishedSince=/);
    await expect(page.getByTestId('result-count')).toHaveAttribute('data-total', publishedCount!);
    await expect(page.getByTestId('published-filter-summary')).toBeVisible();
    await shot(page, locale, 'queue-published-today');

    // An impossible threshold is refused in the user's language, by the form and by the server.
    await page.getByTestId('nav-desk-overview').click();
    await expect(status('incoming')).toBeVisible();
    await page.getByTestId('desk-overview-review-after').fill('0');
    await page.getByTestId('desk-overview-review-after').press('Enter');
    await expect(page.getByTestId('desk-overview-problem')).toHaveText(REFUSAL[locale]);
    await page.goto('/desk?reviewAfter=-5');
    await expect(page.getByRole('alert').filter({ hasText: REFUSAL[locale] })).toBeVisible();
    // A span that is none is not offered as one ("the last NaN hours").
    await page.goto('/desk?hours=abc');
    const spans = page.getByLabel(locale === 'ar' ? 'التدفق خلال' : 'Flow over').locator('option');
    await expect(spans).toHaveCount(5);
    expect((await spans.allTextContents()).join(' ')).not.toMatch(/NaN|ليس/);

    // A threshold typed as an Arabic keyboard types it (٤٥) is 45.
    await page.goto('/desk');
    await page.getByTestId('desk-overview-review-after').fill('٤٥');
    await page.getByTestId('desk-overview-review-after').press('Enter');
    await expect(page).toHaveURL(/reviewAfter=45/);
    await expect(page.getByTestId('desk-overview-problem')).toHaveCount(0);

    // Back to the default, for the other language's run and other specs.
    await page.getByTestId('desk-overview-review-after').fill('30');
    const reset = page.waitForResponse(
      (response) => response.url().endsWith('/api/me') && response.request().method() === 'PATCH',
    );
    await page.getByTestId('desk-overview-review-after').press('Enter');
    expect((await reset).status()).toBe(200);

    expect(consoleProblems(page)).toEqual([]);
    await page.context().close();
  });
}
