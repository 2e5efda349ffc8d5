#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for the full test run (Chromium and its headless shell, Arabic
# fonts, PostgreSQL) and starts PostgreSQL with a `mirsad` role and a `mirsad_test` database. Safe to run again:
# it skips what is there. Needs root for apt-get; without root it only reports what is missing.
set -euo pipefail

need=()
# The full browser for benchmarks and screenshots, its headless shell for the end-to-end suite.
command -v chromium >/dev/null 2>&1 || [ -n "${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-}" ] || need+=(chromium)
command -v chromium-headless-shell >/dev/null 2>&1 || [ -n "${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-}" ] ||
  need+=(chromium-headless-shell)
# Read the list once: `fc-list | grep -q` under pipefail fails when grep stops reading early (SIGPIPE).
fonts="$(fc-list 2>/dev/null || true)"
grep -qi 'Noto Sans Arabic\|Noto Naskh Arabic' <<<"$fonts" || need+=(fonts-noto-core)
grep -qi 'DejaVu Sans' <<<"$fonts" || need+=(fonts-dejavu-core)
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-system: installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "ensure-system: missing ${need[*]} (run as root, or install them)" >&2
  fi
fi

# PostgreSQL: start the first cluster if it is down, then create the test role and database once.
if command -v pg_lsclusters >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  read -r version cluster _ < <(pg_lsclusters --no-header | head -n 1) || true
  if [ -n "${version:-}" ]; then
    pg_ctlcluster "$version" "$cluster" status >/dev/null 2>&1 || pg_ctlcluster "$version" "$cluster" start
    for _ in $(seq 1 30); do
      runuser -u postgres -- psql -tAc 'select 1' >/dev/null 2>&1 && break
      sleep 0.5
    done
    runuser -u postgres -- psql -tAc "select 1 from pg_roles where rolname='mirsad'" | grep -q 1 ||
      runuser -u postgres -- psql -qc "create role mirsad login password 'mirsad' createdb"
    runuser -u postgres -- psql -tAc "select 1 from pg_database where datname='mirsad_test'" | grep -q 1 ||
      runuser -u postgres -- psql -qc "create database mirsad_test owner mirsad"
  fi
fi
