#!/usr/bin/env bash
# kill -9 series (issue #13): SIGKILL at random moments during (a) training and model saving into a project,
# (b) the demo import, (c) a burst of labelling and mask saving; after every kill the project is reopened and
# checked (integrity_check, no half-written file under a final name, every reported change present, the last
# reported model loads and scores bit-identically). Prints a summary table. Not part of CTest (minutes).
#   packaging/kill9-series.sh [RUNS]            RUNS kills per scenario (default 20)
# Needs the targets dmad_project_harness and dmad_train_harness (tests/project) and ../shared.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${DMAD_BUILD_DIR:-$here/build}"
shared="${DMAD_SHARED_DIR:-$(cd "$here/.." && pwd)/shared}"
runs="${1:-20}"
ph="$build/tests/project/dmad_project_harness"
th="$build/tests/project/dmad_train_harness"
backbone="$shared/models/mobilenet_v2_imagenet_features.ts.pt"
export OMP_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE QT_QPA_PLATFORM=offscreen
for tool in "$ph" "$th"; do
  [ -x "$tool" ] || { echo "kill9: build $(basename "$tool") first (cmake --build build --target $(basename "$tool"))"; exit 2; }
done
[ -f "$backbone" ] || { echo "kill9: $backbone is missing"; exit 2; }
work="$(mktemp -d /tmp/dmad-kill9.XXXXXX)"
echo "kill9: working in $work"

# A random delay in seconds with millisecond resolution between $1 and $2 (whole seconds).
delay() { awk -v lo="$1" -v hi="$2" -v r="$RANDOM$RANDOM" 'BEGIN { srand(r); printf "%.3f", lo + rand() * (hi - lo) }'; }

declare -A ok fail detail
# One kill: start "$@" with its stdout appended to $log, wait $wait s, SIGKILL it.
kill_after() {
  local wait="$1" log="$2"; shift 2
  "$@" >>"$log" 2>>"$log.err" &
  local pid=$!
  sleep "$wait"
  if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; echo killed; else echo finished; fi
  wait "$pid" 2>/dev/null
}

record() {  # scenario, run, check output, status
  if [ "$4" -eq 0 ]; then ok[$1]=$(( ${ok[$1]:-0} + 1 )); else fail[$1]=$(( ${fail[$1]:-0} + 1 )); fi
  printf '%-10s run %2d  %-8s %s\n' "$1" "$2" "$5" "$3"
}

# (a) training and model saving
proj="$work/train"; log="$work/train.log"
"$th" init "$proj" "$shared/data/piped_PA_BDP01_TL/train/good" 6 >/dev/null || exit 1
killed=0
for i in $(seq 1 "$runs"); do
  how=$(kill_after "$(delay 0.3 4)" "$log" "$th" train "$proj" "$backbone" "$shared/data/outliers")
  [ "$how" = killed ] && killed=$((killed + 1))
  out=$("$th" check "$proj" "$log" "$backbone" 2>&1); rc=$?
  record training "$i" "$out" "$rc" "$how"
done
detail[training]="killed $killed/$runs; versions committed $(grep -c 'model committed' "$log")"

# (b) demo import of ../shared/data
demo="$work/demo"; log="$work/demo.log"
start=$(date +%s%N)
"$ph" demo "$work/demo-reference" "$shared/data" >"$work/demo-reference.log" || exit 1
took=$(( ($(date +%s%N) - start) / 1000000 ))  # ms; kills fall within an import's duration
images=$(awk '/demo done/ { print $3 }' "$work/demo-reference.log")
killed=0
for i in $(seq 1 "$runs"); do
  rm -rf "$demo"  # a complete one from the last run; a .partial one is left, as a kill leaves it
  how=$(kill_after "$(delay 0 "$(awk -v t="$took" 'BEGIN { print t / 1000 }')")" "$log" "$ph" demo "$demo" "$shared/data")
  [ "$how" = killed ] && killed=$((killed + 1))
  out=$("$ph" check-demo "$demo" "$shared/data" "$images" 2>&1); rc=$?
  record demo "$i" "$out" "$rc" "$how"
done
detail[demo]="killed $killed/$runs; $images images per complete import (${took} ms)"

# (c) a burst of labelling and mask saving
proj="$work/labels"; log="$work/labels.log"
"$ph" init "$proj" 16 >/dev/null || exit 1
killed=0
for i in $(seq 1 "$runs"); do
  how=$(kill_after "$(delay 0 2)" "$log" "$ph" write "$proj" --masks --reopen)
  [ "$how" = killed ] && killed=$((killed + 1))
  out=$("$ph" check "$proj" "$log" 2>&1); rc=$?
  record labelling "$i" "$out" "$rc" "$how"
done
detail[labelling]="killed $killed/$runs; changes reported $(grep -c '^saved ' "$log")"

echo
printf '%-10s | %5s | %6s | %s\n' scenario runs failed details
printf -- '-----------+-------+--------+------------------------------------------\n'
total_fail=0
for s in training demo labelling; do
  printf '%-10s | %5d | %6d | %s\n' "$s" "$(( ${ok[$s]:-0} + ${fail[$s]:-0} ))" "${fail[$s]:-0}" "${detail[$s]}"
  total_fail=$(( total_fail + ${fail[$s]:-0} ))
done
[ "$total_fail" -eq 0 ] && rm -rf "$work"
exit $(( total_fail > 0 ))
