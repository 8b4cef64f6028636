#!/usr/bin/env bash
# Deeply nested blocks: one page of a list, a quote or lists and quotes mixed, N levels deep, built by
# `site build` and by Hugo; prints the wall and CPU time of each build (the JVM start included, so also a 1-level page).
# Then the render time alone (DeepNestingBenchmark: warm JVM, CPU time) with the build's JIT (C1 only, as
# bin/site build runs) and with C2. Usage: bench/deep-nesting.sh [levels...]   (default 1 250 500 1000; the jar
# must be built; RENDER=0 skips the second part). Past 1000 levels site build refuses the page (InputLimits) and
# the second part times flexmark's parse alone.
set -euo pipefail
cd "$(dirname "$0")/.."
levels="${*:-1 250 500 1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
page() { # kind levels -> Markdown body
  python3 - "$1" "$2" <<'PY'
import sys
kind, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    if kind == "list": print("  " * i + f"- item {i}")
    elif kind == "quote": print(">" * (i + 1) + f" q {i}\n")
    else: print("  " * i + ("- " if i % 2 == 0 else "> ") + f"x {i}")
PY
}
# wall/CPU seconds of a command (CPU: user + system of it and its children, the figure that holds under load)
seconds() { /usr/bin/time -f '%e/%U/%S' -o "$work/time" "$@" >/dev/null 2>&1 || echo "failed: $*" >&2; awk -F/ '{ printf "%.2f/%.2f", $1, $2 + $3 }' "$work/time"; }
echo "build wall/CPU seconds, load $(cut -d' ' -f1-3 /proc/loadavg):"
printf '%-6s %6s %12s %12s\n' kind levels site hugo
for kind in list quote mixed; do
  for n in $levels; do
    site="$work/$kind-$n"
    mkdir -p "$site/content"
    printf 'baseURL = "https://example.org/"\ntitle = "deep"\n' > "$site/hugo.toml"
    { printf -- '---\ntitle: deep\n---\n'; page "$kind" "$n"; } > "$site/content/deep.md"
    ours=$(seconds bin/site build -s "$site" -d "$work/out-$kind-$n")
    theirs=$(command -v hugo >/dev/null && seconds hugo -s "$site" -d "$work/hugo-$kind-$n" || echo -)
    printf '%-6s %6s %12s %12s\n' "$kind" "$n" "$ours" "$theirs"
  done
done
[ "${RENDER:-1}" = 0 ] && exit 0
mvn -q -o -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null 2>&1 || { echo "mvn test-compile failed" >&2; exit 1; }
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
render_levels=$(echo "$levels" | tr ' ' '\n' | awk '$1 > 1' | tr '\n' ' ')
echo "render time, C1 only (bin/site build), load $(cut -d' ' -f1-3 /proc/loadavg):"
java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$cp" site.builder.markdown.DeepNestingBenchmark $render_levels
echo "render time, C2, load $(cut -d' ' -f1-3 /proc/loadavg):"
java -XX:+UseSerialGC -cp "$cp" site.builder.markdown.DeepNestingBenchmark $render_levels
