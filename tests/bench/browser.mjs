// Browser benchmark: the release build (dist/) against a hand-written Chart.js page doing the same job
// (../shared/baseline-chartjs), served side by side with the same on-the-fly brotli, in the same
// headless Chromium, loads interleaved. Prints medians and ratios (ours ÷ baseline), which hold on a
// noisy machine where absolute times do not. Prints, asserts nothing: exits non-zero only if it cannot
// run at all. Usage: node tests/bench/browser.mjs   (after a release build in dist/)
// BENCH_ONLY=loads,synthetic,embeds,interactions runs only those parts (all by default);
// BENCH_INTERACTIONS="page 2,a key" only the interactions whose names hold one of those words.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";
import { benchInteractions } from "./interactions.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// BENCH_DIST: another build to measure (default dist/), e.g. to compare two builds in turn.
const dist = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(repo, "dist");
const shared = join(repo, "..", "shared", "baseline-chartjs");
const SYNTHETIC = "data/synthetique-100.json";
const LOADS = 7; // per site and profile
const SYNTHETIC_LOADS = 3;
const TIMEOUT = 120_000; // ms to wait for the page to be ready
const PARTS = new Set((process.env.BENCH_ONLY ?? "loads,synthetic,embeds,interactions").split(","));
const INTERACTION_RUNS = Number(process.env.BENCH_INTERACTION_RUNS ?? 5);

const FAST_4G = { offline: false, latency: 150, downloadThroughput: 9e6 / 8, uploadThroughput: 1.5e6 / 8, connectionType: "cellular4g" };
const PROFILES = [
  { name: "desktop", title: "desktop 1280×800, no throttling", viewport: { width: 1280, height: 800 }, dpr: 1, cpu: 1 },
  {
    name: "phone",
    title: "phone 375×800 DPR 2, CPU ×4, fast 4G (150 ms latency, 9 Mbit/s down, 1.5 Mbit/s up)",
    viewport: { width: 375, height: 800 },
    dpr: 2,
    cpu: 4, // CDP Emulation.setCPUThrottlingRate
    network: FAST_4G, // CDP Network.emulateNetworkConditions (throughputs in bytes/s)
  },
];

// ---- What runs inside the pages --------------------------------------------------------------------

/** Init script for our app: records when the first figures and a chart are on screen (from the
 * page's first view, or from the app), when the app has taken over and drawn its charts, the wasm
 * memory, long tasks and layout shifts. */
function oursProbe() {
  // A frame's callback runs just before that frame is painted: the first one where the figures and
  // a chart are visible is the frame that shows them.
  const visible = (e) => e && e.checkVisibility() && e.getBoundingClientRect().height > 0;
  const figuresAndChart = () => {
    if (!visible(document.querySelector('[data-figure="total"] .figure__value'))) return false;
    return [...document.querySelectorAll(".chart__first-view svg, .chart canvas[data-draws]")].some(visible);
  };
  // The app: figures and (at least 3) canvases drawn, the first view gone.
  const appReady = () => {
    if (document.getElementById("premier-rendu") || !document.querySelector('#app [data-figure="total"] .figure__value')) return false;
    const canvases = [...document.querySelectorAll(".chart canvas[data-draws]")];
    return canvases.length >= 3 && canvases.every((c) => Number(c.dataset.draws) >= 1);
  };
  const frame = (now) => {
    if (window.__benchShown === undefined && figuresAndChart()) window.__benchShown = now;
    if (window.__benchReady === undefined && appReady()) window.__benchReady = now;
    if (window.__benchReady === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // Trunk's loader dispatches this once the wasm is instantiated, with the wasm exports in `detail.wasm`.
  // Keep the memory object itself: it grows later, when the data arrives.
  addEventListener("TrunkApplicationStarted", (event) => (window.__benchMemory = event.detail?.wasm?.memory));
  // Main-thread tasks over 50 ms.
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const t of list.getEntries()) window.__longTasks.push({ start: t.startTime, duration: t.duration });
  }).observe({ type: "longtask", buffered: true });
  // Layout shifts not caused by input (Layout Instability API), their sum as CLS counts them.
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
  }).observe({ type: "layout-shift", buffered: true });
}

/** Init script for an embed: records when its block is on screen (figures shown, or its chart
 * drawn, by its first view or its app) and when its app has taken over. */
