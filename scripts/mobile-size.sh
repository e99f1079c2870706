#!/usr/bin/env bash
# Size of the phone library (`mobile` profile: opt-level z, fat LTO, one codegen unit,
# stripped) for x86_64 and, when the cross linker is installed, aarch64.
#   rustup target add aarch64-unknown-linux-gnu && apt-get install gcc-aarch64-linux-gnu
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --locked -q --profile mobile -p relais-ffi
ls -l target/mobile/librelais_ffi.so | awk '{printf "x86_64-linux:  %d bytes (%.2f MiB)\n", $5, $5/1048576}'
if command -v aarch64-linux-gnu-gcc >/dev/null && rustup target list --installed | grep -q aarch64-unknown-linux-gnu; then
  CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc CC_aarch64_unknown_linux_gnu=aarch64-linux-gnu-gcc \
    AR_aarch64_unknown_linux_gnu=aarch64-linux-gnu-ar \
    cargo build --locked -q --profile mobile -p relais-ffi --target aarch64-unknown-linux-gnu
  ls -l target/aarch64-unknown-linux-gnu/mobile/librelais_ffi.so | awk '{printf "aarch64-linux: %d bytes (%.2f MiB)\n", $5, $5/1048576}'
fi
