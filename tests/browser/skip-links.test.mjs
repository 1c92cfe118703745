// The skip links as a keyboard user meets them: hidden until the first Tab (only CSS,
// :focus-within, shows them, which the statement's RGAA 10.14 rests on), then each leads to a
// target the page has and moves the focus there, not only the view: "Aller au contenu" and
// "Aller aux graphiques" on the explorer, the content on the statement.
import assert from "node:assert/strict";
import { drawnCharts, shownFigures } from "./helpers.mjs";

export default [
  {
    name: "skip links: shown by CSS only (:focus-within), they appear at the first Tab and lead to their targets (RGAA 10.14, 12.7)",
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      const links = page.locator(".fr-skiplinks a");
      assert.equal(await links.first().evaluate((a) => { const r = a.getBoundingClientRect(); return r.bottom <= 0 || getComputedStyle(a.closest(".fr-skiplinks")).opacity === "0"; }), true, "hidden before");
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Aller au contenu");
      const shown = await links.evaluateAll((all) => all.map((a) => {
        const r = a.getBoundingClientRect();
        return { text: a.textContent.trim(), visible: r.top >= 0 && r.bottom <= innerHeight && r.width > 0 && getComputedStyle(a.closest(".fr-skiplinks")).opacity === "1" };
      }));
      assert.ok(shown.length >= 2 && shown.every((l) => l.visible), JSON.stringify(shown));
      await page.keyboard.press("Enter");
      assert.equal(await page.evaluate(() => document.activeElement.id), "contenu");
    },
  },
  {
    name: "skip links: on the explorer they move the focus to the content and to the charts",
    async run({ page, base }) {
      await page.goto(base);
      await drawnCharts(page, 3);
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement.textContent), "Aller au contenu");
      await page.keyboard.press("Enter");
      assert.equal(await page.evaluate(() => document.activeElement.id), "contenu");
      await page.keyboard.press("Shift+Tab");
      await page.locator(".skip-link", { hasText: "Aller aux graphiques" }).focus();
      await page.keyboard.press("Enter");
      assert.equal(await page.evaluate(() => document.activeElement.id), "graphiques");
      // The next Tab reaches the first chart's controls.
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement.closest("section")?.id), "graphique-incubateurs");
    },
  },
  {
    name: "skip links: on /accessibilite and the explorer every skip link points to a target the page has, and following it moves the focus there",
    async run({ page, base }) {
      for (const route of ["accessibilite", ""]) {
        await page.goto(base + route);
        await page.locator("main h1").waitFor();
        if (route === "") await drawnCharts(page, 3);
        const links = await page.locator(".skip-link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
        assert.ok(links.length >= 1, `${route}: no skip link`);
        for (const href of links) {
          const id = href.replace(/^#/, "");
          assert.equal(await page.locator(`[id="${id}"]`).count(), 1, `/${route}: ${href} has no target`);
          await page.locator(`.skip-link[href="${href}"]`).focus();
          await page.keyboard.press("Enter");
          assert.equal(await page.evaluate(() => document.activeElement.id), id, `/${route}: ${href}`);
          assert.equal(new URL(page.url()).pathname, `/${route}`, "the page stays");
        }
      }
      // The explorer keeps both.
      assert.deepEqual(await page.locator(".skip-link").allInnerTexts(), ["Aller au contenu", "Aller aux graphiques"]);
    },
  },
];
