#!/usr/bin/env bash
# Records the Chroma styles that Hugo 0.111.3 offers, as Hugo itself prints them (`hugo gen chromastyles`), into
# the data file the highlighter reads for `noClasses = true`. The oracle's output is the source, as for the
# golden files in src/test/resources: per style, the pre wrapper's CSS, the highlighted-line and line-number
# CSS, and every token class's CSS (empty ones too: Style tells a type that clears its parent's CSS from one
# with nothing of its own). Run it again when moving to another Hugo version.
# Usage: scripts/record-chroma-styles.sh   (needs hugo on the PATH)
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/site/builder/markdown/highlight/chroma-styles.txt"
version=$(hugo version | cut -d' ' -f2)
# Chroma 2.5's style names (the gallery Hugo's help links to); a name Hugo does not know prints swapoff.
names="abap algol algol_nu api arduino autumn average base16-snazzy borland bw catppuccin-frappe catppuccin-latte
catppuccin-macchiato catppuccin-mocha colorful compat doom-one doom-one2 dracula emacs friendly fruity github
github-dark gruvbox gruvbox-light hr_high_contrast hrdark igor lovelace manni monokai monokailight murphy native
nord onedark onesenterprise paraiso-dark paraiso-light pastie perldoc pygments rainbow_dash rose-pine
rose-pine-dawn rose-pine-moon rrt solarized-dark solarized-dark256 solarized-light swapoff tango trac vim vs
vulcan witchhazel xcode xcode-dark"
css() { hugo gen chromastyles --style="$1" --highlightStyle=""; }
swapoff=$(css swapoff)
{
  echo "# Recorded by scripts/record-chroma-styles.sh from hugo $version (gen chromastyles --highlightStyle=\"\")."
  echo "# \"= style\", then \"class css\" lines: chroma (the pre), hl, ln, lnt, lnlinks and the token classes."
  for name in $names; do
    text=$(css "$name")
    if [[ $name != swapoff && $text == "$swapoff" ]]; then echo "unknown to this hugo: $name" >&2; continue; fi
    echo "= $name"
    sed -nE 's#^/\* [A-Za-z]+ \*/ \.chroma \{ (.*) \}$#chroma \1#p; s#^/\* [A-Za-z]+ \*/ \.chroma \.([a-z0-9]+) \{ ?(.*[^ ]|) ?\}$#\1 \2#p' <<<"$text" \
      | grep -vE '^(lntd|lntable|line|cl) ' || true
  done
} >"$out"
echo "wrote $out ($(grep -c '^= ' "$out") styles)"
