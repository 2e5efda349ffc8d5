/**
 * The desk's other moves, each with two people where it matters: a chief's bulk assignment, a reviewer's kill
 * (and the Atom feed letting go), tag editing seen live on someone else's screen, the text editor with If-Match
 * and a concurrent edit, and the organisation filter.
 */
import type { Page } from '@playwright/test';
import { expect, setLocales, signIn, test, uniqueHeadline } from './support/fixtures.ts';
import { ApiUser } from '../src/test-support/api-user.ts';
import { shot } from './support/screens.ts';

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

function row(page: Page, headline: string) {
  return page.locator('[data-testid=queue-row]', { hasText: headline });
}

/** The count beside a filter's checkbox, or null when the option is not listed. */
async function facetCount(page: Page, input: string, scope = 'body'): Promise<string | null> {
  const label = page.locator(`${scope} label:has(${input})`);
  if ((await label.count()) === 0) return null;
  return label.getByTestId('facet-count').getAttribute('data-count');
}

test('a chief assigns several accepted items at once to one editor', async ({ browser, server, admin }) => {
  await setLocales(server.url, ['chief'], 'ar');
  const source = `bulk-${stamp()}`;
  const headlines = [1, 2, 3].map((n) => uniqueHeadline('ar', `تكليف ${n}`));
  const items = [];
  for (const headline of headlines) {
    const item = await admin.ingest({ headline, source });
    items.push(await admin.action(item.id, 'accept'));
  }
  const samir = await ApiUser.login(server.url, 'samir');
  // Ungrouped: the three headlines are near-duplicates of each other, and each is assigned in its own right.
  const chief = await signIn(browser, server.url, 'chief', `/?source=${source}&collapse=false`);
  for (const headline of headlines) await expect(row(chief, headline)).toBeVisible();

  for (const headline of headlines) await row(chief, headline).getByRole('checkbox').check();
  const bar = chief.getByTestId('bulk-bar');
  // Digits as the browser's Arabic locale writes them (Latin in current CLDR, Arabic-Indic in older).
  await expect(bar).toContainText(/[3٣] أخبار محددة/);
  await bar.locator('[data-bulk-action=assign]').click();
  const dialog = chief.locator('dialog[open]');
  await expect(dialog.getByRole('heading')).toHaveText(/إسناد [3٣] أخبار/);
  await dialog.locator('input[data-username=samir]').check();
  await dialog.locator('button[type=submit]').click();

  for (const headline of headlines) {
    await expect(row(chief, headline).locator('[data-status]')).toHaveAttribute('data-status', 'assigned');
    await expect(row(chief, headline)).toContainText('سمير الخطيب');
  }
  await expect(chief.locator('[data-testid=toast][data-kind=info]')).toContainText('إسناد');
  await expect(bar).toHaveCount(0);
  for (const item of items) {
    const now = await samir.item(item.id);
    expect(now.status).toBe('assigned');
    expect(now.assignee?.username).toBe('samir');
    expect(now.lastAction).toBe('assign');
  }
  await samir.dispose();
  await chief.context().close();
});

test('a reviewer kills a published item with a reason; it leaves the Atom feed', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['reviewer'], 'en');
  const headline = uniqueHeadline('en', 'to-kill');
  const editor = await ApiUser.login(server.url, 'editor');
  const item = await admin.ingest({ headline, body: '<p>Published, then withdrawn.</p>', language: 'en' });
  await admin.publish(item.id, editor.id);
  await editor.dispose();
  const atom = async () => (await fetch(`${server.url}/feeds/published.atom`)).text();
  expect(await atom()).toContain(`urn:mirsad:item:${item.id}`);

  const reviewer = await signIn(browser, server.url, 'reviewer', `/items/${item.id}`);
  const pane = reviewer.getByTestId('item-pane');
  await expect(pane.locator('#item-headline')).toHaveText(headline);
  await pane.locator('[data-testid=action-bar] [data-action=kill]').click();
  const dialog = reviewer.locator('dialog[open]');
  await expect(dialog.getByRole('heading')).toHaveText('Kill the published item');
  // The reason is required: the button waits for it.
  await expect(dialog.locator('button[type=submit]')).toBeDisabled();
  const reason = 'The quoted figures were wrong; a corrected item follows.';
  await dialog.locator('textarea').fill(reason);
  await dialog.locator('button[type=submit]').click();
  await expect(pane.locator('[data-status]').first()).toHaveAttribute('data-status', 'killed');
  await expect(pane.getByTestId('timeline')).toContainText(reason);
  await expect(pane.getByTestId('timeline')).toContainText('Killed');

  await expect.poll(atom).not.toContain(`urn:mirsad:item:${item.id}`);
  expect(await atom()).not.toContain(headline);
  await reviewer.context().close();
});

