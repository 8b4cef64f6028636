#!/usr/bin/env bash
# Records what Hugo (goldmark) makes of the Markdown fixture pages and of the CommonMark spec examples, as the
# golden files MarkdownGoldenTest compares MarkdownRenderer with (no Hugo needed then). The oracle's output is
# the source of these files, never our own output.
#  - src/test/resources/markdown-fixtures/<site>/<page>.md (config.toml beside it) becomes
#    src/test/resources/markdown-golden/<site>/<page>.json: .Content, .TableOfContents, .Summary, .Truncated,
#    .Plain, .WordCount, .FuzzyWordCount and .ReadingTime, as HugoFixturesIT's layout prints them;
#  - every example of src/test/resources/commonmark/spec-0.31.2.json becomes its .Content in
#    src/test/resources/markdown-golden/commonmark-0.31.2.json (example number to HTML), built with
#    markup.goldmark.renderer.unsafe = true as CommonMarkSpecIT builds them.
# Usage: scripts/record-markdown-golden.sh [site...]   (needs hugo and jq on the PATH; run again when moving to
# another Hugo). With fixture site names, records only those sites (and not the spec examples).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
fixtures="$root/src/test/resources/markdown-fixtures"
spec="$root/src/test/resources/commonmark/spec-0.31.2.json"
golden="$root/src/test/resources/markdown-golden"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

site() { # site <dir> <config fragment file>: a throwaway site whose single pages print their rendered fields
  mkdir -p "$1/layouts/_default" "$1/content"
  { printf 'baseURL = "http://example.org/"\n'
    printf 'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home", "section"]\n'
    cat "$2"; } >"$1/hugo.toml"
  printf '%s' '{{ dict "content" .Content "toc" .TableOfContents "summary" .Summary "truncated" .Truncated "plain" .Plain "wordCount" .WordCount "fuzzyWordCount" .FuzzyWordCount "readingTime" .ReadingTime | jsonify }}' \
    >"$1/layouts/_default/single.html"
}

pages=0
sites=("$fixtures"/*/)
(($#)) && sites=("${@/#/$fixtures/}")
for dir in "${sites[@]}"; do
  name=$(basename "$dir")
  site "$work/$name" "$dir/config.toml"
  cp "$dir"/*.md "$work/$name/content/"
  hugo -s "$work/$name" --quiet -d out
  rm -rf "${golden:?}/$name" && mkdir -p "$golden/$name"
  for page in "$dir"/*.md; do
    base=$(basename "$page" .md)
    lower=$(tr '[:upper:]' '[:lower:]' <<<"$base")
    jq -S . "$work/$name/out/$lower/index.html" >"$golden/$name/$base.json"
    pages=$((pages + 1))
  done
done

if (($#)); then
  echo "recorded $pages fixture pages from hugo $(hugo version | cut -d' ' -f2)"
  exit
fi
printf '[markup.goldmark.renderer]\nunsafe = true\n' >"$work/spec.toml"
site "$work/spec" "$work/spec.toml"
count=0
while IFS= read -r example; do # one compact JSON object a line
  number=$(jq -r .number <<<"$example")
  { printf -- '---\ntitle: e\n---\n'; jq -j .markdown <<<"$example"; } >"$work/spec/content/e$number.md"
  count=$((count + 1))
done < <(jq -c '.[]' "$spec")
hugo -s "$work/spec" --quiet -d out
jq -n -S '[inputs | {(input_filename | capture("/e(?<n>[0-9]+)/index.html$").n): .content}] | add' \
  "$work/spec/out"/e*/index.html >"$golden/commonmark-0.31.2.json"
echo "recorded $pages fixture pages and $count spec examples from hugo $(hugo version | cut -d' ' -f2)"
