#!/usr/bin/env bash
# Formats every tracked C++ file in place with the repo's .clang-format (clang-format 14,
# Debian's). `--check` changes nothing and lists the files that differ (the test uses it).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
files=$(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h')
if [ "$mode" = --check ]; then
  bad=0
  for f in $files; do
    if ! clang-format --style=file "$f" | cmp -s - "$f"; then echo "$f: not formatted as .clang-format says (bash scripts/format.sh)"; bad=1; fi
  done
  echo "$(echo "$files" | wc -w) files checked"
  exit $bad
fi
echo "$files" | xargs clang-format --style=file -i
