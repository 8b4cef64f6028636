// Draws the article's ```mermaid blocks (<pre class="mermaid">) with the vendored Mermaid, which the page
// links only when it has one (docs/THEMES.md), in the colours of the page's theme: when the reader switches
// between light and dark (body.dark), the diagrams are drawn again from their kept source.
(function () {
  if (!window.mermaid) return;
  var blocks = Array.prototype.slice.call(document.querySelectorAll("pre.mermaid"));
  var sources = blocks.map(function (pre) { return pre.textContent; });
  var drawnDark = null;

  function draw() {
    var dark = document.body.classList.contains("dark");
    if (dark === drawnDark) return;
    drawnDark = dark;
    blocks.forEach(function (pre, i) {
      pre.removeAttribute("data-processed");
      pre.textContent = sources[i];
    });
    window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "default" });
    window.mermaid.run({ nodes: blocks });
  }
  draw();
  new MutationObserver(draw).observe(document.body, { attributes: true, attributeFilter: ["class"] });
})();
