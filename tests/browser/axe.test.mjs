// axe-core (pinned in package.json), with WCAG 2.2 A and AA and its best practices, finds no
// violation on every route: the explorer (375 and 1280 px, light and dark, tables hidden, then
// shown with the filters open), the "Intégrer" dialog, every embed, every slide, the statement,
// the presentation and the error of a broken data file; with the best practices, no two landmarks
// of one name and a level-1 heading on each embed. axe sees only part of what matters: the other
// suites check what it cannot (accessible-names, accessibility-tree, skip-links, text-size…).
import assert from "node:assert/strict";
import { openFilters } from "./filter-panel.mjs";
import { SLIDES, drawnCharts, showAllTables, shownFigures, violations, waitForSlide } from "./helpers.mjs";

const WIDTHS = [{ width: 375, height: 800 }, { width: 1280, height: 800 }];
const SCHEMES = ["light", "dark"];

export default [
  {
    name: "axe: the explorer has no violation, phone and desktop, light and dark, tables hidden then shown with the filters open",
    async run({ page, base }) {
      for (const viewport of WIDTHS) {
        for (const colorScheme of SCHEMES) {
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme });
          await page.goto(`${base}?incubateur=dinum&annee=2024`);
          await shownFigures(page);
          await drawnCharts(page, 3);
          const where = `${viewport.width}px ${colorScheme}`;
          assert.equal(await page.locator("html").getAttribute("data-fr-theme"), colorScheme, where);
          assert.deepEqual(await violations(page), [], `${where}, tables hidden`);
          await openFilters(page);
          await showAllTables(page);
          assert.deepEqual(await violations(page), [], `${where}, tables shown, filters open`);
        }
      }
    },
  },
  {
    name: "axe with best practices: the explorer as it opens and with the embed dialog, the statement, the presentation, the error page, phone and desktop, light and dark",
    expectConsoleErrors: true,
    async run({ page, base }) {
      for (const viewport of WIDTHS) {
        for (const colorScheme of SCHEMES) {
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme });
          const where = `${viewport.width}px ${colorScheme}`;
          await page.goto(base);
          await shownFigures(page);
          await drawnCharts(page, 1);
          assert.deepEqual(await violations(page), [], `${where}, explorer`);
          await page.locator("#graphique-incubateurs").getByRole("button", { name: /^Intégrer/ }).click();
          await page.locator("dialog[open]").waitFor();
          assert.deepEqual(await violations(page), [], `${where}, embed dialog open`);
          await page.goto(`${base}accessibilite`);
          await page.locator("main h1").waitFor();
          assert.deepEqual(await violations(page), [], `${where}, /accessibilite`);
          await page.goto(`${base}presentation`);
          await shownFigures(page);
          assert.deepEqual(await violations(page), [], `${where}, /presentation`);
          await page.route("**/tableau-de-bord.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: "null" }));
          await page.goto(base);
          await page.getByRole("alert").waitFor();
          assert.deepEqual(await violations(page), [], `${where}, a broken data file`);
          await page.unroute("**/tableau-de-bord.json");
        }
      }
    },
  },
  {
    name: "axe: every embed and every slide has no violation, light and dark",
    async run({ page, base }) {
      for (const viewport of WIDTHS) {
        for (const theme of ["clair", "sombre"]) {
          for (const block of ["chiffres", "incubateurs", "ministeres", "fast", "evolution", "transparence"]) {
            await page.setViewportSize(viewport);
            await page.goto(`${base}embed/${block}?theme=${theme}`);
            await page.locator(`.embed[data-bloc="${block}"]`).waitFor();
            if (block !== "chiffres") await drawnCharts(page, 1);
            assert.deepEqual(await violations(page), [], `${block} ${viewport.width}px ${theme}`);
          }
        }
      }
      for (const colorScheme of SCHEMES) {
        await page.setViewportSize({ width: 1920, height: 1080 });
        await page.emulateMedia({ colorScheme });
        await page.goto(`${base}presentation`);
        await shownFigures(page);
        for (const slide of SLIDES) {
          await waitForSlide(page, slide, { timeout: 30_000 });
          if (slide !== "chiffres") await drawnCharts(page, 1);
          assert.deepEqual(await violations(page), [], `presentation ${slide} ${colorScheme}`);
          await page.keyboard.press("ArrowRight");
        }
      }
    },
  },
  {
    name: "axe with best practices: no two landmarks of one name with the tables open, and each embed has its level-1 heading",
    async run({ page, base }) {
      await page.goto(base);
      await drawnCharts(page, 3);
      await showAllTables(page);
      assert.deepEqual(await violations(page), [], "explorer, tables open");
      for (const block of ["chiffres", "incubateurs", "fast"]) {
        await page.goto(`${base}embed/${block}`);
        await page.locator(`.embed[data-bloc="${block}"]`).waitFor();
        assert.equal(await page.locator("h1").count(), 1, `${block}: one level-1 heading`);
        assert.deepEqual(await violations(page), [], block);
      }
    },
  },
];
