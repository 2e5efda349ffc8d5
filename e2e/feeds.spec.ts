/**
 * Feed administration, as admins, a desk chief and an editor use it: an admin adds an Arabic RSS feed served by a
 * local agency, polls it now and sees its health change while an editor watches its items arrive; a broken feed
 * says what is wrong in plain words (Arabic and English), with the server's message as a detail; pause and
 * resume in one click; an edit made over someone else's change (If-Match, 412, "save mine over theirs");
 * removal behind a confirmation; two admins see each other's changes live; a chief reads, an editor is refused.
 */
import type { Page } from '@playwright/test';
import type { Feed } from '#shared/schemas/feeds.ts';
import type { ApiUser } from '../src/test-support/api-user.ts';
import { consoleProblems, expect, expectAccessible, setLocales, signIn, test } from './support/fixtures.ts';
import { FeedServer } from '../src/test-support/feed-server.ts';
import { shot } from './support/screens.ts';

const wire = new FeedServer();
test.beforeAll(async () => wire.start());
test.afterAll(async () => wire.stop());

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

function feedRow(page: Page, name: string) {
  return page.locator('[data-testid=feed-row]', {
    has: page.getByTestId('feed-name').getByText(name, { exact: true }),
  });
}

async function feedsOf(admin: ApiUser): Promise<Feed[]> {
  return ((await (await admin.context.get('/api/feeds')).json()) as { feeds: Feed[] }).feeds;
}

/** POST /api/feeds and poll it once, as another admin would, outside the browser. */
async function addAndPoll(admin: ApiUser, name: string, url: string): Promise<Feed> {
  const headers = { 'x-csrf-token': admin.csrfToken };
  const created = await admin.context.post('/api/feeds', { data: { name, url }, headers });
  expect(created.status()).toBe(201);
  const feed = (await created.json()) as Feed;
  const polled = await admin.context.post(`/api/feeds/${feed.id}/poll`, { headers });
  expect(polled.ok()).toBe(true);
  return (await polled.json()) as Feed;
}

