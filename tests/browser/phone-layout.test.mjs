// The explorer on a 375 px phone: a compact header, the theme toggle beside the brand and
// "Réinitialiser les filtres" only when a filter is set; the services list and the load report's
// anomalies as cards, every field labelled, nothing past the right edge. (The filters on a phone:
// filters-layout.test.mjs; text at 200 % on a phone: text-size.test.mjs.)
import assert from "node:assert/strict";
import { horizontalOverflow, shownFigures, violations } from "./helpers.mjs";

export default [
  {
    name: "phone layout: the header is compact, the theme toggle beside the brand, and 'Réinitialiser les filtres' only with a filter",
    viewport: { width: 375, height: 800 },
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      const header = await page.locator("header").boundingBox();
      assert.ok(header.height <= 120, `a header of ${header.height}px`);
      const toggle = page.getByRole("button", { name: "Thème sombre" });
      const [brand, button] = [await page.locator(".fr-header__brand").boundingBox(), await toggle.boundingBox()];
      assert.ok(button.y < brand.y + brand.height && button.y + button.height > brand.y, "the toggle on the brand's row");
      assert.ok(button.width >= 24 && button.height >= 24, "a target of 24 px at least");
      const overflow = await horizontalOverflow(page);
      assert.ok(overflow <= 0, `${overflow}px of horizontal scroll`);
      const reset = page.getByRole("button", { name: "Réinitialiser les filtres" });
      assert.equal(await reset.count(), 0, "no reset without a filter");
      await page.goto(`${base}?phase=construction`);
      await shownFigures(page);
      assert.equal(await reset.isVisible(), true);
      assert.equal(await reset.isEnabled(), true);
      await toggle.click();
      assert.equal(await page.locator("html").getAttribute("data-fr-theme"), "dark");
    },
  },
  {
    name: "phone layout: each service is a card with every field labelled and its phase badge whole",
    viewport: { width: 375, height: 800 },
    async run({ page, base }) {
      await page.goto(`${base}?incubateur=dinum`);
      await page.locator(".services__table tbody tr").first().waitFor();
      const card = page.locator(".services__table tbody tr").first();
      assert.equal(await card.evaluate((e) => getComputedStyle(e).display), "block");
      const labels = await card.locator("td[data-label]").evaluateAll((cells) =>
        cells.map((c) => getComputedStyle(c, "::before").content));
      assert.deepEqual(labels.map((l) => l.replace(/["\u00a0:\s]/g, "")), ["Incubateur", "Phase", "Enbref"]);
      const badge = await card.locator(".phase-tag").boundingBox();
      assert.ok(badge.x + badge.width <= 375, "the phase badge is not cut");
      const overflow = await horizontalOverflow(page);
      assert.ok(overflow <= 0, `${overflow}px of horizontal scroll`);
    },
  },
  {
    name: "phone layout: each anomaly of the load report is a card with every field labelled, and axe finds nothing",
    viewport: { width: 375, height: 800 },
    async run({ page, base }) {
      // The published files of the snapshot have two anomalies (a hidden character, a missing title).
      await page.goto(`${base}?source=data/beta.gouv.fr/`);
      await page.locator(".load-report > summary").click();
      const card = page.locator(".report__issues tbody tr").first();
      await card.waitFor();
      assert.equal(await card.evaluate((e) => getComputedStyle(e).display), "block");
      const labels = await card.locator("td[data-label]").evaluateAll((cells) =>
        cells.map((c) => getComputedStyle(c, "::before").content.replace(/["\u00a0:\s]/g, "")));
      assert.deepEqual(labels, ["Liste", "N°", "Identifiant", "Sort", "Raison"]);
      const right = await page.locator(".report__issues tbody tr").evaluateAll((rows) => Math.max(...rows.map((r) => r.getBoundingClientRect().right)));
      assert.ok(right <= 375, `cards end at ${right} px`);
      assert.deepEqual(await violations(page), []);
    },
  },
];
