/* beta-dashboard's host script: what a page that embeds the dashboard loads, once, whatever
 * the number of embeds:
 *
 *   <script src="https://example.org/tableau-de-bord/integration.js" defer></script>
 *
 * 1. It sizes each iframe of the dashboard to its content. An embed posts
 *    {type: "beta-dashboard:resize", height, id} to its parent whenever its height changes; the
 *    iframe that sent it (found by its contentWindow) takes that height, between 0 and 100 000 px.
 * 2. It relays the page's DSFR theme to the embeds: {type: "beta-dashboard:theme", theme}, where
 *    theme is "light" or "dark" (the page's data-fr-theme, else its data-fr-scheme) or "system"
 *    (the page names none). It is posted in answer to each embed's message (so an embed that loads
 *    late gets it too), and to every embed whenever data-fr-theme or data-fr-scheme changes. An
 *    embed with theme=auto shows it; theme=clair and theme=sombre keep their own.
 * 3. It gives the dashboard's iframes no border, as display:block, through the CSSOM, so that the
 *    snippet needs no style attribute.
 *
 * Messages are taken only from, and posted only to, the dashboard's origin: this script's. No
 * inline code, no dependency: a host page under a strict Content-Security-Policy only allows the
 * dashboard's origin in script-src and frame-src. The README ("Intégrer un graphique") documents
 * it, and a shorter inline script for pages that cannot load a file.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  // Once per page, even when the snippet is pasted several times.
  if (!script || !script.src || window.betaDashboardIntegration) return;
  window.betaDashboardIntegration = true;

  var app = script.src.replace(/[^/]*$/, ""); // the dashboard's address, ending with "/"
  var origin = new URL(app).origin;
  var root = document.documentElement;
  var RESIZE = "beta-dashboard:resize";
  var THEME = "beta-dashboard:theme";
  var MAX_HEIGHT = 100000;

  /** The iframes of this page that show an embed of the dashboard. */
  function embeds() {
    var frames = document.getElementsByTagName("iframe");
    var found = [];
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].src.indexOf(app + "embed/") === 0) found.push(frames[i]);
    }
    return found;
  }

  function fit(frame) {
    frame.style.border = "0";
    frame.style.display = "block";
  }

  /** The page's theme, as the DSFR marks it on <html>. */
  function theme() {
    var named = root.getAttribute("data-fr-theme");
    if (named !== "light" && named !== "dark") named = root.getAttribute("data-fr-scheme");
    return named === "light" || named === "dark" ? named : "system";
  }

  function tell(frame) {
    // Only a frame that already spoke to this page is sure to hold the dashboard (a lazy iframe
    // not loaded yet holds about:blank, and posting to it would be refused with an error).
    if (frame.contentWindow && frame.betaDashboardReady) {
      frame.contentWindow.postMessage({ type: THEME, theme: theme() }, origin);
    }
  }

  embeds().forEach(fit);

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== RESIZE) return;
    var frames = embeds();
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      fit(frame);
      if (data.height > 0 && data.height < MAX_HEIGHT) frame.style.height = Math.ceil(data.height) + "px";
      frame.betaDashboardReady = true;
      tell(frame);
    }
  });

  var shown = theme();
  new MutationObserver(function () {
    if (theme() === shown) return;
    shown = theme();
    embeds().forEach(tell);
  }).observe(root, { attributes: true, attributeFilter: ["data-fr-theme", "data-fr-scheme"] });
})();
