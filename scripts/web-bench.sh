#!/usr/bin/env bash
# The page's speed and size (README, "The page"): builds it, then in headless Chromium on
# loopback measures the gzip size of everything it downloads, navigation to the first frame
# (median of 5 loads), stepping time over every step of every lesson (in the wasm), and the
# frame time of a 10,000-step scenario as `cookielab --bench-frames 300` measures it natively.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/web.sh --build-only
out=$(mktemp -d)
/usr/bin/python3 tests/web/web_page.py build-web/site "$out" bench
rm -rf "$out"