function embedProbe() {
  const visible = (e) => e && e.checkVisibility() && e.getBoundingClientRect().height > 0;
  const shown = () => {
    const block = [...document.querySelectorAll(".embed[data-bloc]")].find(visible);
    if (!block) return false;
    if (block.dataset.bloc === "chiffres") return visible(block.querySelector('[data-figure="total"] .figure__value'));
    return [...block.querySelectorAll(".chart__first-view svg, canvas[data-draws]")].some(visible);
  };
  const appReady = () => !document.getElementById("premier-rendu") && !!document.querySelector("#app .embed[data-bloc]")
    && (document.querySelector("#app .embed").dataset.bloc === "chiffres" || Number(document.querySelector("#app canvas[data-draws]")?.dataset.draws ?? 0) >= 1);
  const frame = (now) => {
    if (window.__benchShown === undefined && shown()) window.__benchShown = now;
    if (window.__benchReady === undefined && appReady()) window.__benchReady = now;
    if (window.__benchReady === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
  }).observe({ type: "layout-shift", buffered: true });
}

const EMBEDS = ["chiffres", "incubateurs", "ministeres", "fast", "evolution", "transparence"];

// Both click functions resolve { ms: click → repaint or null, checked: the checkbox's state after }.
// Same action on both pages, but not always the same meaning: the checkbox may start checked on one
// page (the click removes a phase) and unchecked on the other (the click keeps only that phase).

/** Click → repaint on our app: until the incubator chart's canvas gets a new `data-draws`. */
function oursClick(timeout) {
  return new Promise((resolve) => {
    const panel = document.querySelector("#graphique-incubateurs");
    const box = document.querySelector("#phase-investigation");
    if (!panel || !box) return resolve({ ms: null, checked: null });
    const draws = () => panel.querySelector("canvas")?.dataset.draws;
    const before = draws();
    let t0;
    const observer = new MutationObserver(() => {
      if (draws() !== before) done(performance.now() - t0);
    });
    const done = (ms) => (observer.disconnect(), resolve({ ms, checked: box.checked }));
    observer.observe(panel, { attributes: true, attributeFilter: ["data-draws"], childList: true, subtree: true });
    setTimeout(() => done(null), timeout);
    t0 = performance.now();
    box.click(); // also works inside a closed <details>
  });
}

/** Click → repaint on the baseline: it sets `window.__updated` when it has redrawn its charts. */
function baselineClick(timeout) {
  return new Promise((resolve) => {
    const box = document.querySelector("#phase-investigation");
    if (!box) return resolve({ ms: null, checked: null });
    const t0 = performance.now();
    box.click();
    (function poll() {
      if (window.__updated > t0) resolve({ ms: window.__updated - t0, checked: box.checked });
      else if (performance.now() - t0 > timeout) resolve({ ms: null, checked: box.checked });
      else setTimeout(poll, 5);
    })();
  });
}

// ---- One page load -------------------------------------------------------------------------------

const KINDS = ["wasm", "js", "css", "data", "fonts", "html", "other"];

/** What a response is, by URL extension then by mime type. */
function kindOf(url, mime = "") {
  const ext = extname(new URL(url).pathname).toLowerCase();
  if (ext === ".wasm" || mime === "application/wasm") return "wasm";
  if (ext === ".js" || ext === ".mjs" || mime.includes("javascript")) return "js";
  if (ext === ".css" || mime === "text/css") return "css";
  if (ext === ".json" || mime.includes("json")) return "data";
  if ([".woff2", ".woff", ".ttf", ".otf"].includes(ext) || mime.startsWith("font/")) return "fonts";
  if (ext === ".html" || mime === "text/html") return "html";
  return "other";
}

/**
 * Loads `url` in a fresh context (empty cache) and measures it. Returns
 * { ready, bytes: {kind: n, total}, late: [requests made after ready], heap, memory, longTasks, click, checked }
 * or { error }. Times are ms; `ready` is a performance.now() value (ms since navigation start).
 */
