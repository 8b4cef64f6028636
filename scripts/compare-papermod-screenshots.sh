#!/usr/bin/env bash
# Scores how alike the PaperMod fixture sites look built by Hugo + PaperMod and by `site build` with `paper`:
# screenshots of each page kind (light and dark, desktop and mobile) in headless Chromium, compared by
# site.testsupport.ImageSimilarity. Prints a Markdown table (docs/THEMES.md keeps the last one); the PNGs go to
# target/screenshots/papermod-compare. PaperMod's files stay outside the repository.
# Usage: scripts/compare-papermod-screenshots.sh PAPERMOD_DIR   (or PAPERMOD_DIR=...)
#   needs hugo 0.111.3, chromium, chromium-driver and mvn.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
papermod="$(cd "${1:-${PAPERMOD_DIR:?give the PaperMod checkout as argument or PAPERMOD_DIR}}" && pwd)"
hugo version | grep -q 'v0.111.3' || { echo "needs hugo 0.111.3, found: $(hugo version)" >&2; exit 1; }
cd "$repo"
mvn -B -q -o package -DskipTests
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for site in papermod-profile papermod-list papermod-homeinfo; do
  cp -r "src/test/resources/sites/$site" "$work/$site"
  mkdir -p "$work/$site/themes"
  ln -s "$papermod" "$work/$site/themes/PaperMod"
done
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" site.web.PaperModScreenshots \
  "$work" target/screenshots/papermod-compare
