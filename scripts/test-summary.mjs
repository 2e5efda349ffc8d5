// Sums the JSON reports of vitest and Playwright into the one line CI recognises:
//   tests: N passed, N failed, N skipped
// A runner that was expected but wrote no report counts as one failure, so a crash cannot look green.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'reports';
let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = join(dir, 'vitest.json');
if (existsSync(vitest)) {
  const report = JSON.parse(readFileSync(vitest, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // Suites that failed to load report no tests; count each as a failure.
  failed += report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  // A suite whose hook failed marks its tests skipped; the run is still a failure and must count as one.
  if (report.success === false && failed === 0) failed += 1;
} else {
  console.error('test-summary: no vitest report');
  failed += 1;
}

const playwright = join(dir, 'playwright.json');
if (existsSync('e2e/playwright.config.ts')) {
  if (existsSync(playwright)) {
    const { stats } = JSON.parse(readFileSync(playwright, 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    skipped += stats.skipped;
  } else {
    console.error('test-summary: no Playwright report');
    failed += 1;
  }
}

console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
