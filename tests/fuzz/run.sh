#!/usr/bin/env bash
# Runs the libFuzzer harnesses of a build made with -Dfuzzing=true, each
# for a given time, from the seeds (tests/fuzz/seeds, the examples and the
# rule sets) and the corpus kept in the build folder from earlier runs.
#
#   tests/fuzz/run.sh [--build DIR] [--seconds N] [--jobs N] [HARNESS...]
#
# --build DIR   the build folder (default: build-fuzz)
# --seconds N   time per harness (default: 60)
# --jobs N      parallel worker processes per harness (default: 1)
# HARNESS       fuzz-open, fuzz-open-patch, fuzz-json, fuzz-csv, fuzz-xlsx,
#               fuzz-ranking-table, fuzz-rules, fuzz-rank (default: all built)
#
# Prints one line per harness (executions, executions per second, coverage
# as libFuzzer counts it) and ends with "N harnesses, N failed". Inputs
# that crash are kept in DIR/fuzz/artifacts/HARNESS/; reproduce one with
# `DIR/tests/fuzz/HARNESS FILE`.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=build-fuzz
seconds=60
jobs=1
names=()
while [ $# -gt 0 ]; do
  case $1 in
    --build) build=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) names+=("$1"); shift ;;
  esac
done
build=$(cd "$build" && pwd) || { echo "no build folder $build"; exit 2; }
if [ ${#names[@]} = 0 ]; then
  for f in "$build"/tests/fuzz/fuzz-*; do
    [ -x "$f" ] && [ -f "$f" ] && names+=("$(basename "$f")")
  done
fi
[ ${#names[@]} -gt 0 ] || { echo "no harnesses in $build/tests/fuzz (configure with -Dfuzzing=true)"; exit 2; }

examples=$build/data/examples
export SK_EXAMPLES_DIR=$examples
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LC_ALL=C.UTF-8

# Seeds of each harness into a fresh folder (libFuzzer reads every file in
# the folders it is given; the first one also receives what it finds).
seed() {
  local name=$1 dir=$2
  mkdir -p "$dir"
  [ -d "$here/seeds/$name" ] && cp "$here/seeds/$name"/* "$dir"/ 2>/dev/null
  case $name in
    fuzz-open) cp "$examples"/*.seriktes "$dir"/ ;;
    fuzz-json) cp "$src"/data/examples/*.json "$dir"/ ;;
    fuzz-rules) cp "$src"/data/rules/*.ini "$dir"/ ;;
    fuzz-ranking-table|fuzz-xlsx)
      # The ranking-table fixtures of the tests, in each publisher's layout.
      local fixtures=$build/fuzz/fixtures
      if [ ! -d "$fixtures" ]; then
        mkdir -p "$fixtures"
        "$build/tests/make-ranking-fixtures" "$fixtures" >/dev/null 2>&1
      fi
      if [ "$name" = fuzz-xlsx ]; then cp "$fixtures"/*.xlsx "$dir"/ 2>/dev/null
      else cp "$fixtures"/* "$dir"/; fi ;;
  esac
}

max_len() {
  case $1 in
    fuzz-open) echo 400000 ;;
    fuzz-open-patch) echo 400 ;;
    fuzz-json) echo 200000 ;;
    fuzz-csv|fuzz-rules) echo 16384 ;;
    fuzz-xlsx|fuzz-ranking-table) echo 65536 ;;
    *) echo 256 ;;
  esac
}

total=0
failed=0
for name in "${names[@]}"; do
  exe=$build/tests/fuzz/$name
  [ -x "$exe" ] || { echo "$name: not built"; failed=$((failed + 1)); total=$((total + 1)); continue; }
  corpus=$build/fuzz/corpus/$name
  seeds=$build/fuzz/seeds/$name
  artifacts=$build/fuzz/artifacts/$name/
  log=$build/fuzz/$name.log
  rm -rf "$seeds"
  seed "$name" "$seeds"
  mkdir -p "$corpus" "$artifacts"
  args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -max_len="$(max_len "$name")"
        -print_final_stats=1 -artifact_prefix="$artifacts")
  [ -f "$here/$name.dict" ] && args+=(-dict="$here/$name.dict")
  if [ "$jobs" -gt 1 ]; then args+=(-fork="$jobs"); fi
  "$exe" "${args[@]}" "$corpus" "$seeds" >"$log" 2>&1
  rc=$?
  total=$((total + 1))
  runs=$(grep -E '^stat::number_of_executed_units:' "$log" | awk '{print $2}')
  speed=$(grep -E '^stat::average_exec_per_sec:' "$log" | awk '{print $2}')
  cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1)
  edges=$(grep -Eo 'Loaded 1 modules +\([0-9]+ inline' "$log" | grep -Eo '[0-9]+' | tail -n 1)
  units=$(ls "$corpus" | wc -l)
  if [ $rc = 0 ]; then
    echo "$name: ok, ${runs:-?} executions in ${seconds} s (${speed:-?}/s), ${cov:-cov: ?} (of ${edges:-?} edges), corpus $units"
  else
    failed=$((failed + 1))
    echo "$name: FAILED (exit $rc), ${runs:-?} executions; the log: $log"
    grep -E 'ERROR|ERROR:|runtime error|Test unit written|Bail out|\*\*' "$log" | head -n 20
  fi
done
echo "$total harnesses, $failed failed"
[ $failed = 0 ]
