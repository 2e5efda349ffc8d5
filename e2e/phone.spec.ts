/**
 * The desk on a phone and a tablet, by touch: at 360 × 740, 390 × 844 and 768 × 1024, in Arabic and English, an
 * editor signs in, filters, opens an item and accepts it, and comes back with the browser's back button; a chief
 * assigns an item to an editor. On every screen: nothing wider than the viewport, touch targets of 44 px at least,
 * axe clean, a screenshot written.
 */
import type { Browser, Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../src/test-support/server-process.ts';
import {
  expect,
  expectAccessible,
  setLocales,
  test,
  trackConsole,
  uniqueHeadline,
  type Locale,
} from './support/fixtures.ts';
import { shot } from './support/screens.ts';

const SCREENS = [
  { name: 'phone-360', width: 360, height: 740 },
  { name: 'phone-390', width: 390, height: 844 },
  { name: 'tablet-768', width: 768, height: 1024 },
] as const;
type Screen = (typeof SCREENS)[number];

const MIN_TARGET = 44;

async function signInByTouch(
  browser: Browser,
  baseURL: string,
  screen: Screen,
  username: string,
  path: string,
) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: screen.width, height: screen.height },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  trackConsole(page);
  await page.goto(path);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('form button[type=submit]').tap();
  await expect(page.locator('[data-testid=connection-status][data-status=live]')).toBeVisible();
  return page;
}

