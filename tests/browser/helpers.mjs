// What the browser suites share (tests/engines and tests/host use some too): what the page shows
// (key figures, a chart's table, the slide), how to wait for it, accessibility and CSP checks, and
// the page's clock. Every wait here is on a condition, with a deadline; none sleeps a fixed time.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { keyFigures, loadStartups } from "./oracle.mjs";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The release build the suites run against (tests/browser/run.mjs serves it). */
export const dist = join(root, "dist");
/** The bundled published files, which the oracle reads. */
export const publishedDir = join(root, "public", "data", "beta.gouv.fr");
export const FULL_HD = { width: 1920, height: 1080 };

let startups;
/** The bundled startups.json's records (read once). */
export function publishedStartups() {
  startups ??= loadStartups(join(publishedDir, "startups.json"));
  return startups;
}

// ---- What the page shows --------------------------------------------------------------------------

export const FIGURES = ["investigation", "accompagnement", "perennises", "abandonnes", "accompagnement-ou-perennises", "total"];

/** The key figures shown on the page, as numbers, once they are shown. */
export async function shownFigures(page) {
  await page.locator('[data-figure="total"] .figure__value').waitFor();
  const figures = {};
  for (const key of FIGURES) {
    const text = await page.locator(`[data-figure="${key}"] .figure__value`).innerText();
    figures[key] = Number(text.replace(/\D/g, ""));
  }
  return figures;
}

/** The key figures the oracle counts in the published files on an ISO date, for a filter. */
export function expectedFigures(iso, filter) {
  return keyFigures(publishedStartups(), iso, filter);
}

/** The number a text shows ("1 234 services" → 1234). */
export const digits = (text) => Number(text.replace(/\D/g, ""));

/** The rows of a chart's table, as arrays of cell texts (header cell first). */
export async function tableRows(page, panel) {
  // A chart's hidden table follows its data after the next paint (src/web/components/chart_panel.rs,
  // use_table): read it after a frame and a task. A page whose clock a test has paused has no next
  // frame: then it is read after 200 ms of the machine's.
  const afterPaint = page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))).catch(() => {});
  await Promise.race([afterPaint, new Promise((resolve) => setTimeout(resolve, 200))]);
  return page.locator(`#${panel}-table tbody tr`).evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent.trim())));
}

/** Waits until the chart of `panel` has been drawn. */
export async function drawn(page, panel) {
  await page.locator(`#${panel} canvas[data-draws]`).waitFor();
}

/** Waits until `count` charts of the page have been drawn. */
export async function drawnCharts(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll("canvas[data-draws]").length >= n, count);
}

/** Shows the table of every chart of the page ("Vue tableau") that is not shown yet. */
export async function showAllTables(page) {
  for (const button of await page.locator(".chart-panel__actions button", { hasText: "Vue tableau" }).all()) {
    if ((await button.getAttribute("aria-pressed")) !== "true") await button.click();
  }
}

/** Pixels the page can be scrolled sideways (0 when nothing overflows). */
export function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The presentation's slides, in their default order (`Slide::ALL`). */
export const SLIDES = ["chiffres", "incubateurs", "fast", "evolution", "ministeres", "transparence", "historique"];

/** The presentation's current slide. */
export const slide = (page) => page.locator(".presentation").getAttribute("data-diapo");

/** Waits until the presentation shows the slide `name`. */
export async function waitForSlide(page, name, { timeout = 5000 } = {}) {
  await page.waitForFunction((n) => document.querySelector(".presentation")?.dataset.diapo === n, name, { timeout });
}

/** Waits until the app has replaced the first view of the page or frame `target` (its HTML's
 * content, inert, with the same ids): what a test then finds is the app's. The runner does it
 * after each navigation of a test's pages; a frame, or a reload the page makes itself, needs it. */
export async function takenOver(target) {
  await target.waitForFunction(() => document.readyState !== "loading" && !document.getElementById("premier-rendu"), null, { timeout: 60_000 });
}

/** Makes each navigation of `page` (goto, reload, back, forward) resolve once the app has
 * replaced the page's first view: the test runners do it for every page a test opens, unless the
 * test checks the first view itself (`firstView: true`). */
export function awaitTakeOver(page) {
  for (const name of ["goto", "reload", "goBack", "goForward"]) {
    const navigate = page[name].bind(page);
    page[name] = async (...args) => {
      const response = await navigate(...args);
      await takenOver(page);
      return response;
    };
  }
}

/** The document inside an iframe. */
export async function frameOf(page, selector) {
  return (await page.locator(selector).elementHandle()).contentFrame();
}

// ---- Accessibility and the Content-Security-Policy -----------------------------------------------

/** WCAG 2 contrast ratio of two [r, g, b] colours. */
export function contrast(a, b) {
  const luminance = ([r, g, b]) => {
    const f = (v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const [l1, l2] = [luminance(a), luminance(b)];
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/** WCAG 2.2 A and AA, and axe's best practices (unique landmarks, a level-1 heading…). */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** axe-core's violations on the page as it is, one line each. */
export async function violations(page) {
  // Evaluated, not added as a <script>: the page's CSP rightly refuses inline scripts.
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8"));
  }
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }), AXE_TAGS);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

/** Records the Content-Security-Policy violations of every document of `target` (a page or a
 * context) in its `window.violations`, from its start. */
