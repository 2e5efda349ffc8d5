/** Filters narrow the list and the counts; the URL holds the view, so a copied link reproduces it. */
import type { Page } from '@playwright/test';
import { expect, setLocales, signIn, test } from './support/fixtures.ts';
import { shot } from './support/screens.ts';

async function total(page: Page): Promise<number> {
  const count = page.getByTestId('result-count');
  await expect(count).toHaveAttribute('data-total', /^\d+$/);
  return Number(await count.getAttribute('data-total'));
}

async function headlines(page: Page, n: number): Promise<string[]> {
  const rows = page.locator('[data-testid=queue-row] h3');
  await expect(rows.first()).toBeVisible();
  return (await rows.allInnerTexts()).slice(0, n);
}

test('country and topic filters narrow the list and the counts; a copied URL reproduces the view', async ({
  browser,
  server,
}) => {
  await setLocales(server.url, ['editor', 'chief'], 'ar');
  const page = await signIn(browser, server.url, 'editor');
  const all = await total(page);

  // Country: Kazakhstan.
  await page.locator('input[data-country=KZ]').check();
  await expect(page).toHaveURL(/[?&]country=KZ(&|$)/);
  await expect(page.getByTestId('result-count')).not.toHaveAttribute('data-total', String(all));
  const kz = await total(page);
  expect(kz).toBeGreaterThan(0);
  expect(kz).toBeLessThan(all);
  const kzFacet = page.locator('label:has(input[data-country=KZ]) [data-testid=facet-count]');
  await expect(kzFacet).toHaveAttribute('data-count', String(kz));
  // The country list keeps other countries' counts (a facet ignores its own filter).
  await expect(
    page.locator('label:has(input[data-country=UZ]) [data-testid=facet-count]'),
  ).not.toHaveAttribute('data-count', '0');
  for (const text of await headlines(page, 5)) expect(text.length).toBeGreaterThan(0);
  const kzChips = page.locator('[data-testid=queue-row]').first().getByText('كازاخستان', { exact: true });
  await expect(kzChips.first()).toBeVisible();

  // Topic: the first topic with items under the country filter.
  const topic = page.locator('[data-testid=topic-filter] input[data-value]').first();
  const topicId = await topic.getAttribute('data-value');
  await topic.check();
  await expect(page).toHaveURL(new RegExp(`[?&]topic=${topicId}(&|$)`));
  await expect(page).toHaveURL(/[?&]country=KZ(&|$)/);
  // The counts for the new view have arrived when the topic's own count equals the total.
  const topicCount = page.locator(
    `[data-testid=topic-filter] label:has(input[data-value=${topicId}]) [data-testid=facet-count]`,
  );
  const settled = async () =>
    (await topicCount.getAttribute('data-count')) ===
    (await page.getByTestId('result-count').getAttribute('data-total'));
  await expect.poll(settled).toBe(true);
  const both = await total(page);
  expect(both).toBeLessThanOrEqual(kz);
  await expect(kzFacet).toHaveAttribute('data-count', String(both));
  await expect(topicCount).toHaveAttribute('data-count', String(both));
  // Status counts add up to the total under these filters.
  const statusCounts = await page
    .locator('[data-testid=status-filter] [data-testid=facet-count]')
    .evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-count'))));
  expect(statusCounts.reduce((a, b) => a + b, 0)).toBe(both);
  const firstRows = await headlines(page, 5);
  await shot(page, 'ar', 'queue-filtered');

  // A copied URL, opened by someone else, shows the same view.
  const url = page.url();
  const other = await signIn(browser, server.url, 'chief', new URL(url).pathname + new URL(url).search);
  await expect(other).toHaveURL(url);
  expect(await total(other)).toBe(both);
  await expect(other.locator('input[data-country=KZ]')).toBeChecked();
  await expect(other.locator(`[data-testid=topic-filter] input[data-value=${topicId}]`)).toBeChecked();
  expect(await headlines(other, 5)).toEqual(firstRows);

  // The URL is the API's own query format: the same string answers GET /api/items/facets.
  const api = await other.request.get(`/api/items/facets${new URL(url).search}`);
  expect((await api.json()).total).toBe(both);

  // Saved views: save, clear, switch back.
  await page.getByRole('button', { name: 'حفظ العرض الحالي' }).click();
  await page.locator('#view-name').fill('كازاخستان — موضوع');
  await page.locator('#view-name').press('Enter');
  const saved = page.getByRole('button', { name: 'كازاخستان — موضوع', exact: true });
  await expect(saved).toHaveAttribute('aria-current', 'true');
  await page.getByRole('button', { name: 'مسح كل المرشّحات' }).first().click();
  await expect(page).not.toHaveURL(/country=/);
  await expect(page.getByTestId('result-count')).toHaveAttribute('data-total', String(all));
  await saved.click();
  await expect(page).toHaveURL(/[?&]country=KZ(&|$)/);
  await expect(page.getByTestId('result-count')).toHaveAttribute('data-total', String(both));

  await page.context().close();
  await other.context().close();
});

test('the country search matches Arabic spelling variants and English names', async ({ browser, server }) => {
  await setLocales(server.url, ['editor'], 'ar');
  const page = await signIn(browser, server.url, 'editor');
  const search = page.getByPlaceholder('ابحث عن بلد (بالعربية أو الإنجليزية)');
  const country = page.getByTestId('country-filter');
  // Typed without hamza, matches أذربيجان.
  await search.fill('اذربيجان');
  await expect(country.locator('input[data-country=AZ]')).toBeVisible();
  await expect(country.locator('input[data-country=KZ]')).toHaveCount(0);
  // English name in the Arabic interface.
  await search.fill('kazakh');
  await expect(country.locator('input[data-country=KZ]')).toBeVisible();
  // Teh marbuta / heh: "السعوديه" finds السعودية; grouped under the Gulf.
  await search.fill('السعوديه');
  await expect(country.locator('input[data-country=SA]')).toBeVisible();
  await expect(country.getByText('الخليج', { exact: true })).toBeVisible();
  await page.context().close();
});
