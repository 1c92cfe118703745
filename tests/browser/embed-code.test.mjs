// "Intégrer" embeds the view as it is: its code, its preview and the embed's own link back to the
// explorer ("ouvrir le tableau de bord avec ces filtres") carry every filter of the view
// (incubateur, phase, annee, ministere, thematique) and its source, and show the same figures.
import assert from "node:assert/strict";
import { shownFigures, tableRows } from "./helpers.mjs";

/** A view with every filter, and a source of its own (the published files the app ships). */
const VIEW = "?incubateur=mtes&phase=construction,acceleration&ministere=environnement&thematique=ecologie&annee=2024&source=data/beta.gouv.fr/";
/** The parameters of a view: its filters and its source. */
const SHARED = ["incubateur", "phase", "annee", "ministere", "thematique", "source"];

/** The values of each shared parameter of an address, comma-separated lists as sorted sets. */
function sharedOf(address) {
  const params = new URL(address).searchParams;
  return Object.fromEntries(SHARED.map((name) => [name, (params.getAll(name).join(",") || null)?.split(",").sort().join(",") ?? null]));
}

/** The iframe's address in a pasted code. */
function frameSource(code) {
  const src = code.match(/<iframe src="([^"]+)"/)?.[1];
  assert.ok(src, `an iframe in ${code}`);
  return src.replaceAll("&amp;", "&");
}

export default [
  {
    name: "embed code: the code and the preview of every « Intégrer » carry every filter of the view and its source",
    async run({ page, base }) {
      await page.goto(`${base}${VIEW}`);
      await shownFigures(page);
      const view = sharedOf(page.url());
      assert.ok(SHARED.every((name) => view[name]), `the view has every filter: ${JSON.stringify(view)}`);
      const buttons = page.locator("button", { hasText: /^Intégrer$/ });
      const count = await buttons.count();
      assert.ok(count >= 6, `${count} « Intégrer » buttons`);
      for (let i = 0; i < count; i++) {
        await buttons.nth(i).click();
        const dialog = page.locator("dialog[open]");
        await dialog.waitFor();
        const code = await dialog.locator("textarea").inputValue();
        const src = frameSource(code);
        assert.deepEqual(sharedOf(src), view, `the code of ${await dialog.locator("h2").innerText()}`);
        await page.waitForFunction(() => document.querySelector("dialog[open] iframe")?.src);
        assert.equal(await dialog.locator("iframe").getAttribute("src"), src, "the preview shows the code's address");
        await dialog.getByRole("button", { name: "Fermer" }).click();
        await page.waitForFunction(() => !document.querySelector("dialog[open]"));
      }
    },
  },
  {
    name: "embed code: an embed's link to the dashboard carries every filter and the source, and opens the same view",
    async run({ page, base }) {
      await page.goto(`${base}${VIEW}`);
      const figures = await shownFigures(page);
      await page.waitForFunction(() => document.querySelector("#graphique-ministeres-table tbody tr"));
      const ministries = await tableRows(page, "graphique-ministeres");
      const view = sharedOf(page.url());
      await page.locator("#graphique-ministeres button", { hasText: /^Intégrer$/ }).click();
      const src = frameSource(await page.locator("dialog[open] textarea").inputValue());

      // The embed, as a host page would load it: its figures, then its link.
      await page.goto(src);
      await page.waitForFunction(() => document.querySelector("#graphique-ministeres-table tbody tr"));
      assert.deepEqual(await tableRows(page, "graphique-ministeres"), ministries, "the embed shows the view's table");
      const link = page.locator(".embed__source a").first();
      const href = await link.getAttribute("href");
      assert.deepEqual(sharedOf(new URL(href, src).href), view, `the link ${href}`);
      assert.match(await link.getAttribute("aria-label"), /ouvrir le tableau de bord avec ces filtres/);

      await page.goto(new URL(href, src).href);
      assert.deepEqual(await shownFigures(page), figures, "the link opens the same view");
      assert.deepEqual(sharedOf(page.url()), view);
    },
  },
];
