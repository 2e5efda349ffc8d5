/**
 * The README's pictures: the demo newsroom (seeded data, no test artefacts) at 1440×900, as a desk chief sees it,
 * in Arabic and in English, with a grouped story open. Run after `npm run build`:
 *   npx tsx scripts/readme-screenshots.ts        → docs/screenshots/{queue-ar,item-en}.png
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { FULL_BROWSER } from '../src/test-support/browsers.ts';
import { ApiUser } from '../src/test-support/api-user.ts';
import { DEMO_PASSWORD, DemoServer } from '../src/test-support/server-process.ts';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');

async function deskAs(browser: Browser, baseURL: string, locale: 'ar' | 'en'): Promise<Page> {
  const api = await ApiUser.login(baseURL, 'chief');
  await api.setLocale(locale);
  await api.dispose();
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto('/');
  await page.locator('#username').fill('chief');
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('form button[type=submit]').click();
  await page.locator('[data-testid=connection-status][data-status=live]').waitFor();
  await page.locator('[data-testid=queue-row]').first().waitFor();
  return page;
}

/** Opens the newest story that several sources carried, so the pane shows the grouping too. */
async function openGroupedStory(page: Page, sourcesLabel: RegExp): Promise<void> {
  await page.locator('[data-testid=queue-row]', { hasText: sourcesLabel }).first().click();
  await page.locator('[data-testid=item-pane] h2, [data-testid=item-pane] h1').first().waitFor();
  // Let relative times, chips and the sources list settle, and the fonts load.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
}

const server = new DemoServer();
await server.start();
const browser = await chromium.launch({
  executablePath: FULL_BROWSER,
});
try {
  mkdirSync(OUT, { recursive: true });
  const arabic = await deskAs(browser, server.url, 'ar');
  await openGroupedStory(arabic, /مصادر|مصدران/);
  await arabic.screenshot({ path: join(OUT, 'queue-ar.png') });
  const english = await deskAs(browser, server.url, 'en');
  await openGroupedStory(english, /sources/);
  await english.screenshot({ path: join(OUT, 'item-en.png') });
  console.log(`written: ${join(OUT, 'queue-ar.png')}, ${join(OUT, 'item-en.png')}`);
} finally {
  await browser.close();
  await server.dispose();
}
