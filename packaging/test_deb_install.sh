#!/bin/sh
# Builds the dmad-studio .deb with CPack, installs it with apt, checks that the installed programs carry no
# path of the build machine, that `dmad --help` works, that the installed `dmad score` finds the installed
# default backbone with no options but the model and an image, and that `dmad-studio` starts and stays up
# under a virtual X server, then removes the package again.
#
# usage: packaging/test_deb_install.sh BUILD_DIR [SECONDS_UP]
#   BUILD_DIR   a configured CMake build folder of this project (Release recommended)
#   SECONDS_UP  how long the GUI must stay up (default 5)
# Needs: root, apt access to the Debian mirrors (for the package's dependencies), dpkg-dev
# (dpkg-shlibdeps), xvfb and xauth (xvfb-run), binutils (strings), and the shared folder the build was
# configured with (DMAD_SHARED_DIR: the backbone and a few PIPED images). Exit status 0 only when every step passed.
set -eu

fail() {
    echo "test_deb_install: FAIL: $*" >&2
    exit 1
}
step() {
    echo "test_deb_install: $*"
}

build=${1:-}
seconds_up=${2:-5}
[ -n "$build" ] || fail "usage: $0 BUILD_DIR [SECONDS_UP]"
[ -f "$build/CMakeCache.txt" ] || fail "$build is not a configured CMake build folder"
build=$(cd "$build" && pwd)
source_dir=$(cd "$(dirname "$0")/.." && pwd)
shared=$(sed -n 's/^DMAD_SHARED_DIR:[A-Z]*=//p' "$build/CMakeCache.txt")
[ -d "$shared" ] || fail "the shared folder '$shared' (DMAD_SHARED_DIR of $build) is missing: it holds the backbone"
shared=$(cd "$shared" && pwd)
[ "$(id -u)" -eq 0 ] || fail "must run as root (it installs and removes a package)"
for tool in cpack apt-get dpkg-deb dpkg-shlibdeps xvfb-run strings; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (packages: cmake, apt, dpkg-dev, xvfb, binutils)"
done
if dpkg-query -W -f='${Status}' dmad-studio 2>/dev/null | grep -q "ok installed"; then
    fail "dmad-studio is already installed; remove it first so this test cannot disturb a real installation"
fi

# The package is useless without both programs: say which one the build does not define.
targets=$(cmake --build "$build" --target help 2>/dev/null) || fail "cannot list the targets of $build"
for target in dmad-studio dmad; do
    echo "$targets" | grep -Eq "(^|[[:space:]])$target(:|$|[[:space:]])" ||
        fail "the build defines no target '$target' (app/gui or app/cli missing, or DMAD_BUILD_GUI=OFF)"
done

step "building the installed targets"
optional=""
for target in dmad_manpage dmad_icon_pngs; do
    echo "$targets" | grep -Eq "(^|[[:space:]])$target(:|$|[[:space:]])" && optional="$optional $target"
done
# shellcheck disable=SC2086  # the optional targets are separate words on purpose
cmake --build "$build" --target dmad-studio dmad $optional -- -j2 >/dev/null 2>&1 ||
    cmake --build "$build" --target dmad-studio dmad $optional || fail "the build failed"

step "packaging with CPack"
out="$build/packages"
rm -rf "$out"
mkdir -p "$out"
(cd "$build" && cpack -G DEB -B "$out") >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log" >&2
    fail "cpack failed (log above)"
}
deb=$(find "$out" -maxdepth 1 -name 'dmad-studio_*.deb' | head -n 1)
[ -n "$deb" ] || fail "cpack made no dmad-studio_*.deb in $out"
size=$(du -k "$deb" | cut -f1)
step "package: $deb (${size} KiB)"
dpkg-deb --field "$deb" Package Version Depends Recommends Suggests
# Drivers Qt Sql loads at run time: shlibdeps cannot see them, so they must be named.
for driver in libqt6sql6-sqlite libqt6sql6-psql; do
    dpkg-deb --field "$deb" Depends | grep -q "$driver" || fail "the package does not depend on $driver"
done
contents=$(dpkg-deb --contents "$deb")
for file in ./usr/bin/dmad-studio ./usr/bin/dmad ./usr/share/applications/dmad-studio.desktop \
            ./usr/share/icons/hicolor/scalable/apps/dmad-studio.svg ./usr/share/man/man1/dmad.1 \
            ./usr/share/dmad-studio/models/mobilenet_v2_imagenet_features.ts.pt \
            ./usr/share/dmad-studio/models/mobilenet_v2_imagenet_features.LICENSE; do
    echo "$contents" | grep -q " $file" || fail "the package lacks $file"
done
case "$optional" in
*dmad_icon_pngs*)
    echo "$contents" | grep -q " ./usr/share/icons/hicolor/48x48/apps/dmad-studio.png" ||
        fail "the package lacks the rendered PNG icons"
    ;;
