#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) of the demo blog built by `site build` with
# `paper` and by Hugo 0.111.3 with PaperMod, both served by nginx with gzip on loopback (paper with `site api`
# behind /api/ for its comments, as deployed), on the home page and a single post. Prints a Markdown table for docs/BENCHMARKS.md. A benchmark, not a test: scores move with machine load.
# Usage: bench/lighthouse/run.sh PAPERMOD_DIR [RUNS]   (needs hugo 0.111.3, chromium, nginx, node/npm; RUNS default 3, median)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
papermod="$(cd "${1:?give a PaperMod v7.0 checkout}" && pwd)"
runs="${2:-3}"
work="$(mktemp -d)"
nginx_pid="" api_pid=""
cleanup() { [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null; [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
(cd "$here" && npm ci --no-audit --no-fund --silent)
[ -f "$root/target/site.jar" ] || (cd "$root" && mvn -q -B package -DskipTests)

port_paper=18601 port_papermod=18602 port_api=18603
java -jar "$root/target/site.jar" build -s "$root" -d "$work/paper" -b "http://127.0.0.1:$port_paper/" --minify >/dev/null
mkdir -p "$work/themes" && ln -s "$papermod" "$work/themes/PaperMod"
hugo --quiet -s "$root" --themesDir "$work/themes" -t PaperMod -d "$work/papermod" -b "http://127.0.0.1:$port_papermod/" --minify

chmod 755 "$work"
user=""; [ "$(id -u)" = 0 ] && user="user root root;"
cat > "$work/nginx.conf" <<CONF
$user
daemon off; worker_processes 1; pid $work/nginx.pid; error_log $work/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types; access_log off; gzip on; gzip_types text/css application/javascript application/json image/svg+xml;
  client_body_temp_path $work/tb; proxy_temp_path $work/tp; fastcgi_temp_path $work/tf; uwsgi_temp_path $work/tu; scgi_temp_path $work/ts;
  server { listen 127.0.0.1:$port_paper; root $work/paper; error_page 404 /404.html;
           location /api/ { proxy_pass http://127.0.0.1:$port_api; } }
  server { listen 127.0.0.1:$port_papermod; root $work/papermod; error_page 404 /404.html; }
}
CONF
java -Xmx64m -jar "$root/target/site.jar" api --bind 127.0.0.1 --port "$port_api" --data "$work/api" >"$work/api.log" 2>&1 &
api_pid=$!
nginx -p "$work" -c "$work/nginx.conf" & nginx_pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port_api/actuator/health" >/dev/null && break; sleep 0.2; done

score() { # url -> "perf a11y bp seo" (median of runs)
  for _ in $(seq "$runs"); do
    CHROME_PATH=/usr/bin/chromium "$here/node_modules/.bin/lighthouse" "$1" --quiet --output=json --output-path="$work/lh.json" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" --only-categories=performance,accessibility,best-practices,seo >/dev/null 2>&1
    [ -n "${LH_KEEP:-}" ] && cp "$work/lh.json" "$LH_KEEP-$(date +%s%N).json"
    node -e 'const r=require(process.argv[1]).categories; console.log([r.performance,r.accessibility,r["best-practices"],r.seo].map(c=>Math.round(c.score*100)).join(" "))' "$work/lh.json"
  done | sort -n | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'
}

echo "| page | theme | performance | accessibility | best practices | SEO |"
echo "|---|---|---:|---:|---:|---:|"
for page in "" "posts/kubernetes-basics/"; do
  for theme in paper papermod; do
    port=$port_paper; [ "$theme" = papermod ] && port=$port_papermod
    read -r p a b s <<<"$(score "http://127.0.0.1:$port/$page")"
    echo "| /$page | $theme | $p | $a | $b | $s |"
  done
done
