// The page's colours, light and dark: each phase of a stacked bar set apart from its neighbours
// in the stacking order and from the background (3:1, as WCAG 1.4.11 asks of a chart's parts),
// with a gap between touching pieces; the theme toggle that switches the page and the charts to
// dark, remembered, and keeps its name when pressed. (Forced colours: forced-colours.test.mjs.)
import assert from "node:assert/strict";
import { contrast, drawnCharts, showAllTables, shownFigures } from "./helpers.mjs";

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

export default [
  {
    name: "colours: neighbouring phases of the stacking order contrast 3:1, each 3:1 with the background, and touching pieces are 2 px apart, light and dark",
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
    name: "colours: the theme toggle switches the page and the charts to dark, and is remembered",
    async run({ page, base }) {
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(base);
      await drawnCharts(page, 3);
      const toggle = page.getByRole("button", { name: "Thème sombre" });
      assert.equal(await toggle.getAttribute("aria-pressed"), "false");
      await toggle.click();
      assert.equal(await page.locator("html").getAttribute("data-fr-theme"), "dark");
      await page.waitForFunction(() => Number(document.querySelector("#graphique-fast canvas").dataset.draws) >= 2);
      await page.reload();
      await drawnCharts(page, 3);
      assert.equal(await page.locator("html").getAttribute("data-fr-theme"), "dark");
      assert.equal(await page.getByRole("button", { name: "Thème sombre" }).getAttribute("aria-pressed"), "true");
    },
  },
  {
    name: "colours: the theme toggle keeps its name when pressed: the tick shown before it is decoration (RGAA 13.5)",
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      const toggle = page.getByRole("button", { name: "Thème sombre", exact: true });
      await toggle.click();
      await page.waitForFunction(() => document.querySelector(".theme-toggle")?.getAttribute("aria-pressed") === "true");
      assert.equal(await toggle.count(), 1, "named exactly « Thème sombre » once pressed");
      assert.match(await page.locator(".theme-toggle").evaluate((e) => getComputedStyle(e, "::before").content), /✓/, "the tick is shown");
    },
  },
];