esac

cleanup() {
    status=$?
    if dpkg-query -W -f='${Status}' dmad-studio 2>/dev/null | grep -q "ok installed"; then
        step "removing the package"
        apt-get purge -y dmad-studio >/dev/null 2>&1 || echo "test_deb_install: could not remove dmad-studio" >&2
    fi
    exit $status
}
trap cleanup EXIT INT TERM

step "installing with apt-get (dependencies from the Debian mirrors)"
DEBIAN_FRONTEND=noninteractive apt-get install -y "$deb" >"$out/apt.log" 2>&1 || {
    tail -n 30 "$out/apt.log" >&2
    fail "apt-get install failed"
}
for program in /usr/bin/dmad-studio /usr/bin/dmad; do
    [ -x "$program" ] || fail "$program was not installed"
done

step "no build machine paths in the installed programs"
# Both encodings: QStringLiteral keeps its text as UTF-16.
for program in /usr/bin/dmad-studio /usr/bin/dmad; do
    text=$( (strings -a "$program"; strings -a -e l "$program") 2>/dev/null)
    for path in "$source_dir" "$build" "$shared"; do
        found=$(printf '%s\n' "$text" | grep -F -- "$path" | head -n 3)
        [ -z "$found" ] || fail "$program contains the build machine's path $path: $found"
    done
done

step "dmad --help"
/usr/bin/dmad --help >"$out/dmad-help.txt" 2>&1 || {
    cat "$out/dmad-help.txt" >&2
    fail "dmad --help exited with $?"
}
grep -qi "train" "$out/dmad-help.txt" || fail "dmad --help does not mention its train command"
man -l /usr/share/man/man1/dmad.1.gz >/dev/null 2>&1 || [ ! -x /usr/bin/man ] || fail "the man page does not render"

step "installed dmad score with the installed default backbone"
scratch=$(mktemp -d)
# A tiny category (six training images, one test image) and a model trained on a copy of the backbone that is
# then removed: the model's recorded backbone is gone, so `dmad score` must find the installed one.
piped="$shared/data/piped_PA_BDP01_TL"
mkdir -p "$scratch/tiny/train/good" "$scratch/tiny/test/good"
find "$piped/train/good" -maxdepth 1 -type f | sort | head -n 6 | while read -r file; do
    ln -s "$file" "$scratch/tiny/train/good/"
done
image=$(find "$piped/test/good" -maxdepth 1 -type f | sort | head -n 1)
image=$(basename "$image")
ln -s "$piped/test/good/$image" "$scratch/tiny/test/good/"
cp "$shared/models/mobilenet_v2_imagenet_features.ts.pt" "$scratch/backbone.ts.pt"
env -u DMAD_BACKBONE OMP_WAIT_POLICY=PASSIVE /usr/bin/dmad train --data "$scratch/tiny" \
    --outliers "$shared/data/outliers/skimage" --backbone "$scratch/backbone.ts.pt" --epochs 1 --threads 2 \
    --output "$scratch/tiny.dmad" >"$out/train.log" 2>&1 || {
    cat "$out/train.log" >&2
    fail "the installed dmad train failed"
}
rm "$scratch/backbone.ts.pt"
env -u DMAD_BACKBONE OMP_WAIT_POLICY=PASSIVE /usr/bin/dmad score --model "$scratch/tiny.dmad" \
    "$scratch/tiny/test/good/$image" >"$out/score.csv" 2>"$out/score.log" || {
    cat "$out/score.log" >&2
    fail "the installed dmad score failed without --backbone"
}
grep -q "^$scratch/tiny/test/good/$image,[-0-9.e]*\$" "$out/score.csv" || {
    cat "$out/score.csv" "$out/score.log" >&2
    fail "dmad score printed no score for $image"
}

step "dmad-studio under xvfb-run for ${seconds_up}s"
mkdir -m 700 "$scratch/runtime" "$scratch/home"
# The check runs inside the X session, so xvfb-run stops its server however the GUI ends.
# shellcheck disable=SC2016  # the inner script expands its own arguments
XDG_RUNTIME_DIR=$scratch/runtime HOME=$scratch/home QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1280x800x24" sh -c '
        "$0" & pid=$!
        sleep "$1"
        if ! kill -0 "$pid" 2>/dev/null; then
            wait "$pid"
            echo "dmad-studio exited early with status $?"
            exit 1
        fi
        kill "$pid"
        wait "$pid" 2>/dev/null
        exit 0' /usr/bin/dmad-studio "$seconds_up" >"$out/gui.log" 2>&1 || {
    cat "$out/gui.log" >&2
    fail "dmad-studio did not stay up for ${seconds_up}s (log above)"
}
rm -rf "$scratch"

step "PASS ($deb, ${size} KiB)"
