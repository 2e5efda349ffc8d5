#!/usr/bin/env bash
# Every test: lint, types, unit and integration tests on SQLite and PostgreSQL, the browser end-to-end suite.
# Ends with the line CI reads: `tests: N passed, N failed, N skipped`.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system.sh || echo "test-all: could not prepare system packages; continuing" >&2

export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://mirsad:mirsad@127.0.0.1:5432/mirsad_test}"
if ! node -e "const c=new (require('pg').Client)(process.env.TEST_DATABASE_URL);c.connect().then(()=>c.end()).catch(()=>process.exit(1))" 2>/dev/null; then
  if [ "${CI:-}" = "true" ]; then
    echo "test-all: PostgreSQL is not reachable at $TEST_DATABASE_URL" >&2
    exit 1
  fi
  echo "test-all: PostgreSQL not reachable; integration tests run on SQLite only" >&2
  unset TEST_DATABASE_URL
fi

rm -rf reports && mkdir -p reports
status=0
# Each step says how long it took: CI's whole run should stay under 20 minutes.
step() {
  echo "== $1"
  local started=$SECONDS
  shift
  "$@" || status=1
  echo "   ($((SECONDS - started)) s)"
}

step "lint" npm run -s lint
step "format" npm run -s format:check
step "typecheck" npm run -s typecheck
step "unit + integration (SQLite${TEST_DATABASE_URL:+ and PostgreSQL})" \
  npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
step "build" npm run -s build
if [ -f e2e/playwright.config.ts ]; then
  step "end-to-end (Chromium)" env PLAYWRIGHT_JSON_OUTPUT_NAME="$PWD/reports/playwright.json" \
    npx playwright test -c e2e/playwright.config.ts --reporter=list,json
fi

# The attack suite in its short form: every finding of the hardening issue replayed against the built server on
# both databases, each row a test (held = passed). `npm run attacks` is the full run, with the timing rows.
step "attacks (short)" npm run -s attacks -- --short --report=reports/attacks.json

node scripts/test-summary.mjs reports || status=1
exit $status
