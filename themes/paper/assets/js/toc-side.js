// On wide screens PaperMod's inline TOC (.toc) moves beside the article and stays in view while the reader
// scrolls (CSS: .toc.toc-side), open, with the section being read marked (.active). On narrow screens it stays
// the inline <details>. The page links this file only with ShowToc and without TocSide = false.
(function () {
  var toc = document.querySelector(".toc");
  var article = document.querySelector(".post-single");
  if (!toc || !article) return;
  var details = toc.querySelector("details");
  var openedInline = details ? details.open : false;
  var wide = window.matchMedia("(min-width: 1280px)");

  function place() {
    toc.classList.toggle("toc-side", wide.matches);
    article.classList.toggle("has-toc-side", wide.matches);
    if (details) details.open = wide.matches ? true : openedInline;
  }
  place();
  if (wide.addEventListener) wide.addEventListener("change", place);

  var links = {};
  toc.querySelectorAll("a[href^='#']").forEach(function (a) {
    links[decodeURIComponent(a.getAttribute("href").slice(1))] = a;
  });
  var headings = Array.prototype.filter.call(document.querySelectorAll(".post-content [id]"), function (h) {
    return links[h.id];
  });
  if (!headings.length || !("IntersectionObserver" in window)) return;

  var current = null;
  function mark(heading) {
    var link = heading ? links[heading.id] : null;
    if (link === current) return;
    if (current) current.classList.remove("active");
    current = link;
    if (current) current.classList.add("active");
  }
  // A heading entering the top part of the viewport starts its section; one leaving it downwards (the reader
  // scrolled back up) hands over to the heading before it.
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (e) {
      var i = headings.indexOf(e.target);
      if (e.isIntersecting) mark(e.target);
      else if (e.boundingClientRect.top > 0 && current === links[e.target.id]) mark(headings[i - 1] || null);
    });
  }, { rootMargin: "0px 0px -70% 0px" });
  headings.forEach(function (h) { observer.observe(h); });
})();