async function measureLoad(browser, site, profile, url) {
  const context = await browser.newContext({
    viewport: profile.viewport, deviceScaleFactor: profile.dpr, locale: "fr-FR", timezoneId: "Europe/Paris",
  });
  if (site.probe) await context.addInitScript(site.probe);
  const page = await context.newPage();
  page.on("pageerror", (error) => site.errors.add(`page error: ${error.message}`));
  page.on("console", (msg) => msg.type() === "error" && site.errors.add(`console error: ${msg.text()} (${msg.location().url})`));

  // Every request of the page, with its size on the wire (body + headers) once finished.
  const cdp = await context.newCDPSession(page);
  const requests = new Map(); // requestId → { url, wallTime, mime, bytes, endWall }
  // CDP's timestamps are monotonic seconds; wallTime is the same moment in Unix seconds.
  cdp.on("Network.requestWillBeSent", (e) => requests.set(e.requestId, { url: e.request.url, wallTime: e.wallTime, offset: e.wallTime - e.timestamp }));
  cdp.on("Network.responseReceived", (e) => requests.has(e.requestId) && (requests.get(e.requestId).mime = e.response.mimeType));
  cdp.on("Network.loadingFinished", (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { bytes: e.encodedDataLength, endWall: e.timestamp + r.offset });
  });
  await cdp.send("Network.enable");
  if (profile.cpu > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  if (profile.network) await cdp.send("Network.emulateNetworkConditions", profile.network);

  try {
    await page.goto(url, { waitUntil: "commit" });
    const handle = await page.waitForFunction(site.ready, null, { timeout: TIMEOUT, polling: 100 });
    const ready = await handle.jsonValue();
    await page.waitForTimeout(1000); // a late font still counts

    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    // When the first figures and a chart showed (our first view or app; the baseline's charts).
    const { shown, shift } = await page.evaluate(() => ({ shown: window.__benchShown ?? window.__ready, shift: window.__shift ?? null }));
    const bytes = Object.fromEntries([...KINDS, "total"].map((k) => [k, 0]));
    let beforeShown = 0; // bytes received before the figures and a chart showed, fonts apart
    const late = [];
    for (const r of requests.values()) {
      if (r.url.startsWith("data:")) continue;
      const kind = kindOf(r.url, r.mime);
      bytes[kind] += r.bytes ?? 0;
      bytes.total += r.bytes ?? 0;
      if (kind !== "fonts" && r.endWall != null && r.endWall * 1000 <= timeOrigin + shown) beforeShown += r.bytes ?? 0;
      if (r.wallTime * 1000 > timeOrigin + ready) {
        const { pathname, search } = new URL(r.url);
        late.push({ path: pathname + search, kind, bytes: r.bytes });
      }
    }

    await cdp.send("HeapProfiler.collectGarbage");
    const heap = (await cdp.send("Runtime.getHeapUsage")).usedSize;
    const { memory, longTasks } = await page.evaluate(() => ({
      memory: window.__benchMemory?.buffer.byteLength ?? null,
      longTasks: window.__longTasks ?? null,
    }));
    await page.waitForTimeout(500); // idle before the click
    const { ms: click, checked } = await page.evaluate(site.click, 10_000);
    return { ready, shown, shift, beforeShown, bytes, late, heap, memory, longTasks: longTasks?.filter((t) => t.start < ready), click, checked };
  } catch (error) {
    return { error: String(error.message ?? error).split("\n")[0] };
  } finally {
    await context.close();
  }
}

/** Resolves once the page's main thread has been idle twice: the tasks queued before (a long
 * task's report among them, which comes after the task ends) have run. */
function idle(page) {
  return page.evaluate(() => new Promise((resolve) => {
    requestIdleCallback(() => requestIdleCallback(resolve, { timeout: 2000 }), { timeout: 2000 });
  }));
}

/**
 * The services list of `url` (the 100× set), on a fresh page once it is ready and idle: to its
 * last page, sorted by phase and back, to the next page, searched key by key ("mobilic", typed),
 * the search cleared; what tests/browser/list.test.mjs does, checking the results. Returns
 * { longest, over200, count } for the main-thread tasks over 50 ms meanwhile, or { error }.
 */
