#!/usr/bin/env bash
# Parser throughput: minijs's parser (warm JVM) side by side with acorn on node, on real-world sources that
# npm fetches here (not committed): lodash, underscore (UMD script and ES module), acorn's dist files.
#   bench/parse.sh            (WARMUP / MEASURE: seconds per file for each phase, default 4 / 4)
# Run it on a quiet machine: with other builds competing for the cores the JIT warms up late and the figures
# swing widely.
# Prints MB/s (10^6 bytes of UTF-8 source per second, median of the measured parses) and the ratio
# minijs / acorn. Needs JDK 25, Maven (offline repository ready) and node + npm.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/bench/.work/parse"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
[[ -x "$JAVA_HOME/bin/java" ]] || JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
export WARMUP="${WARMUP:-4}" MEASURE="${MEASURE:-4}"

mkdir -p "$work"
if [[ ! -f "$work/node_modules/lodash/lodash.js" || ! -f "$work/node_modules/acorn/dist/acorn.js" \
      || ! -f "$work/node_modules/underscore/underscore-umd.js" ]]; then
  echo "fetching lodash, underscore and acorn with npm..." >&2
  npm install --no-audit --no-fund --silent --prefix "$work" lodash@4 underscore@1 acorn@8 >&2
fi
nm="$work/node_modules"
files=(
  "script:$nm/lodash/lodash.js"
  "script:$nm/underscore/underscore-umd.js"
  "module:$nm/underscore/underscore-esm.js"
  "script:$nm/acorn/dist/acorn.js"
  "module:$nm/acorn/dist/acorn.mjs"
)

echo "building the parser..." >&2
(cd "$root" && flock /tmp/minijs-mvn.lock mvn -o -q -B install -pl parser -DskipTests \
  && flock /tmp/minijs-mvn.lock mvn -o -q -B dependency:build-classpath -pl parser \
       -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=runtime) >&2
cp="$root/parser/target/classes:$root/parser/target/test-classes:$(cat "$work/classpath.txt")"

echo "measuring (warm-up ${WARMUP}s, measure ${MEASURE}s per file and parser)..." >&2
"$JAVA_HOME/bin/java" -Xss16m -XX:+UseSerialGC -Dwarmup="$WARMUP" -Dmeasure="$MEASURE" -cp "$cp" \
  org.minijs.parser.ParseThroughput "${files[@]}" > "$work/minijs.txt"
NODE_PATH="$nm" node "$root/bench/parse/acorn-bench.js" "${files[@]}" > "$work/acorn.txt"

printf '%-28s %9s %12s %12s %10s %10s %8s\n' file KB "minijs ms" "acorn ms" "minijs MB/s" "acorn MB/s" ratio
paste -d' ' "$work/minijs.txt" "$work/acorn.txt" | while read -r file bytes mms mmbs _ _ ams ambs; do
  name="${file#"$nm"/}"
  awk -v n="$name" -v b="$bytes" -v mms="$mms" -v ams="$ams" -v m="$mmbs" -v a="$ambs" \
    'BEGIN { printf "%-28s %9.0f %12.2f %12.2f %10.2f %10.2f %8.2f\n", n, b / 1000, mms, ams, m, a, m / a }'
done
