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
  // The names people use besides the official ones, as the search box knows them.
  for (const [words, code] of [
    ['Turkey', 'TR'],
    ['UAE', 'AE'],
    ['Britain', 'GB'],
    ['أمريكا', 'US'],
    ['قازاقستان', 'KZ'],
  ] as const) {
    await search.fill(words);
    await expect(country.locator(`input[data-country=${code}]`), words).toBeVisible();
  }
  await page.context().close();
});

test('a search longer than the API takes is held to its limit in the box: the queue searches, no error', async ({
  browser,
  server,
}) => {
  await setLocales(server.url, ['editor'], 'ar');
  const page = await signIn(browser, server.url, 'editor');
  const box = page.locator('#queue-search');
  // 25 times "كازاخستان " is 250 characters: the box keeps the first 200 (the API's limit for a search).
  await box.pressSequentially('كازاخستان '.repeat(25));
  expect((await box.inputValue()).length).toBe(200);
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.locator('[data-testid=queue-row] mark').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'أعد المحاولة' })).toHaveCount(0);
  await page.context().close();
});

test('a chief filters the queue by Hamas and by the WHO in Arabic and in English; each count is the number of rows', async ({
  browser,
  server,
  admin,
}) => {
  // Headlines the tagger tags (and three it must not). The stamp makes them this test's own; a decimal figure
  // of its own makes each a story of its own (see uniqueHeadline), so none is grouped with another.
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const items = {
    hamas: [
      'حماس تقبل المقترح المصري لوقف إطلاق النار',
      'وفد من حركة حماس يصل إلى القاهرة لبحث صفقة تبادل الأسرى',
      'Hamas accepts Egyptian ceasefire proposal',
    ],
    who: ['منظمة الصحة العالمية تحذر من تفشي الكوليرا في السودان', 'WHO warns of cholera outbreak in Sudan'],
    both: ['الصحة العالمية تدعو حماس إلى السماح بزيارة الرهائن'],
    // حماس the word (enthusiasm), who the pronoun, global health as what something threatens.
    neither: [
      'المشجعون يستقبلون المنتخب بحماس كبير في بشكيك',
      'Who will lead the new government in Bishkek?',
      'مقاومة المضادات الحيوية خطر على الصحة العالمية',
    ],
  };
  const unique = new Map(
    Object.values(items)
      .flat()
      .map((text, index) => [text, `${text} ${stamp} ${index + 1}.5`]),
  );
  const headline = (text: string) => unique.get(text)!;
  const expected = { hamas: ['hamas'], who: ['who', 'un'], both: ['who', 'un', 'hamas'], neither: [] };
  for (const kind of ['hamas', 'who', 'both', 'neither'] as const) {
    for (const text of items[kind]) {
      const item = await admin.ingest({
        headline: headline(text),
        language: /[a-z]/i.test(text) ? 'en' : 'ar',
      });
      expect(item.organisations.toSorted(), text).toEqual(expected[kind].toSorted());
    }
  }
  const shown = { hamas: [...items.hamas, ...items.both], who: [...items.who, ...items.both] };
  const hidden = { hamas: [...items.who, ...items.neither], who: [...items.hamas, ...items.neither] };
  // The filter lists each organisation under its name in the interface language, in its group.
  const names = {
    ar: {
      hamas: { group: 'حركات وجماعات مسلحة', name: 'حماس' },
      who: { group: 'وكالات الأمم المتحدة', name: 'منظمة الصحة العالمية' },
    },
    en: {
      hamas: { group: 'Armed movements', name: 'Hamas' },
      who: { group: 'UN agencies', name: 'World Health Organization' },
    },
  };

  for (const locale of ['ar', 'en'] as const) {
    await setLocales(server.url, ['chief'], locale);
    // Ungrouped: one row per item, so the rows can be counted against the filter's count.
    const page = await signIn(browser, server.url, 'chief', '/?collapse=false');
    const filter = page.getByTestId('organisation-filter');
    for (const org of ['hamas', 'who'] as const) {
      const option = filter
        .getByRole('group', { name: names[locale][org].group, exact: true })
        .locator(`label:has(input[data-value=${org}])`);
      await expect(option).toContainText(names[locale][org].name);
      await option.locator('input').check();
      await expect(page).toHaveURL(new RegExp(`[?&]organisation=${org}(&|$)`));
      await expect(page).toHaveURL(/[?&]collapse=false(&|$)/);
      for (const text of shown[org]) await expect(row(page, headline(text))).toBeVisible();
      for (const text of hidden[org]) await expect(row(page, headline(text))).toHaveCount(0);
      // The count beside the organisation, the queue's total and the rows it shows agree once settled.
      const count = option.getByTestId('facet-count');
      const figures = async () =>
        [
          await count.getAttribute('data-count'),
          await page.getByTestId('result-count').getAttribute('data-total'),
          String(await page.locator('[data-testid=queue-row]').count()),
        ].join(' ');
      await expect.poll(figures).toMatch(/^(\d+) \1 \1$/);
      const n = Number(await count.getAttribute('data-count'));
      expect(n).toBeGreaterThanOrEqual(shown[org].length);
      // What the reader sees is that number, in Latin or Arabic-Indic digits.
      await expect(count).toHaveText(new RegExp(`^(${n}|${arabicIndic(n)})$`));
      if (org === 'hamas') await shot(page, locale, 'queue-by-organisation');
      await option.locator('input').uncheck();
      await expect(page).not.toHaveURL(/[?&]organisation=/);
    }
    await page.context().close();
  }
});

function row(page: Page, headline: string) {
  return page.locator('[data-testid=queue-row]', { hasText: headline });
}

function arabicIndic(n: number): string {
  return String(n).replace(/\d/g, (digit) => '٠١٢٣٤٥٦٧٨٩'[Number(digit)]!);
}
