#!/usr/bin/env bash
# The libraries the page needs that Debian ships only as native binaries, from Debian's own
# source packages, into the build folder (never committed): Dear ImGui, SQLite, libpsl,
# libidn2 and mbedTLS. `apt-get source` reads a private sources list with its own lists
# folder under DEPS/apt, so the machine's apt configuration is not touched. The downloaded
# sources stay in DEPS/src: a rebuild does not fetch them again.
#   usage: bash scripts/web-deps.sh DEPS     (scripts/web.sh passes build-web/deps)
# Writes DEPS/deps.cmake, which cmake/web.cmake reads. ImGui, SQLite, libpsl and mbedTLS are
# compiled by the web build itself (with ccache); libidn2 needs its autotools configure
# (gnulib's and libunistring's checks), run here once with emconfigure.
set -euo pipefail
deps=$(realpath -m "${1:?usage: web-deps.sh DEPS}")
mkdir -p "$deps/apt/lists/partial" "$deps/src"
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}  # emcc's JS tools find Debian's acorn there

packages=(imgui sqlite3 libpsl libidn2 mbedtls)
apt_opts=(-o Dir::Etc::SourceList="$deps/apt/sources.list" -o Dir::Etc::SourceParts=-
  -o Dir::State::Lists="$deps/apt/lists" -o Dir::Cache="$deps/apt/cache" -o Debug::NoLocking=1
  -o APT::Sandbox::User=root)

fetched=yes
for p in "${packages[@]}"; do
  ls "$deps/src/${p}_"*.dsc >/dev/null 2>&1 || fetched=no
done
if [ "$fetched" = no ]; then
  # The suites of the machine's Debian (bookworm on Debian 12), as deb-src lines.
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
  cat > "$deps/apt/sources.list" <<EOF
deb-src http://deb.debian.org/debian $codename main
deb-src http://deb.debian.org/debian $codename-updates main
deb-src http://deb.debian.org/debian-security $codename-security main
EOF
  mkdir -p "$deps/apt/cache/archives/partial"
  apt-get "${apt_opts[@]}" -qq update
  (cd "$deps/src" && apt-get "${apt_opts[@]}" -qq --download-only source "${packages[@]}")
fi

# Unpack each (with Debian's patches applied) once.
for p in "${packages[@]}"; do
  dsc=$(ls "$deps/src/${p}_"*.dsc | sort | tail -1)
  version=$(sed -n 's/^Version: //p' "$dsc" | head -1)
  upstream=${version#*:}
  upstream=${upstream%-*}
  dir="$deps/src/$p-$upstream"
  if [ ! -d "$dir" ]; then
    (cd "$deps/src" && dpkg-source --no-check -x "$(basename "$dsc")" "$dir" >/dev/null)
  fi
  declare "dir_${p//[^a-z0-9]/_}=$dir"
done

# SQLite's amalgamation (sqlite3.c), made from its source tree as upstream makes it (tclsh).
if [ ! -f "$deps/sqlite/sqlite3.c" ]; then
  mkdir -p "$deps/sqlite-build"
  (cd "$deps/sqlite-build" && "$dir_sqlite3/configure" --disable-tcl >/dev/null && make -s sqlite3.c >/dev/null)
  mkdir -p "$deps/sqlite"
  cp "$deps/sqlite-build/sqlite3.c" "$deps/sqlite-build/sqlite3.h" "$deps/sqlite/"
fi

# libidn2, static, with its own copy of the libunistring parts it uses.
if [ ! -f "$deps/idn2/lib/libidn2.a" ]; then
  rm -rf "$deps/idn2-build"
  cp -a "$dir_libidn2" "$deps/idn2-build"  # -a: autotools compare the timestamps
  (
    cd "$deps/idn2-build"
    emconfigure ./configure --host=wasm32-unknown-emscripten --prefix="$deps/idn2" --disable-shared \
      --enable-static --with-included-unistring --disable-doc --disable-nls --disable-valgrind-tests \
      --disable-gtk-doc >configure.log 2>&1 || { tail -20 configure.log; exit 1; }
    for d in unistring gl lib; do emmake make -s -C $d -j2 >>make.log 2>&1 || { tail -20 make.log; exit 1; }; done
    mkdir -p "$deps/idn2/lib" "$deps/idn2/include"
    cp lib/.libs/libidn2.a "$deps/idn2/lib/"
    cp lib/idn2.h "$deps/idn2/include/"
  )
fi

cat > "$deps/deps.cmake" <<EOF
# Written by scripts/web-deps.sh: where the web build finds the libraries' sources.
set(WEB_IMGUI_DIR "$dir_imgui")
set(WEB_SQLITE_DIR "$deps/sqlite")
set(WEB_PSL_DIR "$dir_libpsl")
set(WEB_IDN2_DIR "$deps/idn2")
set(WEB_MBEDTLS_DIR "$dir_mbedtls")
EOF
