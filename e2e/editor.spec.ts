/**
 * The article editor (src/client/features/editor, docs/decisions/008-stories.md), end to end, in Arabic and in
 * English: a story written from two agencies' reports with the sources beside it, formatting, counts, a reload
 * mid-sentence that loses nothing, a version saved and published exactly as written; two people and a desk
 * chief around one story (leases); and the page's accessibility, with screenshots to look at.
 */
import type { Browser, Page } from '@playwright/test';
import type { Item } from '#shared/schemas/items.ts';
import { ApiUser } from '../src/test-support/api-user.ts';
import { DEMO_PASSWORD, type DemoServer } from '../src/test-support/server-process.ts';
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
import { shot } from './support/screens.ts';

/** Two agencies' reports of one event: near-duplicates, each with its own body. */
function reports(locale: Locale) {
  const headline = uniqueHeadline(locale, locale === 'ar' ? 'خط أنابيب' : 'pipeline');
  return locale === 'ar'
    ? {
        first: {
          headline,
          source: 'وكالة الشرق',
          body: '<p>وقّعت كازاخستان وأوزبكستان اتفاقية لبناء خط أنابيب للغاز بطول 500 كيلومتر.</p><p>Gazprom لم تعلّق.</p>',
        },
        second: {
          headline: `${headline} في طشقند`,
          source: 'وكالة الأنباء الدولية',
          body: '<p>قال وزير الطاقة الأوزبكي إن الخط سيعمل عام 2027.</p>',
        },
        words: {
          headline: `${headline} — نسخة المحرر`,
          subheading: 'تفاصيل الاتفاقية',
          lead: 'وقّع البلدان الاتفاقية في طشقند، ',
          bold: 'بحضور وزيري الطاقة',
          linkText: 'نص الاتفاقية',
          items: ['طول الخط 500 كيلومتر', 'التشغيل عام 2027'],
          before: 'وقالت مصادر إن ',
          after: 'التمويل مضمون.',
        },
      }
    : {
        first: {
          headline,
          source: 'Eastern Wire',
          body: '<p>Kazakhstan and Uzbekistan signed a deal to build a 500 km gas pipeline.</p><p>Gazprom did not comment.</p>',
        },
        second: {
          headline: `${headline} in Tashkent`,
          source: 'International News Agency',
          body: "<p>Uzbekistan's energy minister said the line would open in 2027.</p>",
        },
        words: {
          headline: `${headline}, the desk's version`,
          subheading: 'What the deal says',
          lead: 'The two countries signed the deal in Tashkent, ',
          bold: 'with both energy ministers present',
          linkText: 'the text of the deal',
          items: ['A 500 km line', 'Opening in 2027'],
          before: 'Sources said ',
          after: 'the financing is secured.',
        },
      };
}

const xmlEscape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The editor's body, focused, with the caret at its very end. */
async function toEndOfBody(page: Page): Promise<void> {
  await page.getByTestId('story-body').click();
  await page.keyboard.press('ControlOrMeta+End');
}

