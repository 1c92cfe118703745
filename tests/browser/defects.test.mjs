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
];
