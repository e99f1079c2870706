#!/usr/bin/env bash
# Generates the Python bindings from the debug library and runs their pytest suite in a venv;
# then validates the data·inclusion sample with the official schema package (schema 1.x).
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
# The official pydantic models of data·inclusion, schema 1.x (pinned).
if ! target/pyenv/bin/python -c 'import importlib.metadata as m; assert m.version("data-inclusion-schema") == "1.0.10"' 2>/dev/null; then
  target/pyenv/bin/pip install --quiet --disable-pip-version-check data-inclusion-schema==1.0.10
fi
PYTHONPATH="$out" target/pyenv/bin/pytest -q bindings/tests/python
target/pyenv/bin/pytest -q tests/schema
