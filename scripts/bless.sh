#!/usr/bin/env bash
# Re-blesses the golden transcripts under tests/golden/ on purpose: after a change that
# is meant to change what learners see. Builds first; `git diff tests/golden` then shows
# exactly what changed, for review.   bash scripts/bless.sh [LESSON...]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
[ -f "$build/build.ninja" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target cookielab
bash tests/scripts/golden.sh write "$PWD/$build/cookielab" "$PWD" "$@"
git --no-pager diff --stat -- tests/golden || true
