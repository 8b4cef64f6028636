#!/usr/bin/env bash
# Markdown throughput on highlighting-heavy pages (half of the text in code blocks), highlighted and with code
# fences left plain, one thread. Usage: bench/markdown-highlight.sh [pages] [runs]   (default 1000 pages, best of 10)
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-1000}"
runs="${2:-10}"
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
java -Dpages="$pages" -Druns="$runs" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  site.builder.markdown.HighlightBenchmark
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
