#!/usr/bin/env bash
# Runs the same command twice in two processes and fails unless both outputs are
# byte for byte the same (and not empty): transcripts must be deterministic.
set -euo pipefail
a=$(mktemp); b=$(mktemp)
trap 'rm -f "$a" "$b"' EXIT
"$@" >"$a"
"$@" >"$b"
[ -s "$a" ] || { echo "empty output from: $*"; exit 1; }
cmp "$a" "$b"
echo "identical: $(wc -c <"$a") bytes"
