#!/usr/bin/env bash
# Markdown throughput on highlighting-heavy pages (half of the text in code blocks), highlighted and with code
# fences left plain, one thread.
# Usage: bench/markdown-highlight.sh [pages] [runs] [warm-up passes]
#   (default 1000 pages, best of 10 after 30 warm-up passes). The JVM runs as bin/site runs `site build` (C1 only,
#   serial GC) unless BENCH_JVM_OPTS says otherwise: BENCH_JVM_OPTS= (empty) runs with the JVM's defaults, C2
#   included, as `site serve` runs; C2 takes about 25 passes of 300 pages to settle on the highlighted run.
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-1000}"
runs="${2:-10}"
warmup="${3:-30}"
jvm_opts="${BENCH_JVM_OPTS--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
# shellcheck disable=SC2086 # the options are words
java $jvm_opts -Dpages="$pages" -Druns="$runs" -Dwarmup="$warmup" \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" site.builder.markdown.HighlightBenchmark
echo "JVM options: ${jvm_opts:-none, the JVM defaults}; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
