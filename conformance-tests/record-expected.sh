#!/usr/bin/env bash
# Record golden .expected files for the minijs conformance corpus, using node as the oracle.
#
# Usage:
#   conformance-tests/record-expected.sh                 # every conformance-tests/cases/**/*.js
#   conformance-tests/record-expected.sh FILE|DIR ...    # only the given files / directories
#
# For each case <name>.js (or <name>.mjs, an ES module) this writes <name>.expected next to it; files under
# lib/ directories are helpers imported by cases, not cases:
#   line 1:  "exit <code>"   (node's exit status)
#   rest:    node's stdout, byte for byte (nothing added or removed)
# Stderr is ignored. Each case runs with cwd = repo root and a 10s timeout.
#
# Expected files must ONLY be produced by this script. Never edit them by hand.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/.." && pwd)"
cases_dir="$script_dir/cases"
timeout_s=10

command -v node >/dev/null 2>&1 || { echo "error: node not found on PATH" >&2; exit 2; }

# Resolve an argument (relative to the caller's cwd or absolute) to an absolute path.
abspath() {
  local p="$1"
  if [[ -d "$p" ]]; then (cd "$p" && pwd)
  elif [[ -f "$p" ]]; then echo "$(cd "$(dirname "$p")" && pwd)/$(basename "$p")"
  fi
}

files=()
collect() {
  local target="$1"
  if [[ -d "$target" ]]; then
    while IFS= read -r -d '' f; do files+=("$f"); done \
      < <(find "$target" -type f \( -name "*.js" -o -name "*.mjs" \) -not -path "*/lib/*" -print0 | LC_ALL=C sort -z)
  elif [[ "$target" == *.js || "$target" == *.mjs ]]; then
    files+=("$target")
  else
    echo "error: not a .js file or directory: $target" >&2; exit 2
  fi
}

if [[ $# -eq 0 ]]; then
  collect "$cases_dir"
else
  for arg in "$@"; do
    if [[ ! -e "$arg" ]]; then echo "error: no such file or directory: $arg" >&2; exit 2; fi
    collect "$(abspath "$arg")"
  done
fi

if [[ ${#files[@]} -eq 0 ]]; then
  echo "no cases found" >&2; exit 1
fi

echo "node $(node --version)"
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
failures=0
cd "$repo_root"
for abs in "${files[@]}"; do
  rel="${abs#"$repo_root"/}"
  expected="${abs%.*}.expected"
  set +e
  timeout "$timeout_s" node "$rel" >"$tmp" 2>/dev/null
  code=$?
  set -e
  if [[ $code -eq 124 ]]; then
    echo "TIMEOUT  $rel (not recorded)" >&2
    failures=$((failures + 1))
    continue
  fi
  { printf 'exit %d\n' "$code"; cat "$tmp"; } >"$expected"
  echo "recorded $rel (exit $code, $(wc -l <"$tmp" | tr -d ' ') lines)"
done

if [[ $failures -gt 0 ]]; then
  echo "$failures case(s) timed out" >&2
  exit 1
fi