/** Elements on screen that reach past the viewport's inline edges, and whether the page scrolls sideways. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width)
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Clipped by a scrolling or hidden-overflow ancestor (a list's own scroller): not past the page.
      if (element.closest('.sr-only')) continue;
      if (box.left < -1 || box.right > width + 1) {
        let clipped = false;
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          const style = getComputedStyle(parent);
          if (style.overflowX !== 'visible') {
            const clip = parent.getBoundingClientRect();
            if (clip.left >= -1 && clip.right <= width + 1) clipped = true;
            break;
          }
        }
        if (!clipped)
          problems.push(
            `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} ${Math.round(box.left)}…${Math.round(box.right)}`,
          );
      }
    }
    return problems.slice(0, 10);
  });
}

/** Visible controls smaller than a fingertip (44 × 44 px). Links inside running text are left out. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const selector =
      'button, select, summary, input:not([type=checkbox]):not([type=radio]):not([type=hidden]), [role=button], nav a, [data-testid=queue-row]';
    const problems: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || element.closest('.sr-only, [aria-hidden=true]')) continue;
      if (box.bottom < 0 || box.top > innerHeight) continue;
      if (box.height < min - 0.5 || box.width < min - 0.5)
        problems.push(
          `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    }
    return problems.slice(0, 10);
  }, MIN_TARGET);
}

async function checkScreen(page: Page, locale: Locale, screen: Screen, name: string) {
  expect(await overflow(page), `${name}: wider than ${screen.width} px`).toEqual([]);
  expect(await smallTargets(page), `${name}: touch targets under ${MIN_TARGET} px`).toEqual([]);
  await expectAccessible(page, `${name} at ${screen.name}`);
  await shot(page, locale, `${screen.name}-${name}`);
}

// Each journey checks several screens with axe on a busy 2-core machine.
test.describe.configure({ timeout: 240_000 });

for (const locale of ['ar', 'en'] as const) {
  for (const screen of SCREENS) {
    const phone = screen.width < 900;

    test(`${screen.name} ${locale}: an editor filters, opens, accepts and comes back by touch`, async ({
      browser,
      server,
      admin,
    }) => {
      await setLocales(server.url, ['editor'], locale);
      const headline = uniqueHeadline(locale, `touch ${screen.name}`);
      await admin.ingest({ headline, language: locale });
      const page = await signInByTouch(browser, server.url, screen, 'editor', '/?collapse=false');
      const row = page.locator('[data-testid=queue-row]', { hasText: headline });
      await expect(row).toBeVisible();
      await checkScreen(page, locale, screen, 'queue');

      // Filters in a drawer: Kazakhstan (the headline names it).
      await page.locator('[aria-controls=filters-column]').tap();
      const drawer = page.locator('#filters-column');
      await expect(drawer).toBeVisible();
      await checkScreen(page, locale, screen, 'filters');
      await drawer.locator('label:has(input[data-country=KZ])').tap();
      await expect(page).toHaveURL(/[?&]country=KZ(&|$)/);
      await page.getByTestId('filters-done').tap();
      await expect(drawer).toBeHidden();
      await expect(row).toBeVisible();

      // The pages menu folds on a phone and opens by touch.
      if (phone) {
        await page.getByTestId('header-menu-toggle').tap();
        await expect(page.locator('#header-menu nav a').first()).toBeVisible();
        await checkScreen(page, locale, screen, 'menu');
        await page.getByTestId('header-menu-toggle').tap();
        await expect(page.locator('#header-menu')).toBeHidden();
        // With a keyboard: Escape closes it from its own button too.
        await page.getByTestId('header-menu-toggle').press('Enter');
        await expect(page.locator('#header-menu nav a').first()).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(page.locator('#header-menu')).toBeHidden();
        await expect(page.getByTestId('header-menu-toggle')).toBeFocused();
      }

      // The notifications open within the screen, whichever side the bell is on.
      await page.getByTestId('notifications-button').tap();
      const panel = page.locator('#notifications-panel');
      await expect(panel).toBeVisible();
      const box = (await panel.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(screen.width);
      await page.getByTestId('notifications-button').tap();
      await expect(panel).toHaveCount(0);

      // Open the item: on a phone the item replaces the list.
      await row.locator('a').first().tap();
      await expect(page.locator('#item-headline')).toHaveText(headline);
      if (phone) await expect(page.locator('[data-testid=queue-row]').first()).toBeHidden();
      else await expect(row).toBeVisible();
      // One h1 to a page, the list's hidden or not.
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await checkScreen(page, locale, screen, 'item');

      await page.locator('[data-testid=action-bar] [data-action=accept]').tap();
      await expect(page.locator('[data-testid=item-pane] [data-status]').first()).toHaveAttribute(
        'data-status',
        'accepted',
      );

      if (!phone) await expect(row).toBeVisible();
      // The browser's back button returns to the list as it was, filters kept.
      await page.goBack();
      await expect(row).toBeVisible();
      await expect(page).toHaveURL(/[?&]country=KZ(&|$)/);
      if (phone) await expect(page.getByTestId('item-pane')).toHaveCount(0);
      // And the pane's own back control does too.
      await row.locator('a').first().tap();
      await page.getByTestId('item-close').tap();
      await expect(row).toBeVisible();
      await page.context().close();
    });

    test(`${screen.name} ${locale}: a chief assigns an item by touch`, async ({ browser, server, admin }) => {
      await setLocales(server.url, ['chief'], locale);
      const headline = uniqueHeadline(locale, `assign ${screen.name}`);
      const item = await admin.ingest({ headline, language: locale });
      await admin.action(item.id, 'accept');
      const page = await signInByTouch(
        browser,
        server.url,
        screen,
        'chief',
        `/items/${item.id}?collapse=false`,
      );
      await expect(page.locator('#item-headline')).toHaveText(headline);
      await page.locator('[data-testid=action-bar] [data-action=assign]').tap();
      const dialog = page.locator('dialog[open]');
      await expect(dialog.getByTestId('assignee-list')).toBeVisible();
      await checkScreen(page, locale, screen, 'assign');
      await dialog.locator('label:has(input[data-username=samir])').tap();
      await dialog.locator('button[type=submit]').tap();
      await expect(page.locator('[data-testid=item-pane] [data-status]').first()).toHaveAttribute(
        'data-status',
        'assigned',
      );
      await page.context().close();
    });
  }
}
