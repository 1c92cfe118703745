// The defects of the second accessibility audit (issue 18), one test each: each failed on the
// build before its fix. Skip links, 200 % text on a phone, checkboxes, French errors, wide
// tables, neighbouring phase colours, axe's best practices, touch hints, long and repeated URL
// values, the phone header, the data file's preload, an interrupted download.
import assert from "node:assert/strict";
import { openFilters } from "./filter-panel.mjs";
import {
  drawnCharts, expectedFigures as expected, horizontalOverflow, shownFigures, violations,
} from "./helpers.mjs";
import { todayIso } from "./oracle.mjs";

/** The root font size doubled, as a browser's text size setting at 200 % does. */
async function text200(page) {
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => { document.documentElement.style.fontSize = "200%"; });
  });
}

async function showAllTables(page) {
  for (const button of await page.locator(".chart-panel__actions button", { hasText: "Vue tableau" }).all()) {
    if ((await button.getAttribute("aria-pressed")) !== "true") await button.click();
  }
}

/** WCAG 2 contrast ratio between two "rgb(r, g, b)" or [r, g, b] colours. */
function contrast(a, b) {
  const luminance = ([r, g, b]) => {
    const f = (v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const [l1, l2] = [luminance(a), luminance(b)];
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/** The pieces of the stacked bars of `panel`, bar by bar, in stacking order: for each piece wide
 * enough to be sampled, its series (its place in the table's columns), its label, the colour of
 * the canvas at its centre, and the widest run of background between it and the piece before. */
async function stackedPieces(page, panel, vertical) {
  await page.locator(`#${panel}`).scrollIntoViewIfNeeded();
  return page.locator(`#${panel}`).evaluate((section, vertical) => {
    const canvas = section.querySelector("canvas");
    const box = canvas.getBoundingClientRect();
    const scale = canvas.width / box.width;
    const context = canvas.getContext("2d");
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const at = (x, y) => { const i = (Math.round(y * scale) * canvas.width + Math.round(x * scale)) * 4; return [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]]; };
    const background = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g).slice(0, 3).map(Number);
    // The page's background, or nothing painted (the canvas is transparent where it draws nothing).
    // The gap between two pieces may show a grid line behind them (--border-default, the charts' grid).
    const grid = getComputedStyle(document.documentElement).getPropertyValue("--border-default").trim().match(/[0-9a-f]{2}/gi).map((h) => parseInt(h, 16));
    const near = (rgb, colour) => rgb.every((v, i) => Math.abs(v - colour[i]) <= 8);
    const isBackground = ([r, g, b, alpha]) => alpha < 128 || near([r, g, b], background) || near([r, g, b], grid);
    const series = [...section.querySelectorAll(".chart-panel__table thead th")].map((th) => th.textContent.trim()).slice(1)
      .filter((name) => name !== "Total");
    const bars = new Map();
    for (const hit of section.querySelectorAll(".chart__hit")) {
      const r = hit.getBoundingClientRect();
      // Thin pieces get a wider target than themselves: only pieces of 10 px and more are sampled.
      if ((vertical ? r.height : r.width) < 10) continue;
      const [x, y] = [r.left + r.width / 2 - box.left, r.top + r.height / 2 - box.top];
      const bar = Math.round(vertical ? x : y);
      const label = hit.getAttribute("aria-label");
      const index = series.findIndex((name) => label.includes(` — ${name}\u00a0:`) || label.includes(` — ${name} :`));
      if (!bars.has(bar)) bars.set(bar, []);
      bars.get(bar).push({ x, y, at: vertical ? -y : x, label, series: index, rgb: at(x, y).slice(0, 3) });
    }
    return [...bars.values()].map((pieces) => {
      pieces.sort((a, b) => a.at - b.at);
      return pieces.map((piece, i) => {
        if (i === 0) return { ...piece, gap: null };
        // The background between the two centres, one device pixel at a time.
        const before = pieces[i - 1];
        let run = 0, widest = 0;
        const steps = Math.round(Math.abs(vertical ? piece.y - before.y : piece.x - before.x) * scale);
        for (let k = 0; k <= steps; k++) {
          const t = k / scale;
          const rgb = vertical ? at(piece.x, before.y - t) : at(before.x + t, piece.y);
          run = isBackground(rgb) ? run + 1 : 0;
          widest = Math.max(widest, run);
        }
        return { ...piece, gap: widest / scale, adjacent: i > 0 && piece.series === before.series + 1 };
      });
    });
  }, vertical);
}

/** "20 000" values a URL can carry: `prefix0,prefix1,…`. */
const many = (prefix, n) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(",");

export default [
  {
    name: "defect 1: on /accessibilite every skip link points to a target the page has, and following it moves the focus there",
    async run({ page, base }) {
      for (const route of ["accessibilite", ""]) {
        await page.goto(base + route);
        await page.locator("main h1").waitFor();
        if (route === "") await drawnCharts(page, 3);
        const links = await page.locator(".skip-link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
        assert.ok(links.length >= 1, `${route}: no skip link`);
        for (const href of links) {
          const id = href.replace(/^#/, "");
          assert.equal(await page.locator(`[id="${id}"]`).count(), 1, `/${route}: ${href} has no target`);
          await page.locator(`.skip-link[href="${href}"]`).focus();
          await page.keyboard.press("Enter");
          assert.equal(await page.evaluate(() => document.activeElement.id), id, `/${route}: ${href}`);
          assert.equal(new URL(page.url()).pathname, `/${route}`, "the page stays");
        }
      }
      // The explorer keeps both.
      assert.deepEqual(await page.locator(".skip-link").allInnerTexts(), ["Aller au contenu", "Aller aux graphiques"]);
    },
  },
  {
    name: "defect 2: at 375 px and 200 % text nothing is cut, the page does not scroll sideways, numbers and words stay whole",
    viewport: { width: 375, height: 800 },
    async run({ page, base }) {
      await text200(page);
      await page.goto(base);
      await shownFigures(page);
      await drawnCharts(page, 1);
      await openFilters(page);
      // Scrolled through, as a reader does: each block laid out as it comes near.
      let overflow = 0;
      for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 700) {
        await page.evaluate(async (top) => {
          window.scrollTo(0, top);
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        }, y);
        overflow = Math.max(overflow, await horizontalOverflow(page));
      }
      assert.ok(overflow <= 0, `${overflow}px of horizontal scroll`);
      const report = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const inScroller = (e) => e.closest(".table-wrap, .chart, .chart__hits, .visually-hidden, .fr-skiplinks, dialog");
        const cut = [...document.querySelectorAll("main button, main a, main label, main select, main h1, main h2, header button, .fr-segmented__element label")]
          .filter((e) => !inScroller(e) && e.getClientRects().length)
          .filter((e) => e.getBoundingClientRect().right > width + 0.5)
          .map((e) => `${e.tagName} "${e.textContent.trim().slice(0, 30)}" ends at ${Math.round(e.getBoundingClientRect().right)}`);
        // A number on one line: its text's boxes all on one line.
        const lines = (node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        };
        const broken = [...document.querySelectorAll(".figure__value")].filter((e) => lines(e) > 1).map((e) => e.textContent);
        // A word on one line: each word of these labels lies on one line; in the filters' lists,
        // nested in the panel, a word alone wider than its line (at 200 %, "interministérielle")
        // may break, and only such a word.
        const split = [];
        const measure = document.createElement("canvas").getContext("2d");
        for (const element of document.querySelectorAll(".figure__label, main h1, main h2, main button, .checklist__item label, .fr-segmented__element label")) {
          if (inScroller(element) || !element.getClientRects().length) continue;
          const style = getComputedStyle(element);
          const line = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          const listed = element.matches(".checklist__item label");
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of node.textContent.matchAll(/[^\s\u00a0\u202f]+/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (tops.size <= 1) continue;
              measure.font = getComputedStyle(node.parentElement).font;
              if (listed && measure.measureText(match[0]).width > line) continue;
              split.push(match[0]);
            }
          }
        }
        return { cut, broken, split };
      });
      assert.deepEqual(report.cut, [], "controls cut at the right edge");
      assert.deepEqual(report.broken, [], "numbers broken across lines");
      assert.deepEqual(report.split, [], "words broken across lines");
    },
  },
  {
    name: "defect 3: at 200 % text a checkbox is drawn with a whole border that scales with its label, phone and desktop",
    async run({ page, base }) {
      await text200(page);
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(base);
        await shownFigures(page);
        await openFilters(page);
        const label = page.locator(".checklist__item label").first();
        await label.scrollIntoViewIfNeeded();
        const box = await label.evaluate((l) => {
          const before = getComputedStyle(l, "::before");
          const sides = ["Top", "Right", "Bottom", "Left"];
          return {
            font: parseFloat(getComputedStyle(l).fontSize),
            width: parseFloat(before.width),
            height: parseFloat(before.height),
            borders: sides.map((s) => `${before[`border${s}Style`]} ${parseFloat(before[`border${s}Width`])}`),
            image: before.backgroundImage,
          };
        });
        const where = `${width}px`;
        assert.ok(box.width >= box.font * 0.9 && box.height >= box.font * 0.9, `${where}: a ${box.width}px box for ${box.font}px text`);
        for (const border of box.borders) assert.match(border, /^solid ([1-9]|\d+\.\d+)/, `${where}: the box's border is drawn as a border (${box.borders})`);
        assert.doesNotMatch(box.image, /radial-gradient/, `${where}: no corner drawn in pixels`);
        // The checked box too.
        await label.click();
        await page.waitForURL(/incubateur=/);
        const checked = await page.locator(".checklist__item input:checked + label").first().evaluate((l) => {
          const before = getComputedStyle(l, "::before");
          return `${before.borderTopStyle} ${before.backgroundImage}`;
        });
        assert.match(checked, /^solid url\(/, `${where}: the checked box shows its tick`);
      }
    },
  },
  {
    name: "defect 4: a data file holding null is reported in French, with its line and column",
    expectConsoleErrors: true,
    async run({ page, base }) {
      await page.route("**/tableau-de-bord.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: "null" }));
      await page.goto(base);
      const text = await page.getByRole("alert").innerText();
      assert.match(text, /tableau-de-bord\.json est illisible/);
      assert.match(text, /ligne 1, colonne 4/);
      assert.doesNotMatch(text, /invalid|expected|type:|struct|line \d|column \d|missing|field `/i, text);
    },
  },
  {
    name: "defect 5: at 1280 and 1920 px every chart's table fits its column without scrolling sideways, in readable type",
    async run({ page, base }) {
      for (const width of [1280, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(base);
        await drawnCharts(page, 3);
        await showAllTables(page);
        const wraps = await page.locator(".chart-panel__table .table-wrap").evaluateAll((ws) => ws.map((w) => ({
          name: w.getAttribute("aria-label"), scroll: w.scrollWidth, client: w.clientWidth,
          font: parseFloat(getComputedStyle(w.querySelector("td, th")).fontSize),
        })));
        assert.ok(wraps.length >= 3);
        for (const w of wraps) {
          assert.ok(w.scroll <= w.client + 1, `${width}px: ${w.name} is ${w.scroll}px wide in ${w.client}px`);
          assert.ok(w.font >= 13, `${width}px: ${w.name} in ${w.font}px type`);
        }
      }
    },
  },
  {
    name: "defect 6: neighbouring phases of the stacking order contrast 3:1, each 3:1 with the background, and touching pieces are 2 px apart, light and dark",
    async run({ page, base }) {
      for (const colorScheme of ["light", "dark"]) {
        await page.emulateMedia({ colorScheme });
        await page.goto(base);
        await drawnCharts(page, 3);
        await showAllTables(page);
        const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g).slice(0, 3).map(Number));
        let pairs = 0;
        for (const [panel, vertical] of [["graphique-incubateurs", false], ["graphique-evolution", true]]) {
          for (const bar of await stackedPieces(page, panel, vertical)) {
            for (const piece of bar) {
              assert.ok(piece.series >= 0, `${piece.label}: no series`);
              const ratio = contrast(piece.rgb, background);
              assert.ok(ratio >= 3, `${colorScheme}: ${piece.label} (${piece.rgb}) on the background ${ratio.toFixed(2)}:1`);
            }
            for (let i = 1; i < bar.length; i++) {
              const [before, piece] = [bar[i - 1], bar[i]];
              assert.ok(piece.gap >= 2, `${colorScheme}: ${before.label} and ${piece.label} ${piece.gap}px apart`);
              if (!piece.adjacent) continue;
              const ratio = contrast(before.rgb, piece.rgb);
              pairs += 1;
              assert.ok(ratio >= 3, `${colorScheme}: ${before.label} (${before.rgb}) beside ${piece.label} (${piece.rgb}): ${ratio.toFixed(2)}:1`);
            }
          }
        }
        assert.ok(pairs >= 10, `only ${pairs} neighbouring pieces sampled`);
      }
    },
  },
  {
    name: "defect 7: axe's best practices find no two landmarks of one name with the tables open, and each embed has its level-1 heading",
    async run({ page, base }) {
      await page.goto(base);
      await drawnCharts(page, 3);
      await showAllTables(page);
      assert.deepEqual(await violations(page), [], "explorer, tables open");
      for (const block of ["chiffres", "incubateurs", "fast"]) {
        await page.goto(`${base}embed/${block}`);
        await page.locator(`.embed[data-bloc="${block}"]`).waitFor();
        assert.equal(await page.locator("h1").count(), 1, `${block}: one level-1 heading`);
        assert.deepEqual(await violations(page), [], block);
      }
    },
  },
  {
    name: "defect 8: the charts' hints say what a click, Entrée and a touch do",
    async run({ page, base }) {
      await page.goto(base);
      await drawnCharts(page, 3);
      const hints = await page.locator(".chart-panel__hint").allTextContents();
      assert.ok(hints.length >= 3);
      for (const hint of hints) {
        assert.match(hint, /Entrée/, hint);
        assert.match(hint, /touch/i, hint);
      }
    },
  },
  {
    name: "defect 9: 20 000 unknown phases in the URL: the figures show and the notice names five, then how many others",
    async run({ page, base }) {
      await page.goto(`${base}?phase=${many("inconnue", 20_000)}`);
      assert.deepEqual(await shownFigures(page), expected(todayIso()));
      const notice = page.locator('[data-testid="ignored-params"]');
      const text = await notice.innerText();
      assert.ok(text.length < 1_000, `a notice of ${text.length} characters`);
      assert.match(text, /inconnue0/);
      assert.match(text, /et 19\s?995\sautres/);
      assert.ok((await notice.locator("li").count()) <= 6);
    },
  },
  {
    name: "defect 10: a parameter given twice: the first value is used and the notice says which was ignored",
    async run({ page, base }) {
      await page.goto(`${base}?annee=2020&annee=2023`);
      assert.deepEqual(await shownFigures(page), expected("2021-01-01"));
      const notice = await page.locator('[data-testid="ignored-params"]').innerText();
      assert.match(notice, /annee/);
      assert.match(notice, /2020 retenu/);
      assert.match(notice, /2023 ignoré/);
      // A filter of several values takes them all.
      await page.goto(`${base}?phase=construction&phase=acceleration`);
      assert.deepEqual(await shownFigures(page), expected(todayIso(), { phases: ["construction", "acceleration"] }));
      assert.equal(await page.locator('[data-testid="ignored-params"]').count(), 0);
    },
  },
  {
    name: "defect 11: on a phone the header is compact, the theme toggle beside the brand, and 'Réinitialiser les filtres' only with a filter",
    viewport: { width: 375, height: 800 },
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      const header = await page.locator("header").boundingBox();
      assert.ok(header.height <= 120, `a header of ${header.height}px`);
      const toggle = page.getByRole("button", { name: "Thème sombre" });
      const [brand, button] = [await page.locator(".fr-header__brand").boundingBox(), await toggle.boundingBox()];
      assert.ok(button.y < brand.y + brand.height && button.y + button.height > brand.y, "the toggle on the brand's row");
      assert.ok(button.width >= 24 && button.height >= 24, "a target of 24 px at least");
      const overflow = await horizontalOverflow(page);
      assert.ok(overflow <= 0, `${overflow}px of horizontal scroll`);
      const reset = page.getByRole("button", { name: "Réinitialiser les filtres" });
      assert.equal(await reset.count(), 0, "no reset without a filter");
      await page.goto(`${base}?phase=construction`);
      await shownFigures(page);
      assert.equal(await reset.isVisible(), true);
      assert.equal(await reset.isEnabled(), true);
      await toggle.click();
      assert.equal(await page.locator("html").getAttribute("data-fr-theme"), "dark");
    },
  },
  {
    name: "defect 12: with ?source= the default data file is neither preloaded nor fetched; without, it is preloaded",
    async run({ page, base }) {
      const requested = [];
      page.on("request", (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${base}?source=data/beta.gouv.fr/`);
      await shownFigures(page);
      assert.ok(!requested.includes("/data/tableau-de-bord.json"), requested.join(" "));
      assert.equal(await page.locator('link[rel="preload"][href$="tableau-de-bord.json"]').count(), 0);
      requested.length = 0;
      await page.goto(base);
      await shownFigures(page);
      assert.equal(await page.locator('link[rel="preload"][href$="data/tableau-de-bord.json"]').count(), 1);
      assert.deepEqual(requested.filter((p) => p.endsWith(".json")), ["/data/tableau-de-bord.json"], "fetched once");
    },
  },
  {
    name: "defect 13: a download cut off in the middle says it was interrupted, not that the network is down",
    expectConsoleErrors: true,
    async run({ page, base, extraPages }) {
      const full = await (await fetch(`${base}data/tableau-de-bord.json`)).arrayBuffer();
      extraPages.set("/data/coupe.json", (req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": String(full.byteLength) });
        // Once the first part has left, the connection is cut.
        res.write(Buffer.from(full).subarray(0, 20_000), () => res.socket.destroy());
      });
      try {
        await page.goto(`${base}?source=data/coupe.json`);
        const text = await page.getByRole("alert").innerText();
        assert.match(text, /téléchargement interrompu/i);
        assert.match(text, /réessayez/i);
        assert.doesNotMatch(text, /réseau indisponible/);
      } finally {
        extraPages.delete("/data/coupe.json");
      }
    },
  },
];