test('an editor changes countries and topics; another user sees the chips and the counts change live', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor', 'chief'], 'en');
  const source = `tags-${stamp()}`;
  const headline = uniqueHeadline('en', 'tags');
  const item = await admin.ingest({ headline, source, language: 'en' });
  expect(item.countries).toContain('KZ');

  const chief = await signIn(browser, server.url, 'chief', `/?source=${source}`);
  await expect(row(chief, headline).getByText('Kazakhstan', { exact: true })).toBeVisible();
  await expect.poll(() => facetCount(chief, 'input[data-country=KZ]')).toBe('1');
  expect(await facetCount(chief, 'input[data-country=EG]')).toBeNull();
  // Sport is not among this item's topics: listed at zero, or not at all (only the top topics show).
  expect([null, '0']).toContain(
    await facetCount(chief, 'input[data-value=sport]', '[data-testid=topic-filter]'),
  );

  const editor = await signIn(browser, server.url, 'editor', `/items/${item.id}?source=${source}`);
  const pane = editor.getByTestId('item-pane');
  await pane.getByRole('button', { name: 'Edit tags' }).click();
  const tagEditor = pane.getByTestId('tag-editor');
  await tagEditor.getByRole('button', { name: 'Remove Kazakhstan' }).click();
  await tagEditor.getByPlaceholder('Add a country…').fill('Egyp');
  await tagEditor.getByRole('button', { name: '+ Egypt' }).click();
  for (const topic of item.topics)
    await tagEditor.getByRole('button', { name: `Remove ${await topicName(editor, topic)}` }).click();
  await tagEditor.getByLabel('Topics').selectOption('sport');
  await tagEditor.getByRole('button', { name: 'Save' }).click();

  const tags = pane.getByTestId('item-tags');
  await expect(tags).toContainText('Egypt');
  await expect(tags).not.toContainText('Kazakhstan');
  await expect(tags).toContainText('Sport');
  await expect(tags).toContainText('set by hand');

  // The chief's queue, without a reload: the row's chips and the facet counts follow.
  // (Chips hold a name alone; the headline mentions Kazakhstan too.)
  await expect(row(chief, headline).getByText('Egypt', { exact: true })).toBeVisible();
  await expect(row(chief, headline).getByText('Kazakhstan', { exact: true })).toHaveCount(0);
  await expect(row(chief, headline).getByText('Sport', { exact: true })).toBeVisible();
  await expect.poll(() => facetCount(chief, 'input[data-country=EG]')).toBe('1');
  await expect.poll(() => facetCount(chief, 'input[data-country=KZ]')).toBeNull();
  await expect
    .poll(() => facetCount(chief, 'input[data-value=sport]', '[data-testid=topic-filter]'))
    .toBe('1');
  await shot(chief, 'en', 'tags-live');

  const saved = await admin.item(item.id);
  expect(saved.countries).toContain('EG');
  expect(saved.countries).not.toContain('KZ');
  expect(saved.topics).toEqual(['sport']);
  expect(saved.manualTags).toEqual(expect.arrayContaining(['countries', 'topics']));
  await editor.context().close();
  await chief.context().close();
});

async function topicName(page: Page, topic: string): Promise<string> {
  return page.evaluate(
    (id) =>
      ({
        politics: 'Politics',
        diplomacy: 'Diplomacy',
        defense: 'Defence',
        economy: 'Economy',
        energy: 'Energy',
        transport: 'Transport',
        tourism: 'Tourism',
        climate: 'Climate & environment',
        health: 'Health',
        sport: 'Sport',
        technology: 'Technology',
        disaster: 'Disasters & accidents',
        society: 'Society',
        culture: 'Culture',
      })[id] ?? id,
    topic,
  );
}

