#!/usr/bin/env bash
# Measures the home page's transfer size (the HTML plus the CSS and JS files it loads from /assets/), built with
# --minify by Hugo 0.111.3 + PaperMod and by `site build` with the bundled `paper` theme, for the PaperMod
# fixture sites; prints the table that docs/THEMES.md records (bytes, and gzip -9 bytes in parentheses).
# Usage: scripts/measure-papermod-transfer.sh PAPERMOD_DIR   (or PAPERMOD_DIR=...); needs hugo 0.111.3 and
# target/site.jar (mvn -q -o package -DskipTests).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
papermod="$(cd "${1:-${PAPERMOD_DIR:?give the PaperMod checkout as argument or PAPERMOD_DIR}}" && pwd)"
hugo version | grep -q 'v0.111.3' || { echo "needs hugo 0.111.3, found: $(hugo version)" >&2; exit 1; }
[[ -f "$repo/target/site.jar" ]] || { echo "build target/site.jar first" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# "bytes (gzip bytes)" of a built site's index.html and the /assets/ files it references
home_size() {
  local dir="$1" raw gz ref
  raw=$(wc -c < "$dir/index.html"); gz=$(gzip -9c "$dir/index.html" | wc -c)
  for ref in $(grep -oE '(href|src)="?/assets/[^" >]+' "$dir/index.html" | sed -E 's/^(href|src)="?//' | sort -u); do
    raw=$((raw + $(wc -c < "$dir$ref"))); gz=$((gz + $(gzip -9c "$dir$ref" | wc -c)))
  done
  echo "$raw ($gz)"
}

echo "| fixture | Hugo + PaperMod: bytes (gzip -9) | site + paper: bytes (gzip -9) |"
echo "|---|---|---|"
for site in papermod-list papermod-profile papermod-homeinfo; do
  cp -r "$repo/src/test/resources/sites/$site" "$work/$site"
  mkdir -p "$work/$site/themes"
  ln -s "$papermod" "$work/$site/themes/PaperMod"
  hugo --quiet --minify -s "$work/$site" -d "$work/$site-hugo"
  java -jar "$repo/target/site.jar" build --minify -s "$repo/src/test/resources/sites/$site" -d "$work/$site-site" >/dev/null 2>&1
  echo "| \`$site\` | $(home_size "$work/$site-hugo") | $(home_size "$work/$site-site") |"
done
