// Comments under a post, from `site api`: threaded list, post, reply, and edit or delete your own comments
// within the edit window. Text from the API is set as text; a comment's html is the API's sanitized rendering.
(function () {
  "use strict";
  var root = document.getElementById("comments");
  if (!root || !window.SiteApi) return;
  var S = window.SiteApi, el = S.el, t = JSON.parse(root.dataset.t);
  var api = root.dataset.api.replace(/\/$/, ""), page = root.dataset.page;
  var list = root.querySelector(".comment-list"), status = root.querySelector(".comments-status");
  var more = root.querySelector(".comments-more"), form = root.querySelector(".comment-form");
  var replying = form.querySelector(".comment-replying"), error = form.querySelector(".comment-form-error");
  var OWN = "site-comments-own";
  var dates = new Intl.DateTimeFormat(root.dataset.lang || undefined, { dateStyle: "medium", timeStyle: "short" });
  var nextPage = 0, parentId = null;

  // What this browser wrote: the edit token of anonymous comments and the Markdown source, by comment id.
  function own(id) { return (S.readJson(OWN) || {})[id]; }
  function remember(id, entry) {
    var all = S.readJson(OWN) || {};
    if (entry) all[id] = entry; else delete all[id];
    localStorage.setItem(OWN, JSON.stringify(all));
  }

  function editable(c) {
    if (c.status === "deleted" || Date.parse(c.editableUntil) <= Date.now()) return false;
    var login = S.auth();
    return !!own(c.id) || !!(login && login.username === c.author);
  }

  function ownerHeaders(id) {
    var mine = own(id);
    return mine && mine.token ? { "X-Edit-Token": mine.token } : {};
  }

  function button(label, className, onClick) {
    var b = el("button", className, label);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  function render(c) {
    var li = el("li", "comment");
    li.id = "comment-" + c.id;
    var body = el("article", "comment-body");
    if (c.status === "deleted") {
      body.appendChild(el("p", "comment-deleted", t.comment_deleted));
    } else {
      var meta = el("header", "comment-meta");
      meta.appendChild(el("span", "comment-author", c.author));
      var time = el("time", "comment-date", dates.format(new Date(c.createdAt)));
      time.dateTime = c.createdAt;
      meta.appendChild(time);
      if (c.status === "pending") meta.appendChild(el("span", "comment-pending", t.comment_pending));
      body.appendChild(meta);
      var text = el("div", "comment-text");
      text.innerHTML = c.html; // sanitized by the API's allow-list; raw HTML in the Markdown arrives escaped
      body.appendChild(text);
      var actions = el("div", "comment-actions");
      if (c.status === "approved") actions.appendChild(button(t.comment_reply, "comment-reply", function () { startReply(c); }));
      if (editable(c)) {
        actions.appendChild(button(t.action_edit, "comment-edit", function () { edit(c, li, text, actions); }));
        actions.appendChild(button(t.action_delete, "comment-delete", function () { remove(c, li); }));
      }
      body.appendChild(actions);
    }
    li.appendChild(body);
    var replies = el("ol", "comment-replies");
    (c.replies || []).forEach(function (r) { replies.appendChild(render(r)); });
    li.appendChild(replies);
    return li;
  }

  function failed(e, where) {
    where.textContent = e.unreachable ? t.comments_unreachable : S.fmt(t.action_failed, e.detail || e.status);
  }

  function load() {
    S.request(api, "GET", "/comments?path=" + encodeURIComponent(page) + "&page=" + nextPage + "&size=20").then(function (r) {
      r.data.content.forEach(function (c) { list.appendChild(render(c)); });
      nextPage++;
      more.hidden = r.data.last;
      status.textContent = list.children.length ? "" : t.comments_none;
      showForm();
    }, function (e) { failed(e, status); });
  }

  function showForm() {
    var login = S.auth();
    var author = form.querySelector(".comment-author-field");
    author.hidden = !!login;
    author.querySelector("input").required = !login;
    form.hidden = false;
  }

  function startReply(c) {
    parentId = c.id;
    replying.firstElementChild.textContent = S.fmt(t.comment_replying, c.author);
    replying.hidden = false;
    document.getElementById("comment-" + c.id).appendChild(form);
    form.querySelector("textarea").focus();
  }

  function endReply() {
    parentId = null;
    replying.hidden = true;
    root.appendChild(form);
  }

  function edit(c, li, text, actions) {
    var mine = own(c.id);
    var area = el("textarea", "comment-edit-text");
    area.value = mine && mine.source ? mine.source : text.textContent;
    area.setAttribute("aria-label", t.comment_text);
    var save = button(t.action_save, "comment-save", function () {
      S.request(api, "PUT", "/comments/" + c.id, { text: area.value }, ownerHeaders(c.id)).then(function (r) {
        remember(c.id, Object.assign({}, mine || {}, { source: area.value }));
        li.replaceWith(render(r.data));
      }, function (e) { failed(e, problem); });
    });
    var cancel = button(t.action_cancel, "comment-cancel", function () { box.replaceWith(text); actions.hidden = false; });
    var problem = el("p", "comment-form-error");
    problem.setAttribute("role", "alert");
    var box = el("div", "comment-editor");
    [area, save, cancel, problem].forEach(function (n) { box.appendChild(n); });
    text.replaceWith(box);
    actions.hidden = true;
    area.focus();
  }

  function remove(c, li) {
    if (!window.confirm(t.comment_confirm_delete)) return;
    S.request(api, "DELETE", "/comments/" + c.id, undefined, ownerHeaders(c.id)).then(function () {
      remember(c.id, null);
      var replies = li.querySelector(".comment-replies");
      if (replies.children.length) li.replaceWith(render({ id: c.id, status: "deleted", replies: [] }));
      else li.remove();
      if (li.contains(form)) endReply();
    }, function (e) { window.alert(e.unreachable ? t.comments_unreachable : S.fmt(t.action_failed, e.detail)); });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    error.textContent = "";
    var data = new FormData(form), source = data.get("text");
    var comment = { page: page, text: source, parentId: parentId, website: data.get("website") || "" };
    if (!S.auth()) comment.author = data.get("author");
    var submit = form.querySelector("button[type=submit]");
    submit.disabled = true;
    S.request(api, "POST", "/comments", comment).then(function (r) {
      var c = r.data;
      remember(c.id, { token: c.editToken || null, source: source });
      var target = parentId ? document.querySelector("#comment-" + parentId + " > .comment-replies") : list;
      endReply();
      target.appendChild(render(c));
      form.querySelector("textarea").value = "";
      status.textContent = c.status === "pending" ? t.comment_held : "";
    }, function (e) { failed(e, error); }).finally(function () { submit.disabled = false; });
  });
  replying.querySelector("button").addEventListener("click", endReply);
  more.addEventListener("click", load);
  load();
})();