test('the text editor saves with If-Match; a concurrent edit is refused with the translated 412 and no work is lost', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'ar');
  const headline = uniqueHeadline('ar', 'تحرير');
  const item = await admin.ingest({ headline, body: '<p>النص الأصلي للخبر.</p>', language: 'ar' });
  const page = await signIn(browser, server.url, 'editor', `/items/${item.id}`);
  const pane = page.getByTestId('item-pane');
  await expect(pane.locator('#item-headline')).toHaveText(headline);

  // 1. An ordinary save: headline and body, sent with the version the editor opened.
  await pane.getByRole('button', { name: 'تحرير النص' }).click();
  const editor = page.getByTestId('item-editor');
  const first = `${headline} — محدَّث`;
  await editor.locator('#edit-headline').fill(first);
  const body = editor.getByRole('textbox', { name: 'النص' });
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' فقرة أضافها المحرر.');
  const saving = page.waitForRequest(
    (request) => request.method() === 'PATCH' && request.url().endsWith(`/api/items/${item.id}`),
  );
  await editor.getByRole('button', { name: 'حفظ' }).click();
  expect((await saving).headers()['if-match']).toBe(`"${item.version}"`);
  await expect(pane.locator('#item-headline')).toHaveText(first);
  await expect(pane.getByTestId('item-body')).toContainText('فقرة أضافها المحرر.');
  const afterFirst = await admin.item(item.id);
  expect(afterFirst.headline).toBe(first);
  expect(afterFirst.body).toContain('فقرة أضافها المحرر.');

  // 2. Editing again while someone else saves their own change.
  await pane.getByRole('button', { name: 'تحرير النص' }).click();
  const mine = `${headline} — نسختي`;
  await editor.locator('#edit-headline').fill(mine);
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' وجملة لا يجوز أن تضيع.');
  const samir = await ApiUser.login(server.url, 'samir');
  const theirs = `${headline} — نسخة سمير`;
  await samir.patch(item.id, { headline: theirs });
  // The live stream tells the editor at once; their text stays as it is.
  await expect(editor.getByTestId('editor-changed')).toBeVisible();
  await expect(editor.locator('#edit-headline')).toHaveValue(mine);

  await editor.getByRole('button', { name: 'حفظ' }).click();
  const error = editor.getByTestId('editor-error');
  await expect(error).toContainText('عدّل شخص آخر هذا الخبر منذ فتحته، فلم يُحفظ تغييرك.');
  await expect(error).toContainText('نصّك ما زال هنا');
  await expect(editor.locator('#edit-headline')).toHaveValue(mine);
  await expect(body).toContainText('وجملة لا يجوز أن تضيع.');
  expect((await admin.item(item.id)).headline).toBe(theirs);
  await shot(page, 'ar', 'editor-conflict');

  // Their version was seen; the editor chooses to save over it, knowingly.
  await editor.getByTestId('editor-overwrite').click();
  await expect(editor).toHaveCount(0);
  await expect(pane.locator('#item-headline')).toHaveText(mine);
  const final = await admin.item(item.id);
  expect(final.headline).toBe(mine);
  expect(final.body).toContain('وجملة لا يجوز أن تضيع.');
  await samir.dispose();
  await page.context().close();
});

test('the organisation filter: grouped, counted from facets, and narrowing the queue', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'en');
  const headline = `IMF and World Bank open talks on Kazakhstan's budget ${stamp()}`;
  const item = await admin.ingest({ headline, language: 'en' });
  expect(item.organisations).toEqual(expect.arrayContaining(['imf', 'world-bank']));

  const page = await signIn(browser, server.url, 'editor');
  const filter = page.getByTestId('organisation-filter');
  const global = filter.getByRole('group', { name: 'Global' });
  await expect(global.locator('input[data-value=imf]')).toBeVisible();
  await expect(global.locator('input[data-value=world-bank]')).toBeVisible();
  const imfCount = global.locator('label:has(input[data-value=imf]) [data-testid=facet-count]');
  await expect(imfCount).not.toHaveAttribute('data-count', '0');
  await expect(imfCount).toContainText(/\d/);

  await global.locator('input[data-value=imf]').check();
  await expect(page).toHaveURL(/[?&]organisation=imf(&|$)/);
  await expect(row(page, headline)).toBeVisible();
  // The count shown is what the queue holds under the filter.
  await expect
    .poll(async () =>
      (await imfCount.getAttribute('data-count')) ===
      (await page.getByTestId('result-count').getAttribute('data-total'))
        ? 'same'
        : 'different',
    )
    .toBe('same');
  const chips = await page.locator('[data-testid=queue-row]').count();
  expect(chips).toBeGreaterThan(0);
  await shot(page, 'en', 'organisation-filter');
  await page.context().close();
});