async function measureList(browser, site, profile, url) {
  const context = await browser.newContext({
    viewport: profile.viewport, deviceScaleFactor: profile.dpr, locale: "fr-FR", timezoneId: "Europe/Paris",
  });
  await context.addInitScript(site.probe); // records the long tasks
  const page = await context.newPage();
  page.on("pageerror", (error) => site.errors.add(`page error: ${error.message}`));
  try {
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(site.ready, null, { timeout: TIMEOUT, polling: 100 });
    const rows = page.locator(".services__table tbody tr");
    await rows.nth(49).waitFor({ timeout: 30_000 });
    await idle(page); // the load's last tasks, a late font
    const from = await page.evaluate(() => performance.now());

    const nav = page.getByRole("navigation", { name: "Pages de la liste des services" });
    await nav.getByRole("link", { name: "Dernière page" }).click();
    await page.waitForURL((u) => u.searchParams.has("page"));
    const phase = page.locator(".services__table thead th", { hasText: "Phase" });
    await phase.locator("button").click();
    await page.waitForURL((u) => u.searchParams.get("tri") === "phase");
    await phase.locator("button").click();
    await page.waitForURL((u) => u.searchParams.get("tri") === "-phase");
    await nav.getByRole("link", { name: "Page suivante" }).click();
    await page.waitForURL((u) => u.searchParams.get("page") === "2");
    await page.locator("#services-recherche").pressSequentially("mobilic", { delay: 50 });
    await page.waitForURL((u) => u.searchParams.get("recherche") === "mobilic");
    await page.waitForFunction(() => /^\d[\d\u202f]* services? sur /.test(document.querySelector('[data-testid="services-count"]')?.textContent ?? ""));
    await page.locator("#services-recherche").fill("");
    await rows.nth(49).waitFor();
    await idle(page); // a long task is reported when it ends

    const tasks = await page.evaluate((start) => window.__longTasks.filter((t) => t.start >= start), from);
    const durations = tasks.map((t) => t.duration);
    return { longest: Math.max(0, ...durations), over200: durations.filter((d) => d > 200).length, count: tasks.length };
  } catch (error) {
    return { error: String(error.message ?? error).split("\n")[0] };
  } finally {
    await context.close();
  }
}

// ---- Figures and printing ------------------------------------------------------------------------

const median = (values) => {
  const xs = values.filter((x) => typeof x === "number").sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
};
const kB = (n) => (n ? `${(n / 1000).toFixed(1)} kB` : "—");
const ms = (n) => (n == null ? "—" : n < 10 ? `${n.toFixed(1)} ms` : `${Math.round(n)} ms`);
const MB = (n) => (n == null ? "—" : `${(n / 1e6).toFixed(1)} MB`);
const ratioOf = (a, b) => (a == null || !b ? null : a / b);
const times = (r) => (r == null ? "—" : `${r.toFixed(2)}×`);
const row = (label, ...cells) => console.log(label.padEnd(32) + cells.map((c) => String(c).padStart(11)).join(""));

/** Medians over a site's loads, one number (or null) per metric. */
function summarize(loads) {
  const ok = loads.filter((l) => !l.error);
  const pick = (f) => median(ok.map(f));
  const bytes = Object.fromEntries([...KINDS, "total"].map((k) => [k, pick((l) => l.bytes[k])]));
  return {
    ok: ok.length, count: loads.length, errors: loads.filter((l) => l.error).map((l) => l.error),
    bytes, ready: pick((l) => l.ready), click: pick((l) => l.click), memory: pick((l) => l.memory), heap: pick((l) => l.heap),
    shown: pick((l) => l.shown), beforeShown: pick((l) => l.beforeShown),
    // Layout shift: the worst load's (a budget of 0 is met only if no load shifted).
    shift: ok.some((l) => l.shift != null) ? Math.max(...ok.map((l) => l.shift ?? 0)) : null,
    longest: pick((l) => (l.longTasks ? Math.max(0, ...l.longTasks.map((t) => t.duration)) : null)),
    over200: pick((l) => l.longTasks?.filter((t) => t.duration > 200).length ?? null),
    late: ok.flatMap((l) => l.late),
    checked: [...new Set(ok.map((l) => l.checked))],
  };
}

