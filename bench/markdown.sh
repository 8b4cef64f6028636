#!/usr/bin/env bash
# Markdown throughput: our renderer (single thread and all cores) and, when hugo is installed, Hugo on the same pages.
# Usage: bench/markdown.sh [pages]   (default 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-2000}"
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
java -Dpages="$pages" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  site.builder.markdown.MarkdownBenchmark "$site"
if command -v hugo >/dev/null; then
  hugo -s "$site" --quiet -d "$site/out" >/dev/null  # warm the file cache
  start=$(date +%s.%N)
  hugo -s "$site" --quiet -d "$site/out2"
  end=$(date +%s.%N)
  echo "hugo $(hugo version | cut -d' ' -f2): whole build of the same pages: $(echo "$end - $start" | bc) s"
fi
