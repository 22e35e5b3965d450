#!/usr/bin/env bash
# Runs benchmarks in the two Truffle modes on the stock JDK and prints wall times side by side:
#   fallback  - the default launcher (Truffle's fallback runtime: the AST interpreter, JIT-compiled by HotSpot)
#   optimized - Truffle's optimizing runtime with the Graal compiler (JVMCI, jars from Maven Central)
# Usage: bench/jit/modes.sh bench/engine/fib.js ...
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
java_home="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
work="$root/bench/.work/jit"
if [[ ! -f "$work/lib/compiler-25.0.1.jar" ]]; then
  mkdir -p "$work"
  JAVA_HOME="$java_home" mvn -q -B -f "$root/bench/jit/pom.xml" dependency:copy-dependencies -DoutputDirectory="$work/lib" >&2
fi
"$root/minijs" --version > /dev/null
cp="$root/runtime/target/classes:$(cat "$root/runtime/target/classpath.txt")"
# Truffle and the polyglot API go on the module path; minijs and its other jars stay on the class path.
mp=$(ls "$work"/lib/*.jar | grep -v -e '/compiler-25' -e '/truffle-compiler-' | tr '\n' ':')
cp=$(echo "$cp" | tr ':' '\n' | grep -v -e truffle-api -e '/polyglot/' -e '/sdk/' | tr '\n' ':')
optimized=("$java_home/bin/java" -Xss16m -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI
  "--upgrade-module-path=$work/lib/compiler-25.0.1.jar:$work/lib/truffle-compiler-25.0.1.jar"
  --module-path "$mp" --add-modules org.graalvm.polyglot,org.graalvm.truffle.runtime
  --enable-native-access=org.graalvm.truffle,ALL-UNNAMED --sun-misc-unsafe-memory-access=allow
  -cp "$cp" org.minijs.runtime.cli.Main)
now_ms() { date +%s%3N; }
printf '%-26s %12s %12s\n' benchmark "fallback ms" "optimized ms"
for f in "$@"; do
  s=$(now_ms); "$root/minijs" "$f" > /dev/null; m1=$(( $(now_ms) - s ))
  s=$(now_ms); "${optimized[@]}" "$f" > /dev/null; m2=$(( $(now_ms) - s ))
  printf '%-26s %12s %12s\n' "$(basename "$f")" "$m1" "$m2"
done
