// The app under the strict Content-Security-Policy it is served with (the one of
// tools/content-security-policy.txt): the header and index.html's <meta> carry it, no script is
// inline, and every feature runs with no violation: filters, bars (hover, tooltip, click), a
// table, the downloads, the "Intégrer" dialog, the theme, the time-lapse; an embed, the
// presentation, the statement. (Host pages under their own CSP: embed.test.mjs.)
import assert from "node:assert/strict";
import { CSP } from "../../tools/csp.mjs";
import { cspViolations, recordCspViolations, shownFigures } from "./helpers.mjs";

export default [
  {
    name: "content security policy: under a strict CSP header (no inline script or style), every feature runs with no violation",
    async run({ page, base, problems }) {
      await recordCspViolations(page);
      const header = (await page.goto(base)).headers()["content-security-policy"];
      assert.equal(header, CSP, "the policy of tools/content-security-policy.txt");
      assert.equal(await page.locator("meta[http-equiv=Content-Security-Policy]").getAttribute("content"), CSP, "index.html's <meta>");
      assert.equal(await page.locator("script:not([src])").count(), 0, "no inline script");
      await shownFigures(page);
      // Filters, bars (hover, tooltip, click), table view, downloads, the embed dialog, the theme, the time-lapse.
      await page.locator("#filtre-phase-groupe > summary").click();
      await page.locator("label[for=phase-construction]").click();
      await page.waitForURL(/phase=construction/);
      const piece = page.locator("#graphique-incubateurs-piece-0");
      await piece.hover();
      await page.locator("#graphique-incubateurs .chart__tooltip").waitFor();
      assert.notEqual(await piece.evaluate((e) => e.getBoundingClientRect().width), 0, "hit areas are sized");
      await piece.click();
      await page.waitForURL(/incubateur=/);
      await page.locator("#graphique-fast button", { hasText: "Vue tableau" }).click();
      for (const label of ["Données (CSV)", "Image (PNG)"]) {
        const download = page.waitForEvent("download");
        await page.locator("#graphique-evolution button", { hasText: label }).click();
        await download;
      }
      await page.locator("#graphique-evolution button", { hasText: "Intégrer" }).click();
      await page.locator("#integrer-evolution iframe").waitFor();
      await page.waitForFunction(() => document.querySelector("#integrer-evolution iframe").style.height !== "");
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: "Thème sombre" }).click();
      await page.locator(".timelapse-panel summary").click();
      await page.locator("#historique-incubateurs canvas[data-draws]").waitFor();
      assert.deepEqual(await cspViolations(page, problems), [], "explorer");
      const routes = {
        "embed/incubateurs?theme=sombre": "#graphique-incubateurs canvas[data-draws]",
        "presentation?diapos=chiffres,historique": ".presentation .figure__value",
        accessibilite: "h1",
      };
      for (const [route, shown] of Object.entries(routes)) {
        await page.goto(base + route);
        await page.locator(shown).first().waitFor();
        await page.evaluate(() => document.fonts.ready);
        assert.deepEqual(await cspViolations(page, problems), [], route);
      }
    },
  },
];
