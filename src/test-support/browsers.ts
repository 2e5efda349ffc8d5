/**
 * Which Chromium runs the browser work: Debian's (browsers cannot be downloaded here), or the one
 * PLAYWRIGHT_CHROMIUM_EXECUTABLE names. Benchmarks and the README's screenshots use the full browser, since they
 * measure and show what a user's browser does; the e2e suite uses the headless shell wherever it can
 * (e2e/playwright.config.ts).
 */
const chosen = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;

export const FULL_BROWSER = chosen || '/usr/bin/chromium';

/** The same Blink and V8 without the full browser's UI layers (Debian's `chromium-headless-shell`). */
export const HEADLESS_SHELL = chosen || '/usr/bin/chromium-headless-shell';
