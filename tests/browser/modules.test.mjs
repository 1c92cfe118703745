// One wasm module per kind of page (src/web/app.rs, Module): an embed loads the embeds' module,
// the presentation the presentation's, the bilan and the statement the documents', never the
// explorer's, and they work; the explorer and any unknown address load the explorer's only; links
// between modules are full page loads of the other module; an address under /embed/ without a
// first view of its own (an unknown block) starts the embeds' module from the explorer's shell.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dist, publishedDir, shownFigures, tableRows, takenOver, waitForSlide } from "./helpers.mjs";
import { incubatorsTable, loadPublished, todayIso } from "./oracle.mjs";

/** The module files (`<bin>-<hash>.js`, `<bin>-<hash>_bg.wasm`, not the boot scripts) the page requests from now on. */
function moduleRequests(page) {
  const seen = [];
  page.on("request", (request) => {
    const name = new URL(request.url()).pathname.split("/").pop();
    const module = name.match(/^([a-z-]+)-[0-9a-f]{12,}(?:_bg\.wasm|\.js)$/);
    if (module && module[1] !== "boot") seen.push(`${module[1]}${name.endsWith(".wasm") ? ".wasm" : ".js"}`);
  });
  return seen;
}

/** The wasm file the boot script of dist/`page` (a module's page) starts. */
function builtWasm(page) {
  const boot = readFileSync(join(dist, page), "utf8").match(/data-app-boot="([^"]+)"/)[1];
  return readFileSync(join(dist, boot), "utf8").match(/[a-z-]+-[0-9a-f]{12,}_bg\.wasm/)[0];
}

