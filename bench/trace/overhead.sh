#!/usr/bin/env bash
# Tracing overhead: the same await loop with and without --trace-events, in one run; prints both times and
# the ratio. Usage: bench/trace/overhead.sh [awaits]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-20000}"
out="$(mktemp --suffix=.json)"
trap 'rm -f "$out"' EXIT
"$root/minijs" --version > /dev/null
plain=$("$root/minijs" "$root/bench/trace/await-loop.js" "$n" | sed -n 's/.* ms \([0-9]*\)$/\1/p')
traced=$("$root/minijs" --trace-events="$out" "$root/bench/trace/await-loop.js" "$n" | sed -n 's/.* ms \([0-9]*\)$/\1/p')
events=$(grep -o '"ph":' "$out" | wc -l)
echo "await loop, $n awaits: plain ${plain} ms, with --trace-events ${traced} ms ($events trace events, $(du -k "$out" | cut -f1) KB)"
awk -v a="$traced" -v b="$plain" 'BEGIN { if (b > 0) printf "tracing overhead: %.1fx\n", a / b }'
