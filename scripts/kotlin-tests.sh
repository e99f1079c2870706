#!/usr/bin/env bash
# Compiles the generated Kotlin bindings, the pure-Kotlin app layer (android/shared) and the
# JUnit tests with kotlinc, and runs them on the JVM against the debug library.
# Installs kotlinc (npm `kotlin-compiler`) and JNA + JUnit 5 (Debian) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

tools=target/tools
kotlinc="$tools/node_modules/kotlin-compiler/bin/kotlinc"
if [ ! -x "$kotlinc" ]; then
  echo "== installing kotlinc (npm kotlin-compiler@2.4.20)"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error kotlin-compiler@2.4.20
fi
if [ ! -f /usr/share/java/jna.jar ] || [ ! -f /usr/share/java/junit-platform-console-standalone.jar ]; then
  echo "== installing libjna-java and junit5"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq libjna-java junit5 >/dev/null
fi
klib="$tools/node_modules/kotlin-compiler/lib"
jna=/usr/share/java/jna.jar
junit_api=/usr/share/java/junit-jupiter-api.jar
launcher=/usr/share/java/junit-platform-console-standalone.jar
coroutines="$klib/kotlinx-coroutines-core-jvm.jar"

echo "== generating the Kotlin bindings from the debug library"
cargo build --locked -p relais-ffi
rm -rf target/kotlin
cargo run --locked -q --bin uniffi-bindgen -- generate --library target/debug/librelais_ffi.so \
  --language kotlin --out-dir target/kotlin/generated --no-format

echo "== compiling bindings + android/shared + tests"
mapfile -t sources < <(find target/kotlin/generated android/shared/src/main/kotlin bindings/tests/kotlin -name '*.kt')
"$kotlinc" -nowarn -jvm-target 17 -cp "$jna:$junit_api:$coroutines" -d target/kotlin/classes "${sources[@]}"

echo "== starting a demo desk on loopback for the sync tests"
cargo build --locked -q -p relais-desk
desk_dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
target/debug/relais-desk demo --listen "127.0.0.1:$port" --data "$desk_dir/data" >"$desk_dir/desk.log" 2>&1 &
desk_pid=$!
trap 'kill $desk_pid 2>/dev/null; rm -rf "$desk_dir"' EXIT
for _ in $(seq 1 100); do
  if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
  sleep 0.1
done
export RELAIS_TEST_DESK="http://127.0.0.1:$port"

echo "== running the JUnit tests on the JVM"
java -Djna.library.path=target/debug -jar "$launcher" \
  --class-path "target/kotlin/classes:$jna:$klib/kotlin-stdlib.jar:$coroutines" \
  --scan-class-path --fail-if-no-tests --disable-banner --details=tree