function printTable(title, ours, base) {
  console.log(`\n${title} — median of ${ours.count} loads${base ? " per site, interleaved" : ""}`);
  row("metric", "ours", "baseline", "ratio");
  const line = (label, a, b, format) => row(label, format(a), base ? format(b) : "—", times(ratioOf(a, b)));
  for (const k of [...KINDS, "total"]) line(k === "total" ? "bytes on the wire: total" : `bytes on the wire: ${k}`, ours.bytes[k], base?.bytes[k], kB);
  line("first figures and a chart shown", ours.shown, base?.ready, ms);
  line("bytes before that (no fonts)", ours.beforeShown, base?.beforeShown, kB);
  line("app ready: figures, 3 charts", ours.ready, base?.ready, ms);
  line("layout shift, worst load", ours.shift, base?.shift, (v) => (v == null ? "—" : v.toFixed(3)));
  line("click → repaint", ours.click, base?.click, ms);
  line("wasm memory", ours.memory, null, MB);
  line("JS heap (after a GC)", ours.heap, base?.heap, MB);
  for (const [name, s] of [["ours", ours], ["baseline", base]]) {
    if (!s) continue;
    if (s.ok < s.count) console.log(`  ${name}: ${s.count - s.ok} of ${s.count} loads failed: ${[...new Set(s.errors)].join("; ")}`);
    printLate(name, s);
    console.log(`  ${name}: the click left #phase-investigation ${s.checked.map((c) => (c == null ? "(not found)" : c ? "checked" : "unchecked")).join(" or ")}`);
  }
}

/** The requests made after the page was ready (they are in the totals above if done within 1 s). */
function printLate(name, s) {
  const byPath = new Map();
  for (const r of s.late) byPath.set(r.path, [...(byPath.get(r.path) ?? []), r]);
  if (!byPath.size) return console.log(`  ${name}: nothing requested after ready`);
  for (const [path, rs] of byPath)
    console.log(`  ${name}: requested after ready: ${path} (${rs[0].kind}, ${rs.length} of ${s.ok} loads, ${rs.some((r) => r.bytes == null) ? "not finished within 1 s" : kB(median(rs.map((r) => r.bytes)))})`);
}

// ---- Main ----------------------------------------------------------------------------------------

/** The baseline site in a fresh temp dir, or null if its sources are missing. */
function assembleBaseline() {
  const chartjs = join(repo, "node_modules", "chart.js", "dist", "chart.umd.min.js");
  const data = join(repo, "public", "data", "beta.gouv.fr");
  for (const needed of [shared, chartjs, join(data, "startups.json"), join(data, "fast.json")])
    if (!existsSync(needed)) return console.log(`baseline unavailable: ${needed} is missing (measuring ours only)`), null;
  const dir = mkdtempSync(join(tmpdir(), "baseline-chartjs-"));
  for (const file of ["index.html", "app.js", "style.css"]) cpSync(join(shared, file), join(dir, file));
  mkdirSync(join(dir, "vendor"));
  mkdirSync(join(dir, "data"));
  cpSync(chartjs, join(dir, "vendor", "chart.umd.min.js"));
  for (const file of ["startups.json", "fast.json"]) cpSync(join(data, file), join(dir, "data", file));
  return dir;
}

async function main() {
  if (!existsSync(join(dist, "index.html"))) throw new Error("dist/index.html is missing: make a release build first");
  const baselineDir = assembleBaseline();
  const sites = [{ name: "ours", root: dist, probe: oursProbe, ready: () => window.__benchReady, click: oursClick }];
  if (baselineDir) sites.push({ name: "baseline", root: baselineDir, probe: null, ready: () => window.__ready, click: baselineClick });
  for (const site of sites) {
    site.errors = new Set();
    Object.assign(site, await serve(site.root, { brotli: true })); // site.server, site.base
  }
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    await run(browser, sites);
  } finally {
    await browser?.close();
    for (const site of sites) site.server.close();
    if (baselineDir) rmSync(baselineDir, { recursive: true, force: true });
  }
}

