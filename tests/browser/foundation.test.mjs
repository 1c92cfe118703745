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
];
