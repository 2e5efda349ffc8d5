// Sums the JSON reports of vitest and Playwright into the one line CI recognises:
//   tests: N passed, N failed, N skipped
// A runner that was expected but wrote no report counts as one failure, so a crash cannot look green.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.argv[2] ?? 'reports';
let passed = 0;
let failed = 0;
let skipped = 0;
/** What was skipped, so that a skip is never silent: `file › test (reason)`. */
const skippedNames = [];
/**
 * What failed, with the first line of its error: CI shows only the end of the log, so a failure must be named
 * there, next to the count, or it cannot be told from a flake.
 */
const failedNames = [];
/** End-to-end tests that failed once and passed on retry: they count as passed, but are named. */
const flakyNames = [];
const firstLine = (text) =>
  (text ?? '')
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim()
    .slice(0, 300) ?? '';

const vitest = join(dir, 'vitest.json');
if (existsSync(vitest)) {
  const report = JSON.parse(readFileSync(vitest, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  for (const file of report.testResults)
    for (const test of file.assertionResults)
      if (test.status === 'skipped' || test.status === 'pending' || test.status === 'todo')
        skippedNames.push(`${relative(process.cwd(), file.name)} › ${test.fullName}`);
      else if (test.status === 'failed')
        failedNames.push(
          `${relative(process.cwd(), file.name)} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`,
        );
  // A suite that failed outside its tests (loading, a hook) says why in its own message.
  for (const file of report.testResults)
    if (file.status === 'failed' && file.message)
      failedNames.push(`${relative(process.cwd(), file.name)}: ${firstLine(file.message)}`);
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
    const walk = (suite, file) => {
      for (const spec of suite.specs ?? [])
        for (const test of spec.tests ?? [])
          if (test.status === 'unexpected' || test.status === 'flaky') {
            const error = test.results?.find((result) => result.error)?.error;
            const label = test.status === 'flaky' ? 'passed on retry' : 'failed';
            (test.status === 'flaky' ? flakyNames : failedNames).push(
              `e2e/${file ?? suite.file} › ${spec.title} (${label}): ${firstLine(error?.message)}`,
            );
          } else if (test.status === 'skipped') {
            const reason = test.annotations?.find((note) => note.type === 'skip')?.description;
            skippedNames.push(`e2e/${file ?? suite.file} › ${spec.title}${reason ? ` (${reason})` : ''}`);
          }
      for (const child of suite.suites ?? []) walk(child, file ?? suite.file);
    };
    for (const suite of JSON.parse(readFileSync(playwright, 'utf8')).suites ?? []) walk(suite);
  } else {
    console.error('test-summary: no Playwright report');
    failed += 1;
  }
}

// The attack suite's short run (scripts/test-all.sh): each row held counts as passed, each row broke as failed.
const attacks = join(dir, 'attacks.json');
if (existsSync(attacks)) {
  const report = JSON.parse(readFileSync(attacks, 'utf8'));
  passed += report.passed;
  failed += report.failed;
  for (const row of report.rows.filter((entry) => entry.verdict === 'broke'))
    console.log(`attack broke: ${row.finding} ${row.attack} [${row.database}]: ${row.figure}`);
} else if (existsSync('bench/attacks/run.ts')) {
  console.error('test-summary: no attack suite report');
  failed += 1;
}

for (const name of skippedNames) console.log(`skipped: ${name}`);
for (const name of flakyNames) console.log(`flaky: ${name}`);
for (const name of failedNames) console.log(`failed: ${name}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
