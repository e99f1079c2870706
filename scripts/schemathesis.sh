#!/usr/bin/env bash
# The desk's API tested from its own description: Schemathesis (PyPI, in a venv under target/)
# reads desk/openapi.json from a real demo desk on 127.0.0.1 (temporary data folder), generates
# requests from the schemas (valid and invalid ones), then chains operations along the
# document's links (submit → status → withdraw) in its stateful phase, and checks every answer:
# no 5xx, every status, header and body as documented, invalid data refused, valid data accepted.
#
#   bash scripts/schemathesis.sh [max examples per operation]
#   (RELAIS_SCHEMATHESIS_SEED=N for another seed, RELAIS_SCHEMATHESIS_REPORTS=junit,har to keep
#   every exchange in target/schemathesis)
set -euo pipefail
cd "$(dirname "$0")/.."
examples=${1:-100}
venv=target/schemathesis-venv
if [ ! -x "$venv/bin/schemathesis" ]; then
  echo "== installing Schemathesis in $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check 'schemathesis==4.32.5'
fi

cargo build --locked -q -p relais-desk
data=$(mktemp -d)
log=$(mktemp)
# Schemathesis sends thousands of submissions from one address: lift the limits per address
# and for the whole desk (each referral counts as a copy-code try), or most referrals would get
# 429 and their logic would go untested. The limits themselves are tested in tests/tests/.
RELAIS_DESK_SUBMIT_PER_MINUTE=1000000 RELAIS_DESK_COPY_LOOKUPS_PER_MINUTE=1000000 \
RELAIS_DESK_COPY_LOOKUPS_PER_MINUTE_TOTAL=1000000 RUST_LOG=warn \
  target/debug/relais-desk demo --listen 127.0.0.1:0 --data "$data" >"$log" 2>&1 &
desk=$!
cleanup() {
  kill "$desk" 2>/dev/null || true
  wait "$desk" 2>/dev/null || true
  rm -rf "$data" "$log"
}
trap cleanup EXIT
base=""
for _ in $(seq 1 120); do
  base=$(grep -oE 'API: +http://127\.0\.0\.1:[0-9]+' "$log" | grep -oE 'http://.*' || true)
  [ -n "$base" ] && break
  kill -0 "$desk" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.5
done
[ -n "$base" ] || { echo "the demo desk did not start"; cat "$log"; exit 1; }
echo "== Schemathesis against $base (at most $examples examples per operation)"
mkdir -p target/schemathesis
# All checks but `ignored_auth`: it expects 401/403 for a wrong capability token, while the
# desk answers a wrong token exactly as an unknown request (404), so that no one can learn
# which request ids exist. That a token opens its own request and no other is checked by
# tests/tests/api.rs (a_token_reads_its_request_and_nothing_else).
SCHEMATHESIS_HOOKS=schemathesis_hooks PYTHONPATH="$(pwd)/scripts" RELAIS_SCHEMATHESIS_BASE="$base" \
"$venv/bin/schemathesis" run "$base/v1/openapi.json" \
  --checks all --exclude-checks ignored_auth \
  --max-examples "$examples" \
  --phases examples,coverage,fuzzing,stateful \
  --generation-database none \
  --seed "${RELAIS_SCHEMATHESIS_SEED:-20261124}" \
  --workers 1 \
  --request-timeout 10 \
  --report "${RELAIS_SCHEMATHESIS_REPORTS:-junit}" --report-dir target/schemathesis \
  --no-color
