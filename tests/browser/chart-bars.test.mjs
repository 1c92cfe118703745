// A chart's bars under a pointer and a finger: the hint of each chart says what a click, Entrée
// and a touch do; a bar's tooltip can be hovered and closed with Escape, and keeps off the legend;
// on touch a first tap shows a bar's value and a second acts; every piece, however thin, offers a
// pointer target of 8 px at least. (What a bar's click and keys do to the filters:
// explorer.test.mjs; a tooltip whole in the window: tooltips-in-view.test.mjs.)
import assert from "node:assert/strict";
import { advanceClock, drawnCharts, installClock, pauseClock } from "./helpers.mjs";

export default [
  {
    name: "chart bars: the charts' hints say what a click, Entrée and a touch do",
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
    name: "chart bars: a tooltip can be hovered and dismissed with Escape",
    async run({ page, base }) {
      // Leaving a bar hides its tooltip 300 ms later, unless the pointer reached the tooltip: the
      // page's clock, stopped, is moved on past that instead of waiting.
      await installClock(page);
      await page.goto(base);
      await drawnCharts(page, 3);
      await pauseClock(page);
      const piece = page.locator("#graphique-incubateurs-piece-0");
      await piece.hover();
      const tooltip = page.locator("#graphique-incubateurs .chart__tooltip");
      await tooltip.waitFor();
      const box = await tooltip.boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
      await advanceClock(page, 600);
      assert.equal(await tooltip.count(), 1, "still shown while hovered");
      await page.keyboard.press("Escape");
      assert.equal(await tooltip.count(), 0, "Escape hides it");
      // Elsewhere than on the tooltip, the same 600 ms hide it.
      await piece.hover();
      await tooltip.waitFor();
      await page.mouse.move(1, 1, { steps: 5 });
      await advanceClock(page, 600);
      assert.equal(await tooltip.count(), 0, "hidden once the pointer left");
    },
  },
  {
    name: "chart bars: tooltips keep off the legend: above their bar, or below it when there is no room",
    async run({ page, base }) {
      await page.goto(base);
      await drawnCharts(page, 3);
      for (const panel of ["graphique-evolution", "graphique-fast", "graphique-incubateurs"]) {
        await page.locator(`#${panel} .chart`).scrollIntoViewIfNeeded();
        const canvas = page.locator(`#${panel} canvas`);
        const plotTop = (await canvas.boundingBox()).y + Number(await canvas.getAttribute("data-plot-top"));
        const pieces = page.locator(`#${panel} .chart__hit`);
        const count = await pieces.count();
        for (const i of [0, Math.floor(count / 2), count - 1]) {
          await pieces.nth(i).hover();
          // The tooltip of this piece (it says what the piece's label says), placed.
          await page.waitForFunction(([id, index]) => {
            const hit = document.querySelectorAll(`#${id} .chart__hit`)[index];
            return document.querySelector(`#${id} .chart__tooltip`)?.textContent.trim() === hit.getAttribute("aria-label");
          }, [panel, i]);
          const box = await page.locator(`#${panel} .chart__tooltip`).boundingBox();
          assert.ok(box.y >= plotTop - 1, `${panel} piece ${i}: tooltip at ${box.y}, legend ends at ${plotTop}`);
        }
      }
    },
  },
  {
    name: "chart bars: on touch, a first tap on a bar shows its value and a second acts",
    viewport: { width: 375, height: 800 },
    hasTouch: true,
    async run({ page, base }) {
      await page.goto(base);
      await drawnCharts(page, 3);
      const piece = page.locator("#graphique-incubateurs-piece-0");
      await piece.scrollIntoViewIfNeeded();
      await piece.tap();
      await page.locator("#graphique-incubateurs .chart__tooltip").waitFor();
      assert.equal(new URL(page.url()).searchParams.get("incubateur"), null, "the first tap only shows");
      await piece.tap();
      await page.waitForURL(/incubateur=/);
    },
  },
  {
    name: "chart bars: every bar piece offers a pointer target of at least 8 px, however thin the piece",
    async run({ page, base }) {
      await page.goto(base);
      await drawnCharts(page, 3);
      const sizes = await page.locator(".chart__hit").evaluateAll((hits) =>
        hits.map((h) => [h.getBoundingClientRect().width, h.getBoundingClientRect().height]));
      assert.ok(sizes.length > 50);
      const small = sizes.filter(([w, h]) => w < 7.9 || h < 7.9);
      assert.deepEqual(small, []);
    },
  },
];
