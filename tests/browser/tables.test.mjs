// Every chart's table ("Vue tableau"), cell by cell, against the independent JavaScript reading of
// the published files (oracle.mjs): services per incubator and phase, FAST per promotion and per
// incubator, the evolution of the phase groups. The page reads its compact file; the oracle reads
// startups.json, incubators.json and fast.json. Then how a table is offered: whole in its column
// on a desktop, in readable type; out of the tab order while hidden, a labelled region the
// keyboard reaches once shown.
import assert from "node:assert/strict";
import {
  evolutionTable, fundingByIncubatorTable, fundingByPromotionTable, incubatorsTable, loadPublished, todayIso,
} from "./oracle.mjs";
import { drawnCharts, publishedDir, showAllTables, shownFigures } from "./helpers.mjs";

const published = loadPublished(publishedDir);

/** A chart's table as the page shows it: caption, column headers, rows of cell texts (a dash
 * for an unknown value, as seen). */
async function shownTable(page, panel) {
  return page.locator(`#${panel}-table table`).evaluate((table) => {
    const text = (cell) => (cell.querySelector('[aria-hidden="true"]') ?? cell).textContent.trim();
    return {
      caption: table.caption.textContent.trim(),
      columns: [...table.tHead.rows[0].cells].map(text),
      rows: [...table.tBodies[0].rows].map((row) => [...row.cells].map(text)),
    };
  });
}

/** Opens a chart's table view and checks every cell against the oracle's table. */
async function checkTable(page, panel, want) {
  const toggle = page.locator(`#${panel} button`, { hasText: "Vue tableau" });
  if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
  assert.ok((await page.locator(`#${panel}-table`).boundingBox()).width > 100, `${panel}: the table is shown`);
  const shown = await shownTable(page, panel);
  assert.equal(shown.caption, want.caption, `${panel}: caption`);
  assert.deepEqual(shown.columns, want.columns, `${panel}: columns`);
  assert.equal(shown.rows.length, want.rows.length, `${panel}: ${shown.rows.map((r) => r[0]).join(" | ")}`);
  want.rows.forEach((row, i) => assert.deepEqual(shown.rows[i], row, `${panel}, row ${i + 1}`));
}

/** Every table of the explorer at `query`, whose filter is `filter`. */
async function checkEveryTable(page, base, query, filter) {
  const today = todayIso();
  await page.goto(`${base}${query}`);
  await shownFigures(page);
  await checkTable(page, "graphique-incubateurs", incubatorsTable(published, filter, today));
  await checkTable(page, "graphique-evolution", evolutionTable(published, filter, today));
  await checkTable(page, "graphique-fast", fundingByPromotionTable(published, filter));
  await page.locator('label[for="fast-par-incubateur"]').click();
  await page.locator("#graphique-fast-table caption", { hasText: "par incubateur" }).waitFor();
  await checkTable(page, "graphique-fast", fundingByIncubatorTable(published, filter));
}

export default [
  {
    name: "every chart table matches the independent reading of the published files, default filters",
    async run({ page, base }) {
      await checkEveryTable(page, base, "", {});
    },
  },
  {
    name: "every chart table matches the independent reading of the published files, an incubator and a year",
    async run({ page, base }) {
      await checkEveryTable(page, base, "?incubateur=anct&annee=2023", { incubators: ["anct"], year: 2023 });
    },
  },
  {
    name: "every chart table matches the independent reading, two co-incubating incubators, two phases, a year",
    async run({ page, base }) {
      // ecobalyse and ecopass are co-incubated by the ADEME and the MTE: they count under each.
      const filter = { incubators: ["ademe", "mtes"], phases: ["construction", "acceleration"], year: 2025 };
      await checkEveryTable(page, base, "?incubateur=ademe,mtes&phase=construction,acceleration&annee=2025", filter);
    },
  },
  {
    name: "every chart table matches the independent reading, a year without published laureates",
    async run({ page, base }) {
      await checkEveryTable(page, base, "?annee=2020", { year: 2020 });
    },
  },
  {
    name: "at 1280 and 1920 px every chart's table fits its column without scrolling sideways, in readable type",
    async run({ page, base }) {
      for (const width of [1280, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(base);
        await drawnCharts(page, 3);
        await showAllTables(page);
        const wraps = await page.locator(".chart-panel__table .table-wrap").evaluateAll((ws) => ws.map((w) => ({
          name: w.getAttribute("aria-label"), scroll: w.scrollWidth, client: w.clientWidth,
          font: parseFloat(getComputedStyle(w.querySelector("td, th")).fontSize),
        })));
        assert.ok(wraps.length >= 3);
        for (const w of wraps) {
          assert.ok(w.scroll <= w.client + 1, `${width}px: ${w.name} is ${w.scroll}px wide in ${w.client}px`);
          assert.ok(w.font >= 13, `${width}px: ${w.name} in ${w.font}px type`);
        }
      }
    },
  },
  {
    name: "a hidden table leaves no tab stop; a shown one is a labelled region the keyboard reaches",
    async run({ page, base }) {
      await page.goto(base);
      await drawnCharts(page, 3);
      // From the incubator chart's bars, Tab goes on to the FAST chart, not into the hidden table.
      await page.locator("#graphique-incubateurs-piece-0").focus();
      await page.keyboard.press("Tab");
      const next = await page.evaluate(() => document.activeElement.closest("section")?.id);
      assert.equal(next, "graphique-fast");
      await page.locator("#graphique-incubateurs button", { hasText: "Vue tableau" }).click();
      const wrap = page.locator("#graphique-incubateurs-table .table-wrap");
      assert.equal(await wrap.getAttribute("role"), "region");
      assert.equal(await wrap.getAttribute("tabindex"), "0");
      assert.match(await wrap.getAttribute("aria-label"), /Services par incubateur/);
    },
  },
];
