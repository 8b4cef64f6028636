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
measure() { sync  # the previous build's writeback must not land on the next one
            /usr/bin/time -f "%e %M" "$@" >/dev/null 2>"$work/time.err" || { cat "$work/time.err" >&2; exit 1; }
            tail -n 1 "$work/time.err"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "| pages | site build (s) | hugo (s) | site / hugo | first build, empty output: site / hugo (s) | site peak RSS (MiB) | hugo peak RSS (MiB) |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  site_dir="$work/site-$n"
  rm -rf "$site_dir" && mkdir -p "$site_dir"
  python3 "$here/generate.py" "$n" "$site_dir"
  : > "$work/site.txt"; : > "$work/hugo.txt"
  # the first run of each starts from nothing; the others rebuild over their previous output, as users do
  rm -rf "$work/out-site-$n" "$work/out-hugo-$n"
  sync
  for _ in $(seq 1 "$runs"); do
    measure "$root/bin/site" build -s "$site_dir" -d "$work/out-site-$n" --cleanDestinationDir >> "$work/site.txt"
    measure hugo --quiet -s "$site_dir" -d "$work/out-hugo-$n" --themesDir "$here" --theme hugo-theme \
      --cleanDestinationDir >> "$work/hugo.txt"
  done
  st=$(cut -d' ' -f1 "$work/site.txt" | median); ht=$(cut -d' ' -f1 "$work/hugo.txt" | median)
  sf=$(head -n 1 "$work/site.txt" | cut -d' ' -f1); hf=$(head -n 1 "$work/hugo.txt" | cut -d' ' -f1)
  sr=$(cut -d' ' -f2 "$work/site.txt" | sort -n | tail -1); hr=$(cut -d' ' -f2 "$work/hugo.txt" | sort -n | tail -1)
  awk -v n="$n" -v st="$st" -v ht="$ht" -v sf="$sf" -v hf="$hf" -v sr="$sr" -v hr="$hr" \
    'BEGIN { printf "| %d | %.2f | %.2f | %.2f | %.2f / %.2f | %.0f | %.0f |\n", n, st, ht, st / ht, sf, hf, sr / 1024, hr / 1024 }'
done
