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
  {
    name: "page titles: the explorer for a year is titled after its heading and that year, not « Bilan … » like the bilan's page (RGAA 8.6)",
    async run({ page, base }) {
      await page.goto(`${base}bilan?annee=2023`);
      await page.locator("main h1").waitFor();
      await page.waitForFunction(() => document.title.startsWith("Bilan 2023"));
      const bilanTitle = await page.title();
      for (const year of [2023, 2026]) {
        await page.goto(`${base}?annee=${year}`);
        const heading = (await page.locator("main h1").innerText()).trim();
        await page.waitForFunction((y) => document.title.includes(String(y)), year);
        const title = await page.title();
        assert.ok(title.startsWith(`${heading}, `), `« ${title} » begins with the page's heading « ${heading} »`);
        assert.ok(title.endsWith(" — Tableau de bord de beta.gouv.fr"), title);
        assert.ok(!/bilan/i.test(title), `« ${title} » is not the title of a bilan (« ${bilanTitle} »)`);
      }
    },
  },
];
