// A page's title says what the page is, its level-1 heading first (RGAA 8.6): an address the
// dashboard has no page for is titled as its heading says, not as the explorer.
import assert from "node:assert/strict";

export default [
  {
    name: "page titles: an unknown address is titled after its heading, « Page introuvable — … » (RGAA 8.6)",
    async run({ page, base }) {
      for (const path of ["page-inconnue", "un/chemin/profond"]) {
        await page.goto(`${base}${path}`);
        const heading = (await page.locator("main h1").innerText()).trim();
        assert.equal(heading, "Page introuvable");
        await page.waitForFunction((h) => document.title.startsWith(`${h} — `), heading);
        assert.equal(await page.title(), `${heading} — Tableau de bord de beta.gouv.fr`);
      }
    },
  },
];
