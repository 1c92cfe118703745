// Each page's first view: the HTML ./dev build renders for the explorer, each embed, the
// presentation, the statement and the bilan holds the page's figures, charts (SVG) and tables
// before any script; the app replaces it without a seam (same figures, nothing moved, scroll and
// focus kept, the theme from the first frame); an address whose figures differ never shows it; a
// browser without JavaScript or WebAssembly shows it whole, with a notice.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { dist, expectedFigures, frameOf, poll, shownFigures, violations } from "./helpers.mjs";

/** The pages the build rendered a first view for: their paths, from dist/. */
function renderedPages() {
  const pages = ["", "presentation", "bilan"];
  for (const slug of readdirSync(join(dist, "embed"))) pages.push(`embed/${slug}`);
  return pages.filter((path) => existsSync(join(dist, path, "index.html")));
}

/** The day the first views were rendered for (the root's data-first-view-day). */
function renderDay() {
  return readFileSync(join(dist, "index.html"), "utf8").match(/data-first-view-day="(\d{4}-\d{2}-\d{2})"/)[1];
}

/** Figures, tables and chart names of the page, as their texts. */
async function pageTexts(page) {
  return page.evaluate(() => {
    const scope = document.getElementById("premier-rendu") ?? document.getElementById("app") ?? document.body;
    const text = (e) => e.textContent.replace(/\s+/g, " ").trim();
    return {
      figures: [...scope.querySelectorAll(".figure")].map(text),
      tables: [...scope.querySelectorAll("table")].map((t) => [...t.querySelectorAll("caption, th, td")].map(text).join(" | ")),
      charts: [...scope.querySelectorAll(".chart-panel__title, .chart-panel__summary")].map(text),
      title: document.title,
    };
  });
}

/** The layout shifts the page has had (Layout Instability API), recorded from its start. */
async function recordShifts(page) {
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
}

const takenOver = (page) =>
  page.waitForFunction(() => document.readyState !== "loading" && !document.getElementById("premier-rendu"), null, { timeout: 30_000 });