export async function recordCspViolations(target) {
  await target.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

const CANARY = "http://csp-canary.invalid/canary.png";

/** The page's CSP violations so far (recorded by recordCspViolations), which it forgets. A known
 * violation, an image from another origin, is set off first and waited for: violations are
 * reported in order, so once it is, every earlier one has been; and it proves that violations
 * are recorded at all. The browser logs it as a console error (once per policy it breaks: the
 * header's, index.html's <meta>), which is taken out of the test's `problems`. */
export async function cspViolations(page, problems) {
  const isCanary = (text) => text.includes(CANARY);
  await page.evaluate((src) => { new Image().src = src; }, CANARY);
  await page.waitForFunction((src) => window.violations.some((v) => v.endsWith(src)), CANARY, { timeout: 10_000 });
  // One task more, for the same image's violation of a second policy.
  await page.evaluate(() => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  }));
  const seen = await page.evaluate(() => window.violations.splice(0));
  const canaries = seen.filter(isCanary).length;
  await poll(() => problems.filter(isCanary).length >= canaries, { what: "the canary's console errors", timeout: 10_000 });
  for (let i = problems.length - 1; i >= 0; i--) if (isCanary(problems[i])) problems.splice(i, 1);
  return seen.filter((v) => !isCanary(v));
}

// ---- Waiting on conditions --------------------------------------------------------------------------

/** Calls `check` (async) until it returns a truthy value, which it returns; fails with `what`
 * and the last value after `timeout` ms. For a condition over several documents (an iframe's
 * height against its content's), which no single waitForFunction sees. */
export async function poll(check, { what, timeout = 10_000 } = {}) {
  const deadline = Date.now() + timeout;
  const pauses = [20, 50, 100, 250, 500];
  let last;
  for (let attempt = 0; ; attempt++) {
    last = await check();
    if (last) return last;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeout} ms waiting for ${what}: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, pauses[Math.min(attempt, pauses.length - 1)]));
  }
}

/** Holds the requests of `page` to `url` (a glob) until `release()`: `requested` resolves when
 * the first arrives. A test decides when the server answers, instead of sleeping. */
export async function heldRoute(page, url) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  let seen;
  const requested = new Promise((resolve) => { seen = resolve; });
  await page.route(url, async (route) => {
    seen();
    await released;
    await route.continue().catch(() => {}); // the page may have gone meanwhile
  });
  return { requested, release };
}

// ---- The page's clock (Playwright's page.clock) -------------------------------------------------
// Installed before the page opens, the fake clock drives Date, performance.now, setTimeout,
// setInterval and requestAnimationFrame, which is all the app's timers use (Leptos' set_timeout
// and set_interval_with_handle, browser::now_millis, browser::clock). It runs at the wall clock's
// pace until paused; then only the test moves it on.

/** Installs the fake clock in the page's context, before the page opens. Its timer ids
 * (10^12 + n) do not fit the 32-bit ids the DOM gives and web_sys keeps (an i32): cut to 32 bits,
 * they would clear nothing, and a cleared interval would fire on after its component is gone. So
 * the page gets small ids, as a browser gives, each standing for the clock's own. */
export async function installClock(page) {
  await page.clock.install();
  await page.addInitScript(() => {
    const pairs = [
      ["setTimeout", "clearTimeout", true], ["setInterval", "clearInterval", false],
      ["requestAnimationFrame", "cancelAnimationFrame", true], ["requestIdleCallback", "cancelIdleCallback", true],
    ];
    for (const [set, clear, once] of pairs) {
      const setFake = window[set], clearFake = window[clear];
      if (!setFake || !clearFake) continue;
      const ids = new Map();
      let next = 1;
      window[set] = function (callback, ...rest) {
        const id = next++;
        const run = typeof callback !== "function" ? callback : function (...args) {
          if (once) ids.delete(id);
          return callback.apply(this, args);
        };
        ids.set(id, setFake.call(window, run, ...rest));
        return id;
      };
      window[clear] = function (id) {
        if (ids.has(id)) clearFake.call(window, ids.get(id));
        ids.delete(id);
      };
    }
  });
}

/** Stops the page's clock (installed by installClock) where it is now. */
export async function pauseClock(page) {
  for (const ahead of [50, 500, 5000]) {
    // pauseAt moves the clock forward to its argument: a time just ahead of the page's now.
    const now = await page.evaluate(() => Date.now());
    try {
      return await page.clock.pauseAt(now + ahead);
    } catch (error) {
      if (!/to the past/.test(error.message)) throw error;
    }
  }
  throw new Error("the page's clock could not be paused");
}

/** Moves the paused clock on by `ms`, `step` at a time, so that what the timers start (promises,
 * fetches, Leptos' effects) runs between them as it would in real time. */
export async function advanceClock(page, ms, step = 100) {
  for (let done = 0; done < ms; done += step) await page.clock.runFor(Math.min(step, ms - done));
}

// ---- Offline (tests/browser/offline.test.mjs, tests/host) -------------------------------------------

/** Waits until the service worker controls the page: it has saved the app and is active. */
export async function controlledBy(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated", null, { timeout: 10_000 });
}

/** No network. `context.setOffline` alone is not enough: Chromium forgets it in a page whose
 * load the service worker answered, and it does not reliably reach the worker's own requests.
 * So every request that leaves the browser (the worker's included) fails too. */
export async function cutNetwork(context) {
  await context.setOffline(true);
  await context.route("**/*", (route) => route.abort("internetdisconnected"));
}

export async function restoreNetwork(context) {
  await context.unrouteAll();
  await context.setOffline(false);
}
