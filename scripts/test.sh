#!/usr/bin/env bash
# Runs every test of the project. This is the README's test command, and CI runs it.
# It installs what it needs when it is missing (Debian packages, npm packages).
set -euo pipefail
cd "$(dirname "$0")/.."
# Each step's title, with the seconds since the start (where a slow run spends its time).
step() { echo "== [$SECONDS s] $*"; }

# --- What the tests need from Debian: Chromium for the console's browser tests.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if ((${#need[@]})); then
  step "installing ${need[*]}"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi

step "National commune base (npm @etalab/decoupage-administratif, pinned, checksums checked)"
bash data/communes/build.sh
# The tests over the real communes must run, not skip, here and in CI.
export RELAIS_REQUIRE_COMMUNES=1

# Two selections, so that the PostgreSQL pass below reuses the desk's build instead of
# building it a second time with the whole workspace's features (time and disk).
step "Rust: the desk, and the end-to-end tests (API, console, phone, crashes, SMS, sync)"
cargo test --locked -p relais-desk -p relais-e2e
step "Rust: core, bindings and tools (unit, property, snapshot tests)"
cargo test --workspace --locked --exclude relais-desk --exclude relais-e2e

step "Kotlin bindings on the JVM (kotlinc + JUnit 5 + JNA)"
bash scripts/kotlin-tests.sh

step "Python bindings (pytest in a venv)"
bash scripts/python-tests.sh

step "Swift bindings: regenerated and compared with ios/ (drift check)"
bash scripts/swift-check.sh

step "The API tested from its description (Schemathesis against a demo desk, stateful phase included)"
bash scripts/schemathesis.sh 50

step "Console in headless Chromium (workflow, screenshots in target/browser, axe-core)"
cargo build --locked -p relais-desk
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error && npm test)

step "The desk's suite again on PostgreSQL (a throwaway server on 127.0.0.1): desk unit tests, API, console, lifecycle, SMS, referrals, crashes, two desk processes, soak, browser"
bash scripts/with-postgres.sh bash -c \
  'RELAIS_REQUIRE_POSTGRES=1 cargo test --locked -p relais-desk -p relais-e2e && cd tests/browser && npm test'

echo "All tests passed ($SECONDS s)."
