#!/usr/bin/env bash
# Every lesson's sequence diagram (cookielab run --format mermaid, and the block the
# markdown transcript embeds), both languages, parsed by the mermaid npm package.
#   mermaid_parse.sh COOKIELAB SOURCE_DIR NPM_DIR
# The package is installed once into NPM_DIR (the build folder's npm/) and reused; exit 77
# (ctest's skip) when node or npm is missing or the registry cannot be reached.
set -euo pipefail
cookielab=$1 src=$2 npm_dir=$3
command -v node >/dev/null && command -v npm >/dev/null || { echo "node or npm not installed: skipped"; exit 77; }
if [ ! -f "$npm_dir/node_modules/mermaid/package.json" ]; then
  mkdir -p "$npm_dir"
  timeout 300 npm install --prefix "$npm_dir" --no-audit --no-fund --loglevel=error mermaid@10 >/dev/null 2>&1 ||
    { echo "npm install mermaid@10 failed (no registry?): skipped"; exit 77; }
fi
cp "$src/tests/scripts/mermaid_parse.mjs" "$npm_dir/"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$src"
lessons=(-)
for f in scenarios/*.toml; do lessons+=("$f"); done
for file in "${lessons[@]}"; do
  name=$([ "$file" = - ] && echo builtin || basename "$file" .toml)
  for lang in en ko; do
    "$cookielab" run "$file" --format mermaid --lang "$lang" >"$out/$name.$lang.mmd" || true
    [ -s "$out/$name.$lang.mmd" ] || { echo "$name ($lang): cookielab run --format mermaid printed nothing"; exit 1; }
    # The block the lesson notes embed: between ```mermaid and the next ```.
    "$cookielab" run "$file" --format markdown --lang "$lang" |
      awk '/^```mermaid$/{on=1; next} on && /^```$/{exit} on' >"$out/$name.$lang.md.mmd" || true
    cmp -s "$out/$name.$lang.mmd" "$out/$name.$lang.md.mmd" ||
      { echo "$name ($lang): the markdown's diagram is not the --format mermaid one"; exit 1; }
  done
done
node "$npm_dir/mermaid_parse.mjs" "$out"/*.mmd
