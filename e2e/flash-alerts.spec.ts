/**
 * Flashes are unmissable (issue 13, item 3): an urgency-1 item arriving where the desk's filters show it raises an
 * alert above the queue that stays until opened or dismissed, and counts in the tab's title; an urgent item gets
 * a toast; alerts survive a reconnect, raised once. In Arabic and English, axe clean with the alert shown.
 */
import type { Page } from '@playwright/test';
import {
  expect,
  expectAccessible,
  restartServerUnheard,
  setLocales,
  signIn,
  test,
  uniqueHeadline,
  type Locale,
} from './support/fixtures.ts';
import { shot } from './support/screens.ts';
import { ApiUser } from '../src/test-support/api-user.ts';

/** The tab's title: it names the page (the queue, an open item) unless flashes are waiting. */
const TITLES = {
  ar: {
    plain: 'الوارد — مرصد',
    item: (headline: string) => `${headline} — مرصد`,
    flashes: (n: string) => `(${n}) عاجل جداً · مرصد`,
  },
  en: {
    plain: 'Queue — Mirsad',
    item: (headline: string) => `${headline} — Mirsad`,
    flashes: (n: string) => `(${n}) Flash · Mirsad`,
  },
} as const;

/** The tab title with n flashes waiting, in either digit set the Arabic interface may use. */
function flashTitle(locale: Locale, n: number): RegExp {
  const digits = `(?:${n}|${n.toLocaleString('ar-EG')})`;
  const text = TITLES[locale].flashes('DIGITS').replace(/[()]/g, '\\$&').replace('DIGITS', digits);
  return new RegExp(`^${text}$`);
}

/** Focuses the last control of the header, so that the next Tab is the first thing after it. */
async function focusEndOfHeader(page: Page): Promise<void> {
  await page.evaluate(() => {
    // checkVisibility: not hidden, nor inside a closed <details> (the user menu's own buttons).
    const controls = [
      ...document.querySelectorAll<HTMLElement>('header a, header button, header summary'),
    ].filter((element) => element.checkVisibility());
    controls.at(-1)!.focus();
  });
}

for (const locale of ['ar', 'en'] as const satisfies readonly Locale[]) {
  test(`a flash reaches an editor scrolled down in the queue, in ${locale === 'ar' ? 'Arabic' : 'English'}`, async ({
    browser,
    server,
    admin,
  }) => {
    // Sign-in, four arrivals, axe and a screenshot: more than the default budget on a busy machine.
    test.setTimeout(180_000);
    await setLocales(server.url, ['editor'], locale);
    const page = await signIn(browser, server.url, 'editor');
    await expect(page).toHaveTitle(TITLES[locale].plain);
    const rows = page.locator('[data-testid=queue-row]');
    await expect(rows.first()).toBeVisible();
    const scroller = page.getByTestId('queue-scroll');
    await scroller.evaluate((element) => (element.scrollTop = 1_500));
    await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);

    // A flash arrives through the API, as an agency pushes it.
    const headline = uniqueHeadline(locale, 'flash');
    const item = await admin.ingest({ headline, urgency: 1, language: locale, source: 'سبوتنيك' });
    const alerts = page.getByTestId('flash-alert');
    const alert = alerts.filter({ hasText: headline });
    // Arrival speed is a benchmark figure, not a test margin: the alert is waited for as an event.
    await expect(alert).toBeVisible();
    await expect(alert).toBeInViewport();
    await expect(alert).toHaveAttribute('data-item-id', String(item.id));
    await expect(page).toHaveTitle(flashTitle(locale, 1));
    await expect(page.getByTestId('flash-announcement')).toContainText(headline);
    // The agency as the queue names it in the UI language.
    const agency = locale === 'en' ? 'Sputnik' : 'سبوتنيك';
    await expect(alert).toContainText(agency);
    await expect(page.getByTestId('flash-announcement')).toContainText(agency);
    // The reader's place in the queue is kept: the new row waits behind the banner.
    expect(await scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);

    // Urgent (urgency 2) copy gets a toast, not an alert; routine copy gets neither.
    const urgentHeadline = uniqueHeadline(locale, 'urgent');
    await admin.ingest({ headline: urgentHeadline, urgency: 2, language: locale });
    await expect(
      page.locator('[data-testid=toast][data-kind=urgent]', { hasText: urgentHeadline }),
    ).toBeVisible();
    const routine = uniqueHeadline(locale, 'routine');
    const guid = `e2e-upgrade-${Date.now()}`;
    await admin.ingest({ headline: routine, guid, language: locale });
    await expect(alerts).toHaveCount(1);
    // The agency sends the same report again as a flash: news as a flash is, it raises its alert.
    await admin.ingest({ headline: routine, guid, urgency: 1, language: locale });
    await expect(alerts.filter({ hasText: routine })).toBeVisible();
    await expect(alerts).toHaveCount(2);
    await alerts.filter({ hasText: routine }).getByTestId('flash-dismiss').click();
    await expect(alerts).toHaveCount(1);

    // axe with the alert shown, the queue back at its top. (Scrolled down, axe also flags the queue's scroller,
    // whose one tabbable row is then out of the rendered window: a finding of the queue list's own.)
    await scroller.evaluate((element) => (element.scrollTop = 0));
    await expectAccessible(page, `flash alert (${locale})`);
    await shot(page, locale, 'flash-alert');

    // Dismissing it gives the title back.
    await alert.getByTestId('flash-dismiss').click();
    await expect(alerts).toHaveCount(0);
    await expect(page).toHaveTitle(TITLES[locale].plain);
    await page.context().close();
  });

  test(`flashes stack and count; dismiss and open by keyboard and pointer, in ${locale === 'ar' ? 'Arabic' : 'English'}`, async ({
    browser,
    server,
    admin,
  }) => {
    await setLocales(server.url, ['samir'], locale);
    const page = await signIn(browser, server.url, 'samir');
    const alerts = page.getByTestId('flash-alert');
    const headline = uniqueHeadline(locale, 'flash-one');
    await admin.ingest({ headline, urgency: 1, language: locale });
    await expect(alerts).toHaveCount(1);

    // Several flashes stack and count.
    const second = uniqueHeadline(locale, 'flash-two');
    await admin.ingest({ headline: second, urgency: 1, language: locale });
    await expect(alerts).toHaveCount(2);
    await expect(alerts.first()).toContainText(second);
    await expect(page).toHaveTitle(flashTitle(locale, 2));
    await shot(page, locale, 'flash-alerts-stacked');

    // By keyboard: the alerts come right after the header; Enter on "dismiss" takes one away and focus moves to
    // the next alert.
    await focusEndOfHeader(page);
    await page.keyboard.press('Tab');
    const firstOpen = alerts.first().locator('[data-open-alert]');
    await expect(firstOpen).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(alerts.first().getByTestId('flash-dismiss')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(alerts).toHaveCount(1);
    await expect(alerts.first()).toContainText(headline);
    await expect(alerts.first().locator('[data-open-alert]')).toBeFocused();
    await expect(page).toHaveTitle(flashTitle(locale, 1));

    // Dismissing the last one gives the title back.
    await alerts.first().getByTestId('flash-dismiss').click();
    await expect(alerts).toHaveCount(0);
    await expect(page).toHaveTitle(TITLES[locale].plain);

    // "Open" opens the item (its pane takes focus) and takes the alert away.
    const third = uniqueHeadline(locale, 'flash-three');
    await admin.ingest({ headline: third, urgency: 1, language: locale });
    await expect(alerts).toHaveCount(1);
    await alerts.first().locator('[data-open-alert]').click();
    await expect(page.locator('#item-headline')).toHaveText(third);
    await expect(alerts).toHaveCount(0);
    await expect(page).toHaveTitle(TITLES[locale].item(third));
    await page.context().close();
  });
}

