#!/usr/bin/env bash
# The authoring loop: on a generated N-post site, the median time from saving one post to the reload announcement
# and to the new text being served, for `site serve` (this checkout's jar, through bin/site) and `hugo server` in
# the same run, then the resident memory of the site serve process holding the site. Prints one Markdown table row.
# Two edits are timed: a line appended to the post (its summary stays the same) and a line at the start of its body
# (the summary, and so the lists and feeds that show it, change).
# Usage: bench/serve-rebuild/run.sh [N] [RUNS]   e.g. run.sh 1000 15   (needs python3 and hugo 0.111.3)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
n="${1:-1000}"
runs="${2:-15}"
work="${BENCH_DIR:-/tmp/site-bench}/serve-$n"
[ -f "$root/target/site.jar" ] || (cd "$root" && mvn -q -B package -DskipTests)
rm -rf "$work" && mkdir -p "$work"
python3 "$root/bench/build-vs-hugo/generate.py" "$n" "$work/site" >/dev/null
post="$(find "$work/site/content/posts" -name '*.md' ! -name '_index.md' | sort | sed -n 1p)"
page="/posts/$(basename "$post" .md)/"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

await() {  # port, log: waits until the server has built and says so (both print this line), up to 300 s
  for _ in $(seq 1 3000); do grep -q "Web Server is available" "$2" && return 0; sleep 0.1; done
  echo "no server on port $1:" >&2; cat "$2" >&2; exit 1
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

site_port="$(free_port)"
"$root/bin/site" serve --noApi -s "$work/site" --port "$site_port" >"$work/site.log" 2>&1 &
site_pid=$!; pids+=("$site_pid")
await "$site_port" "$work/site.log"
site_times="$(python3 "$here/measure.py" site "$site_port" "$post" "$page" "$runs")"
site_start="$(python3 "$here/measure.py" site "$site_port" "$post" "$page" "$runs" start)"
rss_kb="$(awk '/VmRSS/ {print $2}' "/proc/$site_pid/status")"
kill "$site_pid"; wait "$site_pid" 2>/dev/null || true

hugo_port="$(free_port)"
# the same minimal Go-template theme as bench/build-vs-hugo (site: its bundled theme)
(cd "$work/site" && hugo server --themesDir "$root/bench/build-vs-hugo" --theme hugo-theme --port "$hugo_port" \
  --bind 127.0.0.1 >"$work/hugo.log" 2>&1) &
hugo_pid=$!; pids+=("$hugo_pid")
await "$hugo_port" "$work/hugo.log"
hugo_times="$(python3 "$here/measure.py" hugo "$hugo_port" "$post" "$page" "$runs")"
hugo_start="$(python3 "$here/measure.py" hugo "$hugo_port" "$post" "$page" "$runs" start)"
kill "$hugo_pid" 2>/dev/null || true

read -r site_event site_page <<<"$site_times"
read -r hugo_event hugo_page <<<"$hugo_times"
read -r site_event2 site_page2 <<<"$site_start"
read -r hugo_event2 hugo_page2 <<<"$hugo_start"
echo "| posts | edit | site serve: event / page served | hugo server: event / page served | site serve RSS |"
echo "|---|---|---|---|---|"
echo "| $n | a line at the end | $site_event ms / $site_page ms | $hugo_event ms / $hugo_page ms | $((rss_kb / 1024)) MiB |"
echo "| $n | a line at the start (summary changes) | $site_event2 ms / $site_page2 ms | $hugo_event2 ms / $hugo_page2 ms | |"
