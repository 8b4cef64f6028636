#!/usr/bin/env bash
# Start-up of `site api` through bin/site on the embedded H2 database, port 0: time to healthy, CPU seconds and RSS
# at that moment, and classes loaded. The first start writes the class-data archive (as bin/site does), the next
# ones use it. Usage: bench/api/startup.sh [runs] (default 5); SITE_JAR picks another jar to compare with.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
export SITE_CDS_DIR=$work/cds
pid=

start() {
  local t0 url=""; t0=$(date +%s%N)
  bin/site api --bind 127.0.0.1 --port 0 --data "$work/data" >"$work/out.log" 2>"$work/err.log" &
  pid=$!
  until [[ -n $url ]] && curl -sf -o /dev/null "$url/actuator/health"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/err.log" >&2; exit 1; }
    url=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$work/out.log" "$work/err.log" | head -1 | sed 's/.*listening on //') || true
    sleep 0.01
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  rss=$(awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$pid/status")
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$pid/stat")
  classes=$(jcmd "$pid" PerfCounter.print 2>/dev/null | awk -F= '/java.cls.(shared)?[lL]oadedClasses=/ {n += $2} END {print n}')
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

start; echo "first start (writes the archive): ${ms} ms"
for r in $(seq 1 "$runs"); do
  start; echo "run $r: ${ms} ms to healthy, ${cpu} s CPU, ${rss} MiB RSS, ${classes} classes (load $(cut -d' ' -f1 /proc/loadavg))"
done
