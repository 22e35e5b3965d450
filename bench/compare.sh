#!/usr/bin/env bash
# Runs each benchmark script on minijs, node and node --jitless in one run and prints wall times and ratios.
#   bench/compare.sh bench/async/*.js
# Each script prints its own figures (lines starting with "#"); the table shows whole-process wall time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
minijs="$root/minijs"

now_ms() { date +%s%3N; }

run() { # engine file -> prints elapsed ms, keeps the script's "#" lines in $tmp
  local start end
  start=$(now_ms)
  "$@" > "$tmp" 2>&1 || { echo "FAILED: $*" >&2; cat "$tmp" >&2; echo "-1"; return; }
  end=$(now_ms)
  echo $((end - start))
}

tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
"$minijs" --version > /dev/null   # build once before timing
printf '%-34s %10s %10s %12s %12s %14s\n' benchmark "minijs ms" "node ms" "jitless ms" "minijs/node" "minijs/jitless"
for file in "$@"; do
  m=$(run "$minijs" "$file"); grep '^#' "$tmp" | sed 's/^/  minijs /' || true
  n=$(run node "$file"); grep '^#' "$tmp" | sed 's/^/  node   /' || true
  j=$(run node --jitless "$file")
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a < 0 || b <= 0) print "n/a"; else printf "%.1f", a / b }'; }
  printf '%-34s %10s %10s %12s %12s %14s\n' "$(basename "$file")" "$m" "$n" "$j" "$(ratio "$m" "$n")" "$(ratio "$m" "$j")"
done
