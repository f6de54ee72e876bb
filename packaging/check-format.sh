#!/usr/bin/env bash
# Fails when a tracked C++ file differs from what `clang-format` (the repo's .clang-format) makes of it.
#   packaging/check-format.sh         list the unformatted files, exit 1 when there are any
#   packaging/check-format.sh --fix   format them in place
set -euo pipefail
cd "$(dirname "$0")/.."
formatter="${CLANG_FORMAT:-$(command -v clang-format-14 || command -v clang-format)}"
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = "--fix" ]; then
  "$formatter" -i "${files[@]}"
  exit 0
fi
bad=()
for f in "${files[@]}"; do
  "$formatter" --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
  printf 'check-format: not formatted (run packaging/check-format.sh --fix):\n' >&2
  printf '  %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files formatted"
