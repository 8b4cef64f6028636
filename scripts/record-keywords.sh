#!/usr/bin/env bash
# Narrows a candidate word list to the words Hugo (Chroma) highlights as key words in a fence of the given
# language: each candidate is put alone on a line of one block, and the words Hugo writes as class "k" are printed
# as one alternation, longest first (how PostgresWords.KEYWORDS and PLPGSQL_KEYWORDS were recorded, with the languages
# postgresql and plpgsql, from the SQL word lists, PostgreSQL's and PL/pgSQL's key words and the words of the SQL
# corpus samples).
# Usage: scripts/record-keywords.sh <language> < candidates.txt   (one word a line; needs hugo on the PATH)
set -euo pipefail
lang="${1:?usage: record-keywords.sh <language> < candidates}"
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
mkdir -p "$site/content" "$site/layouts/_default"
printf '{{ .Content }}' >"$site/layouts/_default/single.html"
printf '[markup.highlight]\nnoClasses = false\n' >"$site/config.toml"
{ printf -- '---\ntitle: words\n---\n\n```%s\n' "$lang"; sort -u; printf '```\n'; } >"$site/content/words.md"
hugo --quiet --source "$site" >/dev/null
grep -o '<span class="k">[A-Za-z_0-9]*' "$site/public/words/index.html" | sed 's/.*>//' | sort -u |
  awk '{ print length($0) " " $0 }' | sort -k1,1nr -k2,2 | cut -d' ' -f2 | paste -sd'|'
