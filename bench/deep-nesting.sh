#!/usr/bin/env bash
# Deeply nested blocks: one page of a list, a quote or lists and quotes mixed, N levels deep, built by
# `site build` and by Hugo; prints the wall time of each build (the JVM start included, so also a 1-level page).
# Usage: bench/deep-nesting.sh [levels...]   (default 1 250 500 1000; the jar must be built)
set -euo pipefail
cd "$(dirname "$0")/.."
levels="${*:-1 250 500 1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
page() { # kind levels -> Markdown body
  python3 - "$1" "$2" <<'PY'
import sys
kind, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    if kind == "list": print("  " * i + f"- item {i}")
    elif kind == "quote": print(">" * (i + 1) + f" q {i}\n")
    else: print("  " * i + ("- " if i % 2 == 0 else "> ") + f"x {i}")
PY
}
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || echo "failed: $*" >&2; e=$(date +%s.%N); echo "$e - $s" | bc; }
printf '%-6s %6s %10s %10s\n' kind levels site hugo
for kind in list quote mixed; do
  for n in $levels; do
    site="$work/$kind-$n"
    mkdir -p "$site/content"
    printf 'baseURL = "https://example.org/"\ntitle = "deep"\n' > "$site/hugo.toml"
    { printf -- '---\ntitle: deep\n---\n'; page "$kind" "$n"; } > "$site/content/deep.md"
    ours=$(seconds bin/site build -s "$site" -d "$work/out-$kind-$n")
    theirs=$(command -v hugo >/dev/null && seconds hugo -s "$site" -d "$work/hugo-$kind-$n" || echo -)
    printf '%-6s %6s %10s %10s\n' "$kind" "$n" "$ours" "$theirs"
  done
done
