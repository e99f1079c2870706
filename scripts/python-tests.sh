#!/usr/bin/env bash
# Generates the Python bindings from the debug library and runs their pytest suite in a venv.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --locked -p relais-ffi
out=target/python
rm -rf "$out/relais_ffi.py"
cargo run --locked -q --bin uniffi-bindgen -- generate --library target/debug/librelais_ffi.so \
  --language python --out-dir "$out"
cp target/debug/librelais_ffi.so "$out/"
if [ ! -x target/pyenv/bin/pytest ]; then
  python3 -m venv target/pyenv
  target/pyenv/bin/pip install --quiet --disable-pip-version-check pytest==8.3.4
fi
PYTHONPATH="$out" target/pyenv/bin/pytest -q bindings/tests/python
