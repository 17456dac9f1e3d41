#!/usr/bin/env bash
# Builds the page (WebAssembly, preset web, into build-web/) and serves it on loopback:
#   bash scripts/web.sh               then open http://127.0.0.1:8000/
#   bash scripts/web.sh --build-only  (what scripts/test.sh runs)
#   bash scripts/web.sh --port 8001
# The folder build-web/site/ is the whole page: copy it to any static web host.
set -euo pipefail
cd "$(dirname "$0")/.."
port=8000 serve=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --build-only) serve=no ;;
    --port) port=$2; shift ;;
    *) echo "usage: scripts/web.sh [--build-only] [--port N]" >&2; exit 2 ;;
  esac
  shift
done
bash scripts/setup.sh
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}  # emcc's JavaScript tools use Debian's acorn
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
bash scripts/web-deps.sh build-web/deps
emcmake cmake --preset web >/dev/null
cmake --build --preset web -j"$(nproc)"
if [ "$serve" = yes ]; then
  echo "CookieLab in a page: http://127.0.0.1:$port/  (Ctrl+C stops)"
  exec /usr/bin/python3 -m http.server "$port" --bind 127.0.0.1 --directory build-web/site
fi
