#!/usr/bin/env bash
# Builds the libFuzzer targets (Debian clang 14, ASan + UBSan) in build-fuzz/ and runs each for RUNS executions
# or SECONDS seconds, whichever ends first. Prints one summary line per target; exit 1 on any crash/report.
#
#   tests/fuzz/run-fuzzers.sh [RUNS [SECONDS [TARGET...]]]     defaults: 1000000 600 all five targets
#   CI: tests/fuzz/run-fuzzers.sh 20000 30                      (each target briefly)
# DMAD_WERROR=ON (as packaging/setup.sh test sets it) makes clang's warnings errors, as in the main build.
#
# New inputs go to build-fuzz/fuzz-work/<target>/corpus, findings to build-fuzz/fuzz-work/<target>/crash-*;
# the committed seeds in tests/fuzz/corpus/<target>/ are read, never written.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-1000000}
seconds=${2:-600}
shift $(( $# > 2 ? 2 : $# ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_image_decode fuzz_mask_load fuzz_config_text fuzz_mvtec_folder fuzz_model_file)
build=${DMAD_FUZZ_BUILD:-$root/build-fuzz}
launcher=()
command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++-14 \
      -DDMAD_FUZZ=ON -DDMAD_BUILD_GUI=OFF -DDMAD_BUILD_TESTS=OFF \
      -DDMAD_WERROR="${DMAD_WERROR:-OFF}" "${launcher[@]}" > /dev/null \
  || { echo "configure failed"; exit 2; }
nice cmake --build "$build" -j"${JOBS:-2}" --target "${targets[@]}" || { echo "build failed"; exit 2; }

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=0:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export OMP_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE
# fuzz_mvtec_folder builds a folder tree per input: on tmpfs where there is one.
[ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ] && export TMPDIR=/dev/shm
status=0
for t in "${targets[@]}"; do
  work="$build/fuzz-work/$t"
  mkdir -p "$work/corpus"
  start=$(date +%s)
  "$build/tests/fuzz/$t" -runs="$runs" -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=30 \
      -print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" "$root/tests/fuzz/corpus/$t" > "$work/log" 2>&1
  rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/log" | grep -o '[0-9]*$' || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "$work/log" | tail -1 | grep -o '[0-9]*' || echo "?")
  echo "$t: rc $rc, ${execs} executions, coverage ${cov}, $(( $(date +%s) - start )) s (log: $work/log)"
  [ $rc -eq 0 ] || status=1
done
exit $status
