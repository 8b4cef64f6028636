// The search page of the paper theme: results as you type over the site's index.json, arrow keys to move
// through them, Escape to clear. Matching is on substrings of the lower-cased, NFC-normalized text, so a
// Korean query matches inside words (쿠버 finds 쿠버네티스). Every query word must match somewhere.
// A query in the address (?q=...) is searched on load.
(function () {
  "use strict";
  var input = document.getElementById("searchInput");
  var list = document.getElementById("searchResults");
  if (!input || !list) return;
  var preload = document.querySelector('link[rel="preload"][as="fetch"]');
  var indexUrl = preload ? preload.href : "../index.json";
  var pages = null;

  function normalize(text) {
    return String(text || "").normalize("NFC").toLowerCase();
  }

  function load() {
    return fetch(indexUrl).then(function (r) { return r.json(); }).then(function (entries) {
      pages = entries.map(function (e) {
        return { title: e.title, permalink: e.permalink, t: normalize(e.title), s: normalize(e.summary), c: normalize(e.content) };
      });
    });
  }

  function score(page, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i], at = page.t.indexOf(w);
      if (at >= 0) { total += 100 - Math.min(at, 50); continue; }
      if (page.s.indexOf(w) >= 0) { total += 20; continue; }
      if (page.c.indexOf(w) >= 0) { total += 10; continue; }
      return 0;
    }
    return total;
  }

  function search(query) {
    var words = normalize(query).split(/\s+/).filter(Boolean);
    if (!words.length || !pages) return [];
    return pages.map(function (p) { return { page: p, score: score(p, words) }; })
      .filter(function (r) { return r.score > 0; })
      .sort(function (a, b) { return b.score - a.score; })
      .slice(0, 20);
  }

  function show(results) {
    list.textContent = "";
    if (!results.length && input.value.trim()) {
      var none = document.createElement("li");
      none.className = "search-empty";
      none.textContent = input.getAttribute("data-none") || "No results";
      list.appendChild(none);
      return;
    }
    results.forEach(function (r) {
      var item = document.createElement("li");
      item.className = "post-entry";
      var header = document.createElement("header");
      header.className = "entry-header";
      header.textContent = r.page.title + "\u00a0»";
      var link = document.createElement("a");
      link.className = "entry-link";
      link.href = r.page.permalink;
      link.setAttribute("aria-label", r.page.title);
      item.appendChild(header);
      item.appendChild(link);
      list.appendChild(item);
    });
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a.entry-link"));
  }

  function focusResult(index) {
    var all = links();
    all.forEach(function (a) { a.parentNode.classList.remove("focus"); });
    if (index < 0 || !all.length) { input.focus(); return; }
    var target = all[Math.min(index, all.length - 1)];
    target.parentNode.classList.add("focus");
    target.focus();
  }

  var ready = load();
  input.addEventListener("input", function () {
    ready.then(function () { show(search(input.value)); });
  });
  document.addEventListener("keydown", function (e) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (e.key === "Escape") {
      input.value = "";
      show([]);
      input.focus();
    } else if (e.key === "ArrowDown" && all.length) {
      e.preventDefault();
      focusResult(at + 1);
    } else if (e.key === "ArrowUp" && (at >= 0)) {
      e.preventDefault();
      focusResult(at - 1);
    }
  });
  var asked = new URLSearchParams(location.search).get("q");
  if (asked) input.value = asked;
  if (input.value) input.dispatchEvent(new Event("input"));
})();
