// Draws the article's ```mermaid blocks (<pre class="mermaid">) with the vendored Mermaid, which the page
// links only when it has one (docs/THEMES.md), in the colours of the theme the page opened with.
(function () {
  if (!window.mermaid) return;
  var dark = document.body.classList.contains("dark");
  window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "default" });
  window.mermaid.run({ querySelector: "pre.mermaid" });
})();
