/**
 * Country names in any spelling, in either language (issue 12): the queue search finds a country's items by
 * a spelling no headline uses, marks the spellings it matched, and offers the country filter, which a keyboard
 * reaches and takes. Organisation names the same way: "NATO" finds and marks the Arabic copy's الناتو.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, setLocales, signIn, test, uniqueHeadline } from './support/fixtures.ts';

async function total(page: Page): Promise<number> {
  const count = page.getByTestId('result-count');
  await expect(count).toHaveAttribute('data-total', /^\d+$/);
  return Number(await count.getAttribute('data-total'));
}

test('قيرغيزستان finds the قرغيزستان headlines, marks them, and offers the country filter by keyboard', async ({
  browser,
  server,
}) => {
  await setLocales(server.url, ['editor'], 'ar');
  const page = await signIn(browser, server.url, 'editor');
  const search = page.locator('#queue-search');
  // The demo wire writes قرغيزستان; the app's own chip says قيرغيزستان.
  await search.fill('قيرغيزستان');
  await expect(page).toHaveURL(/[?&]q=/);
  const offer = page.locator('[data-testid=country-suggestion] button[data-country=KG]');
  await expect(offer).toHaveText(/التصفية حسب البلد: قيرغيزستان/);
  expect(await total(page)).toBeGreaterThan(0);
  // The highlight marks the spelling the headlines use.
  await expect(page.locator('[data-testid=queue-row] mark', { hasText: 'قرغيزستان' }).first()).toBeVisible();
  await expectAccessible(page, 'country suggestion (ar)');

  // Keyboard: from the search box, Tab reaches the offer and Enter takes it.
  await search.focus();
  await page.keyboard.press('Tab');
  await expect(offer).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]country=KG(&|$)/);
  await expect(page).not.toHaveURL(/[?&]q=/);
  await expect(page.locator('input[data-country=KG]')).toBeChecked();
  await expect(search).toHaveValue('');
  await expect(page.locator('[data-testid=country-suggestion] button')).toHaveCount(0);
  await page.context().close();
});

test('in the English interface, Pakistan and "Abu Dhabi" find Arabic copy and offer their country', async ({
  browser,
  server,
}) => {
  await setLocales(server.url, ['reviewer'], 'en');
  const page = await signIn(browser, server.url, 'reviewer');
  const search = page.locator('#queue-search');
  await search.fill('Pakistan');
  await expect(page.locator('[data-testid=country-suggestion] button[data-country=PK]')).toHaveText(
    'Filter by country: Pakistan',
  );
  expect(await total(page)).toBeGreaterThan(0);
  await expect(page.locator('[data-testid=queue-row] mark', { hasText: 'باكستان' }).first()).toBeVisible();

  // A name of two words, typed with a space that the headlines (أبوظبي) do not have.
  await search.fill('أبو ظبي');
  const offer = page.locator('[data-testid=country-suggestion] button[data-country=AE]');
  await expect(offer).toHaveText('Filter by country: United Arab Emirates');
  expect(await total(page)).toBeGreaterThan(0);
  await expectAccessible(page, 'country suggestion (en)');
  await offer.click();
  await expect(page).toHaveURL(/[?&]country=AE(&|$)/);

  // Words that are not a country's name offer nothing.
  await search.fill('الغاز');
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.locator('[data-testid=country-suggestion] button')).toHaveCount(0);
  await page.context().close();
});

test('in the English interface, NATO finds the Arabic copy that writes الناتو or حلف شمال الأطلسي, and marks it', async ({
  browser,
  server,
  admin,
}) => {
  // Two stories of their own (uniqueHeadline), one naming the alliance each way, and one that does not.
  const short = await admin.ingest({ headline: uniqueHeadline('ar', 'مع الناتو') });
  const long = await admin.ingest({ headline: uniqueHeadline('ar', 'مع حلف شمال الأطلسي') });
  const unrelated = await admin.ingest({ headline: uniqueHeadline('ar', 'بلا حلف') });
  await setLocales(server.url, ['reviewer'], 'en');
  const page = await signIn(browser, server.url, 'reviewer');
  const row = (id: number) => page.locator(`[data-testid=queue-row][data-item-id="${id}"]`);
  await expect(row(unrelated.id)).toBeVisible();
  await page.locator('#queue-search').fill('NATO');
  await expect(page).toHaveURL(/[?&]q=NATO/);
  await expect(row(short.id).locator('mark', { hasText: 'الناتو' })).toBeVisible();
  await expect(row(long.id).locator('mark', { hasText: 'الأطلسي' })).toBeVisible();
  // Other specs' copy on this server may name NATO too; a story that does not is gone from the results.
  await expect(row(unrelated.id)).toHaveCount(0);
  // An organisation is not a country: nothing to offer as a country filter.
  await expect(page.locator('[data-testid=country-suggestion] button')).toHaveCount(0);
  await expectAccessible(page, 'organisation search (en)');
  await page.context().close();
});
