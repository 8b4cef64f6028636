// Typesets the article's $$…$$ and \[…\] (display) and \(…\) (inline) with the vendored KaTeX, which the
// page links only when it has math (docs/THEMES.md). Code and pre blocks are left alone by auto-render.
(function () {
  var article = document.querySelector(".post-content");
  if (!article || !window.renderMathInElement) return;
  window.renderMathInElement(article, {
    delimiters: [
      { left: "$$", right: "$$", display: true },
      { left: "\\[", right: "\\]", display: true },
      { left: "\\(", right: "\\)", display: false }
    ],
    throwOnError: false
  });
})();
