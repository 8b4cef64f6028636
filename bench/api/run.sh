#!/usr/bin/env bash
# Benchmarks `site api` on loopback against the local MariaDB: startup to healthy, RSS, and wrk throughput and
# latency for list, single post, search and create. Usage: bench/api/run.sh [seconds-per-run] (default 20).
# Needs: target/site.jar (mvn -q package -DskipTests), MariaDB at 127.0.0.1:3306 (root, no password), wrk.
# BENCH_TARGET=spring runs the same benchmark against the reference Spring Boot board WAS it replaces
# (bench/api/spring-was, built by bench/api/spring.sh) instead of `site api`.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=bench/api
duration=${1:-20}
port=${BENCH_PORT:-18090}
target=${BENCH_TARGET:-site}
case $target in
  site) db=site_bench ;;
  spring) db=site_bench_spring; spring_jar=$here/spring-was/target/spring-was.jar ;;
  *) echo "BENCH_TARGET must be site or spring, not $target" >&2; exit 1 ;;
esac
base="http://127.0.0.1:$port"
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"
      mariadb --host=127.0.0.1 --user=root -e "DROP DATABASE IF EXISTS $db" || true' EXIT

command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y -qq wrk >/dev/null; }
if [[ $target == site ]]; then
  [[ -f target/site.jar ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
else
  [[ -f $spring_jar ]] || { echo "build first: mvn -q -f $here/spring-was/pom.xml package -DskipTests" >&2; exit 1; }
fi
mariadb --host=127.0.0.1 --user=root -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4"

rss_mib() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
hwm_mib() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"; }

# Through bin/site, as users run it: its api profile (64 MB heap, native memory trimmed) and its class-data
# archive, which the first start (empty database: migrations) writes when it stops and the second start uses.
# BENCH_JVM_FLAGS replaces the profile's JVM flags (SITE_JAVA_OPTS), e.g. to compare with C1 only.
export SITE_CDS_DIR=$work/cds
[[ -n ${BENCH_JVM_FLAGS:-} ]] && export SITE_JAVA_OPTS=$BENCH_JVM_FLAGS
# The Spring WAS runs as it did in production: plain java -jar with a 256-512 MB heap (BENCH_JVM_FLAGS replaces it).
spring_jvm_flags=${BENCH_JVM_FLAGS:--Xms256m -Xmx512m}

# Start and time it to healthy.
start() {
  local t0; t0=$(date +%s%N)
  if [[ $target == spring ]]; then
    # shellcheck disable=SC2086 # the flags are words
    SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:3306/$db" SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= \
      java $spring_jvm_flags -jar "$spring_jar" --server.port="$port" --server.address=127.0.0.1 \
      --app.jwt-secret=bench-secret-bench-secret-bench-secret --app.admin-username=bench --app.admin-password=bench-password \
      >"$work/server.log" 2>&1 &
  else
    SITE_DB_URL="jdbc:mysql://127.0.0.1:3306/$db" SITE_DB_USER=root SITE_DB_PASSWORD= \
    SITE_JWT_SECRET=bench-secret-bench-secret-bench-secret SITE_ADMIN_USERNAME=bench SITE_ADMIN_PASSWORD=bench-password \
    SITE_WRITES_PER_MINUTE=100000000 SITE_AUTH_PER_MINUTE=1000 \
      bin/site api --bind 127.0.0.1 --port "$port" >"$work/access.log" 2>"$work/server.log" &
  fi
  pid=$!
  until curl -sf "$base/actuator/health" >/dev/null; do sleep 0.01; done
  started_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
}
pid=
if curl -sf "$base/actuator/health" >/dev/null; then echo "port $port is already serving; set BENCH_PORT" >&2; exit 1; fi
start; first_start=$started_ms
curl -sf -o /dev/null "$base/api/posts"; curl -sf -o /dev/null "$base/api/posts/search?keyword=warm"
kill "$pid"; wait "$pid" 2>/dev/null || true
start; ready_ms=$started_ms
ready_cpu=$(cpu_seconds "$pid")
ready_rss=$(rss_mib "$pid")
# Loaded classes, from the archive or not.
classes_loaded() { jcmd "$1" PerfCounter.print 2>/dev/null | awk -F= '/java.cls.(shared)?[lL]oadedClasses=/ {n += $2} END {print n}'; }
classes=$(classes_loaded "$pid")

token=$(curl -sf "$base/api/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"bench","password":"bench-password"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
[[ -n $token ]] || { echo "login failed; see $work/server.log" >&2; exit 1; }
echo "seeding 1000 posts"
for i in $(seq 1 1000); do
  printf '{"title":"글 %d: Spring Boot to Undertow","content":"본문 %d. JDBI over MariaDB, 서울 날씨 맑음 keyword%d","author":"bench"}\n' "$i" "$i" "$((i % 50))"
done | xargs -d '\n' -P 4 -I{} curl -sf -o /dev/null "$base/api/posts" -H 'Content-Type: application/json' -H "Authorization: Bearer $token" -d '{}'
max_id=$(mariadb --host=127.0.0.1 --user=root -N -e "SELECT MAX(id) FROM $db.posts")
min_id=$(mariadb --host=127.0.0.1 --user=root -N -e "SELECT MIN(id) FROM $db.posts")

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
mariadb_pid=$(pgrep -x mariadbd | head -1 || true)
run_wrk() { # name seconds url [lua]
  local name=$1 seconds=$2 url=$3 lua=${4:-}
  local out; out="$work/$(tr -c 'a-zA-Z0-9' '_' <<<"$name").txt"
  local j0 m0; j0=$(ticks "$pid"); m0=${mariadb_pid:+$(ticks "$mariadb_pid")}
  MIN_ID=$min_id MAX_ID=$max_id TOKEN=$token wrk -t2 -c32 -d"${seconds}s" --latency ${lua:+-s "$here/$lua"} "$url" >"$out"
  local j1 m1; j1=$(ticks "$pid"); m1=${mariadb_pid:+$(ticks "$mariadb_pid")}
  local rps p50 p99 errors requests
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$out")
  p50=$(awk '$1 == "50%" {print $2}' "$out")
  p99=$(awk '$1 == "99%" {print $2}' "$out")
  errors=$(awk '/Non-2xx/ {print $5}' "$out"); errors=${errors:-0}
  requests=$(awk '/requests in/ {print $1}' "$out")
  # CPU per request (ms) of the server and of MariaDB: steadier than req/s when the machine is shared.
  local cpu; cpu=$(awk -v n="$requests" -v j=$((j1 - j0)) -v m=$(( ${m1:-0} - ${m0:-0} )) -v hz="$(getconf CLK_TCK)" \
    'BEGIN {printf "%.3f | %.3f", j * 1000 / hz / n, m * 1000 / hz / n}')
  echo "| $name | $rps | $p50 | $p99 | $errors | $cpu |"
}

echo "warming up"
run_wrk warmup-list 10 "$base/api/posts?page=0&size=20" >/dev/null
run_wrk warmup-one 10 "$base/api/posts/$min_id" one.lua >/dev/null
run_wrk warmup-search 10 "$base/api/posts/search?keyword=x" search.lua >/dev/null

echo
echo "wrk -t2 -c32 -d${duration}s on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
if [[ $target == site ]]; then
  echo "JVM flags: ${SITE_JAVA_OPTS:-bin/site api profile}; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
else
  echo "target: Spring Boot WAS ($spring_jar), JVM flags: $spring_jvm_flags; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
echo
echo "| endpoint | req/s | p50 | p99 | non-2xx | server CPU ms/req | MariaDB CPU ms/req |"
echo "|---|---:|---:|---:|---:|---:|---:|"
run_wrk "GET /api/posts (list)" "$duration" "$base/api/posts?page=0&size=20"
run_wrk "GET /api/posts/{id}" "$duration" "$base/api/posts/$min_id" one.lua
run_wrk "GET /api/posts/search" "$duration" "$base/api/posts/search?keyword=x" search.lua
run_wrk "POST /api/posts" "$duration" "$base/api/posts" post.lua
echo
echo "| startup | value |"
echo "|---|---:|"
echo "| first start to healthy (empty database, migrations) | ${first_start} ms |"
echo "| start to healthy (class-data archive when bin/site made one) | ${ready_ms} ms |"
echo "| CPU seconds to healthy | ${ready_cpu} s |"
echo "| RSS at ready | ${ready_rss} MiB |"
echo "| RSS after load (peak) | $(rss_mib "$pid") MiB ($(hwm_mib "$pid") MiB) |"
echo "| classes loaded after load | $(classes_loaded "$pid") (at ready: ${classes}) |"
if [[ $target == site ]]; then
  echo "| 5xx in the access log | $(grep -c '"status":5' "$work/access.log" || true) |"
else # no access log: Micrometer's request counts (/actuator/health answers 503 until ready: not counted)
  echo "| 5xx from /api in http_server_requests (Prometheus) | $(curl -sf "$base/actuator/prometheus" \
    | awk '/^http_server_requests_seconds_count\{.*status="5.*uri="\/api/ {n += $NF} END {printf "%d", n}') |"
fi
