#!/usr/bin/env bash
# Times the rebuild a writer waits for: the N-post generated site, built once, then rebuilt with one post changed,
# by this checkout's jar and by another jar (an earlier version), alternating, each over its own previous output
# (`--cleanDestinationDir`, through bin/site). Prints one Markdown table row: the median rebuild time of each, the
# ratio, the files written (this jar's `-v` count), and the extra disk each needs: this jar's bytes staged in
# temporary files before the commit (its peak extra), and the size of any staging folder the other jar keeps
# beside the output (`.out.spare`, which earlier versions kept between builds).
# Usage: bench/build-vs-hugo/rebuild.sh OTHER_JAR [N] [RUNS]   e.g. rebuild.sh /tmp/site-main.jar 10000 3
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
other="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
n="${2:-10000}"
runs="${3:-3}"
work="${BENCH_DIR:-/tmp/site-bench}"
[ -f "$root/target/site.jar" ] || (cd "$root" && mvn -q -B package -DskipTests)
mkdir -p "$work"
site_dir="$work/rebuild-site-$n"
rm -rf "$site_dir" "$work/rebuild-this" "$work/rebuild-other" "$work/.rebuild-this.spare" "$work/.rebuild-other.spare"
python3 "$here/generate.py" "$n" "$site_dir"
post="$(find "$site_dir/content" -name '*.md' | sort | sed -n 1p)"

# one build: prints "seconds" and keeps stdout (the -v lines) in $work/out.txt
measure() { sync; /usr/bin/time -f "%e" -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt" \
              || { cat "$work/err.txt" >&2; exit 1; }; tail -n 1 "$work/time.txt"; }
this=(env SITE_JAR="$root/target/site.jar" "$root/bin/site" build -v -s "$site_dir" -d "$work/rebuild-this" --cleanDestinationDir)
that=(env SITE_JAR="$other" "$root/bin/site" build -s "$site_dir" -d "$work/rebuild-other" --cleanDestinationDir)

"${this[@]}" >/dev/null 2>&1; "${that[@]}" >/dev/null 2>&1   # the first builds, into empty folders
: > "$work/this.txt"; : > "$work/other.txt"
for r in $(seq 1 "$runs"); do
  printf '\nEdited in run %d.\n' "$r" >> "$post"
  measure "${this[@]}" >> "$work/this.txt"
  written=$(sed -n 's/.*files written: \([0-9]*\) (\([0-9]*\) bytes).*/\1 \2/p' "$work/out.txt")
  measure "${that[@]}" >> "$work/other.txt"
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
tt=$(median < "$work/this.txt"); ot=$(median < "$work/other.txt")
spare=$(du -sb "$work/.rebuild-other.spare" 2>/dev/null | cut -f1 || echo 0)
out=$(du -sb "$work/rebuild-this" | cut -f1)
echo "| posts | rebuild, this jar (s) | rebuild, other jar (s) | this / other | files written (this) | extra disk, this: staged bytes | extra disk, other: spare folder | output size |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
awk -v n="$n" -v tt="$tt" -v ot="$ot" -v w="${written% *}" -v sb="${written#* }" -v sp="${spare:-0}" -v o="$out" \
  'BEGIN { printf "| %d | %.2f | %.2f | %.2f | %d | %.1f KB | %.0f MB | %.0f MB |\n", n, tt, ot, tt / ot, w, sb / 1024, sp / 1e6, o / 1e6 }'
