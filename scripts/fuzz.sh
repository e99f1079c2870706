#!/usr/bin/env bash
# Coverage-guided fuzzing (cargo-fuzz, libFuzzer) of every parser of outside bytes.
#
#   bash scripts/fuzz.sh [seconds per target] [target…]
#
# Builds the targets of fuzz/ on the stable toolchain (RUSTC_BOOTSTRAP=1 lets it take the
# sanitizer-coverage flags), writes the seed corpora from the demo data and sample files
# (fuzz/corpus/, not committed), runs each target for the given time (default 60 s), and prints
# per target the executions run and the coverage reached (libFuzzer's `cov:` edges and `ft:`
# features). Exits non-zero if any target crashes; the crashing input is kept under
# fuzz/artifacts/<target>/ and can be replayed with
#   fuzz/target/x86_64-unknown-linux-gnu/release/<target> fuzz/artifacts/<target>/<file>
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
secs=${1:-60}
shift || true

export RUSTC_BOOTSTRAP=1
# The flags `cargo fuzz build -s none` passes (cargo-fuzz 0.13), given directly so that CI
# need not install cargo-fuzz: libFuzzer's coverage instrumentation, `cfg(fuzzing)`, one
# codegen unit (cross-crate inlining survives the instrumentation), no sanitizer (the code
# under test is safe Rust; libFuzzer still stops on any panic, abort, stack overflow or
# timeout, and the executions per second are what a short CI run needs), debug assertions and
# overflow checks on. `cargo fuzz run -s none <target>` reuses the same build.
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing \
-Cllvm-args=-simplifycfg-branch-fold-threshold=0 -Cllvm-args=-sanitizer-coverage-stack-depth \
-Cdebug-assertions -Ccodegen-units=1"
triple=$(rustc -vV | sed -n 's/^host: //p')
cd fuzz
echo "== building the fuzz targets"
start=$(date +%s)
cargo build --locked --release --bins --target "$triple" --config 'profile.release.debug="line-tables-only"'
echo "   built in $(( $(date +%s) - start )) s"
bin=target/$triple/release

echo "== seed corpora"
"$bin/seeds" corpus "$root"

if (($#)); then
  targets=("$@")
else
  targets=()
  for f in fuzz_targets/*.rs; do targets+=("$(basename "$f" .rs)"); done
fi
mkdir -p logs
failed=()
printf '%-18s %12s %10s %8s %8s %8s\n' target executions exec/s cov ft corpus
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  log="logs/$t.log"
  # -rss_limit_mb: the desk target holds a SQLite desk in memory; 2 GB is libFuzzer's default.
  if "$bin/$t" "corpus/$t" -max_total_time="$secs" -print_final_stats=1 -timeout=10 \
      -artifact_prefix="artifacts/$t/" -close_fd_mask=1 >"$log" 2>&1; then
    status=ok
  else
    status=CRASH
    failed+=("$t")
  fi
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1 || true)
  rate=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1 || true)
  last=$(grep -E '^#[0-9]+' "$log" | grep -E 'cov: ' | tail -1 || true)
  cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || true)
  ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || true)
  corp=$(grep -oE 'corp: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || true)
  printf '%-18s %12s %10s %8s %8s %8s %s\n' "$t" "${runs:--}" "${rate:--}" "${cov:--}" "${ft:--}" "${corp:--}" \
    "$([ "$status" = ok ] || echo "CRASH (fuzz/$log, fuzz/artifacts/$t/)")"
done
if ((${#failed[@]})); then
  echo "crashed: ${failed[*]}" >&2
  for t in "${failed[@]}"; do
    echo "--- fuzz/logs/$t.log (end)" >&2
    tail -40 "logs/$t.log" >&2
  done
  exit 1
fi
echo "No crash."
