/**
 * Stories over time, in Arabic and in English: versions compared word by word and restored (the wire original is
 * version 1), who is editing shown live in the queue and the pane, a reviewer's preview of exactly what goes out
 * with its differences from what is published, a correction and its republication with a note, a kill's Atom
 * tombstone and ninjs "canceled", an agency's update flagged with its difference, and the ways into a new story.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import type { Item } from '#shared/schemas/items.ts';
import type { VersionSummary } from '#shared/schemas/stories.ts';
import { ApiUser } from '../src/test-support/api-user.ts';
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

const LOCALES = ['ar', 'en'] as const satisfies readonly Locale[];
const language = (locale: Locale) => (locale === 'ar' ? 'Arabic' : 'English');

/** The words each journey writes, in its language. */
const TEXT = {
  ar: {
    body: '<p>وقّع وزيرا الطاقة اتفاقية لتوريد الغاز لمدة عشر سنوات.</p><p>وقال مسؤول إن التنفيذ يبدأ العام المقبل.</p>',
    editedBody:
      '<p>وقّع وزيرا الطاقة اليوم اتفاقية لتوريد الغاز لمدة خمس عشرة سنة.</p><p>وقال مسؤول إن التنفيذ يبدأ العام المقبل.</p>',
    deleted: 'عشر',
    inserted: 'اليوم',
    later: '<p>فقرة أضافها محرر آخر.</p>',
    killReason: 'الأرقام الواردة غير دقيقة؛ سيصدر خبر مصحح.',
    note: 'صُحّح عدد السنوات.',
    newHeadline: 'قصة جديدة من المكتب عن ممر النقل',
    restoredTimeline: 'استُعيدت النسخة 1 نسخةً 4',
  },
  en: {
    body: '<p>The energy ministers signed a ten-year gas supply agreement.</p><p>An official said work starts next year.</p>',
    editedBody:
      '<p>The energy ministers today signed a fifteen-year gas supply agreement.</p><p>An official said work starts next year.</p>',
    deleted: 'ten',
    inserted: 'today',
    later: '<p>A paragraph another editor added.</p>',
    killReason: 'The figures were wrong; a corrected story follows.',
    note: 'The length of the agreement was corrected.',
    newHeadline: 'A new desk story about the transport corridor',
    restoredTimeline: 'Restored version 1 as version 4',
  },
} as const;

const tabId = () => `e2e-${Math.random().toString(36).slice(2, 14)}`;

/**
 * Saves a version as an editor would, outside the browser: takes the lease for a tab of its own, saves with
 * If-Match and X-Edit-Tab, gives the lease back.
 */
async function saveVersion(user: ApiUser, id: number, patch: Record<string, unknown>): Promise<Item> {
  const tab = tabId();
  const headers = { 'x-csrf-token': user.csrfToken };
  const lease = await user.context.post(`/api/items/${id}/lease`, { data: { tabId: tab }, headers });
  expect(lease.ok(), await lease.text()).toBe(true);
  const current = await user.item(id);
  const saved = await user.context.patch(`/api/items/${id}`, {
    data: patch,
    headers: { ...headers, 'if-match': `"${current.version}"`, 'x-edit-tab': tab },
  });
  expect(saved.ok(), await saved.text()).toBe(true);
  await user.context.delete(`/api/items/${id}/lease`, { data: { tabId: tab }, headers });
  return (await saved.json()) as Item;
}

async function versionsOf(request: APIRequestContext, id: number): Promise<VersionSummary[]> {
  return ((await (await request.get(`/api/items/${id}/versions`)).json()) as { versions: VersionSummary[] })
    .versions;
}

const EDITOR_URL = /\/items\/(\d+)\/edit$/;

/** The story the page landed on in the editor (its address is all this suite asserts of the editor). */
async function landedId(page: Page): Promise<number> {
  await expect(page).toHaveURL(EDITOR_URL);
  return Number(EDITOR_URL.exec(page.url())![1]);
}

async function sourcesOf(page: Page, id: number): Promise<number[]> {
  const body = (await (await page.request.get(`/api/items/${id}/sources`)).json()) as { items: Item[] };
  return body.items.map((item) => item.id);
}

function pane(page: Page) {
  return page.getByTestId('item-pane');
}

