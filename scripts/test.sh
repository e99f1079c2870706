#!/usr/bin/env bash
# Runs every test of the project. This is the README's test command, and CI runs it.
# It installs what it needs when it is missing (Debian packages, npm packages).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Rust: unit, property, snapshot and end-to-end tests"
cargo test --workspace --locked

echo "All tests passed."
