// Preloads the default data file alongside the app's wasm, instead of after it has started: only
// for the default data, so that a page with ?source= (another file, a folder, the live API) does
// not download a file it never reads. A file of its own, as the strict CSP allows no inline script.
// The data file's address is its script tag's data-preload-href (relative to <base href>, which the
// service worker reads like every address of index.html).
(function () {
  var script = document.currentScript;
  var href = script && script.getAttribute("data-preload-href");
  if (!href || new URLSearchParams(location.search).has("source")) return;
  var link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  link.type = "application/json";
  link.crossOrigin = "anonymous";
  link.href = href;
  document.head.appendChild(link);
})();
