#!/usr/bin/env bash
# POST /api/posts throughput and latency of `site api` on its embedded H2 file database, as shipped (every commit
# written to the file before the 201) and with H2's own default of writing commits 500 ms later (lost by a
# kill -9). Usage: bench/api/h2-writes.sh [seconds-per-run] (default 10). Needs: target/site.jar, wrk.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-10}
port=${BENCH_PORT:-18091}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
pid=
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
[[ -f target/site.jar ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }

run() { # label [write delay ms]
  local label=$1 delay=${2:-} data="$work/$1"
  mkdir -p "$data"
  local url=
  [[ -n $delay ]] && url="jdbc:h2:file:$data/site;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=$delay"
  SITE_DB_URL=$url SITE_DB_USER=${url:+sa} SITE_JWT_SECRET=bench-secret-bench-secret-bench-secret \
  SITE_WRITES_PER_MINUTE=100000000 SITE_AUTH_PER_MINUTE=1000 \
    bin/site api --bind 127.0.0.1 --port "$port" --data "$data" >"$work/$label.access.log" 2>"$work/$label.log" &
  pid=$!
  until curl -sf "$base/actuator/health" >/dev/null; do sleep 0.05; done
  local credentials='{"username":"bench","password":"bench-password"}'
  curl -sf -o /dev/null "$base/api/auth/signup" -H 'Content-Type: application/json' -d "$credentials"
  local token; token=$(curl -sf "$base/api/auth/login" -H 'Content-Type: application/json' -d "$credentials" \
    | sed -E 's/.*"token":"([^"]+)".*/\1/')
  TOKEN=$token wrk -t2 -c32 -d10s -s bench/api/post.lua "$base/api/posts" >/dev/null # warm-up (C2 compiles)
  TOKEN=$token wrk -t2 -c32 -d"${duration}s" --latency -s bench/api/post.lua "$base/api/posts" >"$work/$label.txt"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/$label.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$work/$label.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/$label.txt")
  errors=$(awk '/Non-2xx/ {print $5}' "$work/$label.txt")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "| $label | $rps | $p50 | $p99 | ${errors:-0} | $(du -m "$data/site.mv.db" | cut -f1) MiB |"
}

echo "wrk -t2 -c32 -d${duration}s POST /api/posts on $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| H2 commits | req/s | p50 | p99 | non-2xx | database file after |"
echo "|---|---:|---:|---:|---:|---:|"
run "written-per-commit"
run "delayed-500ms" 500
