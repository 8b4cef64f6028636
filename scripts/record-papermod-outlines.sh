#!/usr/bin/env bash
# Records what Hugo + PaperMod write for the PaperMod fixture sites, the facts that the tests compare the
# bundled `paper` theme with: the DOM outline of every page (PaperModOutlineTest) and the parsed form of every
# RSS feed (PaperModFeedTest). Only the outlines are committed, never
# PaperMod's files. Run it again when the pinned PaperMod version (docs/THEMES.md) changes.
# Usage: scripts/record-papermod-outlines.sh PAPERMOD_DIR   (or PAPERMOD_DIR=... in the environment)
#   PAPERMOD_DIR: a checkout of PaperMod at the pinned version; needs hugo 0.111.3 and mvn on the PATH.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
papermod="$(cd "${1:-${PAPERMOD_DIR:?give the PaperMod checkout as argument or PAPERMOD_DIR}}" && pwd)"
sites="papermod-profile papermod-list papermod-homeinfo papermod-feeds papermod-multilingual"
hugo version | grep -q 'v0.111.3' || { echo "needs hugo 0.111.3, found: $(hugo version)" >&2; exit 1; }
(cd "$repo" && mvn -B -q -o test-compile)
jsoup="$HOME/.m2/repository/org/jsoup/jsoup/1.16.1/jsoup-1.16.1.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for site in $sites; do
  cp -r "$repo/src/test/resources/sites/$site" "$work/$site"
  mkdir -p "$work/$site/themes"
  ln -s "$papermod" "$work/$site/themes/PaperMod"
  hugo --quiet -s "$work/$site" -d "$work/$site-public"
  java -cp "$repo/target/test-classes:$jsoup" site.testsupport.DomOutline \
    "$work/$site-public" "$repo/src/test/resources/papermod-outlines/$site.txt"
  java -cp "$repo/target/test-classes" site.testsupport.FeedOutline \
    "$work/$site-public" "$repo/src/test/resources/papermod-feeds/$site.txt"
  echo "recorded $site"
done
