#!/usr/bin/env bash
# Runs each runtime benchmark with minijs and with node in one go and prints the figures and the ratio.
#   bench/runtime/run.sh            # all benchmarks
#   bench/runtime/run.sh timeouts   # some of them
# Each benchmark prints "RESULT <ms> [...]"; the first number is compared (minijs / node).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
names=("$@")
if [[ ${#names[@]} -eq 0 ]]; then
  names=(timeouts nexttick microtasks readfile timer-lateness)
fi
printf '%-16s %14s %14s %9s   %s\n' benchmark "minijs (ms)" "node (ms)" ratio "extra (minijs | node)"
for name in "${names[@]}"; do
  m=$("$root/minijs" "$here/$name.js" | sed -n 's/^RESULT //p')
  n=$(node "$here/$name.js" | sed -n 's/^RESULT //p')
  mv=${m%% *}
  nv=${n%% *}
  ratio=$(awk -v a="$mv" -v b="$nv" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "n/a" }')
  printf '%-16s %14s %14s %9s   %s | %s\n' "$name" "$mv" "$nv" "$ratio" "${m#* }" "${n#* }"
done
