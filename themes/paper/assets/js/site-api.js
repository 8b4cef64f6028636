// The client of `site api` shared by the comments and board widgets: JSON requests, problem+json errors turned
// into readable messages, and the login (a bearer token) kept in localStorage until it expires.
(function () {
  "use strict";
  var AUTH = "site-auth";

  function readJson(key) {
    try { return JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { return null; }
  }

  function auth() {
    var a = readJson(AUTH);
    return a && a.token && Date.parse(a.expiresAt) > Date.now() ? a : null;
  }

  function setAuth(a) {
    if (a) localStorage.setItem(AUTH, JSON.stringify(a)); else localStorage.removeItem(AUTH);
  }

  /** status 0: nothing answered; 502-504: the proxy answered for an API that is down. */
  function ApiError(status, detail) {
    this.status = status;
    this.detail = detail || "";
    this.unreachable = status === 0 || (status >= 502 && status <= 504);
  }

  /**
   * One request; resolves to {data, etag} or rejects with an ApiError. Writes carry the login when there is one;
   * reads never do, so a stale token cannot break reading.
   */
  function request(base, method, path, body, headers) {
    var h = Object.assign({ Accept: "application/json" }, headers || {});
    var login = auth();
    if (method !== "GET" && login && !h["X-Edit-Token"]) h.Authorization = "Bearer " + login.token;
    if (body !== undefined) h["Content-Type"] = "application/json";
    return fetch(base + path, {
      method: method, headers: h, credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body)
    }).catch(function () { throw new ApiError(0); }).then(function (res) {
      return res.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
        if (res.status === 401 && h.Authorization) setAuth(null);
        if (!res.ok) throw new ApiError(res.status, data && (data.detail || data.title) || res.statusText);
        return { data: data, etag: res.headers.get("ETag") };
      });
    });
  }

  /** Fills each %s of a translated string in turn. */
  function fmt(s) {
    var args = Array.prototype.slice.call(arguments, 1);
    return s.replace(/%s/g, function () { return args.length ? String(args.shift()) : ""; });
  }

  /** An element with a class and text (always text: nothing from the API becomes markup here). */
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  window.SiteApi = { request: request, auth: auth, setAuth: setAuth, readJson: readJson, fmt: fmt, el: el };
})();
