/** Screenshots for people to look at: e2e/screenshots/<locale>-<name>.png (not compared, not committed). */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';

const DIR = resolve(import.meta.dirname, '../screenshots');

export async function shot(page: Page, locale: string, name: string): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  // Fonts first: a screenshot of fallback glyphs would hide a broken web font.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(DIR, `${locale}-${name}.png`) });
}
