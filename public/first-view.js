// Runs in <head>, before the page is painted (a file of its own: the strict CSP allows no inline
// script). Each page's HTML holds its first view, rendered at build time from the bundled data
// (src/web/prerender.rs); this script decides, before anything shows, what the page may show, then
// starts the app, which replaces the first view once it has drawn the same page.
//
// 1. Without WebAssembly (Lockdown Mode, a hardened policy) the app cannot run: the first view
//    stays, with its notice (class `sans-wasm` on the root), and the app is not started.
// 2. The first view shows the figures of the address it was rendered for: its route
//    (`data-first-view`) with no parameter but those that change no figure
//    (`data-first-view-keeps`, `*` for any). Any other address (?annee=2023, an unknown page)
//    never shows them, not even for a frame: the root gets `first-view-stale`, and the page shows
//    its loading state until the app has the address's figures.
// 3. The theme, before the first paint: an embed's `theme=` (clair by default; `auto` follows the
//    system until the host page relays its own), elsewhere the visitor's stored choice, else the
//    system's; and an embed's `fond=transparent`. As the app decides it (src/web/theme.rs,
//    src/web/pages/embed.rs).
//    A <details> open only on some screens (`data-open-media`) is opened or closed before it shows.
// 4. The default data file is fetched alongside the app's code, unless the address names another
//    `source`, or the page waits for its first paint to fetch anything (an embed).
// 5. An embed in a frame tells its host page its height, and waits a moment for its theme.
// 6. The app's code: its boot script (`data-app-boot`, written by tools/strict-csp.mjs), at once,
//    or after the first paint for an embed (`data-app-after-paint`). Each kind of page has its
//    module (src/web/app.rs, Module): the page of an address without a first view (shell.html, the
//    explorer's) starts the module whose router has the address (`data-modules`): the embeds' for
//    /embed/<bloc>, the presentation's for /presentation, the documents' for /bilan and
//    /accessibilite (offline, before their page was saved).
(function () {
  var root = document.documentElement;
  var script = document.currentScript;
  var params = new URLSearchParams(location.search);
  var wasm = typeof WebAssembly === "object" && WebAssembly !== null;

  // 1. (`app-starts`: the app will replace the first view; without it, the first view is the page,
  //    whose tables show and whose controls, which need the app, do not: style/main.css.)
  root.classList.add(wasm ? "app-starts" : "sans-wasm");

  // 2. The address under the app's base (<base href>), without slashes at its ends.
  var route = root.getAttribute("data-first-view");
  if (route !== null && wasm) {
    var base = new URL(document.baseURI).pathname;
    var path = location.pathname.indexOf(base) === 0 ? location.pathname.slice(base.length) : location.pathname;
    path = decodeURIComponent(path).replace(/^\/+|\/+$/g, "");
    var keeps = (root.getAttribute("data-first-view-keeps") || "").split(" ");
    var changes = false;
    params.forEach(function (value, key) {
      if (keeps.indexOf("*") < 0 && keeps.indexOf(key) < 0) changes = true;
    });
    if (path !== route || changes) {
      root.classList.add("first-view-stale");
      // Never shown: gone once parsed, so that the page holds one copy of its ids.
      document.addEventListener("DOMContentLoaded", function () {
        var stale = document.getElementById("premier-rendu");
        if (stale) stale.remove();
      });
    }
  }

  // 3.
  var embed = /^embed\//.test(route || "") || /\/embed\//.test(location.pathname);
  var systemDark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  var dark;
  if (embed) {
    var theme = (params.get("theme") || "").trim().toLowerCase();
    if (theme === "sombre" || theme === "dark") dark = true;
    else if (theme === "auto" || theme === "systeme" || theme === "système" || theme === "system") dark = systemDark;
    else dark = false;
    if ((params.get("fond") || "").trim() === "transparent") root.classList.add("transparent");
  } else {
    var stored = null;
    try { stored = window.localStorage.getItem("beta-dashboard:theme"); } catch (e) { /* storage refused */ }
    dark = stored === "sombre" ? true : stored === "clair" ? false : systemDark;
  }
  root.setAttribute("data-fr-theme", dark ? "dark" : "light");

  // A <details> open on some screens only (the explorer's filters: beside the figures on wide
  // screens, folded above them on phones) is opened or closed as the parser adds it, before it is
  // painted, as the app will have it (`data-open-media`, a media query).
  if (window.MutationObserver && window.matchMedia) {
    var opener = new MutationObserver(function (records) {
      records.forEach(function (record) {
        record.addedNodes.forEach(function (node) {
          var found = node.nodeType === 1 ? [node].concat([].slice.call(node.querySelectorAll("[data-open-media]"))) : [];
          found.forEach(function (element) {
            var media = element.getAttribute && element.getAttribute("data-open-media");
            if (media) element.open = window.matchMedia(media).matches;
          });
        });
      });
    });
    opener.observe(root, { childList: true, subtree: true });
    document.addEventListener("DOMContentLoaded", function () { opener.disconnect(); });
  }

  // 4.
  var data = script && script.getAttribute("data-preload-href");
  var afterPaint = root.hasAttribute("data-app-after-paint");
  if (data && !afterPaint && wasm && !params.has("source")) {
    var link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.type = "application/json";
    link.crossOrigin = "anonymous";
    link.href = data;
    document.head.appendChild(link);
  }

  // 5. An embed in a frame, before its app runs: it tells its host page its height (the host's
  //    integration.js sizes the iframe), and, with theme=auto, shows once the host has answered
  //    with its theme (or after a moment, with the system's), which the app then keeps
  //    (`data-host-theme`, read by src/web/browser/frames.rs).
  if (embed && window.parent !== window) {
    var id = params.get("id");
    if (id === null || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) id = null;
    var waitsForTheme = (params.get("theme") || "").trim().toLowerCase() === "auto";
    if (waitsForTheme) root.classList.add("first-view-awaits-theme");
    var shown = function () { root.classList.remove("first-view-awaits-theme"); };
    setTimeout(shown, 300);
    window.addEventListener("message", function (event) {
      var message = event.data;
      if (event.source !== window.parent || !message || message.type !== "beta-dashboard:theme") return;
      if (message.theme === "light" || message.theme === "dark" || message.theme === "system") {
        root.setAttribute("data-host-theme", message.theme);
        if (waitsForTheme) {
          var hostDark = message.theme === "dark" || (message.theme === "system" && systemDark);
          root.setAttribute("data-fr-theme", hostDark ? "dark" : "light");
        }
      }
      shown();
    });
    var last = 0;
    var tell = function () {
      var block = document.querySelector("#premier-rendu [data-bloc]");
      if (!block) return;
      var height = Math.ceil(block.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: "beta-dashboard:resize", height: height, id: id }, "*");
    };
    document.addEventListener("DOMContentLoaded", function () {
      tell();
      var block = document.querySelector("#premier-rendu [data-bloc]");
      if (block && window.ResizeObserver) new ResizeObserver(tell).observe(block);
    });
  }

  // 6.
  var boot = root.getAttribute("data-app-boot");
  var modules = root.getAttribute("data-modules");
  if (route === null && modules) {
    var under = new URL(document.baseURI).pathname;
    var here = location.pathname.indexOf(under) === 0 ? location.pathname.slice(under.length) : location.pathname;
    here = decodeURIComponent(here).replace(/^\/+|\/+$/g, "");
    var module = /^embed\/[^/]+$/.test(here) ? "embed" : here === "presentation" ? "presentation"
      : here === "bilan" || here === "accessibilite" ? "documents" : null;
    modules.split(" ").forEach(function (pair) {
      if (module && pair.indexOf(module + "=") === 0) boot = pair.slice(module.length + 1);
    });
  }
  if (!boot || !wasm) return;
  var start = function () {
    var module = document.createElement("script");
    module.type = "module";
    module.src = boot;
    document.head.appendChild(module);
  };
  if (!afterPaint) return start();
  // Once the browser reports the first paint (Paint Timing), or after a second where it reports
  // none (a frame out of view may not paint).
  var started = false;
  var once = function () { if (!started) { started = true; start(); } };
  if (window.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).indexOf("paint") >= 0) {
    new PerformanceObserver(function (list, observer) {
      observer.disconnect();
      setTimeout(once, 0);
    }).observe({ type: "paint", buffered: true });
  }
  setTimeout(once, 1000);
})();