test('a flash outside the desk’s filters raises nothing; alerts survive a reconnect, raised once', async ({
  browser,
  server,
}) => {
  // A server restart and a reload.
  test.setTimeout(180_000);
  await setLocales(server.url, ['huda'], 'en');
  // The desk watches Kazakhstan; the queue's filters hold while the editor is elsewhere in the app.
  const page = await signIn(browser, server.url, 'huda', '/?country=KZ');
  await expect(page.locator('[data-testid=queue-row]').first()).toBeVisible();
  await page.locator('header nav a[href="/my-work"]').click();
  await expect(page.getByTestId('my-work')).toBeVisible();

  const admin = await ApiUser.login(server.url, 'admin');
  const elsewhere = `Flash: Brazil's central bank raises rates ${Date.now().toString(36)}`;
  await admin.ingest({ headline: elsewhere, urgency: 1, language: 'en' });
  const before = uniqueHeadline('en', 'flash-before');
  await admin.ingest({ headline: before, urgency: 1, language: 'en' });
  const alerts = page.getByTestId('flash-alert');
  await expect(alerts.filter({ hasText: before })).toBeVisible();
  await expect(alerts.filter({ hasText: elsewhere })).toHaveCount(0);
  await admin.dispose();

  // The stream is cut while the server restarts; a flash is written meanwhile and must come by replay.
  const during = uniqueHeadline('en', 'flash-during');
  await restartServerUnheard(page, server, async (writer) => {
    await writer.ingest({ headline: during, urgency: 1, language: 'en' });
  });
  const status = page.getByTestId('connection-status');

  await expect(alerts.filter({ hasText: during })).toHaveCount(1);
  await expect(alerts.filter({ hasText: before })).toHaveCount(1);
  await expect(alerts).toHaveCount(2);
  await expect(page).toHaveTitle(flashTitle('en', 2));

  // A reload of the tab keeps what is still waiting, and raises nothing again.
  await page.reload();
  await expect(status).toHaveAttribute('data-status', 'live');
  await expect(alerts).toHaveCount(2);
  await page.getByTestId('flash-dismiss-all').click();
  await expect(alerts).toHaveCount(0);
  await expect(page).toHaveTitle('My work — Mirsad');
  await page.context().close();
});
