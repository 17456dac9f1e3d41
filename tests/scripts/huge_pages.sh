#!/bin/sh
# The program's heap is in 2 MiB pages where the kernel lets a program ask for them
# (src/bench/huge_pages.h): a world of 20,000 exchanges (about 50 MiB) must hold some.
# Skipped (77) where the kernel's setting decides alone: "never" gives none whatever
# we ask, "always" gives them without asking, so neither would test our code.
cookielab=$1
setting=$(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null)
case "$setting" in
  *"[madvise]"*) ;;
  *) echo "transparent huge pages: '${setting:-not available}', not [madvise]: nothing of ours to test"; exit 77 ;;
esac
out=$("$cookielab" bench world --browsers 100 --exchanges 20000) || exit 1
echo "$out"
mib=$(echo "$out" | sed -n 's/.*"rss_huge_pages_mib":\([0-9.-]*\).*/\1/p')
[ -n "$mib" ] || { echo "no rss_huge_pages_mib in the output"; exit 1; }
awk -v m="$mib" 'BEGIN { exit !(m >= 2) }' || { echo "heap in huge pages: $mib MiB, expected at least one 2 MiB page"; exit 1; }
