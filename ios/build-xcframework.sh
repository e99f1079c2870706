#!/usr/bin/env bash
# Builds RelaisFFIFFI.xcframework (static libraries + the generated C header) for iOS devices
# and simulators. Needs macOS, Xcode and: rustup target add aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios
set -euo pipefail
cd "$(dirname "$0")/.."

for target in aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios; do
  # Without reqwest: the app passes URLSession (ios/App/URLSessionClient.swift).
  cargo build --locked -p relais-ffi --profile mobile --no-default-features --target "$target"
done

work=target/xcframework
rm -rf "$work" ios/RelaisFFIFFI.xcframework
mkdir -p "$work/headers" "$work/sim"
cp ios/Generated/RelaisFFIFFI.h "$work/headers/"
cp ios/Generated/RelaisFFIFFI.modulemap "$work/headers/module.modulemap"
lipo -create \
  target/aarch64-apple-ios-sim/mobile/librelais_ffi.a \
  target/x86_64-apple-ios/mobile/librelais_ffi.a \
  -output "$work/sim/librelais_ffi.a"
xcodebuild -create-xcframework \
  -library target/aarch64-apple-ios/mobile/librelais_ffi.a -headers "$work/headers" \
  -library "$work/sim/librelais_ffi.a" -headers "$work/headers" \
  -output ios/RelaisFFIFFI.xcframework
echo "ios/RelaisFFIFFI.xcframework is ready; open the app with: cd ios && xcodegen && open Relais.xcodeproj"
