#!/usr/bin/env bash
# One entry for a fresh Debian machine: install what DMAD Studio needs, build it, then run it or test it.
#   packaging/setup.sh run             the GUI on the demo project (under Xvfb when there is no display)
#   packaging/setup.sh run --headless  no GUI: train the unified model on ../shared/data and score images
#   packaging/setup.sh test            the whole test suite (what CI runs)
# Idempotent: packages already installed are not fetched again; the build is incremental.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-run}"
shift || true
build_dir="${DMAD_BUILD_DIR:-$here/build}"
shared_dir="$(cd "$here/.." && pwd)/shared"
# OpenMP threads that spin while waiting made libtorch 10x slower whenever the cores were busy.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite qt6-svg-dev libqt6svg6
  libtorch-dev libopencv-dev libqcustomplot-dev
  libopenblas0-openmp   # without it libtorch runs on the reference BLAS: 10-45x slower
  xvfb xauth imagemagick
  python3-torch python3-torchvision   # only for packaging/export_backbone.py and its test
  libsodium-dev   # Argon2id password hashes (the .deb gets libsodium23 through shlibdeps)
  libssl-dev   # OpenSSL's per-thread state, released as a server connection closes (libpq's TLS)
  dpkg-dev file
  sqlite3   # the crash tests run a real `sqlite3 .backup` against a live project
  postgresql libqt6sql6-psql   # team projects on a server; the tests start a throw-away PostgreSQL
  clang-14 libclang-rt-14-dev   # the libFuzzer targets (tests/fuzz), run briefly by `setup.sh test`
  clang-format-14   # `setup.sh test` fails on unformatted C++ (packaging/check-format.sh)
)

install_packages() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages already installed"
    return
  fi
  echo "setup: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
  # CI (`test`) fails on a compiler warning in the project's own code; `run` only shows them.
  local werror=OFF
  [ "$mode" != test ] || werror=ON
  cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDMAD_SHARED_DIR="$shared_dir" \
    -DDMAD_WERROR="$werror"
  # -j2: a torch translation unit takes ~1.6 GB to compile; more jobs gain nothing on 2 cores.
  cmake --build "$build_dir" -j "${DMAD_JOBS:-2}"
}

run_tests() {
  export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
  chmod 700 "$XDG_RUNTIME_DIR"
  [ -d "$shared_dir" ] || echo "setup: $shared_dir is absent: suites that need real data or the backbone skip"
  ctest --test-dir "$build_dir" --output-on-failure --timeout 900 "$@"
}

run_gui() {
  local project="${DMAD_DEMO_PROJECT:-$here/demo-project}"
  # --demo and the default outlier textures come from the shared data (the build compiles in no path).
  export DMAD_SHARED_DIR="${DMAD_SHARED_DIR:-$shared_dir}"
  local gui=("$build_dir/app/gui/dmad-studio" --demo "$project")
  if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "${gui[@]}" "$@"
  fi
  echo "setup: no display found; starting the GUI under Xvfb (use 'run --headless' for the command line)"
  exec xvfb-run -a -s "-screen 0 1280x800x24" "${gui[@]}" "$@"
}

run_headless() {
  local out="${DMAD_OUT:-$here/out}"
  local cli="$build_dir/app/cli/dmad"
  mkdir -p "$out"
  # M_n at the evaluation run's 0.25 % (docs/evaluation.md), M_o at the preset's 2 %, 4 epochs: 3 minutes
  # here from a clean checkout; the heatmaps are named <folder>_<stem> because two of them are 000.jpg.
  "$cli" train --data "$shared_dir/data" --outliers "$shared_dir/data/outliers" --output "$out/unified.dmad" \
    --coreset-ratio 0.0025 --coreset-candidates 50000 --epochs 4 --feature-cache "$out/feature-cache" "$@"
  "$cli" score --model "$out/unified.dmad" --output "$out/heatmaps" \
    "$shared_dir"/data/piped_PA_BDP01_TL/test/impurity/PA_BDP01_TL_S_D_01_1.png "$shared_dir"/data/tire/test/cut/000.jpg \
    "$shared_dir"/data/tire/test/good/000.jpg
  echo "setup: model in $out/unified.dmad, heatmaps in $out/heatmaps"
}

install_packages
build
case "$mode" in
  test)
    bash "$here/packaging/check-format.sh"
    # Each fuzz target briefly (ASan + UBSan, clang; the long runs are `tests/fuzz/run-fuzzers.sh`), then
    # the suite, whose summary stays the last thing printed.
    DMAD_WERROR=ON bash "$here/tests/fuzz/run-fuzzers.sh" 20000 30
    run_tests "$@" ;;
  run)
    if [ "${1:-}" = "--headless" ]; then shift; run_headless "$@"; else run_gui "$@"; fi ;;
  *) echo "usage: packaging/setup.sh run [--headless] | test" >&2; exit 1 ;;
esac
