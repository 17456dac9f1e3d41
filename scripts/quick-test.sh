#!/usr/bin/env bash
# The inner loop: builds the core without the window (preset quick, build-quick/) and
# runs the core's tests (label core: every module's Catch2 cases, the lessons, the
# golden transcripts, the CLI), not the window's screenshots nor the curl and Chromium
# referees. Extra arguments go to ctest, e.g. -R 'cookie: ' or --rerun-failed.
# Needs what scripts/setup.sh installs; under 3 minutes on 2 cores with a warm ccache.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
cmake --preset quick >/dev/null
cmake --build --preset quick -j"$jobs"
ctest --preset quick -j"$jobs" "$@"
