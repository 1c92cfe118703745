// Forced colours (Windows contrast themes) repaint the page, not the pictures on its canvases: a
// chart is drawn in colours that read on the system's background, whatever the theme the page or
// the embed asked for: an embed pasted as "Intégrer" gives it (no theme), under a dark forced
// palette, in a host page and in the dialog's preview, and the explorer with a light theme chosen.
// And the page's own controls keep what tells them apart: a border, the pressed segment, the
// current page of the services list.
import assert from "node:assert/strict";
import { contrast, drawn, drawnCharts, frameOf, shownFigures } from "./helpers.mjs";

/** The background the canvas of `panel` shows on (the first opaque one up from it, as the system
 * paints it), and the colour of the text drawn in its left part, where the incubators' names are:
 * the most opaque of the pixels there. */
async function chartText(frame, panel) {
  return frame.locator(`#${panel} canvas`).evaluate((canvas) => {
    const rgb = (css) => css.match(/\d+(\.\d+)?/g).map(Number);
    let background = null;
    for (let e = canvas; e && !background; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || c[3] > 0) background = c.slice(0, 3);
    }
    background ??= rgb(getComputedStyle(document.documentElement).backgroundColor).slice(0, 3);
    const context = canvas.getContext("2d");
    const width = Math.max(1, Math.floor(canvas.width * 0.12));
    const { data } = context.getImageData(0, 0, width, canvas.height);
    let best = null;
    for (let i = 0; i < data.length; i += 4) {
      if (!best || data[i + 3] > best[3]) best = [data[i], data[i + 1], data[i + 2], data[i + 3]];
    }
    return { background, text: best.slice(0, 3), alpha: best[3] };
  });
}

function readable({ background, text, alpha }, where) {
  assert.ok(alpha > 200, `${where}: no text found in the labels' column`);
  const ratio = contrast(background, text);
  assert.ok(ratio >= 4.5, `${where}: text rgb(${text}) on rgb(${background}) is ${ratio.toFixed(2)}:1`);
}

export default [
  {
    name: "forced colours: under a dark system palette an embed without a theme draws its chart in colours that read on the system's background, in a page and in the dialog's preview",
    async run({ page, base }) {
      await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
      await page.goto(`${base}embed/incubateurs`);
      await drawn(page, "graphique-incubateurs");
      readable(await chartText(page, "graphique-incubateurs"), "embed");

      await page.goto(base);
      await shownFigures(page);
      await page.locator("#graphique-incubateurs button", { hasText: /^Intégrer$/ }).click();
      await page.waitForFunction(() => document.querySelector("dialog[open] iframe"));
      const preview = await frameOf(page, "dialog[open] iframe");
      await preview.waitForSelector("#graphique-incubateurs canvas[data-draws]");
      readable(await chartText(preview, "graphique-incubateurs"), "the dialog's preview");
    },
  },
  {
    name: "forced colours: the explorer's charts follow the system's palette, light or dark, whatever theme was chosen with the toggle",
    async run({ page, base }) {
      for (const [colorScheme, chosen] of [["dark", "light"], ["light", "dark"]]) {
        await page.emulateMedia({ forcedColors: "none", colorScheme });
        await page.goto(base);
        await shownFigures(page);
        // The toggle's choice, remembered in this browser, against the system's scheme.
        const toggle = page.locator(".theme-toggle");
        if ((await toggle.getAttribute("aria-pressed")) !== String(chosen === "dark")) await toggle.click();
        await page.emulateMedia({ forcedColors: "active", colorScheme });
        await page.reload();
        await drawn(page, "graphique-incubateurs");
        await page.waitForFunction(() => document.querySelector("#graphique-incubateurs canvas").dataset.draws);
        readable(await chartText(page, "graphique-incubateurs"), `system ${colorScheme}, theme ${chosen} chosen`);
      }
    },
  },
  {
    name: "forced colours: controls keep a border, the pressed segment and the current page stand out",
    async run({ page, base }) {
      await page.emulateMedia({ forcedColors: "active" });
      await page.goto(base);
      await drawnCharts(page, 3);
      for (const selector of [".button--secondary", ".fr-segmented__element label", ".select", ".input"]) {
        const width = await page.locator(selector).first().evaluate((e) => parseFloat(getComputedStyle(e).borderTopWidth));
        assert.ok(width >= 1, `${selector} has a border`);
      }
      const [pressed, other] = await page.locator(".fr-segmented__element label").evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
      assert.notEqual(pressed, other);
      // The current page of the services list, too.
      const background = (selector) => page.locator(`.fr-pagination ${selector}`).first().evaluate((e) => getComputedStyle(e).backgroundColor);
      assert.notEqual(await background('[aria-current="page"]'), await background("a[href]"));
    },
  },
];