async function run(browser, sites) {
  console.log(`Chromium ${browser.version()}, node ${process.version}; each site on its own 127.0.0.1 port with on-the-fly brotli q5`);
  console.log(`kB = 1000 bytes; bytes are what the network layer reports (compressed body + headers) until ready + 1 s`);

  // Warm-up (not counted): fills the servers' compression caches and the disk cache.
  for (const site of sites) await measureLoad(browser, site, PROFILES[0], site.base);

  const results = Object.fromEntries(PROFILES.map((p) => [p.name, { ours: {}, baseline: null }]));
  for (const profile of PARTS.has("loads") ? PROFILES : []) {
    const loads = Object.fromEntries(sites.map((s) => [s.name, []]));
    for (let round = 0; round < LOADS; round++) {
      const order = round % 2 ? [...sites].reverse() : sites; // alternate which site goes first
      for (const site of order) loads[site.name].push(await measureLoad(browser, site, profile, site.base));
    }
    results[profile.name] = { ours: summarize(loads.ours), baseline: loads.baseline && summarize(loads.baseline) };
    printTable(profile.title, results[profile.name].ours, results[profile.name].baseline);
  }

  // Our app on 100× the data: does it stay responsive?
  let synthetic = null;
  let list = null;
  const ours = sites[0];
  if (!PARTS.has("synthetic")) {
    // skipped
  } else if (!existsSync(join(dist, SYNTHETIC))) {
    console.log(`\n100× synthetic: skipped, dist/${SYNTHETIC} does not exist`);
  } else {
    await fetch(ours.base + SYNTHETIC, { headers: { "accept-encoding": "br" } }).then((r) => r.arrayBuffer()); // warm the cache
    const loads = [];
    for (let i = 0; i < SYNTHETIC_LOADS; i++) loads.push(await measureLoad(browser, ours, PROFILES[0], `${ours.base}?source=${SYNTHETIC}`));
    synthetic = summarize(loads);
    console.log(`\n100× synthetic data (?source=${SYNTHETIC}), ${PROFILES[0].title} — median of ${loads.length} loads, ours only`);
    row("metric", "ours");
    row("bytes on the wire: data", kB(synthetic.bytes.data));
    row("first figures and charts", ms(synthetic.ready));
    row("longest task while loading", ms(synthetic.longest));
    row("tasks over 200 ms while loading", synthetic.over200 ?? "—");
    row("click → repaint", ms(synthetic.click));
    row("wasm memory", MB(synthetic.memory));
    if (synthetic.ok < synthetic.count) console.log(`  ${synthetic.count - synthetic.ok} of ${synthetic.count} loads failed: ${[...new Set(synthetic.errors)].join("; ")}`);

    // The list at 100×: to its last page, two sorts, a search typed key by key.
    const runs = [];
    for (let i = 0; i < SYNTHETIC_LOADS; i++) runs.push(await measureList(browser, ours, PROFILES[0], `${ours.base}?source=${SYNTHETIC}`));
    const ok = runs.filter((r) => !r.error);
    list = ok.length ? { longest: Math.max(...ok.map((r) => r.longest)), median: median(ok.map((r) => r.longest)), over200: Math.max(...ok.map((r) => r.over200)) } : null;
    console.log(`\n100× synthetic data, the services list (last page, sort by phase and back, next page, "mobilic" typed key by key, cleared) — ${runs.length} fresh pages`);
    row("metric", "ours");
    row("longest task, median", ms(list?.median));
    row("longest task, worst page", ms(list?.longest));
    row("tasks over 200 ms, worst page", list?.over200 ?? "—");
    if (ok.length < runs.length) console.log(`  ${runs.length - ok.length} of ${runs.length} runs failed: ${[...new Set(runs.filter((r) => r.error).map((r) => r.error))].join("; ")}`);
  }

  // Each embed, on the phone profile: what it transfers (fonts apart) and when its block shows.
  const embed = { ...ours, probe: embedProbe, click: () => ({ ms: null, checked: null }) };
  const embeds = {};
  const embedShown = {};
  if (PARTS.has("embeds")) {
    console.log(`\nembeds, ${PROFILES[1].title} — median of ${SYNTHETIC_LOADS} loads each, ours only`);
    row("embed (code, data, css, html)", "bytes", "before shown", "shown at", "app ready", "shift");
  }
  for (const slug of PARTS.has("embeds") ? EMBEDS : []) {
    const loads = [];
    for (let i = 0; i < SYNTHETIC_LOADS; i++) loads.push(await measureLoad(browser, embed, PROFILES[1], `${ours.base}embed/${slug}`));
    const s = summarize(loads);
    embeds[slug] = s.ok ? s.bytes.wasm + s.bytes.js + s.bytes.data + s.bytes.css + s.bytes.html : null;
    embedShown[slug] = s;
    row(`/embed/${slug}`, kB(embeds[slug]), kB(s.beforeShown), ms(s.shown), ms(s.ready), s.shift == null ? "—" : s.shift.toFixed(3));
    if (s.ok < s.count) console.log(`  ${s.count - s.ok} of ${s.count} loads failed: ${[...new Set(s.errors)].join("; ")}`);
  }

  // Every interaction, by Event Timing, against the baseline's phase click in the same run.
  let interactions = null;
  if (PARTS.has("interactions")) {
    const only = process.env.BENCH_INTERACTIONS?.split(",").filter(Boolean);
    interactions = await benchInteractions(browser, { ours, baseline: sites[1] ?? null }, PROFILES, { runs: INTERACTION_RUNS, budget: 1.5, only });
  }

  // Budgets (printed only). Bytes: the larger of the two profiles' medians.
  console.log("\nbudgets (ours)");
  const budget = (label, value, limit, format) =>
    console.log(`${label.padEnd(52)}${format(value).padStart(11)}   ${value == null || limit == null ? "—" : value <= limit ? "met" : "NOT met"}`);
  const worst = (f) => (PROFILES.some((p) => f(results[p.name].ours) == null) ? null : Math.max(...PROFILES.map((p) => f(results[p.name].ours))));
  budget("data the default view loads ≤ 60 kB", worst((s) => s.bytes?.data), 60_000, kB);
  budget("wasm + js ≤ 320 kB", worst((s) => (s.ok ? s.bytes.wasm + s.bytes.js : null)), 320_000, kB);
  budget("css ≤ 40 kB", worst((s) => s.bytes?.css), 40_000, kB);
  budget("fonts (reported apart, no budget)", worst((s) => s.bytes?.fonts), null, kB);
  for (const p of PROFILES)
    budget(`first figures and a chart shown ≤ 0.3× baseline, ${p.name}`, ratioOf(results[p.name].ours.shown, results[p.name].baseline?.ready), 0.3, times);
  for (const p of PROFILES)
    budget(`layout shift while loading and taking over = 0, ${p.name}`, results[p.name].ours.shift, 0, (v) => (v == null ? "—" : v.toFixed(3)));
  const incubators = embedShown.incubateurs;
  budget("/embed/incubateurs, phone: chart shown ≤ 0.5 s", incubators?.shown, 500, ms);
  budget("/embed/incubateurs, phone: ≤ 60 kB before it (fonts apart)", incubators?.beforeShown, 60_000, kB);
  // What the issue of the first views measured for the whole embed before them (main f0fe9dc).
  budget("/embed/incubateurs, phone: whole embed ≤ 507.9 kB (before first views)", embeds.incubateurs, 507_900, kB);
  budget("embeds: layout shift = 0, worst block", !EMBEDS.every((e) => embedShown[e]?.shift != null) ? null : Math.max(...EMBEDS.map((e) => embedShown[e].shift)), 0, (v) => (v == null ? "—" : v.toFixed(3)));
  for (const p of PROFILES)
    budget(`phase click → repaint ≤ 1× baseline, ${p.name}`, ratioOf(results[p.name].ours.click, results[p.name].baseline?.click), 1, times);
  if (interactions) {
    const phone = interactions.phone;
    const yardstick = phone.baseline?.duration;
    const slowest = Object.entries(phone.ours).sort((a, b) => (b[1].duration ?? Infinity) - (a[1].duration ?? Infinity))[0];
    budget(`every interaction, phone, ≤ 1.5× baseline phase click (worst: ${slowest[0]})`, ratioOf(slowest[1].duration, yardstick), 1.5, times);
  }
  budget("embed: code + data + css (+ html) ≤ 400 kB, worst block", !EMBEDS.every((e) => embeds[e] != null) ? null : Math.max(...Object.values(embeds)), 400_000, kB);
  budget("100×: filter → repaint ≤ 100 ms", synthetic?.click, 100, ms);
  budget("100×: no task longer than 200 ms while loading", synthetic?.longest, 200, ms);
  budget("100×: no task longer than 200 ms in the list", list?.longest, 200, ms);

  for (const site of sites)
    if (site.errors.size) console.log(`\n${site.name}: errors in the page:\n  ${[...site.errors].slice(0, 10).join("\n  ")}`);
}

main().catch((error) => {
  console.error(`benchmark could not run: ${error.stack ?? error}`);
  process.exit(1);
});
