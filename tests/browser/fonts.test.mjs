// The DSFR's typeface: Marianne is loaded (its regular and bold, cut to French by ./dev fonts: two
// woff2 files, 60 kB at most) and used by the page and by the text the charts draw.
import assert from "node:assert/strict";
import { drawnCharts } from "./helpers.mjs";

export default [
  {
    name: "fonts: Marianne is loaded (two woff2 files, 60 kB at most) and used by the page and the charts",
    async run({ page, base }) {
      const fonts = [];
      page.on("response", async (r) => {
        if (r.url().endsWith(".woff2")) fonts.push((await r.body()).length);
      });
      await page.goto(base);
      await drawnCharts(page, 3);
      await page.evaluate(() => document.fonts.ready);
      assert.equal(await page.evaluate(() => document.fonts.check("16px Marianne") && document.fonts.check("bold 16px Marianne")), true);
      const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === "loaded").map((f) => `${f.family} ${f.weight}`));
      assert.ok(loaded.some((f) => f.startsWith('"Marianne" 400') || f.startsWith("Marianne 400")), loaded.join(", "));
      assert.ok(fonts.length >= 1 && fonts.length <= 2, `${fonts.length} font files`);
      assert.ok(fonts.reduce((a, b) => a + b, 0) <= 60_000);
      assert.match(await page.evaluate(() => getComputedStyle(document.body).fontFamily), /^"?Marianne/);
    },
  },
];