export default [
  {
    name: "every first view holds the figures, tables and chart summaries the app shows once it has taken over, on the same day",
    firstView: true,
    async run({ browser, base }) {
      const day = renderDay();
      for (const path of renderedPages()) {
        const off = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
        const first = await off.newPage();
        await first.goto(base + path);
        const before = await pageTexts(first);
        await off.close();
        const on = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "fr-FR", timezoneId: "Europe/Paris", serviceWorkers: "block" });
        const app = await on.newPage();
        await app.clock.setFixedTime(new Date(`${day}T12:00:00+01:00`));
        await app.goto(base + path);
        await takenOver(app);
        // The app's tables and summaries fill in as its charts come near: all of them, now.
        await app.waitForTimeout(300);
        const after = await pageTexts(app);
        await on.close();
        assert.ok(before.figures.length + before.tables.length > 0 || path === "presentation", `/${path}: the first view shows figures or tables`);
        assert.deepEqual(before.figures, after.figures, `/${path}: key figures`);
        assert.deepEqual(before.tables, after.tables, `/${path}: tables`);
        assert.deepEqual(before.charts, after.charts, `/${path}: chart titles and summaries`);
        assert.equal(before.title, after.title, `/${path}: the page's title`);
      }
    },
  },
  {
    name: "without JavaScript the explorer and each embed show their figures and charts, say that filters need JavaScript, and axe finds nothing",
    firstView: true,
    async run({ browser, base }) {
      const pages = renderedPages().filter((p) => p === "" || p.startsWith("embed/"));
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const seenWithout = {};
      try {
        for (const path of pages) {
          await page.goto(base + path);
          seenWithout[path] = {
            notice: await page.locator(".first-view__notice").filter({ visible: true }).allTextContents(),
            figures: await page.locator(".figure__value").filter({ visible: true }).count(),
            charts: await page.locator(".chart__first-view svg").filter({ visible: true }).count(),
          };
        }
      } finally {
        await context.close();
      }
      for (const [path, seen] of Object.entries(seenWithout)) {
        assert.equal(seen.notice.length, 1, `/${path}: one notice shown: ${seen.notice}`);
        assert.match(seen.notice[0], /JavaScript est désactivé.*vue par défaut.*situation au/, `/${path}`);
        assert.ok(seen.figures > 0 || seen.charts > 0, `/${path}: figures or a chart shown`);
        if (path === "") assert.ok(seen.figures >= 6 && seen.charts >= 4, `/: ${JSON.stringify(seen)}`);
        if (path === "embed/incubateurs") assert.equal(seen.charts, 1, `/${path}`);
      }
      // axe needs a script: the same page with none of ours running, its <noscript> as it shows
      // without JavaScript.
      const audit = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page2 = await audit.newPage();
      await page2.route(/first-view\.js$|boot-[0-9a-f]+\.js$/, (route) => route.abort());
      try {
        for (const path of pages) {
          await page2.goto(base + path);
          await page2.evaluate(() => {
            for (const element of document.querySelectorAll("noscript")) {
              const shown = document.createElement("div");
              shown.innerHTML = element.textContent;
              element.replaceWith(...shown.childNodes);
            }
          });
          assert.deepEqual(await violations(page2), [], `/${path}`);
        }
      } finally {
        await audit.close();
      }
    },
    expectConsoleErrors: true,
  },
  {
    name: "without WebAssembly the explorer and each embed keep their first view with a notice, start no app and show no crash screen",
    firstView: true,
    async run({ page, base, problems }) {
      await page.addInitScript(() => { delete globalThis.WebAssembly; });
      const requested = [];
      page.on("request", (r) => requested.push(new URL(r.url()).pathname));
      for (const path of renderedPages().filter((p) => p === "" || p.startsWith("embed/"))) {
        await page.goto(`${base}${path}?annee=2023`);
        await page.waitForLoadState("load");
        const seen = await page.evaluate(() => ({
          notice: [...document.querySelectorAll(".first-view__no-wasm")].filter((n) => n.checkVisibility()).map((n) => n.textContent),
          firstView: document.querySelector("#premier-rendu main")?.checkVisibility() ?? false,
          crash: !!document.getElementById("arret"),
          app: !!document.getElementById("app"),
        }));
        assert.equal(seen.notice.length, 1, `/${path}: the notice`);
        assert.match(seen.notice[0], /n'exécute pas WebAssembly.*vue par défaut/);
        assert.ok(seen.firstView && !seen.crash && !seen.app, `/${path}: ${JSON.stringify(seen)}`);
        assert.deepEqual(await violations(page), [], `/${path}`);
      }
      // (Trunk's preloads of the explorer fetch its code; nothing starts it.)
      assert.ok(!requested.some((p) => /boot-/.test(p)), `the app's boot script fetched: ${requested.filter((p) => /\.(js|wasm)$/.test(p))}`);
      assert.deepEqual(problems, []);
    },
  },
  {
    name: "without JavaScript or WebAssembly the explorer's notice names every kind of control its first view shows that does nothing: filters, the list's search and sort",
    firstView: true,
    async run({ browser, base }) {
      for (const mode of ["no script", "no WebAssembly"]) {
        const context = await browser.newContext({ javaScriptEnabled: mode !== "no script", viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        if (mode === "no WebAssembly") await page.addInitScript(() => { delete globalThis.WebAssembly; });
        try {
          await page.goto(base);
          await page.waitForLoadState("load");
          const seen = await page.evaluate(() => {
            const shown = (e) => e.checkVisibility();
            const notice = [...document.querySelectorAll(".first-view__notice")].filter(shown).map((n) => n.textContent).join(" ");
            const main = document.querySelector("main");
            return {
              notice,
              search: [...main.querySelectorAll('input[type="search"], input[type="text"]')].some(shown),
              sort: [...main.querySelectorAll("th button")].some(shown),
              filters: [...document.querySelectorAll("select, input[type=checkbox]")].length > 0,
            };
          });
          assert.ok(seen.notice, `${mode}: a notice`);
          if (seen.filters) assert.match(seen.notice, /filtres/, `${mode}: ${seen.notice}`);
          assert.ok(seen.search && seen.sort, `${mode}: the first view shows the list's search and sort buttons`);
          assert.match(seen.notice, /\brecherche\b/, `${mode}: the search field does nothing, the notice says so: ${seen.notice}`);
          assert.match(seen.notice, /\btri\b/, `${mode}: the sort buttons do nothing, the notice says so: ${seen.notice}`);
        } finally {
          await context.close();
        }
      }
    },
    expectConsoleErrors: true,
  },
  {
    name: "without JavaScript each page's notice speaks of that page: the bilan of its year list, not of filters or a list it lacks; the presentation of its slides; the statement, whole without the app, has none",
    firstView: true,
    async run({ browser, base }) {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const seen = {};
      try {
        for (const path of ["bilan", "presentation", "accessibilite"]) {
          await page.goto(base + path);
          seen[path] = await page.evaluate(() => ({
            notice: [...document.querySelectorAll(".first-view__notice")].filter((n) => n.checkVisibility()).map((n) => n.textContent).join(" "),
            search: !!document.querySelector('main input[type="search"]'),
            filters: !!document.querySelector("main details.filters-panel, main fieldset input[type=checkbox]"),
            year: !!document.querySelector("main select"),
            controls: document.querySelectorAll("main button, main select, main input").length,
          }));
        }
      } finally {
        await context.close();
      }
      for (const [path, { notice, search, filters, year, controls }] of Object.entries(seen)) {
        if (!controls) {
          assert.equal(notice, "", `/${path} has no control that needs the app, and no notice`);
          continue;
        }
        assert.match(notice, /JavaScript est désactivé/, `/${path}`);
        if (!search) assert.doesNotMatch(notice, /\brecherche\b|liste des services/, `/${path} has no list of services: ${notice}`);
        if (!filters) assert.doesNotMatch(notice, /\bfiltres\b/, `/${path} has no filters: ${notice}`);
        if (year) assert.match(notice, /\bannée\b/, `/${path} has a year list that does nothing: ${notice}`);
      }
      assert.match(seen.presentation.notice, /diapositive/, seen.presentation.notice);
    },
    expectConsoleErrors: true,
  },
  {
    name: "an address whose figures differ (?annee=2023) never shows the first view's figures, not for a frame, then shows its own",
    firstView: true,
    async run({ page, base }) {
      await page.addInitScript(() => {
        window.framesSeen = [];
        const sample = () => {
          const shown = [...document.querySelectorAll('[data-figure="total"] .figure__value')].filter((e) => e.checkVisibility());
          window.framesSeen.push(shown.map((e) => (e.closest("#premier-rendu") ? "first view" : "app")).join(","));
          requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      });
      // The data slow to come: a long loading state.
      await page.route("**/data/tableau-de-bord.json", async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 800));
        await route.continue();
      });
      await page.goto(`${base}?annee=2023`);
      await takenOver(page);
      const figures = await shownFigures(page);
      assert.deepEqual(figures, expectedFigures("2024-01-01", {}));
      const frames = await page.evaluate(() => window.framesSeen);
      assert.ok(frames.length > 10, `frames sampled: ${frames.length}`);
      assert.ok(!frames.some((f) => f.includes("first view")), "a frame showed the first view's figures");
      assert.ok(frames.some((f) => f === ""), "the loading state showed meanwhile");
    },
  },
  {
    name: "loading and taking over move nothing: no layout shift, explorer and embed, phone and desktop",
    firstView: true,
    async run({ browser, base }) {
      for (const [viewport, scale] of [[{ width: 375, height: 800 }, 2], [{ width: 1280, height: 800 }, 1]]) {
        for (const path of ["", "embed/incubateurs", "embed/fast"]) {
          const context = await browser.newContext({ viewport, deviceScaleFactor: scale, locale: "fr-FR", timezoneId: "Europe/Paris", serviceWorkers: "block" });
          const page = await context.newPage();
          await recordShifts(page);
          await page.goto(base + path);
          await takenOver(page);
          await page.waitForTimeout(1000); // the fonts, a late chart
          const shifts = await page.evaluate(() => window.shifts);
          await context.close();
          assert.deepEqual(shifts, [], `/${path} at ${viewport.width} px: layout shifts`);
        }
      }
    },
  },
  {
    name: "the app keeps the scroll and the focus of its first view when it takes over",
    firstView: true,
    async run({ page, base }) {
      let release;
      const released = new Promise((resolve) => { release = resolve; });
      await page.route(/boot-[0-9a-f]+\.js$/, async (route) => { await released; await route.continue(); });
      // (The app's script, held, holds the load event.)
      await page.goto(base, { waitUntil: "domcontentloaded" });
      await page.locator("#premier-rendu #graphique-evolution .chart-panel__title").scrollIntoViewIfNeeded();
      const button = page.locator("#premier-rendu #graphique-evolution button", { hasText: "Vue tableau" });
      await button.focus();
      const scrolled = await page.evaluate(() => scrollY);
      assert.ok(scrolled > 500, `scrolled: ${scrolled}`);
      release();
      await takenOver(page);
      const after = await page.evaluate(() => ({
        y: scrollY,
        focused: document.activeElement?.textContent.slice(0, 50),
        panel: document.activeElement?.closest("section")?.id,
        inApp: !!document.activeElement?.closest("#app"),
      }));
      assert.equal(after.y, scrolled, "the scroll");
      assert.deepEqual([after.focused, after.panel, after.inApp], ["Vue tableau", "graphique-evolution", true], "the focus");
    },
  },
  {
    name: "the theme is the visitor's from the first frame: the stored choice, or an embed's theme=",
    firstView: true,
    async run({ page, base }) {
      await page.addInitScript(() => {
        window.firstFrameTheme = null;
        requestAnimationFrame(() => { window.firstFrameTheme = document.documentElement.getAttribute("data-fr-theme"); });
      });
      await page.goto(base);
      await page.evaluate(() => localStorage.setItem("beta-dashboard:theme", "sombre"));
      for (const [path, theme] of [["", "dark"], ["embed/incubateurs?theme=sombre", "dark"], ["embed/incubateurs", "light"]]) {
        await page.goto(base + path);
        await page.waitForFunction(() => window.firstFrameTheme !== null);
        assert.equal(await page.evaluate(() => window.firstFrameTheme), theme, `/${path}`);
        await takenOver(page);
        assert.equal(await page.evaluate(() => document.documentElement.getAttribute("data-fr-theme")), theme, `/${path}: the app's`);
      }
    },
  },
  {
    name: "an embed is painted before its code is fetched, and its host script sizes it from the first view",
    firstView: true,
    async run({ page, base, extraPages }) {
      const host = `http://localhost:${new URL(base).port}/`;
      extraPages.set("/hote-premier-rendu.html", `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Hôte</title></head><body>
<iframe src="${base}embed/incubateurs" title="Services par incubateur" width="100%" height="480"></iframe>
<script src="${base}integration.js" defer></script></body></html>`);
      // The app never starts: what sizes the frame is the first view.
      await page.route(/boot-[0-9a-f]+\.js$/, (route) => route.abort());
      await page.goto(`${host}hote-premier-rendu.html`);
      const frame = await frameOf(page, "iframe");
      const block = await frame.locator("#premier-rendu [data-bloc]").evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
      await poll(async () => Math.abs((await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height)) - block) <= 1,
        { what: "the iframe sized to the first view's block" });
      // Alone, the embed's code comes after its first paint.
      await page.unroute(/boot-[0-9a-f]+\.js$/);
      await page.goto(`${base}embed/incubateurs`);
      await takenOver(page);
      const order = await page.evaluate(() => {
        const paint = performance.getEntriesByName("first-paint")[0]?.startTime;
        const code = performance.getEntriesByType("resource").filter((r) => /boot-|_bg\.wasm$|beta-dashboard-[0-9a-f]+\.js$/.test(r.name));
        return { paint, code: code.map((r) => r.startTime) };
      });
      assert.ok(order.paint > 0 && order.code.length >= 2, JSON.stringify(order));
      assert.ok(order.code.every((t) => t > order.paint), `code fetched before the first paint: ${JSON.stringify(order)}`);
    },
    // The app's script refused on purpose, at first.
    expectConsoleErrors: true,
  },
  {
    name: "every first view's stylesheet is requested with the page's other stylesheets, before its scripts and the app's code",
    firstView: true,
    async run({ page, base }) {
      for (const path of renderedPages()) {
        const requested = [];
        const listener = (request) => requested.push(new URL(request.url()).pathname);
        page.on("request", listener);
        await page.goto(`${base}${path}`, { waitUntil: "domcontentloaded" });
        page.off("request", listener);
        const at = (pattern) => requested.findIndex((p) => pattern.test(p));
        const sheet = at(/\/first-view-[0-9a-f]+\.css$/);
        assert.ok(sheet >= 0, `${path || "/"}: ${requested.join(" ")}`);
        for (const later of [/\/first-view\.js$/, /_bg\.wasm$/, /beta-dashboard-[0-9a-f]+\.js$/, /\.woff2$/]) {
          const index = at(later);
          assert.ok(index === -1 || index > sheet, `${path || "/"}: ${later} before the first view's stylesheet: ${requested.join(" ")}`);
        }
      }
    },
  },
  {
    name: "an app mounted before its page is parsed still shows once first-view.js has removed the stale first view (?annee=2023)",
    firstView: true,
    async run({ page, base }) {
      // The order that left the app hidden for good: the app mounted beside the first view
      // (pending), then the page parsed (first-view.js removes a stale first view), then the data.
      // A script at the end of the body holds the parse until the app is mounted; the data waits
      // for the parse.
      let parsed;
      const whenParsed = new Promise((resolve) => (parsed = resolve));
      await page.route((url) => url.pathname === new URL(base).pathname && url.search === "?annee=2023", async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace("</body>", '<script src="fin-de-page.js"></script></body>');
        await route.fulfill({ response, body });
      });
      await page.route("**/fin-de-page.js", async (route) => {
        await page.waitForFunction(() => document.getElementById("app")?.classList.contains("app--pending"), null, { timeout: 30_000 });
        await route.fulfill({ status: 200, contentType: "text/javascript", body: "" });
        await page.waitForFunction(() => document.readyState !== "loading" && !document.getElementById("premier-rendu"));
        parsed();
      });
      await page.route("**/data/tableau-de-bord.json", async (route) => {
        await whenParsed;
        await route.continue();
      });
      await page.goto(`${base}?annee=2023`);
      assert.deepEqual(await shownFigures(page), expectedFigures("2024-01-01", {}));
    },
  },
];
