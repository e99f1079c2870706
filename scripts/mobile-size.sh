#!/usr/bin/env bash
# Size of the phone library (`mobile` profile: opt-level z, fat LTO, one codegen unit,
# stripped), for x86_64 and, when the cross linker is installed, aarch64; each as the apps
# ship it (the platform's HTTP stack, no reqwest) and with the library's own HTTP stack
# (reqwest + rustls + webpki roots), to show what that costs.
#   rustup target add aarch64-unknown-linux-gnu && apt-get install gcc-aarch64-linux-gnu
set -euo pipefail
cd "$(dirname "$0")/.."

report() { # label file
  ls -l "$2" | awk -v l="$1" '{printf "%-36s %9d bytes (%.2f MiB)\n", l, $5, $5/1048576}'
}


targets=("x86_64-unknown-linux-gnu")
if command -v aarch64-linux-gnu-gcc >/dev/null && rustup target list --installed | grep -q aarch64-unknown-linux-gnu; then
  targets+=("aarch64-unknown-linux-gnu")
  export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc
  export CC_aarch64_unknown_linux_gnu=aarch64-linux-gnu-gcc AR_aarch64_unknown_linux_gnu=aarch64-linux-gnu-ar
fi
mkdir -p target/mobile-size
for t in "${targets[@]}"; do
  arch=${t%%-*}
  cargo build --locked -q --profile mobile -p relais-ffi --target "$t" --no-default-features
  cp "target/$t/mobile/librelais_ffi.so" "target/mobile-size/$arch-platform-http.so"
  cargo build --locked -q --profile mobile -p relais-ffi --target "$t"
  cp "target/$t/mobile/librelais_ffi.so" "target/mobile-size/$arch-reqwest.so"
  report "$arch, platform HTTP (as shipped):" "target/mobile-size/$arch-platform-http.so"
  report "$arch, with reqwest + rustls:" "target/mobile-size/$arch-reqwest.so"
done
