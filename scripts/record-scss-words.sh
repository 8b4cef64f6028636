#!/usr/bin/env bash
# Records ScssWords.java: the property names, value key words and named colours that Hugo (Chroma) knows in a fence
# of scss, found by highlighting candidate words with Hugo and keeping each word it writes with the class of a role.
# The candidates come from sources independent of Chroma, fetched with npm into a temporary directory (never
# committed):
#  - known-css-properties 0.37.0: every CSS property name (its "all" list);
#  - mdn-data 2.37.2: the property names of css/properties.json, and every identifier in the syntax of its
#    properties, syntaxes, functions and at-rule descriptors (angle-bracketed types and quoted strings removed);
#  - @webref/css 8.7.5 (the definitions of the W3C's CSS specifications, drafts included): every identifier in the
#    names, syntaxes and values it defines;
#  - @jsamr/counter-style 2.0.2: the names of its presets, the predefined counter styles (list-style-type values),
#    turned from camelCase into CSS's hyphenated names;
#  - css-color-names 1.0.1: the named colours;
# and the words of CssWords.java and of the scss corpus samples (src/test/resources/highlight-corpus/scss/*.txt).
# Candidates are lower-cased (the scss lexer matches any case). Each one is put alone on a line in three probes:
#    WORD:x {}         a property name: no semicolon follows, so Hugo marks WORD "na" only from its own list of
#                      properties (any other word there starts a selector, "nt");
#    a { x: WORD; }    a value: "ni" for a value key word, "no" for a named colour (a word Hugo has in both lists is
#                      "ni", as its value rule comes first, so it is kept as a value key word only);
#    a { x: WORD;b }   a value key word Hugo knows with its semicolon ("ni" over "WORD;").
# Usage: scripts/record-scss-words.sh > src/main/java/site/builder/markdown/highlight/ScssWords.java
#        (needs npm with access to the registry, node and hugo on the PATH)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

npm install --silent --no-save --no-audit --no-fund --prefix "$tmp/npm" \
  known-css-properties@0.37.0 mdn-data@2.37.2 @webref/css@8.7.5 @jsamr/counter-style@2.0.2 css-color-names@1.0.1 >/dev/null
NODE_PATH="$tmp/npm/node_modules" node -e '
  const out = [];
  out.push(...require("known-css-properties").all, ...Object.keys(require("css-color-names")));
  const identifiers = (syntax) => (syntax || "").replace(/<[^>]*>/g, " ").replace(/\x27[^\x27]*\x27/g, " ")
    .match(/[A-Za-z_-][A-Za-z0-9_-]*/g) || [];
  const properties = require("mdn-data/css/properties.json");
  for (const [name, p] of Object.entries(properties)) out.push(name, ...identifiers(p.syntax));
  for (const file of ["syntaxes", "functions"])
    for (const [name, s] of Object.entries(require("mdn-data/css/" + file + ".json")))
      out.push(...identifiers(name), ...identifiers(s.syntax));
  for (const rule of Object.values(require("mdn-data/css/at-rules.json")))
    for (const d of Object.values(rule.descriptors || {})) out.push(...identifiers(d.syntax));
  const definitions = (node) => {
    if (Array.isArray(node)) node.forEach(definitions);
    else if (node && typeof node === "object")
      for (const [key, v] of Object.entries(node))
        if (typeof v === "string") { if (["name", "syntax", "value"].includes(key)) out.push(...identifiers(v)); }
        else definitions(v);
  };
  definitions(require("@webref/css/css.json"));
  for (const preset of Object.keys(require("@jsamr/counter-style/lib/cjs/presets")))
    out.push(preset.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase()));
  console.log(out.join("\n"));
' >"$tmp/candidates"
grep -o '"[^"]*"' "$root/src/main/java/site/builder/markdown/highlight/CssWords.java" | tr -s ' "' '\n\n' >>"$tmp/candidates"
cat "$root"/src/test/resources/highlight-corpus/scss/*.txt | grep -oE '[A-Za-z_-][A-Za-z0-9_-]*' >>"$tmp/candidates"
tr 'A-Z' 'a-z' <"$tmp/candidates" | grep -xE '[a-z_-][a-z0-9_-]*' | sort -u >"$tmp/words"

site="$tmp/site"
mkdir -p "$site/content" "$site/layouts/_default"
printf '{{ .Content }}' >"$site/layouts/_default/single.html"
printf '[markup.highlight]\nnoClasses = false\n' >"$site/config.toml"
probe() { # probe <page> <sed script turning a word into its line>
  { printf -- '---\ntitle: %s\n---\n\n```scss\n' "$1"; sed "$2" "$tmp/words"; printf '```\n'; } >"$site/content/$1.md"
}
probe properties 's/.*/&:x {}/'
probe values 's/.*/a { x: &; }/'
probe semicolons 's/.*/a { x: &;b }/'
hugo --quiet --source "$site" >/dev/null
page() { cat "$site/public/$1/index.html"; }
properties="$(page properties | grep -oE '<span class="cl"><span class="na">[^<]*</span><span class="o">:</span>' |
  sed -E 's/.*"na">([^<]*)<.*/\1/')"
values="$(page values | grep -oE ':</span> <span class="ni">[^<]*</span><span class="p">;</span>' |
  sed -E 's/.*"ni">([^<]*)<.*/\1/'
  page semicolons | grep -oE ':</span> <span class="ni">[^<]*;</span>' | sed -E 's/.*"ni">([^<]*)<.*/\1/')"
colors="$(page values | grep -oE ':</span> <span class="no">[^<]*</span><span class="p">;</span>' |
  sed -E 's/.*"no">([^<]*)<.*/\1/')"

# One Java string constant: the words in order, joined by spaces, a few dozen to a source line.
constant() { # constant <name> <words>
  printf '    static final String %s = String.join(" ",\n' "$1"
  printf '%s\n' "$2" | sort -u | awk '
    { if (length(line) + length($0) + 1 > 100) { lines[n++] = line; line = $0 } else line = line ? line " " $0 : $0 }
    END { lines[n++] = line; for (i = 0; i < n; i++) printf "            \"%s\"%s\n", lines[i], i < n - 1 ? "," : ");" }'
}

cat <<'EOF'
package site.builder.markdown.highlight;

/**
 * The words Hugo 0.111.3's SCSS lexer knows: property names (an attribute where a colon follows), value key words
 * (an entity) and named colours (a constant), in alphabetical order. Recorded from Hugo's output, not written by
 * hand: scripts/record-scss-words.sh highlights candidate words from independent sources (CSS property, syntax and
 * colour lists on npm, CssWords and the scss corpus samples) and keeps those Hugo marks for each role; regenerate
 * with {@code scripts/record-scss-words.sh > src/main/java/site/builder/markdown/highlight/ScssWords.java}. A word
 * Hugo knows that no source lists (a few values of drafts and counter styles, such as masonry or space-end) is a
 * plain name here.
 */
final class ScssWords {
    private ScssWords() {}

    /** Property names: marked as such before a colon even where no semicolon follows to make the lexer guess one. */
EOF
constant PROPERTIES "$properties"
printf '\n    /** Value key words; Hugo also knows a few with their semicolon ("auto;"), which then is part of the word. */\n'
constant VALUES "$values"
printf '\n    /** Named colours that are not also value key words (those are entities, the value rule coming first). */\n'
constant COLORS "$colors"
printf '}\n'
