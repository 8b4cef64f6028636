#!/usr/bin/env bash
# Records the .Content Hugo 0.111.3 writes with PaperMod's collapse, ltr and rtl shortcodes for the page in
# src/test/resources/papermod-shortcodes/site, which PaperModShortcodesTest compares the bundled theme's with.
# Only Hugo's output is committed, never PaperMod's files. Run it again when the pinned PaperMod version changes.
# Usage: scripts/record-papermod-shortcodes.sh PAPERMOD_DIR   (a checkout of PaperMod v7.0; needs hugo 0.111.3)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
papermod="$(cd "${1:?give the PaperMod checkout as argument}" && pwd)"
hugo version | grep -q 'v0.111.3' || { echo "needs hugo 0.111.3, found: $(hugo version)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$repo/src/test/resources/papermod-shortcodes/site" "$work/site"
mkdir -p "$work/site/themes" "$work/site/layouts/_default"
ln -s "$papermod" "$work/site/themes/PaperMod"
# the page's .Content alone, as the shortcodes made it (PaperMod's own single.html adds heading anchors to it)
printf '{{ .Content }}' > "$work/site/layouts/_default/single.html"
hugo --quiet -s "$work/site" -d "$work/public"
cp "$work/public/posts/shortcodes/index.html" "$repo/src/test/resources/papermod-shortcodes/shortcodes.html"
echo "recorded papermod-shortcodes/shortcodes.html"
