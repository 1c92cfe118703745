// A bar's tooltip is seen whole: its lines (the value line included) are all painted, inside the
// window, whatever the chart's height and wherever its bar is on the screen (RGAA 10.11, 10.13).
// Checked on the ministries chart with one ministry (`?ministere=environnement`): one short bar,
// at 1280 and 375 px. (A tooltip kept off the legend, hovered, closed: chart-bars.test.mjs.)
import assert from "node:assert/strict";
import { shownFigures } from "./helpers.mjs";
import { text200 } from "./reading.mjs";

const BAR = "#graphique-ministeres-piece-0";

/** Where the tooltip of the focused bar is, and whether each of its lines is the topmost thing
 * at its middle (painted, not cut off by a box around it). */
async function tooltip(page) {
  await page.waitForFunction(() => document.querySelector("#graphique-ministeres .chart__tooltip"));
  return page.evaluate(() => {
    const tip = document.querySelector("#graphique-ministeres .chart__tooltip");
    const box = tip.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(tip);
    const lines = [...new Map([...range.getClientRects()].map((r) => [Math.round(r.top), r])).values()];
    const hidden = lines.filter((r) => {
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const y = r.top + r.height / 2;
      return y < 0 || y >= innerHeight || !tip.contains(document.elementFromPoint(x, y));
    }).length;
    return {
      text: tip.innerText, lines: lines.length, hidden,
      inWindow: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
      box: [box.left, box.top, box.right, box.bottom].map(Math.round), window: [innerWidth, innerHeight],
    };
  });
}

/** Focuses the bar without scrolling, after placing it `at` the window's top or bottom. */
async function focusBarAt(page, at) {
  await page.locator(BAR).evaluate((bar, at) => {
    const r = bar.getBoundingClientRect();
    window.scrollBy(0, at === "bottom" ? r.bottom - innerHeight + 2 : at === "top" ? r.top - 2 : r.top - innerHeight / 2);
    // Focused anew (the bar may still have the focus).
    bar.blur();
    bar.focus({ preventScroll: true });
  }, at);
}

function check(report, where) {
  assert.match(report.text, /\d+ services? \(sur \d/, `${where}: the value line is in the tooltip`);
  assert.equal(report.hidden, 0, `${where}: ${report.hidden} of ${report.lines} lines hidden ${JSON.stringify(report)}`);
  assert.ok(report.inWindow, `${where}: the tooltip leaves the window ${JSON.stringify(report)}`);
}

export default [1280, 375].map((width) => ({
  name: `tooltips in view: at ${width} px a focused bar's tooltip in a one-bar chart is whole and in the window, its bar in the middle, at the bottom or at the top of the screen`,
  viewport: { width, height: 800 },
  async run({ page, base }) {
    await page.goto(`${base}?ministere=environnement`);
    await shownFigures(page);
    await page.locator(BAR).waitFor({ state: "attached" });
    for (const at of ["middle", "bottom", "top"]) {
      await focusBarAt(page, at);
      check(await tooltip(page), `bar at the ${at}`);
      await page.keyboard.press("Escape");
      await page.waitForFunction(() => !document.querySelector("#graphique-ministeres .chart__tooltip"));
    }
  },
})).concat([{
  name: "tooltips in view: at 375 px with 200 % text a focused bar's tooltip is no wider than the window",
  viewport: { width: 375, height: 800 },
  async run({ page, base }) {
    await text200(page);
    await page.goto(`${base}?ministere=environnement`);
    await shownFigures(page);
    await page.locator(BAR).waitFor({ state: "attached" });
    await focusBarAt(page, "middle");
    check(await tooltip(page), "200 % text");
  },
}]);
