#!/usr/bin/env bash
# Installs what is needed, builds CookieLab and opens the window on the built-in
# lesson (extra arguments are passed on: a scenario file, --lang ko, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset release >/dev/null  # CMakePresets.json: Release with the window, in build/
cmake --build --preset release -j"$(nproc)"
exec build/cookielab "$@"
