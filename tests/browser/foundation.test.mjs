// The first page: key figures for today and for ?annee=, the data's source, errors shown clearly.
import assert from "node:assert/strict";
import { todayIso } from "./oracle.mjs";
import { CSP } from "../../tools/csp.mjs";
import {
  cspViolations, expectedFigures as expected, heldRoute, installClock, pauseClock, publishedStartups, recordCspViolations,
  shownFigures,
} from "./helpers.mjs";

export default [
  {
    name: "key figures for today appear and match an independent count",
    async run({ page, base }) {
      await page.goto(base);
      const shown = await shownFigures(page);
      assert.deepEqual(shown, expected(todayIso()));
      assert.ok(shown.total > 100, `only ${shown.total} services`);
      await assert.doesNotReject(page.getByText("(aujourd'hui)").first().waitFor());
    },
  },
  {
    name: "?annee=2023 shows the figures of 1 January 2024",
    async run({ page, base }) {
      await page.goto(`${base}?annee=2023`);
      const shown = await shownFigures(page);
      assert.deepEqual(shown, expected("2024-01-01"));
      const caption = await page.locator("#key-figures-title").innerText();
      assert.match(caption, /Situation au 1er janvier 2024 \(bilan 2023\)/);
      assert.equal(await page.locator("#filtre-annee").inputValue(), "2023");
    },
  },
  {
    name: "choosing a year updates the URL and the figures, back restores them",
    async run({ page, base }) {
      await page.goto(base);
      const today = await shownFigures(page);
      await page.selectOption("#filtre-annee", "2020");
      await page.waitForURL(/annee=2020/);
      await page.locator("#key-figures-title", { hasText: "Situation au 1er janvier 2021" }).waitFor();
      assert.deepEqual(await shownFigures(page), expected("2021-01-01"));
      await page.goBack();
      await page.getByText("(aujourd'hui)").first().waitFor();
      assert.deepEqual(await shownFigures(page), today);
    },
  },
  {
    name: "under a strict CSP header (no inline script or style), every feature runs with no violation",
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
