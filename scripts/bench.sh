#!/usr/bin/env bash
# Runs every benchmark in bench/; each prints a table and writes bench/results/<name>.json.
# PostgreSQL figures too when TEST_DATABASE_URL names a database (as test-all sets up).
set -euo pipefail
cd "$(dirname "$0")/.."
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://mirsad:mirsad@127.0.0.1:5432/mirsad_test}"
node -e "const c=new (require('pg').Client)(process.env.TEST_DATABASE_URL);c.connect().then(()=>c.end()).catch(()=>process.exit(1))" 2>/dev/null ||
  { echo "bench: PostgreSQL not reachable; SQLite figures only" >&2; unset TEST_DATABASE_URL; }
for bench in bench/*.ts; do
  case "$bench" in bench/support.ts | bench/agency-feed.ts) continue ;; esac
  echo "== $bench"
  npx tsx "$bench"
done
