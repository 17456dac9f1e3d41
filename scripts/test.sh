#!/usr/bin/env bash
# Installs what is needed, builds CookieLab twice (release with the window; core
# and tests with AddressSanitizer + UndefinedBehaviorSanitizer) and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
jobs=$(nproc)

# The configure presets are in CMakePresets.json (asan: build-asan/, release: build/).
cmake --preset asan >/dev/null
cmake --build --preset asan -j"$jobs"
ctest --preset asan -j"$jobs"  # with ASAN_OPTIONS=detect_leaks=1, UBSAN_OPTIONS=print_stacktrace=1

cmake --preset release >/dev/null
cmake --build --preset release -j"$jobs"
ctest --preset release -j"$jobs"
