#!/usr/bin/env bash
# Times `site build --minify` with its bundled `paper` theme against `hugo --minify` with PaperMod v7.0 on the
# same generated PaperMod blogs (bench/build-vs-hugo/generate.py --papermod: tags, categories, series, covers,
# code blocks, Korean and English text, archives and search pages), interleaved, each under `nice`. Prints one
# Markdown table row per size: median wall time and peak RSS (/usr/bin/time) of RUNS fresh site builds (empty
# output folder), of RUNS site rebuilds after one post changed (over the previous output), and of HUGO_RUNS
# fresh Hugo builds (Hugo + PaperMod takes minutes and about 5 GB at 10,000 posts: keep HUGO_RUNS small);
# the median CPU time (user + sys) of the fresh builds, which a busy machine disturbs less than wall time;
# then the growth of the fresh build times from the first size to the last. The load average is printed before
# and after: the figures only compare within one run of the script.
# Usage: PAPERMOD_DIR=DIR bench/paper-vs-papermod/run.sh [SIZES] [RUNS] [HUGO_RUNS]   e.g. run.sh "1000 10000" 3 1
# PAPERMOD_DIR is a PaperMod v7.0 checkout, made with
#   git clone --branch v7.0 --depth 1 https://github.com/adityatelange/hugo-PaperMod "$PAPERMOD_DIR"
# (used to build the benchmark only; nothing of it is copied into this repository).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes="${1:-1000 10000}"
runs="${2:-3}"
hugo_runs="${3:-1}"
work="${BENCH_DIR:-/tmp/paper-bench}"
papermod="${PAPERMOD_DIR:?set PAPERMOD_DIR to a PaperMod v7.0 checkout (see the comment at the top of this script)}"
[ -f "$papermod/layouts/_default/baseof.html" ] || { echo "$papermod is not a PaperMod checkout" >&2; exit 1; }
command -v hugo >/dev/null || { echo "hugo is not installed (apt-get install hugo)" >&2; exit 1; }
[ -f "$root/target/site.jar" ] || (cd "$root" && mvn -q -B package -DskipTests)
mkdir -p "$work/themes"
ln -sfn "$(cd "$papermod" && pwd)" "$work/themes/PaperMod"   # the config names the theme "PaperMod"

# one build: appends "seconds maxRSS-KiB cpu-seconds" to the file named first
measure() { local into="$1"; shift; sync  # the previous build's writeback must not land on the next one
            nice -n 10 /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt" \
              || { cat "$work/err.txt" >&2; exit 1; }
            tail -n 1 "$work/time.txt" | awk '{ print $1, $2, $3 + $4 }' >> "$into"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
col() { cut -d' ' -f"$1" "$2" | median; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| posts | site build (s) | site rebuild, one post changed (s) | hugo + PaperMod (s) | site / hugo | site peak RSS (MiB) | site rebuild peak RSS (MiB) | hugo peak RSS (MiB) | CPU (user + sys) site / hugo (s) |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
first_site=""; first_hugo=""
for n in $sizes; do
  site_dir="$work/site-$n"; out_site="$work/out-site-$n"; out_hugo="$work/out-hugo-$n"
  rm -rf "$site_dir" && mkdir -p "$site_dir"
  python3 "$root/bench/build-vs-hugo/generate.py" "$n" "$site_dir" --papermod
  post="$(find "$site_dir/content" -name 'post-*.md' | sort | sed -n 1p)"
  : > "$work/site.txt"; : > "$work/rebuild.txt"; : > "$work/hugo.txt"
  for r in $(seq 1 "$runs"); do
    rm -rf "$out_site"
    measure "$work/site.txt" "$root/bin/site" build --minify -s "$site_dir" -d "$out_site"
    printf '\nEdited in run %d.\n' "$r" >> "$post"
    measure "$work/rebuild.txt" "$root/bin/site" build --minify -s "$site_dir" -d "$out_site" --cleanDestinationDir
    if [ "$r" -le "$hugo_runs" ]; then
      rm -rf "$out_hugo"
      measure "$work/hugo.txt" hugo --minify --quiet -s "$site_dir" -d "$out_hugo" --themesDir "$work/themes"
    fi
  done
  st=$(col 1 "$work/site.txt"); rt=$(col 1 "$work/rebuild.txt"); ht=$(col 1 "$work/hugo.txt")
  sr=$(col 2 "$work/site.txt"); rr=$(col 2 "$work/rebuild.txt"); hr=$(col 2 "$work/hugo.txt")
  sc=$(col 3 "$work/site.txt"); hc=$(col 3 "$work/hugo.txt")
  awk -v n="$n" -v st="$st" -v rt="$rt" -v ht="$ht" -v sr="$sr" -v rr="$rr" -v hr="$hr" -v sc="$sc" -v hc="$hc" \
    'BEGIN { printf "| %d | %.2f | %.2f | %.2f | %.3f | %.0f | %.0f | %.0f | %.1f / %.1f |\n", n, st, rt, ht, st / ht, sr / 1024, rr / 1024, hr / 1024, sc, hc }'
  [ -n "$first_site" ] || { first_site="$st"; first_hugo="$ht"; first_cpu="$sc"; first_n="$n"; }
  last_site="$st"; last_hugo="$ht"; last_cpu="$sc"; last_n="$n"
done
awk -v a="$first_n" -v b="$last_n" -v s1="$first_site" -v s2="$last_site" -v h1="$first_hugo" -v h2="$last_hugo" \
  -v c1="$first_cpu" -v c2="$last_cpu" 'BEGIN { if (a != b) printf "time growth %d -> %d posts (%.0fx the posts): site %.1fx (CPU %.1fx), hugo %.1fx\n", a, b, b / a, s2 / s1, c2 / c1, h2 / h1 }'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
