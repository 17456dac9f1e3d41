#!/usr/bin/env bash
# Installs every Debian package CookieLab needs to build, run and test.
# Idempotent, no prompts; run as root on Debian 12.
set -euo pipefail
packages=(
  build-essential cmake pkg-config ninja-build ccache clang-format
  libimgui-dev libglfw3-dev python3-glad libgl-dev
  libsqlite3-dev sqlite3 libssl-dev libpsl-dev libidn2-dev
  libtomlplusplus-dev libstb-dev libgoogle-perftools-dev
  catch2
  libfontconfig-dev fontconfig fonts-nanum
  xvfb xauth libgl1-mesa-dri
  # cookielab serve: cpp-httplib reads and writes HTTP/1.1 on the socket (no hand-written
  # socket code); curl is the second real client of the tests (tests/referee/curl_login.py);
  # chromium and python3-websocket run the referee, a real browser driven through the
  # DevTools protocol (tests/referee/chromium_referee.py; skipped when absent).
  libcpp-httplib-dev curl chromium python3-websocket
  # --format har: nlohmann/json writes the HAR (header-only; ordered_json keeps the spec's
  # key order). The same library reads HAR captures on import
  # (cookielab import: its SAX interface reads a large capture without building a DOM).
  nlohmann-json3-dev
  # The page (scripts/web.sh): emscripten's emcc (with GLFW and WebGL 2 in its JavaScript
  # libraries); dpkg-dev unpacks the Debian source packages of the libraries built for it
  # (scripts/web-deps.sh), tcl makes SQLite's amalgamation, python3-fonttools cuts the
  # fonts (DejaVu and Nanum, as fontconfig finds them natively), publicsuffix is the list
  # libpsl is built with.
  emscripten dpkg-dev tcl python3-fonttools publicsuffix fonts-dejavu-core
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# The Mermaid test (tests/scripts/mermaid_parse.sh) parses the diagrams with the mermaid npm
# package, installed into the build folder at test time: it needs node and npm. Debian's are
# installed only when there is no npm on PATH (a NodeSource node brings its own, and
# Debian's npm would not install beside it).
if ! command -v npm >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends nodejs npm
fi
