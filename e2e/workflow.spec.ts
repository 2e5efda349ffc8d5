/**
 * The desk's other moves, each with two people where it matters: a chief's bulk assignment, a reviewer's kill
 * (and the Atom feed letting go), tag editing seen live on someone else's screen, the article editor with
 * If-Match, its lease and a concurrent edit, and the organisation filter.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, setLocales, signIn, test, uniqueHeadline } from './support/fixtures.ts';
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

test('a reviewer kills a published item with a reason; its Atom entry gives way to a tombstone', async ({
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
  const entry = `<id>urn:mirsad:item:${item.id}</id>`;
  expect(await atom()).toContain(entry);

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

  // RFC 6721: readers downstream are told to remove it, rather than left holding a stale copy.
  await expect.poll(atom).toContain(`<at:deleted-entry ref="urn:mirsad:item:${item.id}"`);
  expect(await atom()).not.toContain(entry);
  expect(await atom()).not.toContain(headline);

  // A story sent back for a correction is still out: it can be killed without waiting for the correction.
  const correcting = await admin.ingest({ headline: uniqueHeadline('en', 'correcting'), language: 'en' });
  const corrector = await ApiUser.login(server.url, 'editor');
  await admin.publish(correcting.id, corrector.id);
  await admin.action(correcting.id, 'correct', { assignee: corrector.id });
  await corrector.dispose();
  await reviewer.goto(`/items/${correcting.id}`);
  await expect(pane.locator('[data-status]').first()).toHaveAttribute('data-status', 'assigned');
  await pane.locator('[data-testid=action-bar] [data-action=kill]').click();
  await dialog.locator('textarea').fill('A legal problem: withdrawn at once.');
  await dialog.locator('button[type=submit]').click();
  await expect(pane.locator('[data-status]').first()).toHaveAttribute('data-status', 'killed');
  await expect.poll(atom).toContain(`<at:deleted-entry ref="urn:mirsad:item:${correcting.id}"`);
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

test('the article editor saves with If-Match and its lease; a concurrent edit is refused with the translated 412 and no work is lost', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'ar');
  const headline = uniqueHeadline('ar', 'تحرير');
  const item = await admin.ingest({ headline, body: '<p>النص الأصلي للخبر.</p>', language: 'ar' });
  const page = await signIn(browser, server.url, 'editor', `/items/${item.id}/edit`);
  await expect(page.getByTestId('lease-mine')).toBeVisible();
  const headlineField = page.locator('#story-headline');
  const body = page.getByTestId('story-body');
  const save = page.getByRole('button', { name: 'احفظ نسخة' });
  const typeAtEnd = async (text: string) => {
    await body.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(text);
  };

  // 1. An ordinary save: headline and body, sent with the version the editor opened and its editing tab.
  const first = `${headline} — محدَّث`;
  await headlineField.fill(first);
  await typeAtEnd(' فقرة أضافها المحرر.');
  const saving = page.waitForRequest(
    (request) => request.method() === 'PATCH' && request.url().endsWith(`/api/items/${item.id}`),
  );
  await save.click();
  const request = await saving;
  expect(request.headers()['if-match']).toBe(`"${item.version}"`);
  expect(request.headers()['x-edit-tab']).toMatch(/^tab-/);
  await expect(page.getByTestId('autosave-status')).toContainText('حُفظت النسخة');
  const afterFirst = await admin.item(item.id);
  expect(afterFirst.headline).toBe(first);
  expect(afterFirst.body).toContain('فقرة أضافها المحرر.');

  // 2. Editing again while someone else saves their own change: a desk chief takes the story over (the editor
  //    is told at once, their text stays), saves, and gives it back.
  const mine = `${headline} — نسختي`;
  await headlineField.fill(mine);
  await typeAtEnd(' وجملة لا يجوز أن تضيع.');
  const chief = await ApiUser.login(server.url, 'chief');
  await chief.takeOver(item.id);
  await expect(page.getByTestId('lease-notice')).toHaveAttribute('data-lease', 'lost');
  const theirs = `${headline} — نسخة رامي`;
  await chief.patch(item.id, { headline: theirs });
  await expect(headlineField).toHaveValue(mine);
  await expect(body).toContainText('وجملة لا يجوز أن تضيع.');

  // The story is free again: the editor goes on with their text, and their save is refused (412), translated.
  await page.getByTestId('lease-start').click();
  await expect(page.getByTestId('lease-mine')).toBeVisible();
  await expect(page.getByTestId('editor-changed')).toBeVisible();
  await save.click();
  const conflict = page.getByTestId('editor-conflict');
  await expect(conflict).toContainText('عدّل شخص آخر هذا الخبر منذ فتحته، فلم يُحفظ تغييرك.');
  await expect(conflict).toContainText('نصّك ما زال هنا');
  await expect(headlineField).toHaveValue(mine);
  await expect(body).toContainText('وجملة لا يجوز أن تضيع.');
  expect((await admin.item(item.id)).headline).toBe(theirs);
  await conflict.getByTestId('editor-compare').click();
  await expect(conflict.getByTestId('editor-comparison').locator('del')).toContainText(['نسخة رامي']);
  await expect(conflict.getByTestId('editor-comparison').locator('ins')).toContainText(['نسختي']);
  await shot(page, 'ar', 'editor-conflict');

  // Their version was seen; the editor chooses to save over it, knowingly.
  await conflict.getByTestId('editor-overwrite').click();
  await expect(conflict).toHaveCount(0);
  await expect(page.getByTestId('autosave-status')).toContainText('حُفظت النسخة');
  const final = await admin.item(item.id);
  expect(final.headline).toBe(mine);
  expect(final.body).toContain('وجملة لا يجوز أن تضيع.');
  await chief.dispose();
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

test('the action bar says who is editing the story before anyone moves it on under them', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['chief'], 'en');
  const item = await admin.ingest({ headline: uniqueHeadline('en', 'being edited') });
  await admin.action(item.id, 'accept');
  const samir = await ApiUser.login(server.url, 'samir');
  await admin.action(item.id, 'assign', { assignee: samir.id });
  await samir.lease(item.id);
  const page = await signIn(browser, server.url, 'chief', `/items/${item.id}`);
  const notice = page.getByTestId('action-bar-editing');
  await expect(notice).toContainText('سمير');
  await expect(notice).toContainText('is editing this story now');
  await expectAccessible(page, 'action bar with someone editing (en)');
  await shot(page, 'en', 'action-bar-editing');
  // Their editing over, the notice goes.
  await samir.releaseLease(item.id);
  await expect(notice).toHaveCount(0);
  await samir.dispose();
  await page.context().close();
});

test('a report of a story the desk already has in hand asks before a second copy is taken up', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'ar');
  // The same story from two agencies (one headline: near-duplicates), the first already assigned to Samir.
  const headline = uniqueHeadline('ar', 'نسخة ثانية');
  const held = await admin.ingest({ headline, source: `أولى-${stamp()}` });
  const samir = await ApiUser.login(server.url, 'samir');
  await admin.action(held.id, 'accept');
  await admin.action(held.id, 'assign', { assignee: samir.id });
  const second = await admin.ingest({ headline, source: `ثانية-${stamp()}` });
  expect((await samir.item(second.id)).clusterId).toBe((await samir.item(held.id)).clusterId);

  const page = await signIn(browser, server.url, 'editor', `/items/${second.id}?collapse=false`);
  const pane = page.getByTestId('item-pane');
  const notice = pane.getByTestId('story-in-hand');
  await expect(notice).toContainText('مُسنَد');
  await expect(notice).toContainText('سمير الخطيب');
  await expect(notice).toHaveAttribute('data-copy-id', String(held.id));

  // Accept asks first: open the report in hand, or accept this one anyway.
  await pane.locator('[data-action=accept]').click();
  const dialog = page.getByTestId('story-in-hand-dialog');
  await expect(dialog).toContainText('سمير الخطيب');
  await expect(dialog).toContainText(headline);
  await expectAccessible(page, 'the question before a second copy is accepted');
  await shot(page, 'ar', 'workflow-story-in-hand');
  await dialog.getByTestId('story-in-hand-open-copy').click();
  await expect(pane).toHaveAttribute('data-item-id', String(held.id));
  await expect(page.locator('#item-headline')).toBeFocused();
  expect((await samir.item(second.id)).status).toBe('incoming');

  // Back on the second report: nothing was accepted on the way; this time, accepted anyway.
  await page.goBack();
  await expect(pane).toHaveAttribute('data-item-id', String(second.id));
  await pane.locator('[data-action=accept]').click();
  await page.getByTestId('story-in-hand-accept').click();
  await expect(pane.locator('[data-status]').first()).toHaveAttribute('data-status', 'accepted');
  await expect.poll(async () => (await samir.item(second.id)).status).toBe('accepted');

  // The queue's `a` key says so too, and accepts only when asked again (the toast's button).
  const third = await admin.ingest({ headline, source: `ثالثة-${stamp()}` });
  const thirdRow = page.locator(`[data-testid=queue-row][data-item-id="${third.id}"]`);
  await expect(thirdRow).toBeVisible();
  await thirdRow.focus();
  await page.keyboard.press('a');
  const toast = page.locator('[data-testid=toast]', { hasText: 'لم يُقبل' });
  await expect(toast).toContainText(headline);
  expect((await samir.item(third.id)).status).toBe('incoming');
  await toast.getByRole('button', { name: 'اقبل هذا على أي حال' }).click();
  await expect.poll(async () => (await samir.item(third.id)).status).toBe('accepted');

  // Ticked beside a report of another story, the bulk Accept asks too: the others only, here.
  const fifth = await admin.ingest({ headline, source: `خامسة-${stamp()}` });
  const unrelated = await admin.ingest({ headline: uniqueHeadline('ar', 'قصة أخرى') });
  for (const id of [fifth.id, unrelated.id]) {
    const ticked = page.locator(`[data-testid=queue-row][data-item-id="${id}"]`);
    await expect(ticked).toBeVisible();
    await ticked.getByRole('checkbox').check();
  }
  await page.getByTestId('bulk-bar').locator('[data-bulk-action=accept]').click();
  const bulkQuestion = page.getByTestId('bulk-in-hand-dialog');
  await expect(bulkQuestion).toBeVisible();
  await expectAccessible(page, 'the bulk question before second copies are accepted');
  await bulkQuestion.getByTestId('bulk-in-hand-others').click();
  await expect.poll(async () => (await samir.item(unrelated.id)).status).toBe('accepted');
  expect((await samir.item(fifth.id)).status).toBe('incoming');

  // A single report a desk story was written from: the story is the copy in hand.
  const lone = await admin.ingest({
    headline: uniqueHeadline('ar', 'قصة المكتب'),
    source: `وحيدة-${stamp()}`,
  });
  const story = await samir.createStory([lone.id]);
  await page.goto(`/items/${lone.id}?collapse=false`);
  await expect(pane.getByTestId('story-in-hand')).toHaveAttribute('data-copy-id', String(story.id));
  await expect(pane.getByTestId('story-in-hand')).toContainText('سمير الخطيب');

  // In English, for a chief.
  await setLocales(server.url, ['chief'], 'en');
  const fourth = await admin.ingest({ headline, source: `رابعة-${stamp()}` });
  const chief = await signIn(browser, server.url, 'chief', `/items/${fourth.id}?collapse=false`);
  await expect(chief.getByTestId('story-in-hand')).toContainText('Assigned');
  await chief.getByTestId('item-pane').locator('[data-action=accept]').click();
  await expect(chief.getByTestId('story-in-hand-dialog')).toContainText('a second copy of the story');
  await shot(chief, 'en', 'workflow-story-in-hand');
  await samir.dispose();
});
