// The filters as a phone and a keyboard meet them: each filter folded under its name and what is
// ticked in it, long lists in a scroll of their own, the count of results at the panel's foot,
// in view beside a ticked box; on a desktop a few tab stops from the top to the content, and the
// column that stays beside the charts shows every filter. The ministry filter counts its
// ministries as the ministries chart does, "Non renseigné" said apart.
import assert from "node:assert/strict";
import { digits, shownFigures, tableRows } from "./helpers.mjs";

const GROUPS = ["incubateur", "phase", "ministere", "thematique"];

/** Opens the filters panel (folded on phones). */
async function openPanel(page) {
  await page.locator(".filters-panel").evaluate((d) => { d.open = true; });
}

/** Whether the element is on screen and the topmost thing at its middle. */
function seen(locator) {
  return locator.evaluate((e) => {
    const r = e.getBoundingClientRect();
    if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) return false;
    return e.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
  });
}

export default [
  {
    name: "filters layout: on a 375 px phone the open panel fits a screen, a long list scrolls in itself, and the count of results is in view beside the box just ticked",
    viewport: { width: 375, height: 800 },
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      await openPanel(page);
      const height = await page.locator(".filters-panel").evaluate((p) => [p.offsetHeight, innerHeight]);
      assert.ok(height[0] <= height[1], `the open panel is ${height[0]}px tall in a ${height[1]}px screen`);
      for (const slug of GROUPS) {
        assert.equal(await page.locator(`#filtre-${slug}-groupe`).evaluate((d) => d.open), false, `${slug} folded`);
      }

      // The longest list, the themes.
      await page.locator("#filtre-thematique-groupe > summary").click();
      const list = page.locator('[data-testid="theme-options"]');
      const box = await list.evaluate((l) => ({ height: l.clientHeight, scroll: l.scrollHeight, items: l.children.length, screen: innerHeight }));
      assert.ok(box.items > 50, `${box.items} themes`);
      assert.ok(box.height <= box.screen / 2, `the list is ${box.height}px tall`);
      assert.ok(box.scroll > box.height, "the list scrolls in itself");

      // Its last box, ticked: the count of results beside it, and the page's.
      const last = list.locator("li").last();
      await last.locator("label").scrollIntoViewIfNeeded();
      await last.locator("label").click();
      await page.waitForFunction(() => new URL(location.href).searchParams.has("thematique"));
      const results = page.locator('[data-testid="filters-results"]');
      assert.ok(await seen(last.locator("label")), "the ticked box on screen");
      assert.ok(await seen(results), "the count of results on screen with it");
      await page.waitForFunction(() => {
        const foot = document.querySelector('[data-testid="filters-results"] p').textContent;
        return foot.replace(/\D/g, "") === document.querySelector('[data-testid="matching"] strong').textContent.replace(/\D/g, "");
      });
      assert.equal(digits(await results.locator("p").innerText()), (await shownFigures(page)).total);
      // Folded again, the group says what is ticked in it.
      await page.locator("#filtre-thematique-groupe > summary").click();
      assert.match(await page.locator("#filtre-thematique-groupe > summary").innerText(), /1 sélectionnée/);

      // Its link leads to the results.
      await results.getByRole("link", { name: "Voir les résultats" }).click();
      assert.equal(await page.evaluate(() => document.activeElement.id), "resultats");
    },
  },
  {
    name: "filters layout: on a desktop the keyboard goes from the top through a few controls of the filters to the content, in reading order",
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      await page.locator("#filtres-titre").focus();
      const stops = [];
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press("Tab");
        const stop = await page.evaluate(() => {
          const a = document.activeElement;
          return { inFilters: Boolean(a.closest(".explorer__filters")), id: a.id || a.closest("details")?.id || "", text: a.textContent.trim().slice(0, 30) };
        });
        if (!stop.inFilters) break;
        stops.push(stop);
      }
      assert.ok(stops.length <= 8, `${stops.length} tab stops in the filters: ${JSON.stringify(stops)}`);
      assert.deepEqual(stops.map((s) => s.id), ["filtre-annee", ...GROUPS.map((g) => `filtre-${g}-groupe`), ""],
        JSON.stringify(stops));
      assert.equal(stops.at(-1).text, "Voir les résultats");
    },
  },
  ...[{ width: 1280, height: 800 }, { width: 1024, height: 600 }].map((viewport) => ({
    name: `filters layout: at ${viewport.width}×${viewport.height}, scrolled to the charts, the column beside them shows every filter and the count of results`,
    viewport,
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      await page.locator("#graphique-ministeres").evaluate((e) => e.scrollIntoView());
      await page.waitForFunction(() => scrollY > 500);
      for (const slug of GROUPS) {
        assert.ok(await seen(page.locator(`#filtre-${slug}-groupe > summary`)), `${slug} in view`);
      }
      assert.ok(await seen(page.locator('[data-testid="filters-results"] a')), "the link to the results in view");
      // A group opened there: its first box in view too.
      await page.locator("#filtre-phase-groupe > summary").click();
      assert.ok(await seen(page.locator('[data-testid="phase-options"] label').first()), "the phases' first box in view");
    },
  })),
  ...[{ width: 1024, height: 600 }, { width: 375, height: 700 }].map((viewport) => ({
    name: `filters layout: at ${viewport.width}×${viewport.height}, every filter unfolded, each control the keyboard reaches in the panel is shown, not under the count of results at its foot`,
    viewport,
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      await page.evaluate(() => { for (const d of document.querySelectorAll("details.filters-panel, details.filter-group")) d.open = true; });
      await page.locator("#filtre-annee").focus();
      const covered = [];
      let reached = 0;
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press("Tab");
        const stop = await page.evaluate(() => {
          const focused = document.activeElement;
          if (!focused.closest(".explorer__filters")) return null;
          // A box is drawn by its label.
          const shown = focused.matches("input[type=checkbox]") ? focused.nextElementSibling : focused;
          const r = shown.getBoundingClientRect();
          const top = document.elementFromPoint(r.left + Math.min(r.width / 2, 12), r.top + r.height / 2);
          return { id: focused.id || focused.textContent.trim().slice(0, 30), seen: shown.contains(top) || focused.contains(top) };
        });
        if (!stop) break;
        reached += 1;
        if (!stop.seen) covered.push(stop.id);
      }
      assert.ok(reached > 100, `${reached} controls reached`);
      assert.deepEqual(covered, [], "focused but hidden");
    },
  })),
  {
    name: "filters layout: the ministry filter counts the ministries as the ministries chart does, « Non renseigné » said apart",
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      await page.waitForFunction(() => document.querySelector("#graphique-ministeres-table tbody tr"));
      const rows = await tableRows(page, "graphique-ministeres");
      const ministries = rows.filter((r) => r[0] !== "Non renseigné").length;
      assert.ok(rows.some((r) => r[0] === "Non renseigné"), "some services name no ministry");
      const summary = await page.locator("#graphique-ministeres .chart-panel__summary").innerText();
      assert.match(summary, new RegExp(`^${ministries} ministères`));
      const help = await page.locator("#filtre-ministere-aide").textContent();
      assert.equal(help.replace(/\s/g, " "), `${ministries} ministères, et « Non renseigné »`);
      // The option apart, after the ministries.
      const options = await page.locator('[data-testid="ministry-options"] label').allTextContents();
      assert.match(options.at(-1), /^Non renseigné/);
      assert.equal(options.length, ministries + 1);
    },
  },
];
