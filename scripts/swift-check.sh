#!/usr/bin/env bash
# Regenerates the Swift bindings and compares them with the copy kept in ios/.
# `bash scripts/swift-check.sh --update` writes the new copy instead (after an API change).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --locked -p relais-ffi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo run --locked -q --bin uniffi-bindgen -- generate --library target/debug/librelais_ffi.so \
  --language swift --out-dir "$tmp" --no-format >/dev/null
pairs=(
  "$tmp/RelaisFFI.swift:ios/Sources/RelaisFFI/RelaisFFI.swift"
  "$tmp/RelaisFFIFFI.h:ios/Generated/RelaisFFIFFI.h"
  "$tmp/RelaisFFIFFI.modulemap:ios/Generated/RelaisFFIFFI.modulemap"
)
status=0
for pair in "${pairs[@]}"; do
  fresh=${pair%%:*}
  kept=${pair##*:}
  if [ "${1:-}" = "--update" ]; then
    cp "$fresh" "$kept"
  elif ! diff -u "$kept" "$fresh" >/dev/null; then
    echo "Swift bindings out of date: $kept (run: bash scripts/swift-check.sh --update)" >&2
    diff -u "$kept" "$fresh" | head -40 >&2 || true
    status=1
  fi
done
[ $status -eq 0 ] && echo "Swift bindings match the Rust API."
exit $status
