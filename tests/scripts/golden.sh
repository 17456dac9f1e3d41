#!/usr/bin/env bash
# The golden transcripts: what learners see, committed under tests/golden/ so that a
# change to it shows in review. Shared by the test (compare) and scripts/bless.sh (write).
#   golden.sh compare|write COOKIELAB SOURCE_DIR [LESSON...]
# A lesson is a scenarios/ file's name without .toml, or "builtin" for the built-in one;
# none means every lesson. Each is run in the three formats, and as a worksheet, in both languages, from the
# source folder, so the paths it prints are the same wherever the build is.
set -euo pipefail
mode=$1 cookielab=$2 src=$3
shift 3
cd "$src"
lessons=("$@")
if [ ${#lessons[@]} -eq 0 ]; then
  lessons=(builtin)
  for f in scenarios/*.toml; do lessons+=("$(basename "$f" .toml)"); done
fi
failed=0 compared=0
for lesson in "${lessons[@]}"; do
  if [ "$lesson" = builtin ]; then file=-; else file=scenarios/$lesson.toml; fi
  for format in text jsonl markdown handout; do
    # handout: the student's worksheet with the teacher's key (--handout --answers)
    case $format in text) ext=txt ;; jsonl) ext=jsonl ;; markdown) ext=md ;; handout) ext=handout.md ;; esac
    args=(--format "$format")
    [ "$format" = handout ] && args=(--handout --answers)
    for lang in en ko; do
      golden=tests/golden/$lesson.$lang.$ext
      out=$(mktemp)
      # check's exit status is not this test's business: a lesson whose checks fail
      # still has a transcript, and the lesson tests judge it.
      "$cookielab" run "$file" "${args[@]}" --lang "$lang" >"$out" || true
      if [ ! -s "$out" ]; then
        echo "$golden: cookielab run printed nothing"; failed=1
      elif [ "$mode" = write ]; then
        mv "$out" "$golden"; out=
      elif [ ! -f "$golden" ]; then
        echo "$golden: missing (bless it with scripts/bless.sh)"; failed=1
      elif ! cmp -s "$golden" "$out"; then
        echo "$golden differs from what cookielab run prints now:"
        diff -u "$golden" "$out" | head -40 || true
        failed=1
      fi
      [ -n "$out" ] && rm -f "$out"
      compared=$((compared + 1))
    done
  done
done
if [ "$mode" = write ]; then echo "wrote $compared transcripts"; else echo "compared $compared transcripts"; fi
exit $failed
