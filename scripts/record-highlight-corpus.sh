#!/usr/bin/env bash
# Records what Hugo (Chroma) writes for every highlighting sample, as the golden files the highlighter is tested
# against. The oracle's output is the source of these files, never our own output.
#  - corpus: src/test/resources/highlight-corpus/<lang>/NN.txt becomes NN.classes.html (noClasses = false) and
#    NN.inline.html (noClasses = true, Hugo's default monokai) beside it; <lang> is the fence's language name.
#  - samples: src/test/resources/highlight/samples/<lang>.txt becomes highlight/golden/<lang>.html (classes).
# Each sample is one fenced code block on a page of a throwaway site whose layout prints only .Content.
# Usage: scripts/record-highlight-corpus.sh [lang...]   (needs hugo on the PATH; run again when moving to another Hugo)
# With language names, records only those corpus directories (and no golden samples).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$root/src/test/resources/highlight-corpus"
samples="$root/src/test/resources/highlight/samples"
golden="$root/src/test/resources/highlight/golden"
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT

page() { # page <content file> <lang> <sample file>
  mkdir -p "$(dirname "$1")"
  { printf -- "---\ntitle: sample\n---\n\n\`\`\`\`\`%s\n" "$2"; cat "$3"; [[ -z $(tail -c1 "$3") ]] || echo; printf "\`\`\`\`\`\n"; } >"$1"
}

mkdir -p "$site/layouts/_default"
printf '{{ .Content }}' >"$site/layouts/_default/single.html"
if (($#)); then
  corpus_files=()
  for lang in "$@"; do corpus_files+=("$corpus/$lang"/*.txt); done
  sample_files=()
else
  corpus_files=("$corpus"/*/*.txt)
  sample_files=("$samples"/*.txt)
fi
for file in "${corpus_files[@]}"; do
  lang=$(basename "$(dirname "$file")")
  page "$site/content/corpus/$lang/$(basename "$file" .txt).md" "$lang" "$file"
done
for file in "${sample_files[@]}"; do
  page "$site/content/samples/$(basename "$file" .txt).md" "$(basename "$file" .txt)" "$file"
done

build() { # build <noClasses> <output dir>
  cat >"$site/hugo.toml" <<TOML
baseURL = "http://example.org/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home", "section"]
[markup.highlight]
noClasses = $1
TOML
  hugo -s "$site" --quiet -d "$2"
}
build false "$site/classes"
build true "$site/inline"

for file in "${corpus_files[@]}"; do
  lang=$(basename "$(dirname "$file")")
  n=$(basename "$file" .txt)
  cp "$site/classes/corpus/$lang/$n/index.html" "${file%.txt}.classes.html"
  cp "$site/inline/corpus/$lang/$n/index.html" "${file%.txt}.inline.html"
done
for file in "${sample_files[@]}"; do
  lang=$(basename "$file" .txt)
  cp "$site/classes/samples/$lang/index.html" "$golden/$lang.html"
done
echo "recorded ${#corpus_files[@]} corpus samples and ${#sample_files[@]} golden samples from hugo $(hugo version | cut -d' ' -f2)"
