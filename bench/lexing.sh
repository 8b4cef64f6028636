#!/usr/bin/env bash
# Lexing alone: every sample of the highlighting corpus tokenized 20 times a pass, one thread, best of 15 passes in
# CPU time. Usage: bench/lexing.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
java -Druns="${1:-15}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  site.builder.markdown.highlight.LexingBenchmark
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
