/**
 * The public test corpora (python feedparser's feeds, DOMPurify's XSS vectors) are large and live beside the
 * repository, in `../shared/corpora/` relative to its root, not in it. A user's clone has no such folder: there
 * the tests that read them are skipped with a one-line reason. In CI (CI=true), where they are always present, a
 * missing corpus runs the test anyway and fails loudly, so a wrong path can never turn into a silent skip.
 * Vitest suites and the Playwright specs both ask here, so the rule is written once.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `<repository>/../shared/corpora/`, with a trailing slash. */
export const CORPORA_DIR = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));

/** Why a test of this corpus file or folder (relative to CORPORA_DIR) is skipped, or null when it runs. */
export function corpusSkipReason(relative: string): string | null {
  const path = `${CORPORA_DIR}${relative}`;
  if (existsSync(path) || process.env.CI === 'true') return null;
  return `corpus ../shared/corpora/${relative} is not beside this clone: skipped (it runs, and must pass, under CI=true)`;
}

/** True when a test of this corpus should be skipped; says why on the console, once per corpus and file. */
export function skipWithoutCorpus(relative: string): boolean {
  const reason = corpusSkipReason(relative);
  if (reason) console.log(reason);
  return reason !== null;
}
