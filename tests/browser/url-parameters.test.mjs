// What the page does with the parameters of its address it cannot use, whatever a link holds:
// an unknown year, incubator or phase, 20 000 unknown values in one parameter, a parameter given
// twice. Each is ignored and said so in one short notice, and the figures are those of the rest.
import assert from "node:assert/strict";
import { expectedFigures as expected, shownFigures } from "./helpers.mjs";
import { todayIso } from "./oracle.mjs";

/** "20 000" values a URL can carry: `prefix0,prefix1,…`. */
const many = (prefix, n) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(",");

export default [
  {
    name: "URL parameters: an unknown year in the URL is ignored and said so",
    async run({ page, base }) {
      await page.goto(`${base}?annee=1815`);
      const notice = await page.locator('[data-testid="ignored-params"]').innerText();
      assert.match(notice, /1815/);
      assert.deepEqual(await shownFigures(page), expected(todayIso()));
    },
  },
  {
    name: "URL parameters: unknown incubators and phases in the URL are ignored and said so",
    async run({ page, base }) {
      await page.goto(`${base}?incubateur=dinum,nulle-part&phase=construction,pivot`);
      const notice = await page.locator('[data-testid="ignored-params"]').innerText();
      assert.match(notice, /incubateur «\snulle-part\s» inconnu/);
      assert.match(notice, /phase «\spivot\s» inconnue/);
      assert.deepEqual(await shownFigures(page), expected(todayIso(), { incubators: ["dinum"], phases: ["construction"] }));
    },
  },
  {
    name: "URL parameters: 20 000 unknown phases in the URL: the figures show and the notice names five, then how many others",
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
    name: "URL parameters: a parameter given twice: the first value is used and the notice says which was ignored",
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
