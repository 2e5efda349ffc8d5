import { defineConfig } from '@playwright/test';
import { FULL_BROWSER, HEADLESS_SHELL } from '../src/test-support/browsers.ts';

/**
 * End-to-end suite in Debian's Chromium (browsers cannot be downloaded here). Each worker starts its own server
 * on a fresh SQLite file (src/test-support/server-process.ts: DemoServer), so tests can stop and restart it. Needs
 * `npm run build` first.
 *
 * Most specs run in Chromium's headless shell: the same Blink and V8 without the full browser's UI layers, which
 * made the suite a third faster on a 2-core machine (17.4 → 11.7 minutes in CI). The desktop-notification spec runs in
 * the full browser: the shell answers `Notification.permission` with "denied" even after the permission was
 * granted, so it cannot show what a user's browser does. Benchmarks use the full browser too.
 */
const NEEDS_FULL_BROWSER = /flash-signals\.spec\.ts$/;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 10_000,
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: NEEDS_FULL_BROWSER,
      use: { launchOptions: { executablePath: HEADLESS_SHELL, args: CHROMIUM_ARGS } },
    },
    {
      name: 'chromium (full browser)',
      testMatch: NEEDS_FULL_BROWSER,
      use: { launchOptions: { executablePath: FULL_BROWSER, args: CHROMIUM_ARGS } },
    },
  ],
});
