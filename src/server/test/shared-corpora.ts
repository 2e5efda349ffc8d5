/**
 * The public test corpora in `../shared/corpora/` (feedparser's feeds, DOMPurify's XSS vectors) live beside the
 * repository, not in it. Away from them a developer's run skips the tests that read them and says so; in CI
 * (CI=true), where they are always present, a missing corpus runs the test anyway and fails loudly, so a wrong
 * path can never turn into a silent skip.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CORPORA_DIR = fileURLToPath(new URL('../../../../shared/corpora/', import.meta.url));

/** True when a test of this corpus file or folder (relative to CORPORA_DIR) should be skipped. */
export function skipWithoutCorpus(relative: string): boolean {
  const path = `${CORPORA_DIR}${relative}`;
  if (existsSync(path)) return false;
  if (process.env.CI === 'true') return false;
  console.log(`corpus not found at ${path}: its tests are skipped (they run, and fail, under CI=true)`);
  return true;
}
