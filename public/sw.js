// The dashboard's service worker: after one visit, the dashboard opens without network, on the
// copy of the app and of its data this browser saved. Registered by the app
// (src/web/browser/service_worker.rs) with the app's base path as its scope; served from that base,
// like index.html.
//
// - Files whose name carries a hash of their content (Trunk's `beta-dashboard-<hash>.js`,
//   `_bg.wasm` and `.css`, the build's `boot-<hash>.js`) and the fonts never change under a
//   name: cache first.
// - Everything else of the app (its pages, the data files): network first, so that a visitor
//   online always gets the current version; the saved copy only when the network fails. Saved
//   copies carry the header `x-beta-dashboard-saved-at` (when they were saved, ISO 8601): a page
//   given one knows it is offline, and says so with the date (src/data/read/source.rs, SAVED_AT_HEADER).
// - Other sites (beta.gouv.fr's live API), and anything but GET, are left to the browser.
//
// Installing saves the explorer's page, the app's own page (shell.html, the page of any address
// without a first view of its own) and every file they name (their links, the boot scripts of
// data-app-boot, the other modules' boot scripts and files of data-module-files: the embeds', the
// presentation's; the fonts of their stylesheets), so that one visit is enough, for every page. Each page is saved
// under its path as it is visited (its first view was rendered at build time: embed/x/index.html,
// presentation/index.html…); offline, a page not saved yet is answered by shell.html.

// Change it when what is saved changes shape: activating deletes the other versions' caches.
const VERSION = 3;
const SCOPE = self.registration.scope;
const CACHE = `beta-dashboard-v${VERSION} ${SCOPE}`;
const SAVED_AT = "x-beta-dashboard-saved-at";
const SHELL = `${SCOPE}shell.html`;
const HASHED = /-[0-9a-f]{12,}(_bg\.wasm|\.js|\.css|\.svg)$/;
const IMMUTABLE = (path) => HASHED.test(path) || /\/fonts\/[^/]+\.woff2$/.test(path);

self.addEventListener("install", (event) => {
  // All or nothing: a failed download leaves no half-saved app (the next visit tries again).
  event.waitUntil(saveApp().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("beta-dashboard-") && name.endsWith(` ${SCOPE}`) && name !== CACHE) await caches.delete(name);
    }
    // The page that registered this worker is served by it from now on, without a reload.
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE) || request.headers.has("range")) return;
  const path = new URL(request.url).pathname;
  event.respondWith(IMMUTABLE(path) ? cacheFirst(event) : networkFirst(event));
});

async function cacheFirst(event) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(event.request, { ignoreVary: true });
  if (saved) return saved;
  const response = await fetch(event.request);
  if (savable(response)) event.waitUntil(cache.put(event.request, stamped(response.clone())));
  return response;
}

async function networkFirst(event) {
  const request = event.request;
  const page = request.mode === "navigate";
  const cache = await caches.open(CACHE);
  let response;
  try {
    response = await fetch(request);
  } catch (offline) {
    const saved = page
      ? (await cache.match(pageKey(request.url), { ignoreVary: true })) ?? (await cache.match(SHELL))
      : await cache.match(request, { ignoreVary: true });
    if (saved) return saved;
    throw offline;
  }
  if (savable(response)) {
    const html = (response.headers.get("content-type") ?? "").startsWith("text/html");
    event.waitUntil(page && html ? savePage(cache, pageKey(request.url), response.clone()) : cache.put(request, stamped(response.clone())));
  }
  // HTTP errors are the server's answer, passed on as they are: the page says what failed.
  return response;
}

/** Saves the explorer's page and shell.html and every file of this app they name, then the fonts
 * their stylesheets name. */
async function saveApp() {
  const cache = await caches.open(CACHE);
  const pages = [];
  for (const url of [SCOPE, SHELL]) {
    const page = await fetch(url, { cache: "no-cache" });
    if (!savable(page)) throw new Error(`${url}: HTTP ${page.status}`);
    pages.push(...(await savePage(cache, url, page)));
  }
  const fonts = [];
  const save = async (url) => {
    const response = await fetch(url);
    if (!savable(response)) throw new Error(`${url}: HTTP ${response.status}`);
    if (url.endsWith(".css")) {
      const css = await response.clone().text();
      fonts.push(...[...css.matchAll(/url\(\s*["']?([^"')]+)/g)].map((m) => new URL(m[1], url).href).filter(ours));
    }
    await cache.put(url, stamped(response));
  };
  await Promise.all([...new Set(pages)].map(save));
  await Promise.all(fonts.map(save));
}

/** The key a page is saved under: its address without its query (the server answers every query
 * of a path with the same file). */
function pageKey(url) {
  const key = new URL(url);
  key.search = "";
  key.hash = "";
  return key.href;
}

/** Saves a page under `key` and returns the addresses of the files its head names (its
 * stylesheets, scripts and preloads: not the pages its links lead to). The explorer's page names
 * every file of its build: saving it forgets the hashed files it no longer names (a previous
 * build's). */
async function savePage(cache, key, response) {
  const html = await response.clone().text();
  await cache.put(key, stamped(response));
  const head = html.slice(0, Math.max(0, html.search(/<body[\s>]/i)) || html.length);
  // Minified or not: href=x, href="x", src='x', data-app-boot="x", data-module-files="x y". Relative
  // addresses are relative to the scope, which is the page's <base href>.
  const named = [...head.matchAll(/\b(?:href|src|data-app-boot|data-module-files)=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g)]
    .flatMap((m) => (m[1] ?? m[2] ?? m[3]).split(/\s+/).filter(Boolean))
    .map((url) => new URL(url, SCOPE).href)
    .filter(ours);
  if (key === SCOPE) {
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      if (HASHED.test(path) && !named.includes(request.url)) await cache.delete(request);
    }
  }
  return named;
}

/** A file of this app (not a page of it, not another site). */
function ours(url) {
  return url.startsWith(SCOPE) && url !== SCOPE;
}

function savable(response) {
  return response.ok && response.status === 200 && response.type === "basic";
}

/** A copy to save, marked with when it was saved. Its body is already decoded: it loses the
 * network's encoding and length. */
function stamped(response) {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT, new Date().toISOString());
  headers.delete("content-encoding");
  headers.delete("content-length");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
