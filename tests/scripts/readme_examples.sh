#!/usr/bin/env bash
# Runs every "$ ... | cookielab cookies ..." example of a README section and diffs
# its output with the lines the README shows under it: the examples stay true.
# usage: readme_examples.sh COOKIELAB README "SECTION HEADING"
set -euo pipefail
cookielab=$1 readme=$2 heading=$3
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
ln -s "$cookielab" "$bin/cookielab"
# The section: from its heading to the next heading.
section=$(awk -v h="$heading" '$0 == h {on=1; next} on && /^#/ {exit} on' "$readme")
[ -n "$section" ] || { echo "no section \"$heading\" in $readme"; exit 1; }
n=0 failed=0 cmd="" expected="" state=out
run() {
  [ -n "$cmd" ] || return 0
  n=$((n + 1))
  actual=$(cd "$bin" && PATH="$bin:$PATH" bash -c "$cmd")
  if [ "$actual" != "$expected" ]; then
    echo "example $n differs: $cmd"
    diff <(printf '%s\n' "$expected") <(printf '%s\n' "$actual") || true
    failed=1
  fi
  cmd="" expected=""
}
while IFS= read -r line; do
  case $state in
    out)
      if [[ $line == '```'* ]]; then run; state=out
      elif [[ $line == '$ '* ]]; then run; cmd=${line#\$ }; [[ $cmd == *'\' ]] && state=cont
      elif [ -n "$cmd" ]; then expected+="${expected:+$'\n'}$line"
      fi ;;
    cont)
      cmd+=$'\n'"$line"; [[ $line == *'\' ]] || state=out ;;
  esac
done <<<"$section"
run
[ "$n" -gt 0 ] || { echo "no example found"; exit 1; }
[ "$failed" = 0 ] && echo "$n examples as the README shows them"
exit "$failed"
