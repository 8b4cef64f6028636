#!/usr/bin/env bash
# Times `site build` (through bin/site, the launcher users run) against `hugo` on the same synthetic sites,
# side by side, with comparable minimal themes (site: its bundled theme; hugo: bench/build-vs-hugo/hugo-theme). Prints one Markdown table row
# per size: median wall time of RUNS builds, the ratio, and peak RSS.
# Usage: bench/build-vs-hugo/run.sh [SIZES] [RUNS]   e.g. run.sh "1000 10000" 3
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes="${1:-1000 10000}"
runs="${2:-3}"
work="${BENCH_DIR:-/tmp/site-bench}"
command -v hugo >/dev/null || { echo "hugo is not installed (apt-get install hugo)" >&2; exit 1; }
[ -f "$root/target/site.jar" ] || (cd "$root" && mvn -q -B package -DskipTests)

# one build: prints "seconds maxRSS-KiB"
measure() { /usr/bin/time -f "%e %M" "$@" >/dev/null 2>"$work/time.err" || { cat "$work/time.err" >&2; exit 1; }
            tail -n 1 "$work/time.err"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "| pages | site build (s) | hugo (s) | site / hugo | site peak RSS (MiB) | hugo peak RSS (MiB) |"
echo "|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  site_dir="$work/site-$n"
  rm -rf "$site_dir" && mkdir -p "$site_dir"
  python3 "$here/generate.py" "$n" "$site_dir"
  : > "$work/site.txt"; : > "$work/hugo.txt"
  for _ in $(seq 1 "$runs"); do
    measure "$root/bin/site" build -s "$site_dir" -d "$work/out-site-$n" --cleanDestinationDir >> "$work/site.txt"
    measure hugo --quiet -s "$site_dir" -d "$work/out-hugo-$n" --themesDir "$here" --theme hugo-theme \
      --cleanDestinationDir >> "$work/hugo.txt"
  done
  st=$(cut -d' ' -f1 "$work/site.txt" | median); ht=$(cut -d' ' -f1 "$work/hugo.txt" | median)
  sr=$(cut -d' ' -f2 "$work/site.txt" | sort -n | tail -1); hr=$(cut -d' ' -f2 "$work/hugo.txt" | sort -n | tail -1)
  awk -v n="$n" -v st="$st" -v ht="$ht" -v sr="$sr" -v hr="$hr" \
    'BEGIN { printf "| %d | %.2f | %.2f | %.2f | %.0f | %.0f |\n", n, st, ht, st / ht, sr / 1024, hr / 1024 }'
done