for (const locale of ['ar', 'en'] as const) {
  test(`${locale}: a story written from two reports, reloaded mid-sentence, saved, published exactly as written`, async ({
    browser,
    server,
    admin,
  }) => {
    await setLocales(server.url, ['editor'], locale);
    const { first, second, words } = reports(locale);
    const a = await admin.ingest({ ...first, language: locale });
    const b = await admin.ingest({ ...second, language: locale });
    const writer = await ApiUser.login(server.url, 'editor');
    const story = await writer.createStory([a.id, b.id]);
    expect(story).toMatchObject({ origin: 'desk', status: 'assigned', sourceCount: 2 });

    const page = await signIn(browser, server.url, 'editor', `/items/${story.id}/edit`);
    await expect(page.getByTestId('lease-mine')).toBeVisible();
    await expect(page.getByTestId('story-editor')).toHaveAttribute('data-mode', 'editing');

    // 1. The sources beside the editor: headline, time, agency, body of each, in the story's order.
    const sources = page.getByTestId('story-source');
    await expect(sources).toHaveCount(2);
    await expect(sources.nth(0)).toContainText(first.headline);
    await expect(sources.nth(0)).toContainText(first.source);
    await expect(sources.nth(0)).toContainText(
      locale === 'ar' ? 'Gazprom لم تعلّق' : 'Gazprom did not comment',
    );
    await expect(sources.nth(0).locator('time')).toHaveAttribute('datetime', /\d{4}-\d\d-\d\dT/);
    await expect(sources.nth(1)).toContainText(second.headline);
    await expect(sources.nth(1)).toContainText(second.source);
    // An Arabic report that opens with a Latin name is still right to left.
    await expect(sources.nth(0).locator('h3')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    await expectAccessible(page, `editor (${locale})`);
    await shot(page, locale, 'editor-sources');

    // 2. The editor writes: a new headline, then the body from scratch with a sub-heading, bold, a link
    //    (Ctrl/Cmd+K, with the address checked), a list, and a closing paragraph.
    await page.locator('#story-headline').fill(words.headline);
    await expect(page.getByTestId('headline-counts')).toContainText(String([...words.headline].length));
    const body = page.getByTestId('story-body');
    await body.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    const toolbar = page.getByTestId('editor-toolbar');
    await toolbar.locator('[data-tool=h2]').click();
    await expect(toolbar.locator('[data-tool=h2]')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.type(words.subheading);
    await page.keyboard.press('Enter');
    await page.keyboard.type(words.lead);
    await page.keyboard.press('ControlOrMeta+b');
    await page.keyboard.type(words.bold);
    await page.keyboard.press('ControlOrMeta+b');
    await page.keyboard.type('. ');
    await page.keyboard.press('ControlOrMeta+k');
    const linkDialog = page.getByTestId('link-dialog');
    // The dialog opens on its address: typed at once, it lands there.
    await expect(linkDialog.locator('#link-address')).toBeFocused();
    await linkDialog.locator('#link-address').fill('javascript:alert(1)');
    await linkDialog.getByTestId('link-apply').click();
    await expect(linkDialog.locator('#link-address')).toHaveAttribute('aria-invalid', 'true');
    await linkDialog.locator('#link-address').fill('example.com/deal');
    await linkDialog.locator('#link-text').fill(words.linkText);
    await linkDialog.getByTestId('link-apply').click();
    await expect(linkDialog).toHaveCount(0);
    await expect(body.locator('a[href="https://example.com/deal"]')).toHaveText(words.linkText);
    await page.keyboard.type('.');
    await page.keyboard.press('Enter');
    await toolbar.locator('[data-tool=bulletList]').click();
    await page.keyboard.type(words.items[0]!);
    await page.keyboard.press('Enter');
    await page.keyboard.type(words.items[1]!);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type(words.before);

    // Counts follow the text.
    const counts = page.getByTestId('body-counts');
    const typed = [words.subheading, words.lead, words.bold, words.linkText, ...words.items, words.before]
      .join(' ')
      .split(/\s+/)
      .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    await expect(counts).toHaveAttribute('data-words', String(typed));

    // 3. Reloaded mid-sentence: the browser asks first, and the text is offered back.
    await expect(page.getByTestId('autosave-status')).not.toHaveAttribute('data-state', 'clean');
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    expect(asked).toEqual(['beforeunload']);
    const offer = page.getByTestId('draft-offer');
    await expect(offer).toBeVisible();
    await expect(offer).toContainText(/\d{1,2}[:٫.]\d\d|\d/);
    await shot(page, locale, 'editor-restore-offer');
    await offer.getByTestId('draft-restore').click();
    await expect(page.locator('#story-headline')).toHaveValue(words.headline);
    await expect(body).toContainText(words.before.trim());
    await expect(body.locator('h2')).toHaveText(words.subheading);
    await toEndOfBody(page);
    await page.keyboard.type(words.after);

    // 4. Saved as a version, with If-Match and this tab's lease; the server keeps exactly the HTML sent.
    const saving = page.waitForRequest(
      (request) => request.method() === 'PATCH' && request.url().endsWith(`/api/items/${story.id}`),
    );
    await page.getByTestId('editor-save').click();
    const request = await saving;
    expect(request.headers()['if-match']).toMatch(/^"\d+"$/);
    expect(request.headers()['x-edit-tab']).toMatch(/^tab-/);
    const sent = request.postDataJSON() as { headline: string; body: string };
    expect(sent.headline).toBe(words.headline);
    await expect(page.getByTestId('autosave-status')).toHaveAttribute('data-state', 'clean');
    await expect(page.getByTestId('editor-version')).toContainText(/2|٢/);
    const saved = await writer.item(story.id);
    expect(saved.body).toBe(sent.body);
    expect(saved.headline).toBe(words.headline);
    const dir = locale === 'ar' ? 'rtl' : 'ltr';
    expect(saved.body).toContain(`<h2 dir="${dir}">${words.subheading}</h2>`);
    expect(saved.body).toContain(`<strong>${words.bold}</strong>`);
    expect(saved.body).toContain(
      `<a href="https://example.com/deal" target="_blank" rel="noopener noreferrer nofollow">${words.linkText}</a>`,
    );
    expect(saved.body).toContain(
      `<ul><li dir="${dir}">${words.items[0]}</li><li dir="${dir}">${words.items[1]}</li></ul>`,
    );
    expect(saved.body).toContain(`${words.before}${words.after}</p>`);
    expect(saved.body).not.toMatch(/<p[^>]*>\s*<\/p>|&nbsp;|style=|<p[^>]*><ul/);
    expect(await writer.draft(story.id)).toBeNull();
    await shot(page, locale, 'editor-saved');

    // 5. Submitted, approved, published: what goes out is exactly that HTML, and its uri answers.
    await writer.action(story.id, 'submit');
    const reviewer = await ApiUser.login(server.url, 'reviewer');
    await reviewer.action(story.id, 'approve');
    await reviewer.action(story.id, 'publish');
    const published = (await (await admin.context.get('/api/published?limit=200')).json()) as {
      items: Array<{ uri: string; headlines: Array<{ value: string }>; bodies: Array<{ value: string }> }>;
    };
    const out = published.items.find((entry) => entry.uri.endsWith(`/api/published/${story.id}`));
    expect(out?.headlines[0]?.value).toBe(words.headline);
    expect(out?.bodies[0]?.value).toBe(saved.body);
    expect((await admin.context.get(out!.uri)).status()).toBe(200);
    const atom = await (await admin.context.get('/feeds/published.atom?limit=200')).text();
    expect(atom).toContain(`<content type="html">${xmlEscape(saved.body)}</content>`);

    expect(consoleProblems(page)).toEqual([]);
    await reviewer.dispose();
    await writer.dispose();
    await page.context().close();
  });
}

/** The report a story in the editor is written from, in each language. */
const REPORTS = {
  en: { source: 'Eastern Wire', body: '<p>Tajikistan opened a new hydroelectric plant.</p>' },
  ar: { source: 'وكالة الشرق', body: '<p>افتتحت طاجيكستان محطة كهرومائية جديدة.</p>' },
} as const;

/**
 * A story written from one report in `locale`, open in the editor of a signed-in editor who reads the desk in it
 * (`writer` reads the story over the API as that editor).
 */
async function storyInEditor(
  browser: Browser,
  server: DemoServer,
  admin: ApiUser,
  tag: string,
  locale: 'ar' | 'en' = 'en',
) {
  await setLocales(server.url, ['editor'], locale);
  const report = await admin.ingest({
    headline: uniqueHeadline(locale, tag),
    ...REPORTS[locale],
    language: locale,
  });
  const writer = await ApiUser.login(server.url, 'editor');
  const story = await writer.createStory([report.id]);
  const page = await signIn(browser, server.url, 'editor', `/items/${story.id}/edit`);
  await expect(page.getByTestId('story-editor')).toHaveAttribute('data-mode', 'editing');
  const storyUrl = `/api/items/${story.id}`;
  return { page, writer, story, storyUrl, draftUrl: `${storyUrl}/draft` };
}

/**
 * Types `beforeSave` and saves, the save held (as on a busy server) until the returned `releaseSave`; types
 * `duringSave` meanwhile; closes the editor (leaving asks first) and opens the story again in the same tab, the
 * closing editor's draft restored. The new editor's draft requests then fail, as with the server out of reach
 * (`draftsSent` holds their bodies), so the browser's copy is the only one of what is typed next.
 */
async function saveHeldAcrossReopen(
  page: Page,
  storyUrl: string,
  draftUrl: string,
  typed: { beforeSave: string; duringSave?: string },
) {
  const releaseSave = await holdRequests(page, storyUrl, 'PATCH');
  await toEndOfBody(page);
  await page.keyboard.type(typed.beforeSave);
  const versionSaved = page.waitForResponse(
    (response) => response.request().method() === 'PATCH' && response.url().endsWith(storyUrl),
  );
  await page.getByTestId('editor-save').click();
  if (typed.duringSave) {
    await toEndOfBody(page);
    await page.keyboard.type(typed.duringSave);
  }
  await page.getByTestId('editor-close').click();
  await page.getByTestId('leave-confirm').click();
  await expect(page.getByTestId('story-editor')).toHaveCount(0);

  await page.goBack();
  await page.getByTestId('draft-restore').click();
  await expect(page.getByTestId('lease-mine')).toBeVisible();
  const draftsSent: string[] = [];
  await page.route(`**${draftUrl}`, (route) => {
    if (route.request().method() !== 'PUT') return route.continue();
    draftsSent.push(route.request().postData() ?? '');
    return route.abort();
  });
  return { releaseSave, versionSaved, draftsSent };
}

/** Holds the page's requests to `url` (of `method` only, when given) until the returned function is called. */
async function holdRequests(page: Page, url: string, method?: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**${url}`, async (route) => {
    if (!method || route.request().method() === method) await held;
    await route.continue();
  });
  return release;
}

/** The browser's copies of the story's drafts (every tab's), as one string. */
function browserCopiesOf(page: Page, storyId: number): Promise<string> {
  return page.evaluate(
    (id) =>
      Object.keys(localStorage)
        // mirsad.draft.<user>.<story>.<tab>
        .filter((key) => key.startsWith('mirsad.draft.') && key.split('.')[3] === String(id))
        .map((key) => localStorage.getItem(key) ?? '')
        .join(),
    storyId,
  );
}

/** Nothing of a draft is left: the status, the server and a reload say so (and the page logged no problem). */
async function expectNoDraftLeft(page: Page, writer: ApiUser, storyId: number): Promise<void> {
  await expect(page.getByTestId('autosave-status')).toHaveAttribute('data-state', 'clean');
  expect(await writer.draft(storyId)).toBeNull();
  await page.reload();
  await expect(page.getByTestId('story-editor')).toHaveAttribute('data-mode', 'editing');
  await expect(page.getByTestId('draft-offer')).toHaveCount(0);
  expect(consoleProblems(page)).toEqual([]);
}

test('a draft still on its way when the version is saved is not left behind as unsaved work', async ({
  browser,
  server,
  admin,
}) => {
  const { page, writer, story, draftUrl } = await storyInEditor(browser, server, admin, 'مسودة متأخرة', 'ar');

  // The draft's request is held until the version is saved, as on a slow connection.
  const releaseDraft = await holdRequests(page, draftUrl, 'PUT');
  const draftSent = page.waitForRequest(
    (request) => request.method() === 'PUT' && request.url().endsWith(draftUrl),
  );
  await toEndOfBody(page);
  await page.keyboard.type(' وقال الوزير إن المحطة ستعمل هذا الشتاء.');
  await draftSent;

  const versionSaved = page.waitForResponse(
    (response) =>
      response.request().method() === 'PATCH' && response.url().endsWith(`/api/items/${story.id}`),
  );
  await page.getByTestId('editor-save').click();
  expect((await versionSaved).status()).toBe(200);
  const draftRemoved = page.waitForResponse(
    (response) => response.request().method() === 'DELETE' && response.url().endsWith(draftUrl),
  );
  releaseDraft();
  // The late draft is stored, then removed: nothing of it stays on the server, in the browser or in the status.
  expect((await draftRemoved).ok()).toBe(true);
  await expect(page.getByTestId('autosave-status')).toHaveAttribute('data-state', 'clean');
  expect(await writer.draft(story.id)).toBeNull();
  const saved = await writer.item(story.id);
  expect(saved.body).toContain('ستعمل هذا الشتاء.');

  // Reloaded, the saved text opens with no offer of a draft (and the browser does not ask before leaving).
  await page.reload();
  await expect(page.getByTestId('story-editor')).toHaveAttribute('data-mode', 'editing');
  await expect(page.getByTestId('story-body')).toContainText('ستعمل هذا الشتاء.');
  await expect(page.getByTestId('draft-offer')).toHaveCount(0);
  expect(consoleProblems(page)).toEqual([]);
  await writer.dispose();
  await page.context().close();
});

test('a draft written while the version is being saved is not left behind as unsaved work', async ({
  browser,
  server,
  admin,
}) => {
  const { page, writer, story, storyUrl, draftUrl } = await storyInEditor(
    browser,
    server,
    admin,
    'slow save',
  );

  // The save is held until the draft timer (started by the last key) has fired and its draft has been stored,
  // as on a busy server: the save then names an older draft than the one the server holds.
  const draftStored = page.waitForResponse(
    (response) => response.request().method() === 'PUT' && response.url().endsWith(draftUrl),
  );
  await page.route(`**${storyUrl}`, async (route) => {
    if (route.request().method() === 'PATCH') await draftStored;
    await route.continue();
  });
  await toEndOfBody(page);
  await page.keyboard.type(' The minister said it would run this winter.');
  const versionSaved = page.waitForResponse(
    (response) => response.request().method() === 'PATCH' && response.url().endsWith(storyUrl),
  );
  const draftRemoved = page.waitForResponse(
    (response) => response.request().method() === 'DELETE' && response.url().endsWith(draftUrl),
  );
  await page.getByTestId('editor-save').click();
  expect((await draftStored).ok()).toBe(true);
  expect((await versionSaved).status()).toBe(200);
  expect((await draftRemoved).ok()).toBe(true);

  expect((await writer.item(story.id)).body).toContain('run this winter.');
  await expectNoDraftLeft(page, writer, story.id);
  await writer.dispose();
  await page.context().close();
});

test('words typed while the version is being saved stay a draft on the server, never removed meanwhile', async ({
  browser,
  server,
  admin,
}) => {
  const { page, writer, story, storyUrl, draftUrl } = await storyInEditor(
    browser,
    server,
    admin,
    'typed during save',
  );

  const isDraftPut = (response: { request(): { method(): string }; url(): string }) =>
    response.request().method() === 'PUT' && response.url().endsWith(draftUrl);
  const releaseSave = await holdRequests(page, storyUrl, 'PATCH');
  const deletes: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'DELETE' && request.url().endsWith(draftUrl)) deletes.push(request.url());
  });

  // The version's text is sent; the draft timer fires while the save is held, and its draft is stored.
  await toEndOfBody(page);
  await page.keyboard.type(' The minister spoke.');
  const firstDraft = page.waitForResponse(isDraftPut);
  const versionSaved = page.waitForResponse(
    (response) => response.request().method() === 'PATCH' && response.url().endsWith(storyUrl),
  );
  await page.getByTestId('editor-save').click();
  expect((await firstDraft).ok()).toBe(true);
  // More words while the save is still on its way: newer than the version and than the stored draft.
  await toEndOfBody(page);
  await page.keyboard.type(' He said more.');
  const laterDraft = page.waitForResponse(
    (response) => isDraftPut(response) && (response.request().postData() ?? '').includes('He said more.'),
  );
  releaseSave();
  expect((await versionSaved).status()).toBe(200);
  expect((await laterDraft).ok()).toBe(true);

  // The draft on the server holds the newer words and was never removed on the way.
  expect(deletes).toEqual([]);
  expect((await writer.draft(story.id))?.fields.body).toContain('He said more.');
  const saved = await writer.item(story.id);
  expect(saved.body).toContain('The minister spoke.');
  expect(saved.body).not.toContain('He said more.');
  await expect(page.getByTestId('autosave-status')).toHaveAttribute('data-state', 'saved');
  expect(consoleProblems(page)).toEqual([]);
  await writer.dispose();
  await page.context().close();
});

test('words typed, stored as a draft and taken back leave no draft when saved with nothing to save', async ({
  browser,
  server,
  admin,
}) => {
  const { page, writer, story, draftUrl } = await storyInEditor(browser, server, admin, 'taken back');
  const draftStored = page.waitForResponse(
    (response) => response.request().method() === 'PUT' && response.url().endsWith(draftUrl),
  );
  await toEndOfBody(page);
  const typed = ' Not so.';
  await page.keyboard.type(typed);
  expect((await draftStored).ok()).toBe(true);
  expect((await writer.draft(story.id))?.fields.body).toContain('Not so.');

  const draftRemoved = page.waitForResponse(
    (response) => response.request().method() === 'DELETE' && response.url().endsWith(draftUrl),
  );
  for (let i = 0; i < typed.length; i++) await page.keyboard.press('Backspace');
  await page.getByTestId('editor-save').click();
  expect((await draftRemoved).ok()).toBe(true);
  await expectNoDraftLeft(page, writer, story.id);
  await writer.dispose();
  await page.context().close();
});

test('text typed while a draft is on its way is kept when the editor leaves at once', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'ar');
  const item = await admin.ingest({
    headline: uniqueHeadline('ar', 'مسودة بطيئة'),
    body: '<p>نص الوكالة كما وصل.</p>',
    language: 'ar',
  });
  const writer = await ApiUser.login(server.url, 'editor');
  const page = await signIn(browser, server.url, 'editor', `/items/${item.id}/edit`);
  await expect(page.getByTestId('story-editor')).toHaveAttribute('data-mode', 'editing');

  // The first draft's request is held, as on a slow connection, until the editor has left the page.
  const draftUrl = `/api/items/${item.id}/draft`;
  let releaseFirst!: () => void;
  const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
  let puts = 0;
  await page.route(`**${draftUrl}`, async (route) => {
    if (route.request().method() === 'PUT' && ++puts === 1) await firstHeld;
    await route.continue();
  });
  const firstSent = page.waitForRequest(
    (request) => request.method() === 'PUT' && request.url().endsWith(draftUrl),
  );
  await toEndOfBody(page);
  await page.keyboard.type(' الجزء الأول.');
  await firstSent;
  await page.keyboard.type(' والجزء الثاني أثناء الحفظ.');
  await expect(page.getByTestId('story-body')).toContainText('أثناء الحفظ.');

  // Leaving asks first; leaving keeps everything as the draft, though the editor is gone before it goes up.
  await page.getByTestId('editor-close').click();
  await page.getByTestId('leave-confirm').click();
  await expect(page.getByTestId('story-editor')).toHaveCount(0);
  const secondStored = page.waitForResponse(
    (response) =>
      response.request().method() === 'PUT' &&
      response.url().endsWith(draftUrl) &&
      (response.request().postData() ?? '').includes('أثناء الحفظ'),
  );
  releaseFirst();
  expect((await secondStored).ok()).toBe(true);
  await expect
    .poll(async () => (await writer.draft(item.id))?.fields.body)
    .toContain('والجزء الثاني أثناء الحفظ.');
  expect(await browserCopiesOf(page, item.id)).toContain('والجزء الثاني أثناء الحفظ.');

  // Opened again, the whole text is offered back.
  await page.goto(`/items/${item.id}/edit`);
  await page.getByTestId('draft-restore').click();
  await expect(page.getByTestId('story-body')).toContainText('الجزء الأول. والجزء الثاني أثناء الحفظ.');
  expect(consoleProblems(page)).toEqual([]);
  await writer.dispose();
  await page.context().close();
});

test('a save that answers after its editor closed and the story opened again keeps the words typed since', async ({
  browser,
  server,
  admin,
}) => {
  const { page, writer, story, storyUrl, draftUrl } = await storyInEditor(
    browser,
    server,
    admin,
    'save after close',
  );

  // The save is held until the editor has closed, the story has opened again in the same tab (the closing
  // editor's words offered back as its draft) and more has been typed there, with the server out of reach: the
  // browser's copy is the only one of the newer words.
  const { releaseSave, versionSaved } = await saveHeldAcrossReopen(page, storyUrl, draftUrl, {
    beforeSave: ' The minister spoke.',
  });
  await toEndOfBody(page);
  await page.keyboard.type(' He said more.');
  const browserCopies = () => browserCopiesOf(page, story.id);
  await expect.poll(browserCopies).toContain('He said more.');

  // The old editor's save answers: it removes the draft it made a version (its request says it has handled the
  // answer), and leaves the newer words' copy alone.
  const oldDraftRemoved = page.waitForRequest(
    (request) => request.method() === 'DELETE' && request.url().endsWith(draftUrl),
  );
  releaseSave();
  expect((await versionSaved).status()).toBe(200);
  await oldDraftRemoved;
  expect(await browserCopies()).toContain('He said more.');
  expect((await writer.item(story.id)).body).toContain('The minister spoke.');

  // Reloaded, the newer words are offered back.
  await page.reload();
  await page.getByTestId('draft-restore').click();
  await expect(page.getByTestId('story-body')).toContainText('The minister spoke. He said more.');
  await writer.dispose();
  await page.context().close();
});

test('a closed editor whose save answers late sends nothing of its own over the next editor of the story', async ({
  browser,
  server,
  admin,
}) => {
  const { page, writer, story, storyUrl, draftUrl } = await storyInEditor(
    browser,
    server,
    admin,
    'typed, closed, saved late',
  );
  // Saved, then more typed while the save is held: the closing editor keeps both as its draft.
  const { releaseSave, versionSaved, draftsSent } = await saveHeldAcrossReopen(page, storyUrl, draftUrl, {
    beforeSave: ' The minister spoke.',
    duringSave: ' Then the closing words.',
  });
  await toEndOfBody(page);
  await page.keyboard.type(' Newest words.');
  await expect.poll(() => browserCopiesOf(page, story.id)).toContain('Newest words.');

  // The old save answers; the open editor shows the new version. The closed editor wrote no copy or draft of its
  // older text over the newest words (its words after the save were kept as it closed).
  await expect(page.getByTestId('editor-version')).toHaveText('Version 1');
  releaseSave();
  expect((await versionSaved).status()).toBe(200);
  await expect(page.getByTestId('editor-version')).toHaveText('Version 2');
  expect(await browserCopiesOf(page, story.id)).toContain('Newest words.');
  expect(draftsSent.filter((body) => !body.includes('Newest words.'))).toEqual([]);
  expect((await writer.item(story.id)).body).not.toContain('closing words');
  await writer.dispose();
  await page.context().close();
});

test("one user's two windows: taking the story over never writes over the other window's last words, and each window's text is offered", async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'ar');
  const headline = uniqueHeadline('ar', 'نافذتان');
  const item = await admin.ingest({ headline, body: '<p>نص الوكالة كما وصل.</p>', language: 'ar' });
  const layla = await ApiUser.login(server.url, 'editor');
  const draftUrl = `/api/items/${item.id}/draft`;
  const isDraftPut = (request: { method(): string; url(): string }) =>
    request.method() === 'PUT' && request.url().endsWith(draftUrl);

  // Window one (the office machine) types a headline; its drafts are held, as on a slow connection.
  const one = await signIn(browser, server.url, 'editor', `/items/${item.id}/edit`);
  await expect(one.getByTestId('lease-mine')).toBeVisible();
  const releaseOne = await holdRequests(one, draftUrl, 'PUT');
  const fromOne = `${headline} — من النافذة الأولى`;
  await one.locator('#story-headline').fill(fromOne);
  await toEndOfBody(one);
  await one.keyboard.type(' وآخر كلمات النافذة الأولى.');

  // Window two (a laptop: another browser) takes the story over before window one's words reach the server,
  // and types its own.
  const two = await signIn(browser, server.url, 'editor', `/items/${item.id}/edit`);
  await two.getByTestId('lease-notice').getByTestId('lease-take-over').click();
  await expect(two.getByTestId('lease-mine')).toBeVisible();
  await expect(two.getByTestId('draft-offer')).toHaveCount(0);
  await expect(one.getByTestId('lease-notice')).toHaveAttribute('data-lease', 'lost');
  const fromTwo = `${headline} — من النافذة الثانية`;
  const twoStored = two.waitForResponse((response) => isDraftPut(response.request()) && response.ok());
  await two.locator('#story-headline').fill(fromTwo);
  await twoStored;

  // Window one's words arrive now, late: kept beside window two's text, not over it (nor under it).
  const oneStored = one.waitForResponse((response) => isDraftPut(response.request()) && response.ok());
  releaseOne();
  await oneStored;
  expect((await layla.drafts(item.id)).map((draft) => draft.fields.headline)).toEqual([fromOne, fromTwo]);

  // A third window opens it: both texts are offered, the newest first, each with its headline.
  const three = await signIn(browser, server.url, 'editor', `/items/${item.id}/edit`);
  await three.getByTestId('lease-notice').getByTestId('lease-take-over').click();
  const offer = three.getByTestId('draft-offer');
  await expect(offer).toHaveAttribute('data-count', '2');
  const choices = offer.getByTestId('draft-offer-choice');
  await expect(choices.nth(0)).toContainText(fromOne);
  await expect(choices.nth(1)).toContainText(fromTwo);
  await expect(choices.nth(0)).toContainText('نافذة أخرى');
  // Texts cut short differ at their end: each choice shows its last words.
  await expect(choices.nth(0).getByTestId('draft-offer-ending')).toContainText('وآخر كلمات النافذة الأولى.');
  await expect(choices.nth(1).getByTestId('draft-offer-ending')).toHaveText('نص الوكالة كما وصل.');
  await expectAccessible(three, 'editor, drafts of two windows (ar)');
  await shot(three, 'ar', 'editor-drafts-two-windows');

  // It takes window two's text and saves it. Window two, which had nothing new to send as it lost the story,
  // sent nothing; the save removes the draft whose text it took, and window one's, not picked, stays.
  await choices.nth(1).getByTestId('draft-restore').click();
  await expect(three.locator('#story-headline')).toHaveValue(fromTwo);
  await expect(two.getByTestId('lease-notice')).toHaveAttribute('data-lease', 'lost');
  const versionSaved = three.waitForResponse(
    (response) => response.request().method() === 'PATCH' && response.url().endsWith(`/api/items/${item.id}`),
  );
  await three.getByTestId('editor-save').click();
  expect((await versionSaved).status()).toBe(200);
  await expect(three.getByTestId('autosave-status')).toHaveAttribute('data-state', 'clean');
  expect((await layla.drafts(item.id)).map((draft) => draft.fields.headline)).toEqual([fromOne]);
  // Opened again, window one's text is offered alone; discarded, nothing is left.
  await three.reload();
  await expect(three.getByTestId('draft-offer')).toHaveAttribute('data-count', '1');
  await expect(three.getByTestId('draft-offer-ending')).toContainText('وآخر كلمات النافذة الأولى.');
  await three.getByTestId('draft-discard').click();
  await expect.poll(async () => (await layla.drafts(item.id)).length).toBe(0);
  for (const page of [one, two, three]) expect(consoleProblems(page)).toEqual([]);
  await layla.dispose();
  for (const page of [one, two, three]) await page.context().close();
});

test("a draft begun before someone else's save brings back only its own changes, and saving over theirs keeps theirs", async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'ar');
  const headline = uniqueHeadline('ar', 'عنوان الوكالة');
  const item = await admin.ingest({ headline, body: '<p>نص الوكالة كما وصل.</p>', language: 'ar' });
  // Accepted and assigned: the item's version (its ETag) moves on, the story's text stays version 1. A draft
  // that took the one for the other restored over the wrong version, or none (QA).
  const layla = await ApiUser.login(server.url, 'editor');
  await admin.action(item.id, 'accept');
  await admin.action(item.id, 'assign', { assignee: layla.id });
  await layla.dispose();

  // Layla adds to the body; her draft reaches the server; she leaves without saving.
  const first = await signIn(browser, server.url, 'editor', `/items/${item.id}/edit`);
  await expect(first.getByTestId('story-editor')).toHaveAttribute('data-mode', 'editing');
  await toEndOfBody(first);
  await first.keyboard.type(' وإضافة ليلى.');
  await expect(first.getByTestId('autosave-status')).toHaveAttribute('data-state', 'saved');
  await first.getByTestId('editor-close').click();
  await first.getByTestId('leave-confirm').click();
  await expect(first.getByTestId('story-editor')).toHaveCount(0);
  await first.context().close();

  // The desk corrects only the headline, and saves version 2.
  const corrected = `${headline} — تصحيح المكتب`;
  await admin.patch(item.id, { headline: corrected });

  // Layla comes back: her draft is offered; restored, it brings her body and keeps the desk's headline.
  const page = await signIn(browser, server.url, 'editor', `/items/${item.id}/edit`);
  await page.getByTestId('draft-restore').click();
  await expect(page.getByTestId('story-body')).toContainText('وإضافة ليلى.');
  await expect(page.locator('#story-headline')).toHaveValue(corrected);
  // Saving compares first (the story moved on since her draft); saved over theirs, only her body goes.
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('editor-conflict')).toBeVisible();
  await page.getByTestId('editor-overwrite').click();
  await expect(page.getByTestId('autosave-status')).toHaveAttribute('data-state', 'clean');
  await expect.poll(async () => (await admin.item(item.id)).latestVersion).toBe(3);
  const saved = await admin.item(item.id);
  expect(saved.headline).toBe(corrected);
  expect(saved.body).toContain('وإضافة ليلى.');
  expect(consoleProblems(page)).toEqual([]);
  await page.context().close();
});

test('two people and a chief: B sees A editing and a read-only story; the chief takes over; A keeps their text as a draft; a stale save is refused', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor', 'chief'], 'ar');
  await setLocales(server.url, ['samir'], 'en');
  const headline = uniqueHeadline('ar', 'تولي التحرير');
  const item = await admin.ingest({ headline, body: '<p>نص الوكالة كما وصل.</p>', language: 'ar' });

  // A (Layla) opens the story for editing and types, without saving.
  const a = await signIn(browser, server.url, 'editor', `/items/${item.id}/edit`);
  await expect(a.getByTestId('lease-mine')).toBeVisible();
  const mine = `${headline} — ما كتبته ليلى`;
  await a.locator('#story-headline').fill(mine);
  await toEndOfBody(a);
  await a.keyboard.type(' وجملة لم تُحفظ بعد.');

  // B (Samir) opens it: "Layla is editing" at once, and the story read-only.
  const b = await signIn(browser, server.url, 'samir', `/items/${item.id}/edit`);
  await expect(b.getByTestId('story-editor')).toBeVisible();
  const bNotice = b.getByTestId('lease-notice');
  await expect(bNotice).toContainText(/ليلى حداد\W* is editing since/);
  await expect(bNotice).toContainText('Read only');
  await expect(b.locator('#story-headline')).toHaveAttribute('readonly', '');
  await expect(b.getByTestId('story-body')).toHaveAttribute('contenteditable', 'false');
  await expect(b.getByTestId('story-body')).toHaveAttribute('aria-readonly', 'true');
  await expect(b.getByTestId('editor-save')).toBeDisabled();
  // An editor may not take over from someone else.
  await expect(bNotice.getByTestId('lease-take-over')).toHaveCount(0);
  await expectAccessible(b, 'editor, read-only (en)');
  await shot(b, 'en', 'editor-someone-else-editing');

  // The chief takes over; A is told at once, read-only, and A's unsaved text is still there and kept.
  const chief = await signIn(browser, server.url, 'chief', `/items/${item.id}/edit`);
  const chiefNotice = chief.getByTestId('lease-notice');
  await expect(chiefNotice).toContainText('ليلى حداد');
  await chiefNotice.getByTestId('lease-take-over').click();
  await expect(chief.getByTestId('lease-mine')).toBeVisible();

  const aNotice = a.getByTestId('lease-notice');
  await expect(aNotice).toHaveAttribute('data-lease', 'lost');
  await expect(aNotice).toContainText('رامي ناصر');
  await expect(a.locator('#story-headline')).toHaveValue(mine);
  await expect(a.locator('#story-headline')).toHaveAttribute('readonly', '');
  await expect(a.getByTestId('story-body')).toContainText('وجملة لم تُحفظ بعد.');
  await expect(a.getByTestId('editor-save')).toBeDisabled();
  const layla = await ApiUser.login(server.url, 'editor');
  await expect.poll(async () => (await layla.draft(item.id))?.fields.headline).toBe(mine);
  expect((await layla.draft(item.id))?.fields.body).toContain('وجملة لم تُحفظ بعد.');
  await expectAccessible(a, 'editor, taken over (ar)');
  await shot(a, 'ar', 'editor-taken-over');

  // B follows live: the chief is editing now.
  await expect(bNotice).toContainText(/رامي ناصر\W* is editing since/);

  // A's stale save (A's tab, A's version) is refused, never applied.
  const stale = await a.evaluate(
    async ({ id, version }) => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const response = await fetch(`/api/items/${id}`, {
        method: 'PATCH',
        headers: {
          'content-type': 'application/json',
          'if-match': `"${version}"`,
          'x-edit-tab': sessionStorage.getItem('mirsad.editTab') ?? '',
          'x-csrf-token': session.csrfToken,
        },
        body: JSON.stringify({ headline: 'حفظ متأخر' }),
      });
      return {
        status: response.status,
        code: ((await response.json()) as { error: { code: string } }).error.code,
      };
    },
    { id: item.id, version: item.version },
  );
  expect(stale).toEqual({ status: 409, code: 'lease.held' });
  const now: Item = await admin.item(item.id);
  expect(now.headline).toBe(headline);
  expect(now.latestVersion).toBe(1);

  for (const page of [a, b, chief]) expect(consoleProblems(page)).toEqual([]);
  await layla.dispose();
  for (const page of [a, b, chief]) await page.context().close();
});

/** Pastes into the story's body as the browser would (a paste event carrying the clipboard's data). */
async function paste(page: Page, data: { html?: string; text?: string }): Promise<void> {
  await page.evaluate(({ html, text }) => {
    const transfer = new DataTransfer();
    if (html !== undefined) transfer.setData('text/html', html);
    if (text !== undefined) transfer.setData('text/plain', text);
    document
      .querySelector('[data-testid=story-body]')!
      .dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
  }, data);
}

test('bad input gets a clear message or a clean result, and nothing already saved is lost', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'en');
  const headline = uniqueHeadline('en', 'bad input');
  const original = '<p>The agency copy as it came in.</p>';
  const item = await admin.ingest({ headline, body: original, language: 'en' });
  const stored = await admin.item(item.id);
  const page = await signIn(browser, server.url, 'editor', `/items/${item.id}/edit`);
  await expect(page.getByTestId('lease-mine')).toBeVisible();
  const body = page.getByTestId('story-body');
  const note = page.getByTestId('editor-note');
  await toEndOfBody(page);

  // A body of 300,000 characters: refused whole, with the numbers; nothing is inserted or cut.
  await paste(page, { text: 'x'.repeat(300_000) });
  await expect(note).toContainText('Nothing pasted');
  await expect(note).toContainText('100,000');
  await expect(body).toHaveText('The agency copy as it came in.');

  // A 5 MB web page: measured before it is parsed, refused as well.
  const block = `<div class="c" style="color:red"><p>${'word '.repeat(200)}</p><img src="https://x.test/a.png"><script>window.__pwned=1</script></div>`;
  const page5mb = `<html><head><style>p{}</style><script>window.__pwned=1</script></head><body>${block.repeat(Math.ceil(5_000_000 / block.length))}</body></html>`;
  expect(page5mb.length).toBeGreaterThan(5_000_000);
  await toEndOfBody(page);
  await paste(page, { html: page5mb, text: 'ignored' });
  await expect(note).toContainText('Nothing pasted');
  await expect(body).toHaveText('The agency copy as it came in.');

  // A web page with an image, a script, a table, styles and unbalanced markup: a clean result, and the editor
  // is told what was left out.
  await toEndOfBody(page);
  await paste(page, {
    html:
      '<p style="font-family:Arial">Pasted <b>bold <i>and italic</p><img src="https://x.test/a.png" onerror="window.__pwned=1">' +
      '<script>window.__pwned=1</script><table><tr><td>cell</td></tr></table><ul><li>an item',
  });
  await expect(note).toContainText('Pasted as clean text');
  // The unclosed <b> runs on, as every browser parses it; the result is still only story elements.
  await expect(body.locator('strong').first()).toContainText('bold');
  await expect(body.locator('li')).toHaveText('an item');
  await expect(body).toContainText('cell');
  await expect(body.locator('img, script, table, [style]')).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as Record<string, unknown>)['__pwned']),
  ).toBeUndefined();

  // A bidi override in the headline is removed, and the editor is told; a headline over its hard limit stays as
  // typed and the save is refused with the reason.
  const headlineField = page.locator('#story-headline');
  await headlineField.fill('Invoice \u202egpj.exe');
  await expect(headlineField).toHaveValue('Invoice gpj.exe');
  await expect(note).toContainText('Removed hidden controls');
  const long = `${'Long headline '.repeat(40)}end`;
  await headlineField.fill(long);
  await expect(headlineField).toHaveValue(long);
  await expect(page.getByTestId('headline-counts').locator('..')).toHaveAttribute('data-limit', 'hard');
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('editor-error')).toContainText('Headline is longer than 500 characters');
  const unchanged = await admin.item(item.id);
  expect(unchanged.latestVersion).toBe(stored.latestVersion);
  expect(unchanged.body).toBe(stored.body);
  await shot(page, 'en', 'editor-bad-input');

  // Leaving with unsaved changes asks first; staying keeps everything, leaving keeps it as the draft.
  await page.getByTestId('editor-close').click();
  const leave = page.getByTestId('leave-dialog');
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Stay' }).click();
  await expect(headlineField).toHaveValue(long);
  await page.getByTestId('editor-close').click();
  await page.getByTestId('leave-confirm').click();
  await expect(page.getByTestId('item-pane')).toBeVisible();
  const writer = await ApiUser.login(server.url, 'editor');
  await expect.poll(async () => (await writer.draft(item.id))?.fields.headline).toBe(long);
  expect(consoleProblems(page)).toEqual([]);
  await writer.dispose();
  await page.context().close();
});

/**
 * An English report accepted by the desk, then sent again by its agency with `updatedBody` (and " (updated)" after
 * its headline): the agency's copy waits to be taken. The editor reads the desk in English.
 */
async function reportWithAgencyUpdate(server: DemoServer, admin: ApiUser, tag: string, updatedBody: string) {
  await setLocales(server.url, ['editor'], 'en');
  const headline = uniqueHeadline('en', tag);
  const guid = `update-${Date.now()}-${Math.random()}`;
  const item = await admin.ingest({ headline, body: '<p>First copy.</p>', language: 'en', guid });
  await admin.action(item.id, 'accept');
  const updated = await admin.ingest({
    headline: `${headline} (updated)`,
    body: updatedBody,
    language: 'en',
    guid,
  });
  expect(updated.wireUpdate).not.toBeNull();
  return { item, headline };
}

test("the agency's update to a report someone works on is offered in the editor, and taken as a version", async ({
  browser,
  server,
  admin,
}) => {
  const { item, headline } = await reportWithAgencyUpdate(
    server,
    admin,
    'agency update',
    '<p>Second copy, with the death toll.</p>',
  );

  const page = await signIn(browser, server.url, 'editor', `/items/${item.id}/edit`);
  await expect(page.getByTestId('lease-mine')).toBeVisible();
  const notice = page.getByTestId('wire-update-notice');
  await expect(notice).toContainText('The agency updated this report.');
  // While the agency's copy is being taken (held here, as on a slow connection) the text cannot be typed in: it
  // is about to be replaced, and words typed meanwhile would go with it.
  const releaseTake = await holdRequests(page, `/api/items/${item.id}/wire-update/take`);
  const taken = page.waitForResponse((response) => response.url().endsWith('/wire-update/take'));
  await notice.getByTestId('wire-update-take').click();
  await expect(page.getByTestId('story-body')).toHaveAttribute('contenteditable', 'false');
  await expect(page.locator('#story-headline')).toHaveAttribute('readonly', '');
  await expect(page.getByTestId('editor-save')).toBeDisabled();
  // Nor does Ctrl+S save meanwhile (with nothing typed, a save would remove the draft: a DELETE).
  const saves: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (['PATCH', 'DELETE'].includes(request.method()) && url.includes(`/api/items/${item.id}`))
      saves.push(`${request.method()} ${url}`);
  });
  await page.keyboard.press('Control+s');
  releaseTake();
  expect((await taken).status()).toBe(200);
  await expect(page.getByTestId('story-body')).toHaveText('Second copy, with the death toll.');
  await expect(page.getByTestId('story-body')).toHaveAttribute('contenteditable', 'true');
  expect(saves).toEqual([]);
  await expect(page.locator('#story-headline')).toHaveValue(`${headline} (updated)`);
  await expect(notice).toHaveCount(0);
  const now = await admin.item(item.id);
  expect(now.wireUpdate).toBeNull();
  expect(now.body).toContain('Second copy');
  expect(now.latestVersion).toBe(item.latestVersion + 1);
  await page.context().close();
});

test("the agency's copy taken as its editor closes keeps the words typed in this tab's next editor of the story", async ({
  browser,
  server,
  admin,
}) => {
  const { item } = await reportWithAgencyUpdate(server, admin, 'update taken late', '<p>Second copy.</p>');

  // No live stream on this page: the only news of the taken copy is the take's own answer, so the editor's
  // version number moving says the closed editor has had it (it writes the answer to the caches first).
  const context = await browser.newContext({ baseURL: server.url });
  await context.request.post('/api/session', { data: { username: 'editor', password: DEMO_PASSWORD } });
  const page = await context.newPage();
  await page.route('**/api/events/stream**', (route) => route.abort());
  await page.goto(`/items/${item.id}/edit`);
  await expect(page.getByTestId('lease-mine')).toBeVisible();

  const releaseTake = await holdRequests(page, `/api/items/${item.id}/wire-update/take`);
  const taken = page.waitForResponse((response) => response.url().endsWith('/wire-update/take'));
  await page.getByTestId('wire-update-take').click();
  await page.getByTestId('editor-close').click();
  await expect(page.getByTestId('story-editor')).toHaveCount(0);

  // Opened again in the same tab, and words typed with the server out of reach.
  await page.goBack();
  await expect(page.getByTestId('lease-mine')).toBeVisible();
  await page.route(`**/api/items/${item.id}/draft`, (route) =>
    route.request().method() === 'PUT' ? route.abort() : route.continue(),
  );
  const version = await page.getByTestId('editor-version').textContent();
  await toEndOfBody(page);
  await page.keyboard.type(' Newer words.');
  await expect.poll(() => browserCopiesOf(page, item.id)).toContain('Newer words.');

  releaseTake();
  expect((await taken).status()).toBe(200);
  await expect(page.getByTestId('editor-version')).not.toHaveText(version ?? '');
  expect(await browserCopiesOf(page, item.id)).toContain('Newer words.');
  await page.context().close();
});

test('a story reassigned while its editor types: read only, who has it now, and the typed words kept as a draft', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['huda'], 'en');
  const item = await admin.ingest({ headline: uniqueHeadline('en', 'reassigned'), language: 'en' });
  const huda = await ApiUser.login(server.url, 'huda');
  const samir = await ApiUser.login(server.url, 'samir');
  await admin.action(item.id, 'accept');
  await admin.action(item.id, 'assign', { assignee: huda.id });
  const page = await signIn(browser, server.url, 'huda', `/items/${item.id}/edit`);
  await expect(page.getByTestId('lease-mine')).toBeVisible();
  await toEndOfBody(page);
  await page.keyboard.type(' A sentence Huda never saved.');
  await expect(page.getByTestId('autosave-status')).toHaveAttribute('data-state', 'saved');

  await admin.action(item.id, 'assign', { assignee: samir.id });
  const notice = page.getByTestId('editor-read-only');
  await expect(notice).toContainText('Read only.');
  await expect(notice).toContainText('It is now assigned to');
  await expect(notice).toContainText('سمير');
  await expect(notice).toContainText('What you typed is kept as your own draft');
  const draft = await huda.context.get(`/api/items/${item.id}/draft`);
  expect(await draft.text()).toContain('A sentence Huda never saved.');
  await huda.dispose();
  await samir.dispose();
  await page.context().close();
});

test('a reviewer who corrected the text and left it unsaved is asked before approving without it', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['reviewer'], 'ar');
  const item = await admin.ingest({
    headline: uniqueHeadline('ar', 'تصحيح قبل الاعتماد'),
    body: '<p>نص فيه خطأ قانوني.</p>',
    language: 'ar',
  });
  const editor = await ApiUser.login(server.url, 'editor');
  await admin.action(item.id, 'accept');
  await admin.action(item.id, 'assign', { assignee: editor.id });
  await admin.action(item.id, 'submit');
  const reviewer = await ApiUser.login(server.url, 'reviewer');

  // The reviewer corrects the text in the editor, and leaves it unsaved: a draft.
  const page = await signIn(browser, server.url, 'reviewer', `/items/${item.id}/edit`);
  await expect(page.getByTestId('lease-mine')).toBeVisible();
  await toEndOfBody(page);
  await page.keyboard.type(' والعبارة المصححة.');
  await expect(page.getByTestId('autosave-status')).toHaveAttribute('data-state', 'saved');
  await page.getByTestId('editor-close').click();
  await page.getByTestId('leave-confirm').click();

  // Approving from the item pane asks first: the correction is not in what would be approved.
  await page.getByTestId('action-bar').locator('[data-action=approve]').click();
  const question = page.getByTestId('unsaved-draft-dialog');
  await expect(question).toBeVisible();
  await expect(question).toContainText('«إجازة»');
  expect((await admin.item(item.id)).status).toBe('in_review');
  await expectAccessible(page, 'unsaved draft question (ar)');
  await shot(page, 'ar', 'workflow-unsaved-draft');
  // "Open the editor" goes back to the text, with the correction offered.
  await question.getByTestId('unsaved-draft-open').click();
  await expect(page.getByTestId('draft-offer')).toBeVisible();
  await page.getByTestId('draft-restore').click();
  await expect(page.getByTestId('story-body')).toContainText('والعبارة المصححة.');
  await page.getByTestId('editor-close').click();
  await page.getByTestId('leave-confirm').click();

  // Told, they may still go on without it: approved as saved, and the draft stays theirs.
  await page.getByTestId('action-bar').locator('[data-action=approve]').click();
  await page.getByTestId('unsaved-draft-go-on').click();
  await expect.poll(async () => (await admin.item(item.id)).status).toBe('approved');
  expect((await admin.item(item.id)).body).not.toContain('المصححة');
  expect((await reviewer.draft(item.id))?.fields.body).toContain('والعبارة المصححة.');
  expect(consoleProblems(page)).toEqual([]);
  await reviewer.dispose();
  await editor.dispose();
  await page.context().close();
});

test('a draft holding markup that was never cleaned loads nothing and runs nothing as the editor weighs it', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'en');
  const item = await admin.ingest({ headline: uniqueHeadline('en', 'inert draft'), language: 'en' });
  // A draft is stored as typed (it is cleaned when saved as a version): here, as a hostile client would send it.
  const writer = await ApiUser.login(server.url, 'editor');
  const stored = await writer.context.put(`/api/items/${item.id}/draft`, {
    data: {
      tabId: writer.tab,
      baseVersion: item.version,
      fields: { body: '<p>Kept text.</p><img src="/draft-probe.png" onerror="document.title=1">' },
    },
    headers: { 'x-csrf-token': writer.csrfToken },
  });
  expect(stored.ok()).toBe(true);
  const page = await signIn(browser, server.url, 'editor', '/');
  const probes: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('draft-probe')) probes.push(request.url());
  });
  await page.goto(`/items/${item.id}/edit`);
  await expect(page.getByTestId('draft-offer')).toBeVisible();
  await page.getByTestId('draft-restore').click();
  await expect(page.getByTestId('story-body')).toContainText('Kept text.');
  // Nothing was fetched (an image made in the page's document loads even detached) and nothing ran.
  expect(probes).toEqual([]);
  expect(await page.title()).not.toBe('1');
  // Chromium reports the handler attribute as refused by the CSP as soon as the markup is parsed, even by a
  // DOMParser or a document of its own, where nothing can run (tried on a bare page: three reports, title
  // unchanged). Those reports are the parsing, not an execution; anything else is a problem.
  expect(
    consoleProblems(page).filter((problem) => !problem.startsWith('Executing inline event handler')),
  ).toEqual([]);
  await writer.dispose();
  await page.context().close();
});

test('signing out moments after typing keeps the words as a draft, gives the story back, and is not called an ended session', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'en');
  const item = await admin.ingest({ headline: uniqueHeadline('en', 'sign out'), language: 'en' });
  const page = await signIn(browser, server.url, 'editor', `/items/${item.id}/edit`);
  await expect(page.getByTestId('lease-mine')).toBeVisible();
  await toEndOfBody(page);
  await page.keyboard.type(' Words typed just before signing out.');
  // Signed out at once, before the autosave's few seconds are up.
  await page.getByTestId('user-menu').click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByText('Your session has ended', { exact: false })).toHaveCount(0);
  // The server has the words: this browser (a shared computer, perhaps) keeps no copy of them.
  expect(await browserCopiesOf(page, item.id)).toBe('');

  // On another machine: the words are offered back, and the story is free to edit at once.
  const writer = await ApiUser.login(server.url, 'editor');
  expect((await writer.draft(item.id))?.fields.body).toContain('Words typed just before signing out.');
  await writer.lease(item.id);
  await writer.dispose();
  expect(consoleProblems(page)).toEqual([]);
  await page.context().close();
});

test('signing out with the server out of reach for drafts keeps the words in this browser, offered at the next sign-in', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'en');
  const item = await admin.ingest({ headline: uniqueHeadline('en', 'sign out offline'), language: 'en' });
  const page = await signIn(browser, server.url, 'editor', `/items/${item.id}/edit`);
  await expect(page.getByTestId('lease-mine')).toBeVisible();
  await page.route(`**/api/items/${item.id}/draft`, (route) =>
    route.request().method() === 'PUT' ? route.abort() : route.continue(),
  );
  await toEndOfBody(page);
  await page.keyboard.type(' Words the server never got.');
  await page.getByTestId('user-menu').click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  // The browser's copy is the only one: it stays.
  expect(await browserCopiesOf(page, item.id)).toContain('Words the server never got.');

  // Signed in again in this browser, the words are offered back.
  await page
    .context()
    .request.post('/api/session', { data: { username: 'editor', password: DEMO_PASSWORD } });
  await page.goto(`/items/${item.id}/edit`);
  await page.getByTestId('draft-restore').click();
  await expect(page.getByTestId('story-body')).toContainText('Words the server never got.');
  await page.context().close();
});
