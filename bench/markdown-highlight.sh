#!/usr/bin/env bash
# Markdown throughput on highlighting-heavy pages (half of the text in code blocks), highlighted and with code
# fences left plain, one thread, once the JIT compiler has settled.
# Usage: bench/markdown-highlight.sh [pages] [runs] [warm-up passes]
#   (default 1000 pages, best of 10 after 30 warm-up passes; with 300 pages the highlighted run takes about 25
#   passes to settle, so fewer warm-up passes measure it while it is still being compiled)
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-1000}"
runs="${2:-10}"
warmup="${3:-30}"
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
java -Dpages="$pages" -Druns="$runs" -Dwarmup="$warmup" \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" site.builder.markdown.HighlightBenchmark
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
