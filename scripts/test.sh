#!/usr/bin/env bash
# Installs what is needed, builds CookieLab three times (release with the window; core
# and tests with AddressSanitizer + UndefinedBehaviorSanitizer; the page, WebAssembly)
# and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
jobs=$(nproc)

# The configure presets are in CMakePresets.json (asan: build-asan/, release: build/).
cmake --preset asan >/dev/null
cmake --build --preset asan -j"$jobs"
ctest --preset asan -j"$jobs"  # with ASAN_OPTIONS=detect_leaks=1, UBSAN_OPTIONS=print_stacktrace=1

# The page (WebAssembly, build-web/): built before the release build is configured, which
# then registers the page's tests (label web) that open it in headless Chromium.
bash scripts/web.sh --build-only

cmake --preset release >/dev/null
cmake --build --preset release -j"$jobs"
ctest --preset release -j"$jobs"