async function expectStatus(page: Page, status: string): Promise<void> {
  await expect(pane(page).locator('[data-status]').first()).toHaveAttribute('data-status', status);
}

for (const locale of LOCALES) {
  test(`versions in ${language(locale)}: compare version 1 (wire) with the latest shows the inserted and deleted words; restore works`, async ({
    browser,
    server,
    admin,
  }) => {
    await setLocales(server.url, ['samir'], locale);
    const text = TEXT[locale];
    const headline = uniqueHeadline(locale, 'versions');
    const wire = await admin.ingest({ headline, body: text.body, language: locale });
    const huda = await ApiUser.login(server.url, 'huda');
    const editedHeadline = `${headline} (2)`;
    await saveVersion(huda, wire.id, { headline: editedHeadline, body: text.editedBody });
    await saveVersion(huda, wire.id, { summary: locale === 'ar' ? 'موجز أضيف.' : 'A summary added.' });

    const page = await signIn(browser, server.url, 'samir', `/items/${wire.id}`);
    await expect(pane(page).locator('#item-headline')).toHaveText(editedHeadline);
    const versions = pane(page).getByTestId('versions');
    await expect(versions.getByTestId('version')).toHaveCount(3);
    const original = versions.locator('[data-version="1"]');
    await expect(original).toContainText(locale === 'ar' ? 'أصل الوكالة' : 'Agency original');
    await expect(versions.locator('[data-version="2"]')).toContainText('هدى العلي');

    // Version 1 beside the latest, reached by keyboard: the button takes focus, Enter opens the comparison.
    await original.getByTestId('compare-version').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('compare-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('compare-before')).toHaveValue('1');
    await expect(dialog.getByTestId('compare-after')).toHaveValue('3');
    const body = dialog.locator('[data-field=body]');
    await expect(body.locator('[data-side=before] del', { hasText: text.deleted }).first()).toBeVisible();
    await expect(body.locator('[data-side=after] ins', { hasText: text.inserted }).first()).toBeVisible();
    // Each paragraph apart, each laid out by its own direction.
    await expect(body.locator('[data-side=after] p')).toHaveCount(2);
    await expect(body.locator('[data-side=after] p').first()).toHaveAttribute(
      'dir',
      locale === 'ar' ? 'rtl' : 'ltr',
    );
    // Marked for a screen reader too, not by colour alone.
    await expect(body.locator('[data-side=after] ins').first()).toContainText(
      locale === 'ar' ? '[مضاف: ' : '[inserted: ',
    );
    await expect(dialog.locator('[data-field=headline] [data-side=after] ins')).toContainText('2');
    await shot(page, locale, 'versions-compare');
    await expectAccessible(page, `compare view (${locale})`);

    // Any two versions: choose 2 and 3.
    await dialog.getByTestId('compare-before').selectOption('2');
    await expect(dialog.locator('[data-field=body]')).toContainText(
      locale === 'ar' ? 'بلا تغيير' : 'unchanged',
    );
    await expect(dialog.locator('[data-field=summary] [data-side=after] ins')).toBeVisible();
    await dialog.getByTestId('compare-before').selectOption('1');
    // Escape closes it and gives focus back to where it was opened; Enter opens it again.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(original.getByTestId('compare-version')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.getByTestId('compare-before')).toHaveValue('1');

    // Restore version 1: a new version, equal to the wire original.
    await dialog.getByTestId('restore-version').click();
    await expect(dialog).toHaveCount(0);
    await expect(pane(page).locator('#item-headline')).toHaveText(headline);
    await expect(versions.getByTestId('version')).toHaveCount(4);
    await expect(versions.locator('[data-version="4"]')).toContainText(
      locale === 'ar' ? 'استعادة للنسخة 1' : 'Restored from version 1',
    );
    await expect(pane(page).getByTestId('timeline')).toContainText(text.restoredTimeline);
    const restored = await admin.item(wire.id);
    expect(restored.headline).toBe(headline);
    expect(restored.latestVersion).toBe(4);
    const summaries = await versionsOf(page.request, wire.id);
    expect(summaries[0]).toMatchObject({ number: 4, kind: 'restore', restoredFrom: 1 });
    // The restore took a lease for the moment and gave it back.
    expect(restored.lease).toBeNull();

    // Someone else saves: the list follows live (item.edited), without a reload.
    await saveVersion(huda, wire.id, { body: `${text.body}${text.later}` });
    await expect(versions.getByTestId('version')).toHaveCount(5);
    await shot(page, locale, 'versions-list');

    expect(consoleProblems(page)).toEqual([]);
    await huda.dispose();
    await page.context().close();
  });

  test(`who is editing in ${language(locale)}: live in the queue row and the pane, gone when the lease lapses`, async ({
    browser,
    server,
    admin,
  }) => {
    await setLocales(server.url, ['samir'], locale);
    const headline = uniqueHeadline(locale, 'lease');
    const source = `lease-${Date.now().toString(36)}`;
    const wire = await admin.ingest({ headline, source, language: locale, body: TEXT[locale].body });
    const page = await signIn(browser, server.url, 'samir', `/items/${wire.id}?source=${source}`);
    // The page's own clock, so that a lease can lapse without waiting a minute (the server is not asked).
    await page.clock.install();
    await page.reload();
    await expect(page.locator('[data-testid=connection-status][data-status=live]')).toBeVisible();
    const row = page.locator(`[data-testid=queue-row][data-item-id="${wire.id}"]`);
    await expect(pane(page).getByTestId('edit-link')).toBeVisible();
    await expect(pane(page).getByTestId('edit-link')).toHaveAttribute('href', `/items/${wire.id}/edit`);

    const huda = await ApiUser.login(server.url, 'huda');
    const tab = tabId();
    const headers = { 'x-csrf-token': huda.csrfToken };
    const taken = await huda.context.post(`/api/items/${wire.id}/lease`, { data: { tabId: tab }, headers });
    expect(taken.ok()).toBe(true);

    await expect(row.getByTestId('lease-note')).toContainText('هدى العلي');
    const note = pane(page).getByTestId('lease-note');
    await expect(note).toContainText('هدى العلي');
    await expect(note).toContainText(locale === 'ar' ? 'يحرّر القصة منذ' : 'is editing since');
    await expect(pane(page).getByTestId('edit-link')).toHaveCount(0);
    await shot(page, locale, 'lease-live');

    // Released: Edit comes back at once.
    await huda.context.delete(`/api/items/${wire.id}/lease`, { data: { tabId: tab }, headers });
    await expect(row.getByTestId('lease-note')).toHaveCount(0);
    await expect(pane(page).getByTestId('edit-link')).toBeVisible();

    // Taken again. While the stream is live the screen trusts the server (renewals send no event; the server's
    // sweep announces a lapse), so a minute on this page's clock changes nothing…
    await huda.context.post(`/api/items/${wire.id}/lease`, { data: { tabId: tab }, headers });
    await expect(note).toBeVisible();
    await page.clock.fastForward('01:05');
    await expect(note).toBeVisible();
    // …but cut off from the stream, the page drops a lease past its expiry by itself.
    await page.context().setOffline(true);
    await expect(page.locator('[data-testid=connection-status][data-status=live]')).toHaveCount(0);
    await expect(note).toHaveCount(0);
    await expect(pane(page).getByTestId('edit-link')).toBeVisible();
    // Back online, the server's word holds again: on its clock Huda's lease has not lapsed (only the page's
    // clock was moved), so she is shown editing until she lets go.
    await page.context().setOffline(false);
    await expect(page.locator('[data-testid=connection-status][data-status=live]')).toBeVisible();
    await expect(note).toBeVisible();
    await huda.context.delete(`/api/items/${wire.id}/lease`, { data: { tabId: tab }, headers });
    await expect(row.getByTestId('lease-note')).toHaveCount(0);
    await expect(pane(page).getByTestId('edit-link')).toBeVisible();
    await huda.dispose();
    await page.context().close();
  });

  test(`publishing in ${language(locale)}: a correction, the reviewer's preview with its differences, republished with a note; a kill leaves a tombstone`, async ({
    browser,
    server,
    admin,
  }) => {
    await setLocales(server.url, ['reviewer'], locale);
    const text = TEXT[locale];
    const headline = uniqueHeadline(locale, 'publish');
    const samir = await ApiUser.login(server.url, 'samir');
    const wire = await admin.ingest({ headline, body: text.body, language: locale });
    await admin.publish(wire.id, samir.id);

    // A published story changes only through a correction: back to an editor, chosen as in an assignment.
    const reviewer = await signIn(browser, server.url, 'reviewer', `/items/${wire.id}`);
    await expectStatus(reviewer, 'published');
    await expect(pane(reviewer).getByTestId('edit-link')).toHaveCount(0);
    await pane(reviewer).locator('[data-testid=action-bar] [data-action=correct]').click();
    const picker = reviewer.locator('dialog[open]');
    await expect(picker.getByRole('heading')).toHaveText(
      locale === 'ar' ? 'إعادة القصة للتصحيح: اختر محرراً' : 'Send back for a correction: choose an editor',
    );
    await picker.locator('input[data-username=samir]').check();
    await picker.locator('button[type=submit]').click();
    await expectStatus(reviewer, 'assigned');
    expect((await admin.item(wire.id)).assignee?.username).toBe('samir');

    // The editor corrects and submits; the reviewer's pane follows live.
    await saveVersion(samir, wire.id, { body: text.editedBody });
    await samir.action(wire.id, 'submit');
    await expectStatus(reviewer, 'in_review');

    const publication = pane(reviewer).getByTestId('publication');
    await expect(publication).toContainText(
      locale === 'ar' ? 'النشر الآن يرسل النسخة 2' : 'Publishing now sends out version 2',
    );
    await publication.getByTestId('publication-preview-open').click();
    const preview = reviewer.getByTestId('publication-preview');
    await expect(preview.getByTestId('preview-headline')).toHaveText(headline);
    await expect(preview.getByTestId('preview-body')).toContainText(text.inserted);
    await expect(
      preview.locator('[data-field=body] [data-side=before] del', { hasText: text.deleted }),
    ).toHaveCount(1);
    await expect(
      preview.locator('[data-field=body] [data-side=after] ins', { hasText: text.inserted }),
    ).toHaveCount(1);
    await shot(reviewer, locale, 'publication-preview');
    await expectAccessible(reviewer, `publication preview (${locale})`);
    await reviewer.keyboard.press('Escape');
    await expect(preview).toHaveCount(0);
    await expect(publication.getByTestId('publication-preview-open')).toBeFocused();

    // Approve, then publish again: an update of the same story, with a correction note for readers.
    await pane(reviewer).locator('[data-testid=action-bar] [data-action=approve]').click();
    await expectStatus(reviewer, 'approved');
    await pane(reviewer).locator('[data-testid=action-bar] [data-action=publish]').click();
    const noteDialog = reviewer.locator('dialog[open]');
    await noteDialog.locator('textarea').fill(text.note);
    await noteDialog.locator('button[type=submit]').click();
    await expectStatus(reviewer, 'published');
    const ninjs = (await (await reviewer.request.get(`/api/published/${wire.id}`)).json()) as Record<
      string,
      unknown
    >;
    expect(ninjs).toMatchObject({ version: '2', pubstatus: 'usable', ednote: text.note });
    await expect(pane(reviewer).getByTestId('timeline')).toContainText(text.note);

    // Kill: the reason dialog; the Atom feed keeps a tombstone, ninjs says canceled.
    await pane(reviewer).locator('[data-testid=action-bar] [data-action=kill]').click();
    const reason = reviewer.locator('dialog[open]');
    await reason.locator('textarea').fill(text.killReason);
    await reason.locator('button[type=submit]').click();
    await expectStatus(reviewer, 'killed');
    const atom = await (await reviewer.request.get('/feeds/published.atom')).text();
    expect(atom).toContain(`<at:deleted-entry ref="urn:mirsad:item:${wire.id}"`);
    expect(atom).not.toContain(`<id>urn:mirsad:item:${wire.id}</id>`);
    const canceled = (await (await reviewer.request.get(`/api/published/${wire.id}`)).json()) as {
      pubstatus: string;
      bodies: unknown[];
    };
    expect(canceled.pubstatus).toBe('canceled');
    expect(canceled.bodies).toEqual([]);
    const list = (await (await reviewer.request.get('/api/published')).json()) as {
      items: Array<{ uri: string; pubstatus: string }>;
    };
    expect(list.items.find((entry) => entry.uri.endsWith(`/api/published/${wire.id}`))?.pubstatus).toBe(
      'canceled',
    );

    expect(consoleProblems(reviewer)).toEqual([]);
    await samir.dispose();
    await reviewer.context().close();
  });

  test(`new stories in ${language(locale)}: from scratch, from a report, a near-duplicate group and a selection, each opened in the editor`, async ({
    browser,
    server,
    admin,
  }) => {
    await setLocales(server.url, ['editor'], locale);
    const source = `stories-${Date.now().toString(36)}`;
    const first = await admin.ingest({
      headline: uniqueHeadline(locale, 'source'),
      source,
      language: locale,
    });
    const second = await admin.ingest({
      headline: uniqueHeadline(locale, 'source'),
      source,
      language: locale,
    });
    // The same report from another agency: a near-duplicate group of two.
    const twin = await admin.ingest({ headline: first.headline, source: `${source}-b`, language: locale });
    expect((await admin.item(first.id)).clusterSize).toBe(2);
    // From scratch: "New story" in the queue's header asks for a headline.
    const page = await signIn(browser, server.url, 'editor', `/?source=${source}&collapse=false`);
    await page.getByTestId('new-story').click();
    const form = page.getByTestId('new-story-form');
    await expect(form.getByRole('textbox')).toBeFocused();
    await form.getByRole('textbox').fill(TEXT[locale].newHeadline);
    await shot(page, locale, 'new-story');
    // What this suite checks of the console ends where the editor page (e2e/editor.spec.ts) begins.
    expect(consoleProblems(page)).toEqual([]);
    await form.locator('button[type=submit]').click();
    const scratch = await landedId(page);
    const created = (await (await page.request.get(`/api/items/${scratch}`)).json()) as Item;
    expect(created).toMatchObject({ origin: 'desk', headline: TEXT[locale].newHeadline, language: locale });
    expect(created.assignee?.username).toBe('editor');

    // From one report, in the item pane.
    await page.goto(`/items/${second.id}?source=${source}&collapse=false`);
    await pane(page).getByTestId('item-entry').getByTestId('write-story').click();
    const fromOne = await landedId(page);
    expect(await sourcesOf(page, fromOne)).toEqual([second.id]);

    // From the near-duplicate group, in the pane's cluster section (this report first).
    await page.goto(`/items/${first.id}?source=${source}&collapse=false`);
    const cluster = pane(page).locator('section[aria-labelledby=item-duplicates-title]');
    await expect(cluster.getByTestId('cluster')).toBeVisible();
    await cluster.getByTestId('write-story').click();
    const fromGroup = await landedId(page);
    expect(await sourcesOf(page, fromGroup)).toEqual([first.id, twin.id]);

    // From a selection in the queue, in the order the rows were ticked.
    await page.goto(`/?source=${source}&collapse=false`);
    for (const id of [second.id, first.id])
      await page.locator(`[data-testid=queue-row][data-item-id="${id}"]`).getByRole('checkbox').check();
    await page.getByTestId('bulk-bar').getByTestId('write-story').click();
    const fromSelection = await landedId(page);
    expect(await sourcesOf(page, fromSelection)).toEqual([second.id, first.id]);

    // A desk story says how many reports it was written from, and its pane lists them.
    await page.goto(`/items/${fromGroup}?assignee=me&collapse=false`);
    await expect(pane(page).getByTestId('desk-story')).toContainText(
      locale === 'ar' ? 'تقريران' : '2 reports',
    );
    await expect(pane(page).getByTestId('story-sources').locator('li')).toHaveCount(2);
    await expect(page.locator(`[data-testid=queue-row][data-item-id="${fromGroup}"]`)).toContainText(
      locale === 'ar' ? 'قصة المكتب · تقريران' : 'Desk story · 2 reports',
    );
    await shot(page, locale, 'desk-story-sources');
    await page.context().close();
  });

  test(`agency update in ${language(locale)}: kept aside, flagged with its difference, and a way to the editor`, async ({
    browser,
    server,
    admin,
  }) => {
    await setLocales(server.url, ['samir'], locale);
    const text = TEXT[locale];
    const headline = uniqueHeadline(locale, 'wire-update');
    const guid = `wire-update-${Date.now()}-${Math.random()}`;
    const wire = await admin.ingest({ headline, guid, body: text.body, language: locale });
    await admin.action(wire.id, 'accept');

    const page = await signIn(browser, server.url, 'samir', `/items/${wire.id}`);
    await expect(pane(page).getByTestId('wire-update')).toHaveCount(0);
    // The agency sends the report again, changed and now a flash: someone acted on it, so the story stays as
    // it was, and the upgrade is said first.
    await admin.ingest({ headline, guid, body: text.editedBody, language: locale, urgency: 1 });
    const notice = pane(page).getByTestId('wire-update');
    await expect(notice).toContainText(
      locale === 'ar' ? 'حدّثت الوكالة هذا التقرير' : 'The agency updated this report',
    );
    await expect(notice.getByTestId('wire-update-urgency')).toContainText(
      locale === 'ar' ? 'عاجل جداً' : 'Flash',
    );
    // Its row in the queue says so too, live.
    await expect(
      page.locator(`[data-testid=queue-row][data-item-id="${wire.id}"]`).getByTestId('row-agency-update'),
    ).toBeVisible();
    await notice.scrollIntoViewIfNeeded();
    await shot(page, locale, 'wire-update-flash');
    expect((await admin.item(wire.id)).body).toBe(text.body);
    await notice.locator('summary').click();
    await expect(notice.locator('[data-side=before] del', { hasText: text.deleted })).toHaveCount(1);
    await expect(notice.locator('[data-side=after] ins', { hasText: text.inserted })).toHaveCount(1);
    await expect(notice.getByTestId('wire-update-editor')).toHaveAttribute('href', `/items/${wire.id}/edit`);
    await expect(pane(page).getByTestId('timeline')).toContainText(
      locale === 'ar' ? 'أرسلت الوكالة تحديثاً' : 'The agency sent an update',
    );
    // Every copy the agency sent stays readable: the new one kept aside, the first as it came.
    const copies = pane(page).getByTestId('agency-copies');
    await copies.locator('summary').first().click();
    await expect(copies.getByTestId('agency-copy')).toHaveCount(2);
    const [newest, first] = [copies.locator('[data-copy="2"]'), copies.locator('[data-copy="1"]')];
    await expect(newest).toContainText(locale === 'ar' ? 'محفوظة جانباً' : 'kept aside');
    await first.locator('summary').click();
    await expect(first.getByTestId('agency-copy-body')).toContainText(text.deleted);
    await newest.locator('summary').click();
    await expect(newest.getByTestId('agency-copy-body')).toContainText(text.inserted);
    await shot(page, locale, 'wire-update');
    await expectAccessible(page, `agency update (${locale})`);
    await page.context().close();
  });

  test(`agency update to a story's source in ${language(locale)}: the report stays as written from, marked live in the editor`, async ({
    browser,
    server,
    admin,
  }) => {
    await setLocales(server.url, ['samir'], locale);
    const text = TEXT[locale];
    const headline = uniqueHeadline(locale, 'source-update');
    const guid = `source-update-${Date.now()}-${Math.random()}`;
    const report = await admin.ingest({ headline, guid, body: text.body, language: locale });
    const samir = await ApiUser.login(server.url, 'samir');
    const story = await samir.createStory([report.id]);
    await samir.dispose();

    const page = await signIn(browser, server.url, 'samir', `/items/${story.id}/edit`);
    const source = page.locator(`[data-testid=story-source][data-source-id="${report.id}"]`);
    await expect(source).toContainText(text.deleted);
    await expect(source.getByTestId('source-updated')).toHaveCount(0);
    // The agency corrects the report while the story is being written from it.
    await admin.ingest({ headline, guid, body: text.editedBody, language: locale });
    const mark = source.getByTestId('source-updated');
    await expect(mark).toContainText(
      locale === 'ar' ? 'أرسلت الوكالة بعد ذلك نسخة جديدة' : 'The agency has since sent a new copy',
    );
    await expect(mark.getByRole('link')).toHaveAttribute('href', `/items/${report.id}`);
    // What the writer reads is still the copy they started from; the new one waits on the report.
    await expect(source).toContainText(text.deleted);
    expect((await admin.item(report.id)).body).toBe(text.body);
    expect((await admin.item(report.id)).wireUpdate).toBe(2);
    await shot(page, locale, 'story-source-updated');
    await expectAccessible(page, `story source updated (${locale})`);
    // The story's pane lists its sources with the same mark.
    await page.goto(`${server.url}/items/${story.id}`);
    await expect(pane(page).getByTestId('story-sources').getByTestId('source-updated')).toHaveText(
      locale === 'ar' ? 'نسخة جديدة من الوكالة' : 'New copy from the agency',
    );
    await page.context().close();
  });
}
