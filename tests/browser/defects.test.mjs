// The defects of the second accessibility audit (issue 18), one test each: each failed on the
// build before its fix. Skip links, 200 % text on a phone, checkboxes, French errors, wide
// tables, neighbouring phase colours, axe's best practices, touch hints, long and repeated URL
// values, the phone header, the data file's preload, an interrupted download.
import assert from "node:assert/strict";
import { openFilters } from "./filter-panel.mjs";
import {
  contrast, drawnCharts, expectedFigures as expected, horizontalOverflow, showAllTables, shownFigures, violations,
} from "./helpers.mjs";
import { todayIso } from "./oracle.mjs";
import { text200 } from "./reading.mjs";

/** "20 000" values a URL can carry: `prefix0,prefix1,…`. */
const many = (prefix, n) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(",");

export default [
  {
    name: "defect 7: axe's best practices find no two landmarks of one name with the tables open, and each embed has its level-1 heading",
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
  {
    name: "defect 9: 20 000 unknown phases in the URL: the figures show and the notice names five, then how many others",
    async run({ page, base }) {
      await page.goto(`${base}?phase=${many("inconnue", 20_000)}`);
      assert.deepEqual(await shownFigures(page), expected(todayIso()));
      const notice = page.locator('[data-testid="ignored-params"]');
      const text = await notice.innerText();
      assert.ok(text.length < 1_000, `a notice of ${text.length} characters`);
      assert.match(text, /inconnue0/);
      assert.match(text, /et 19\s?995\sautres/);
      assert.ok((await notice.locator("li").count()) <= 6);
    },
  },
  {
    name: "defect 10: a parameter given twice: the first value is used and the notice says which was ignored",
    async run({ page, base }) {
      await page.goto(`${base}?annee=2020&annee=2023`);
      assert.deepEqual(await shownFigures(page), expected("2021-01-01"));
      const notice = await page.locator('[data-testid="ignored-params"]').innerText();
      assert.match(notice, /annee/);
      assert.match(notice, /2020 retenu/);
      assert.match(notice, /2023 ignoré/);
      // A filter of several values takes them all.
      await page.goto(`${base}?phase=construction&phase=acceleration`);
      assert.deepEqual(await shownFigures(page), expected(todayIso(), { phases: ["construction", "acceleration"] }));
      assert.equal(await page.locator('[data-testid="ignored-params"]').count(), 0);
    },
  },
];
