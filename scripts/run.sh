#!/usr/bin/env bash
# Installs what is needed, builds CookieLab and opens the window on the built-in
# lesson (extra arguments are passed on: a scenario file, --lang ko, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
exec build/cookielab "$@"