test('an admin adds an Arabic feed and polls it; the editor sees its items live; errors in plain words; pause, edit over a concurrent change, remove', async ({
  browser,
  server,
  admin: api,
}) => {
  await setLocales(server.url, ['admin', 'editor'], 'ar');
  const s = stamp();
  const name = `وكالة الاختبار ${s}`;
  const brokenName = `مصدر معطوب ${s}`;
  // Addresses of this run only (the agency ignores the query), so a retry never meets its own feeds.
  const arabicUrl = `${wire.arabicUrl}?run=${s}`;
  const malformedUrl = `${wire.malformedUrl}?run=${s}`;
  const headlines = [
    `البنك المركزي في كازاخستان يرفع سعر الفائدة الأساسي ${s}`,
    `افتتاح معرض الكتاب الدولي في طشقند بمشاركة عربية ${s}`,
    `فيضانات تغمر قرى في جنوب قيرغيزستان وإجلاء السكان ${s}`,
  ];
  wire.setItems(
    headlines.map((title, index) => ({
      guid: `${s}-${index}`,
      title,
      description: `<p>${title}، بحسب مراسل الوكالة.</p>`,
    })),
  );

  // The editor watches the queue for this agency; feeds are not in their navigation.
  const editor = await signIn(browser, server.url, 'editor', `/?source=${encodeURIComponent(name)}`);
  await expect(editor.getByTestId('nav-feeds')).toHaveCount(0);

  const page = await signIn(browser, server.url, 'admin');
  await page.getByTestId('nav-feeds').click();
  await expect(page).toHaveURL(/\/admin\/feeds$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مصادر الأخبار');
  await expect(page.getByTestId('nav-feeds')).toHaveAttribute('aria-current', 'page');

  // Add: the form checks with the shared schema and says what is wrong, field by field, in Arabic.
  const add = page.getByTestId('feed-add');
  await add.click();
  const form = page.getByTestId('feed-form');
  const nameField = form.getByLabel('الاسم', { exact: true });
  await expect(nameField).toBeFocused();
  await form.getByLabel('العنوان', { exact: true }).fill('ftp://wire.example/rss.xml');
  await form.getByLabel('المدة', { exact: true }).fill('10');
  await form.getByLabel('الوحدة', { exact: true }).selectOption('seconds');
  await form.getByTestId('feed-form-submit').click();
  await expect(form.getByTestId('field-error')).toHaveText([
    'أدخل اسماً للمصدر.',
    'أدخل عنواناً كاملاً يبدأ بـ \u2066http://\u2069 أو \u2066https://\u2069.',
    'اختر فاصلاً بعدد صحيح من الثواني، بين 30 ثانية و24 ساعة.',
  ]);
  await expect(nameField).toBeFocused();
  await expect(nameField).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByTestId('form-error')).toBeVisible();
  await shot(page, 'ar', 'feeds-form-errors');

  await nameField.fill(name);
  await form.getByLabel('العنوان', { exact: true }).fill(arabicUrl);
  await form.getByLabel('المدة', { exact: true }).fill('5');
  await form.getByLabel('الوحدة', { exact: true }).selectOption('minutes');
  await form.getByLabel('لغة الأخبار', { exact: true }).selectOption('ar');
  await form.getByLabel('المكتب الافتراضي', { exact: true }).selectOption({ index: 1 });
  await form.getByTestId('feed-form-submit').click();
  await expect(form).toHaveCount(0);
  await expect(add).toBeFocused();
  const row = feedRow(page, name);
  await expect(row.getByTestId('feed-status')).toHaveAttribute('data-status', 'never');
  await expect(row.getByTestId('feed-status')).toHaveText('لم يُجلب بعد');
  await expect(row.getByTestId('feed-url')).toHaveAttribute('dir', 'ltr');
  await expect(row.getByTestId('feed-url')).toHaveText(arabicUrl);
  await expect(row.getByTestId('feed-language')).toHaveText('العربية');
  await expect(row.getByTestId('feed-interval')).toHaveText(/^[5٥] دقائق$/);
  await expect(row.getByTestId('feed-format')).toHaveText('تُكتشف عند أول جلب');
  await expect(row.getByTestId('feed-items-taken')).toHaveAttribute('data-count', '0');

  // The same address again: the server's 409, translated, on the address field; what was typed stays.
  await add.click();
  await form.getByLabel('الاسم', { exact: true }).fill(`نسخة ${s}`);
  await form.getByLabel('العنوان', { exact: true }).fill(arabicUrl);
  await form.getByTestId('feed-form-submit').click();
  await expect(form.getByTestId('field-error')).toHaveText('يوجد مصدر بهذا العنوان مسبقاً.');
  await expect(form.getByLabel('الاسم', { exact: true })).toHaveValue(`نسخة ${s}`);
  await expect(form.getByLabel('العنوان', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(add).toBeFocused();

  // Poll now: busy while the agency answers, then the health, and the editor's queue fills live.
  wire.delayMs = 800;
  await row.getByTestId('feed-poll').click();
  await expect(row.getByTestId('feed-poll')).toHaveAttribute('aria-busy', 'true');
  await expect(row.getByTestId('feed-poll')).toContainText('جارٍ الجلب…');
  await expect(row.getByTestId('feed-status')).toHaveAttribute('data-status', 'healthy');
  wire.delayMs = 0;
  await expect(row.getByTestId('feed-poll')).not.toHaveAttribute('aria-busy', 'true');
  await expect(row.getByTestId('feed-status')).toHaveText('سليم');
  await expect(row.getByTestId('feed-items-taken')).toHaveAttribute('data-count', '3');
  await expect(row.getByTestId('feed-items-taken')).toHaveText(/^[3٣]$/);
  await expect(row.getByTestId('feed-last-success')).toHaveText('الآن');
  await expect(row.getByTestId('feed-last-fetch')).toHaveText('الآن');
  await expect(row.getByTestId('feed-format')).toHaveText('RSS');
  await expect(row.getByTestId('feed-next-poll')).toContainText('خلال');
  await expect(
    page.locator('[data-testid=toast][data-kind=info]', { hasText: /[3٣] أخبار جديدة/ }),
  ).toContainText(name);
  for (const headline of headlines)
    await expect(editor.locator('[data-testid=queue-row]', { hasText: headline })).toBeVisible();

  // A broken feed: the error in plain Arabic, the server's own message beside it as a detail.
  await add.click();
  await form.getByLabel('الاسم', { exact: true }).fill(brokenName);
  await form.getByLabel('العنوان', { exact: true }).fill(malformedUrl);
  await form.getByTestId('feed-form-submit').click();
  const broken = feedRow(page, brokenName);
  await broken.getByTestId('feed-poll').click();
  await expect(broken.getByTestId('feed-status')).toHaveAttribute('data-status', 'failing');
  await expect(broken.getByTestId('feed-status')).toHaveText('متعثّر (فشل مرة)');
  await expect(broken.getByTestId('feed-error')).toHaveAttribute('data-code', 'feed.malformed');
  await expect(broken.getByTestId('feed-error')).toContainText(
    'المصدر غير سليم البنية (XML أو JSON معطوب أو مبتور).',
  );
  const detail = broken.getByTestId('feed-error-detail');
  await expect(detail).toHaveAttribute('lang', 'en');
  await expect(detail).toHaveAttribute('dir', 'ltr');
  expect((await detail.innerText()).length).toBeGreaterThan(0);
  await expect(broken.getByTestId('feed-last-success')).toHaveText('لم يحدث بعد');
  await expect(page.locator('[data-testid=toast][data-kind=error]', { hasText: brokenName })).toContainText(
    'غير سليم البنية',
  );
  await expect(page.locator('[data-stat=failing] dd')).toHaveText(/^[1١]$/);
  await shot(page, 'ar', 'feeds');
  await expectAccessible(page, 'feeds (ar)');

  // Pause and resume, one click each (PATCH enabled with If-Match).
  const toggle = row.getByTestId('feed-enabled');
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(row.getByTestId('feed-status')).toHaveText('متوقف');
  await expect(row.getByTestId('feed-next-poll')).toHaveText('لا جلب ما دام متوقفاً');
  await expect.poll(async () => (await feedsOf(api)).find((feed) => feed.name === name)?.enabled).toBe(false);
  await toggle.press('Space');
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(row.getByTestId('feed-status')).toHaveAttribute('data-status', 'healthy');
  await expect.poll(async () => (await feedsOf(api)).find((feed) => feed.name === name)?.enabled).toBe(true);

  // Edit the interval while another admin changes the language: If-Match refuses the stale save (412), the
  // form keeps what was typed, and "save mine over theirs" sends only this admin's change.
  const edit = row.getByTestId('feed-edit');
  await edit.click();
  await expect(form.getByLabel('المدة', { exact: true })).toHaveValue('5');
  await form.getByLabel('المدة', { exact: true }).fill('15');
  const current = (await feedsOf(api)).find((feed) => feed.name === name)!;
  const theirs = await api.context.patch(`/api/feeds/${current.id}`, {
    data: { language: 'en' },
    headers: { 'x-csrf-token': api.csrfToken, 'if-match': `"${current.version}"` },
  });
  expect(theirs.status()).toBe(200);
  await form.getByTestId('feed-form-submit').click();
  await expect(form.getByTestId('form-conflict')).toContainText('عدّل شخص آخر هذا المصدر');
  await expect(form.getByLabel('المدة', { exact: true })).toHaveValue('15');
  await form.getByTestId('conflict-overwrite').click();
  await expect(form).toHaveCount(0);
  await expect(edit).toBeFocused();
  await expect(row.getByTestId('feed-interval')).toHaveText(/^(15|١٥) دقيقة$/);
  await expect(row.getByTestId('feed-language')).toHaveText('الإنجليزية');
  const saved = (await feedsOf(api)).find((feed) => feed.name === name)!;
  expect(saved.pollIntervalSeconds).toBe(900);
  expect(saved.language).toBe('en');
  expect(saved.version).toBe(current.version + 2);

  // Remove, behind a confirmation: Escape cancels and gives focus back; the items the feed brought stay.
  const remove = row.getByTestId('feed-remove');
  await remove.click();
  const confirm = page.getByTestId('remove-dialog');
  await expect(page.getByTestId('remove-cancel')).toBeFocused();
  await expect(confirm).toContainText(name);
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(remove).toBeFocused();
  await remove.click();
  // Another admin renames it while the dialog is open: the dialog shows, and removes, the feed as it is now.
  const latest = (await feedsOf(api)).find((feed) => feed.name === name)!;
  const renamed = `${name} (معدّل)`;
  const patched = await api.context.patch(`/api/feeds/${latest.id}`, {
    data: { name: renamed },
    headers: { 'x-csrf-token': api.csrfToken, 'if-match': `"${latest.version}"` },
  });
  expect(patched.ok()).toBe(true);
  await expect(confirm).toContainText(renamed);
  await page.getByTestId('remove-confirm').click();
  await expect(page.locator(`[data-testid=feed-row][data-feed-id="${latest.id}"]`)).toHaveCount(0);
  await expect(row).toHaveCount(0);
  await expect(add).toBeFocused();
  await expect(page.locator('[data-testid=toast][data-kind=info]', { hasText: 'حُذف' })).toContainText(name);
  expect((await feedsOf(api)).some((feed) => feed.name === name)).toBe(false);
  // Its items stay, under the name it had last (a rename relabels a feed's reports: its next poll knows them).
  await editor.goto(`/?source=${encodeURIComponent(renamed)}`);
  for (const headline of headlines)
    await expect(editor.locator('[data-testid=queue-row]', { hasText: headline })).toBeVisible();

  for (const each of [page, editor]) {
    expect(consoleProblems(each)).toEqual([]);
    await each.context().close();
  }
});

test('in English: a 404 and a malformed feed in plain words; two admins see each other live; a chief reads only; an editor is refused', async ({
  browser,
  server,
  admin: api,
}) => {
  await setLocales(server.url, ['admin', 'chief', 'editor'], 'en');
  const s = stamp();
  const missingName = `Missing wire ${s}`;
  const malformedName = `Broken wire ${s}`;
  await addAndPoll(api, malformedName, `${wire.malformedUrl}?run=${s}`);

  const first = await signIn(browser, server.url, 'admin', '/admin/feeds');
  const second = await signIn(browser, server.url, 'admin', '/admin/feeds');
  await expect(first.getByRole('heading', { level: 1 })).toHaveText('Wire feeds');

  const malformed = feedRow(first, malformedName);
  await expect(malformed.getByTestId('feed-error')).toContainText(
    'The feed is not well-formed (broken or truncated XML or JSON).',
  );
  await expect(malformed.getByTestId('feed-status')).toHaveText('Failing (failed once)');

  // The first admin adds a feed whose address answers 404; the second sees it arrive without waiting for the
  // list's 30-second refresh (the feed.created event invalidates it).
  await first.getByTestId('feed-add').click();
  const form = first.getByTestId('feed-form');
  await form.getByLabel('Name', { exact: true }).fill(missingName);
  await form.getByLabel('Address', { exact: true }).fill(`${wire.missingUrl}?run=${s}`);
  await form.getByTestId('feed-form-submit').click();
  await expect(feedRow(second, missingName)).toBeVisible({ timeout: 5_000 });

  const missing = feedRow(first, missingName);
  await missing.getByTestId('feed-poll').click();
  await expect(missing.getByTestId('feed-status')).toHaveAttribute('data-status', 'failing');
  await expect(missing.getByTestId('feed-error')).toHaveAttribute('data-code', 'feed.http_status');
  await expect(missing.getByTestId('feed-error')).toContainText("The feed's server answered with error 404.");
  await expect(missing.getByTestId('feed-error-detail')).toContainText('404');
  // The poll's health change reaches the other admin as it happens (feed.health), not at the next refresh.
  await expect(feedRow(second, missingName).getByTestId('feed-status')).toHaveAttribute(
    'data-status',
    'failing',
    { timeout: 5_000 },
  );
  await expect(first.locator('[data-testid=toast][data-kind=error]', { hasText: missingName })).toContainText(
    'Could not fetch',
  );

  // The second admin pauses it; the first sees it paused (feed.updated).
  await feedRow(second, missingName).getByTestId('feed-enabled').click();
  await expect(missing.getByTestId('feed-enabled')).toHaveAttribute('aria-checked', 'false', {
    timeout: 5_000,
  });
  await expect(missing.getByTestId('feed-status')).toHaveText('Paused');
  await shot(first, 'en', 'feeds');
  await expectAccessible(first, 'feeds (en)');

  // A desk chief: the link, the list and the health, and nothing to change.
  const chief = await signIn(browser, server.url, 'chief');
  await chief.getByTestId('nav-feeds').click();
  await expect(chief.getByTestId('feeds-read-only')).toBeVisible();
  await expect(feedRow(chief, missingName).getByTestId('feed-enabled-text')).toHaveText('Paused');
  await expect(feedRow(chief, malformedName).getByTestId('feed-error')).toContainText('not well-formed');
  for (const control of ['feed-add', 'feed-edit', 'feed-remove', 'feed-poll', 'feed-enabled'])
    await expect(chief.getByTestId(control)).toHaveCount(0);
  await shot(chief, 'en', 'feeds-chief');
  await expectAccessible(chief, 'feeds read-only (en)');

  // An editor: no link, and a clear refusal at the address (without asking the server for the feeds).
  const editor = await signIn(browser, server.url, 'editor');
  await expect(editor.getByTestId('nav-feeds')).toHaveCount(0);
  const asked: string[] = [];
  editor.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/feeds') asked.push(request.url());
  });
  await editor.goto('/admin/feeds');
  await expect(editor.getByTestId('feeds-forbidden')).toContainText('You do not have permission to do this.');
  await shot(editor, 'en', 'feeds-forbidden');
  expect(asked).toEqual([]);

  for (const page of [first, second, chief, editor]) {
    expect(consoleProblems(page)).toEqual([]);
    await page.context().close();
  }
});
