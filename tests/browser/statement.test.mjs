// The accessibility statement as the RGAA's model asks it: a contact address (the one
// beta.gouv.fr publishes for itself), the multi-year plan and the year's action plan, and a link
// to it from every page of the site: the explorer and any other page (footer), the presentation
// (its bar), each embed (its source line). And what its 10.14 rests on: the skip links, which only
// CSS (:focus-within) shows, appear at keyboard focus.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { publishedDir, shownFigures } from "./helpers.mjs";

const GRID = "accessibilite/grille-rgaa.csv";
const BLOCKS = ["chiffres", "incubateurs", "ministeres", "fast", "evolution", "transparence"];

/** The level the served grid gives, as the footer says it. */
async function footerText(page, base) {
  const grid = await (await page.request.get(`${base}${GRID}`)).text();
  const statuses = grid.split(/\r?\n/).slice(1).map((line) => line.split(";")[2]).filter(Boolean);
  const met = statuses.filter((s) => s === "conforme").length;
  const notMet = statuses.filter((s) => s === "non conforme").length;
  const level = notMet === 0 ? "totalement conforme" : met / (met + notMet) >= 0.5 ? "partiellement conforme" : "non conforme";
  return `Accessibilité\u00a0: ${level}`;
}

/** The statement's link on the page: it leads to the statement and reads as the footer does. */
async function statementLink(page, base, where, text) {
  const link = page.getByTestId("statement-link");
  await link.waitFor({ state: "attached" });
  assert.equal(await link.count(), 1, `${where}: one link to the statement`);
  assert.equal(new URL(await link.evaluate((a) => a.href)).pathname, "/accessibilite", where);
  assert.equal((await link.innerText()).trim(), text, where);
  assert.ok(await link.isVisible(), `${where}: the link is shown`);
  return link;
}

export default [
  {
    name: "statement: its contact is an e-mail address, the one beta.gouv.fr publishes for itself, and it names the multi-year plan and the year's action plan",
    async run({ page, base }) {
      await page.goto(`${base}accessibilite`);
      await page.locator("h1", { hasText: "Déclaration d'accessibilité" }).waitFor();
      // The address incubators.json gives for the incubator whose website is beta.gouv.fr.
      const incubators = JSON.parse(readFileSync(join(publishedDir, "incubators.json"), "utf8"));
      const published = Object.values(incubators).filter((i) => /^https:\/\/beta\.gouv\.fr\/?$/.test(i.website ?? "")).map((i) => i.contact);
      assert.equal(published.length, 1, JSON.stringify(published));
      const contact = page.getByTestId("contact").locator("a");
      const href = new URL(await contact.getAttribute("href"));
      assert.equal(href.protocol, "mailto:");
      assert.equal(href.pathname, published[0]);
      assert.equal((await contact.innerText()).trim(), published[0]);
      assert.ok(href.searchParams.get("subject"), "the message's subject filled in");
      // The model's "stratégie et actions": the multi-year plan (a link), the year's action plan.
      const plans = page.getByTestId("plans");
      const plan = plans.getByRole("link", { name: /schéma pluriannuel/ });
      assert.equal(new URL(await plan.getAttribute("href")).protocol, "https:");
      assert.match(await plans.innerText(), /plan d'actions \d{4}/);
      const intro = await page.locator("main").innerText();
      assert.match(intro, /met en œuvre la stratégie et les actions suivantes/);
    },
  },
  {
    name: "statement: every page links to it — the explorer's and an unknown address's footer, the presentation's bar, each embed",
    async run({ page, base }) {
      const text = await footerText(page, base);
      await page.goto(base);
      await shownFigures(page);
      await statementLink(page, base, "explorer", text);
      await page.goto(`${base}page-inconnue`);
      await statementLink(page, base, "unknown page", text);
      await page.goto(`${base}presentation`);
      const inBar = await statementLink(page, base, "presentation", text);
      assert.equal(await inBar.evaluate((a) => Boolean(a.closest(".presentation__bar"))), true, "in the presentation's bar");
      for (const block of BLOCKS) {
        await page.goto(`${base}embed/${block}`);
        const link = await statementLink(page, base, `embed ${block}`, text);
        // In a new tab, as the embed's other link; its name says so, its text first.
        assert.equal(await link.getAttribute("target"), "_blank");
        const name = await link.getAttribute("aria-label");
        assert.ok(name.startsWith(text) && /nouvel onglet/.test(name), name);
      }
    },
  },
  {
    name: "statement: the skip links, shown by CSS only (:focus-within), appear at the first Tab and lead to their targets (RGAA 10.14, 12.7)",
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
];
