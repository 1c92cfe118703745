// The explorer as a reader who sets the browser's text to 200 % sees it (RGAA 10.4): on a 375 px
// phone nothing is cut at the right edge, the page does not scroll sideways, no number and no word
// is broken across lines; at 1280 px nothing overflows and the charts' text grows with the page's;
// the filters' checkboxes grow with their labels. (The dialog, the tooltips, the slides and the
// bilan at 200 % text are checked in their own suites.)
import assert from "node:assert/strict";
import { openFilters } from "./filter-panel.mjs";
import { drawnCharts, horizontalOverflow, shownFigures } from "./helpers.mjs";
import { text200 } from "./reading.mjs";

export default [
  {
    name: "text size: at 1280 px and 200 % text nothing overflows sideways and chart text grows too",
    async run({ page, base }) {
      await page.addInitScript(() => {
        document.addEventListener("DOMContentLoaded", () => { document.documentElement.style.fontSize = "200%"; });
      });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(base);
      await shownFigures(page);
      await drawnCharts(page, 3);
      const overflow = await horizontalOverflow(page);
      assert.ok(overflow <= 0, `${overflow}px of horizontal scroll`);
      for (const canvas of await page.locator("canvas[data-draws]").all()) {
        assert.ok(Number(await canvas.getAttribute("data-smallest-text")) >= 24, "chart text follows the root font size");
      }
    },
  },
  {
    name: "text size: at 375 px and 200 % text nothing is cut, the page does not scroll sideways, numbers and words stay whole",
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
    name: "text size: at 200 % text a checkbox is drawn with a whole border that scales with its label, phone and desktop",
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
];