export default [
  {
    name: "an embed loads only the embeds' module, not the explorer's, and shows its block's figures",
    async run({ page, base }) {
      const seen = moduleRequests(page);
      await page.goto(`${base}embed/incubateurs`);
      await page.locator("#graphique-incubateurs canvas[data-draws]").waitFor();
      assert.deepEqual([...new Set(seen)].sort(), ["embed.js", "embed.wasm"]);
      assert.match(builtWasm("embed.html"), /^embed-/);
      const want = incubatorsTable(loadPublished(publishedDir), {}, todayIso());
      assert.deepEqual(await tableRows(page, "graphique-incubateurs"), want.rows);
    },
  },
  {
    name: "the explorer loads only its own module, and an unknown address still shows the not-found page with it",
    async run({ page, base }) {
      const seen = moduleRequests(page);
      await page.goto(base);
      await shownFigures(page);
      assert.deepEqual([...new Set(seen)].sort(), ["beta-dashboard.js", "beta-dashboard.wasm"]);
      seen.length = 0;
      for (const path of ["page-inconnue", "embed/incubateurs/de-trop"]) {
        await page.goto(`${base}${path}`);
        assert.equal((await page.locator("main h1").innerText()).trim(), "Page introuvable", path);
      }
      assert.deepEqual([...new Set(seen)].sort(), ["beta-dashboard.js", "beta-dashboard.wasm"]);
    },
  },
  {
    name: "the explorer's link to the presentation loads the presentation's module, which shows its first slide",
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      const seen = moduleRequests(page);
      await Promise.all([page.waitForURL(/\/presentation$/), page.locator("footer a", { hasText: "Mode présentation" }).click()]);
      await takenOver(page);
      await waitForSlide(page, "chiffres");
      assert.deepEqual([...new Set(seen)].sort(), ["presentation.js", "presentation.wasm"]);
      assert.match(builtWasm("presentation.html"), /^presentation-/);
    },
  },
  {
    name: "links between modules are full page loads: the presentation's to the statement, the statement's to an embed and to the presentation",
    async run({ page, base }) {
      await page.goto(`${base}presentation`);
      await waitForSlide(page, "chiffres");
      const seen = moduleRequests(page);
      await Promise.all([page.waitForURL(/\/accessibilite$/), page.locator(".presentation__bar [data-testid=statement-link]").click()]);
      await takenOver(page);
      await page.locator("h1", { hasText: "Déclaration d'accessibilité" }).waitFor();
      assert.deepEqual([...new Set(seen)].sort(), ["documents.js", "documents.wasm"]);
      for (const [name, path, shown] of [
        ["Graphique intégré", /\/embed\/incubateurs$/, "#graphique-incubateurs canvas[data-draws]"],
        ["Mode présentation", /\/presentation$/, ".presentation"],
      ]) {
        await page.goto(`${base}accessibilite`);
        seen.length = 0;
        await Promise.all([page.waitForURL(path), page.locator("main li a", { hasText: name }).click()]);
        await takenOver(page);
        await page.locator(shown).first().waitFor();
        const module = name === "Mode présentation" ? "presentation" : "embed";
        assert.deepEqual([...new Set(seen)].sort(), [`${module}.js`, `${module}.wasm`], name);
      }
    },
  },
  {
    name: "the bilan and the statement load only the documents' module, and their links to the explorer and back are full page loads",
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      let seen = moduleRequests(page);
      // The explorer's footer → the bilan: the documents' module, which shows the bilan.
      await Promise.all([page.waitForURL(/\/bilan$/), page.locator("footer a", { hasText: "Bilan annuel" }).click()]);
      await takenOver(page);
      await page.locator("#bilan-etat").waitFor();
      assert.deepEqual([...new Set(seen)].sort(), ["documents.js", "documents.wasm"], "explorer → bilan");
      assert.match(builtWasm("documents.html"), /^documents-/);
      // The bilan → the explorer at its year: the explorer's module.
      const year = new URL(await page.locator("a.bilan__explore").evaluate((a) => a.href)).searchParams.get("annee");
      assert.match(year ?? "", /^\d{4}$/);
      seen.length = 0;
      await Promise.all([page.waitForURL((url) => new URL(url).searchParams.get("annee") === year), page.locator("a.bilan__explore").click()]);
      await takenOver(page);
      await page.locator("#graphique-incubateurs canvas[data-draws]").waitFor();
      assert.deepEqual([...new Set(seen)].sort(), ["beta-dashboard.js", "beta-dashboard.wasm"], "bilan → explorer");
      await page.goBack();
      await takenOver(page);
      await page.locator("#bilan-etat").waitFor();
      // The bilan → its footer's statement: the same module, the router's (no module fetched).
      seen.length = 0;
      await Promise.all([page.waitForURL(/\/accessibilite$/), page.locator("footer [data-testid=statement-link]").click()]);
      await page.locator("h1", { hasText: "Déclaration d'accessibilité" }).waitFor();
      assert.deepEqual(seen, [], "bilan → statement, within the module");
      // The statement → the explorer (the header's title, then its "back home" link): the explorer's module.
      for (const link of ["header .fr-header__service a", "main a:text-is('Retour au tableau de bord')"]) {
        await page.goto(`${base}accessibilite`);
        await takenOver(page);
        seen = moduleRequests(page);
        await Promise.all([page.waitForURL((url) => new URL(url).pathname === new URL(base).pathname), page.locator(link).first().click()]);
        await takenOver(page);
        await shownFigures(page);
        await page.locator("#graphique-incubateurs canvas[data-draws]").waitFor();
        assert.deepEqual([...new Set(seen)].sort(), ["beta-dashboard.js", "beta-dashboard.wasm"], link);
      }
    },
  },
  {
    // (The shell's preloads still fetch the explorer's module: the page of every address without
    // a first view, it cannot know its module before first-view.js runs.)
    name: "an unknown block, served the explorer's shell, starts the embeds' module, which says so",
    async run({ page, base }) {
      const seen = moduleRequests(page);
      await page.goto(`${base}embed/carte`);
      await page.locator(".embed .alert--error").waitFor();
      assert.ok(seen.includes("embed.wasm") && seen.includes("embed.js"), `the embeds' module: ${seen}`);
      assert.match(await page.evaluate(() => document.documentElement.getAttribute("data-modules")), /\bembed=boot-/);
    },
  },
];
