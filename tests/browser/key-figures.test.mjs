// The key figures: for today, equal to an independent count of the published files (oracle.mjs),
// and for a year (?annee=, the year list), those of 1 January after it, said in their caption;
// choosing a year is in the URL, one history entry however it is chosen, and back restores today's.
// (Where the data comes from: data-loading.test.mjs; a year the page does not know:
// url-parameters.test.mjs.)
import assert from "node:assert/strict";
import { todayIso } from "./oracle.mjs";
import { expectedFigures as expected, shownFigures } from "./helpers.mjs";

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
    name: "arrowing through the year list adds one history entry, not one per step",
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      const before = await page.evaluate(() => history.length);
      const select = page.locator("#filtre-annee");
      await select.focus();
      for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
      await page.waitForURL(/annee=/);
      assert.ok((await page.evaluate(() => history.length)) <= before + 1);
    },
  },
];
