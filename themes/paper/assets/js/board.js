// The board page over `site api`: list with paging and search, read (counts a view), sign up, log in, write, and
// edit or delete your own posts. The view follows the address's fragment (#page=2&q=word, #post=7, #edit=7,
// #write, #login, #signup), so the back button and links work. Everything from the API is set as text.
(function () {
  "use strict";
  var root = document.getElementById("board");
  if (!root || !window.SiteApi) return;
  var S = window.SiteApi, el = S.el, t = JSON.parse(root.dataset.t);
  var api = root.dataset.api.replace(/\/$/, "");
  var view = root.querySelector(".board-view"), status = root.querySelector(".board-status");
  var search = root.querySelector(".board-search");
  var dates = new Intl.DateTimeFormat(root.dataset.lang || undefined, { dateStyle: "medium", timeStyle: "short" });
  var PAGE_SIZE = 10;
  var lastRead = null; // {post, etag} of the post on screen, so that editing it does not count another view
  var justWritten = null; // {post, etag} answered by the last create or edit

  function go(fragment) { location.hash = fragment; }

  function say(text) { status.textContent = text || ""; }

  function failed(e) {
    if (e.status === 404) say(t.board_not_found);
    else say(e.unreachable ? t.board_unreachable : S.fmt(t.action_failed, e.detail || e.status));
  }

  // The API's createdAt is UTC without a zone (the Spring WAS's LocalDateTime).
  function when(createdAt) {
    var d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(createdAt) ? createdAt : createdAt + "Z");
    var time = el("time", "board-date", dates.format(d));
    time.dateTime = d.toISOString();
    return time;
  }

  function mine(post) {
    var login = S.auth();
    return !!login && (login.role === "ADMIN" || login.username === post.author);
  }

  function showUser() {
    var login = S.auth();
    root.querySelector(".board-user").textContent = login ? S.fmt(t.board_logged_in_as, login.username) : "";
    root.querySelector(".board-login").hidden = !!login;
    root.querySelector(".board-signup").hidden = !!login;
    root.querySelector(".board-logout").hidden = !login;
  }

  function link(text, fragment, className) {
    var a = el("a", className, text);
    a.href = "#" + fragment;
    return a;
  }

  function field(label, control) {
    var l = el("label", "board-field", label + " ");
    l.appendChild(control);
    return l;
  }

  function input(name, type, max) {
    var i = el("input");
    i.name = name;
    i.type = type;
    i.required = true;
    if (max) i.maxLength = max;
    return i;
  }

  function submitButton(label) {
    var b = el("button", null, label);
    b.type = "submit";
    return b;
  }

  function list(pageNo, keyword) {
    var path = keyword
      ? "/posts/search?keyword=" + encodeURIComponent(keyword) + "&page=" + pageNo + "&size=" + PAGE_SIZE
      : "/posts?page=" + pageNo + "&size=" + PAGE_SIZE;
    search.q.value = keyword;
    return S.request(api, "GET", path).then(function (r) {
      var page = r.data;
      if (!page.content.length) {
        say(keyword ? S.fmt(t.board_no_match, keyword) : t.board_empty);
        return;
      }
      var table = el("table", "board-list");
      var head = table.createTHead().insertRow();
      [t.board_post_title, t.board_author, t.board_date, t.board_views].forEach(function (h) {
        var th = el("th", null, h);
        th.scope = "col";
        head.appendChild(th);
      });
      var body = table.createTBody();
      page.content.forEach(function (post) {
        var row = body.insertRow();
        row.insertCell().appendChild(link(post.title, "post=" + post.id, "board-title"));
        row.insertCell().textContent = post.author;
        row.insertCell().appendChild(when(post.createdAt));
        row.insertCell().textContent = post.viewCount;
      });
      view.appendChild(table);
      if (page.totalPages > 1) view.appendChild(pager(page, keyword));
    });
  }

  function pager(page, keyword) {
    var nav = el("nav", "pagination board-pager");
    var q = keyword ? "&q=" + encodeURIComponent(keyword) : "";
    if (!page.first) nav.appendChild(link("« " + t.prev_page, "page=" + (page.number - 1) + q, "prev"));
    nav.appendChild(el("span", "board-page", S.fmt(t.board_page, page.number + 1, page.totalPages)));
    if (!page.last) nav.appendChild(link(t.next_page + " »", "page=" + (page.number + 1) + q, "next"));
    return nav;
  }

  // A post just written is shown from the write's answer: reading it again would count the author as a reader.
  function read(id) {
    var written = justWritten && String(justWritten.post.id) === String(id) ? justWritten : null;
    justWritten = null;
    var loaded = written ? Promise.resolve(written)
      : S.request(api, "GET", "/posts/" + id).then(function (r) { return { post: r.data, etag: r.etag }; });
    return loaded.then(function (r) {
      var post = r.post;
      lastRead = r;
      var article = el("article", "board-post");
      article.appendChild(el("h2", "board-post-title", post.title));
      var meta = el("div", "post-meta board-meta");
      meta.appendChild(el("span", "board-author", post.author));
      meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(when(post.createdAt));
      meta.appendChild(document.createTextNode(" · " + t.board_views + " "));
      meta.appendChild(el("span", "board-views", post.viewCount));
      article.appendChild(meta);
      article.appendChild(el("div", "board-content", post.content));
      var actions = el("div", "board-actions");
      actions.appendChild(link(t.board_back, "", "board-back"));
      if (mine(post)) {
        actions.appendChild(link(t.action_edit, "edit=" + post.id, "board-edit"));
        var del = el("button", "board-delete", t.action_delete);
        del.type = "button";
        del.addEventListener("click", function () { remove(post.id, r.etag); });
        actions.appendChild(del);
      }
      article.appendChild(actions);
      view.appendChild(article);
    });
  }

  function remove(id, etag) {
    if (!window.confirm(t.board_confirm_delete)) return;
    S.request(api, "DELETE", "/posts/" + id, undefined, etag ? { "If-Match": etag } : {})
      .then(function () { go(""); }, failed);
  }

  function editor(id) {
    if (!S.auth()) {
      say(t.board_login_first);
      return login();
    }
    var known = id && lastRead && String(lastRead.post.id) === String(id) ? Promise.resolve(lastRead)
      : id ? S.request(api, "GET", "/posts/" + id).then(function (r) { return { post: r.data, etag: r.etag }; })
      : Promise.resolve(null);
    return known.then(function (current) {
      var form = el("form", "board-editor");
      var title = input("title", "text", 200), content = el("textarea");
      content.name = "content";
      content.rows = 12;
      content.maxLength = 20000;
      if (current) { title.value = current.post.title; content.value = current.post.content; }
      form.appendChild(field(t.board_post_title, title));
      form.appendChild(field(t.board_post_content, content));
      form.appendChild(submitButton(t.action_save));
      form.appendChild(link(t.action_cancel, current ? "post=" + id : "", "board-cancel"));
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var body = { title: title.value, content: content.value };
        var request = current
          ? S.request(api, "PUT", "/posts/" + id, body, current.etag ? { "If-Match": current.etag } : {})
          : S.request(api, "POST", "/posts", Object.assign({ author: S.auth().username }, body));
        request.then(function (r) {
          justWritten = { post: r.data, etag: r.etag };
          go("post=" + r.data.id);
        }, failed);
      });
      view.appendChild(form);
      title.focus();
    });
  }

  function login(username) {
    var form = el("form", "board-login-form");
    var name = input("username", "text", 50), password = input("password", "password", 100);
    name.autocomplete = "username";
    password.autocomplete = "current-password";
    name.value = username || "";
    form.appendChild(field(t.board_username, name));
    form.appendChild(field(t.board_password, password));
    form.appendChild(submitButton(t.board_login));
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      S.request(api, "POST", "/auth/login", { username: name.value, password: password.value }).then(function (r) {
        var token = r.data;
        return S.request(api, "GET", "/auth/me", undefined, { Authorization: "Bearer " + token.token }).then(function (me) {
          S.setAuth({ token: token.token, expiresAt: token.expiresAt, username: me.data.username, role: me.data.role });
          showUser();
          go("");
        });
      }).catch(failed);
    });
    view.appendChild(form);
    (username ? password : name).focus();
  }

  function signup() {
    var form = el("form", "board-signup-form");
    var name = input("username", "text", 50), password = input("password", "password", 100);
    name.autocomplete = "username";
    password.autocomplete = "new-password";
    form.appendChild(field(t.board_username, name));
    form.appendChild(field(t.board_password, password));
    form.appendChild(submitButton(t.board_signup));
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      S.request(api, "POST", "/auth/signup", { username: name.value, password: password.value }).then(function () {
        view.textContent = "";
        say(t.board_signed_up);
        login(name.value);
      }, failed);
    });
    view.appendChild(form);
    name.focus();
  }

  function route() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    view.textContent = "";
    say("");
    showUser();
    var shown;
    if (params.has("post")) shown = read(params.get("post"));
    else if (params.has("edit")) shown = editor(params.get("edit"));
    else if (params.has("write")) shown = editor(null);
    else if (params.has("login")) shown = login();
    else if (params.has("signup")) shown = signup();
    else shown = list(Math.max(0, parseInt(params.get("page"), 10) || 0), params.get("q") || "");
    Promise.resolve(shown).catch(failed);
  }

  search.addEventListener("submit", function (event) {
    event.preventDefault();
    var q = search.q.value.trim();
    go(q ? "q=" + encodeURIComponent(q) : "page=0");
  });
  root.querySelector(".board-logout").addEventListener("click", function () {
    S.request(api, "POST", "/auth/logout").catch(function () {}).then(function () {
      S.setAuth(null);
      route();
    });
  });
  window.addEventListener("hashchange", route);
  route();
})();
