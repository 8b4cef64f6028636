// site serve's live reload: listens on the preview's event stream; reloads the page after a build, swaps the
// stylesheets in place after a CSS-only edit, and shows a failed build's errors over the page until the next
// good build.
(function () {
  'use strict';
  if (!window.EventSource || window.__siteLiveReload) return;
  window.__siteLiveReload = true;
  var me = document.currentScript;
  var scriptURL = new URL(me ? me.src : '/__site/live.js', location.href);
  var pageBuild = Number(scriptURL.searchParams.get('build') || 0);
  // --disableBrowserError: failed builds are told in the terminal only
  var showErrors = scriptURL.searchParams.get('errors') !== 'off';
  var overlay = null;

  function clearOverlay() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function showOverlay(failure) {
    clearOverlay();
    if (!showErrors) return;
    overlay = document.createElement('div');
    overlay.id = 'site-build-errors';
    overlay.setAttribute('role', 'alert');
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;'
      + 'background:rgba(20,20,20,.94);color:#fff;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap';
    var title = document.createElement('h2');
    title.style.cssText = 'color:#ff6b6b;font:bold 18px/1.4 sans-serif;margin:0 0 1rem';
    title.textContent = 'Build failed in step ' + failure.step + ': the last good build is shown';
    overlay.appendChild(title);
    failure.errors.forEach(function (e) {
      var line = document.createElement('div');
      line.className = 'site-build-error';
      line.textContent = e.text;
      overlay.appendChild(line);
    });
    document.body.appendChild(overlay);
  }

  // Swaps each stylesheet for the one the rebuilt page links (a fingerprinted name changes with its content);
  // the old ones go once the new ones have loaded, so the page never shows unstyled.
  function swapStylesheets() {
    fetch(location.href, { cache: 'no-store' }).then(function (r) { return r.text(); }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, 'text/html');
      var olds = Array.prototype.slice.call(document.querySelectorAll('link[rel~="stylesheet"]'));
      var news = Array.prototype.slice.call(fresh.querySelectorAll('link[rel~="stylesheet"]'));
      var stamp = 'site-reload=' + Date.now();
      var pending = news.length;
      if (pending === 0) { olds.forEach(function (l) { l.remove(); }); return; }
      var anchor = olds.length ? olds[olds.length - 1] : null;
      news.forEach(function (l) {
        var link = document.importNode(l, true);
        var url = new URL(link.getAttribute('href'), location.href);
        if (url.origin === location.origin) {
          url.searchParams.set('site-reload', stamp);
          link.href = url.href;
        }
        link.onload = link.onerror = function () {
          if (--pending === 0) olds.forEach(function (o) { o.remove(); });
        };
        if (anchor) { anchor.after(link); anchor = link; } else { document.head.appendChild(link); }
      });
    }).catch(function () { location.reload(); });
  }

  // beside the script, under the site's base path (/blog/__site/events)
  var events = new EventSource(new URL('events', scriptURL).href);
  // readable from the console (and by the browser tests): whether this page hears the rebuilds
  events.onopen = function () { window.__siteLiveReload = 'open'; };
  events.addEventListener('hello', function (e) {
    var hello = JSON.parse(e.data);
    if (hello.failure) { showOverlay(hello.failure); return; }
    if (hello.build > pageBuild) location.reload();
  });
  events.addEventListener('reload', function (e) {
    var change = JSON.parse(e.data);
    // a path, or a whole URL when the edited page is served on another language's port (multihost)
    var to = change.navigate ? new URL(change.navigate, location.href) : null;
    if (to && (to.origin !== location.origin || to.pathname !== location.pathname)) location.href = to.href;
    else location.reload();
  });
  events.addEventListener('css', function (e) {
    pageBuild = JSON.parse(e.data).build;
    clearOverlay();
    swapStylesheets();
  });
  events.addEventListener('failed', function (e) { showOverlay(JSON.parse(e.data)); });
})();
