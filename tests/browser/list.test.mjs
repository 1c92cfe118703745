// The services list, a page at a time: the DSFR pagination, its place in the URL, the focus, and
// a list 100 times the real one that pages, sorts and searches as the real one does. (How long its
// tasks take is measured by `./dev bench`, tests/bench/browser.mjs.)
import assert from "node:assert/strict";
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { keyFigures, phaseAt, todayIso } from "./oracle.mjs";
import { dist, publishedDir, publishedStartups, root, shownFigures } from "./helpers.mjs";

const startups = publishedStartups();
const PAGE_SIZE = 50;

const rows = (page) => page.locator(".services__table tbody tr");
const count = (page) => page.locator('[data-testid="services-count"]').innerText();
const pageParam = (page) => new URL(page.url()).searchParams.get("page");

/** The synthetic set 100× the real one, which `./dev test` writes before the browser tests. Not
 * made here (it takes a release build of the data command): missing, older than the published
 * files it comes from, or of another format than the build's data file, the test fails at once
 * and says how to make it. */
const SYNTHETIC = join(root, "target", "synthetique-100.json");
const MAKE_SYNTHETIC = "./dev data --scale 100 --out target/synthetique-100.json";

function synthetic100() {
  assert.ok(existsSync(SYNTHETIC), `${SYNTHETIC} is missing: make it with ${MAKE_SYNTHETIC} (./dev test does)`);
  const inputs = [join(publishedDir, "startups.json"), join(publishedDir, "fast.json")];
  const newer = inputs.filter((input) => statSync(input).mtimeMs > statSync(SYNTHETIC).mtimeMs);
  assert.deepEqual(newer, [], `${SYNTHETIC} is older than what it is made from: make it again with ${MAKE_SYNTHETIC}`);
  const format = (file) => {
    const [fd, head] = [openSync(file, "r"), Buffer.alloc(40)];
    readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    return head.toString("latin1").match(/^\{"format":(\d+)/)?.[1];
  };
  const [made, built] = [format(SYNTHETIC), format(join(dist, "data", "tableau-de-bord.json"))];
  assert.equal(made, built, `${SYNTHETIC} is in format ${made}, the build's data file in format ${built}: build (./dev build) and make it again with ${MAKE_SYNTHETIC}`);
  return SYNTHETIC;
}

export default [
  {
    name: "the list pages through every service, in the URL, and a link restores the page",
    async run({ page, base }) {
      const inProgramme = startups.filter((s) => phaseAt(s, todayIso()) !== null).length;
      const pages = Math.ceil(inProgramme / PAGE_SIZE);
      await page.goto(base);
      await shownFigures(page);
      const nav = page.getByRole("navigation", { name: "Pages de la liste des services" });
      assert.equal(await rows(page).count(), PAGE_SIZE);
      assert.equal(await nav.locator('[aria-current="page"]').innerText(), "1");
      assert.match(await page.locator(".services__range").innerText(), new RegExp(`^Services 1 à 50 sur ${inProgramme}$`));
      // At the start, first and previous are disabled links (no address).
      assert.equal(await nav.getByRole("link", { name: "Page précédente" }).getAttribute("aria-disabled"), "true");
      assert.equal(await nav.getByRole("link", { name: "Page précédente" }).getAttribute("href"), null);

      await nav.getByRole("link", { name: "2", exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get("page") === "2");
      // The focus goes to the list, whose name says the page.
      const region = page.locator("#services-tableau");
      await page.waitForFunction(() => document.activeElement?.id === "services-tableau");
      assert.equal(await region.getAttribute("aria-label"), `Liste des services, page 2 sur ${pages}`);
      assert.match(await page.locator(".services__range").innerText(), new RegExp(`^Services 51 à 100 sur ${inProgramme}$`));
      // The count stays announced, unchanged by a page change.
      assert.equal(await count(page), `${inProgramme} services`);

      await nav.getByRole("link", { name: "Dernière page" }).click();
      await page.waitForURL((url) => url.searchParams.get("page") === String(pages));
      assert.equal(await rows(page).count(), inProgramme - PAGE_SIZE * (pages - 1));
      assert.equal(await nav.getByRole("link", { name: "Page suivante" }).getAttribute("aria-disabled"), "true");

      // Back walks the pages, and a reload (or a shared link) shows the same page.
      await page.goBack();
      await page.waitForURL((url) => url.searchParams.get("page") === "2");
      await nav.locator('[aria-current="page"]', { hasText: "2" }).waitFor();
      const second = await rows(page).locator("th").allInnerTexts();
      await page.reload();
      await shownFigures(page);
      await nav.locator('[aria-current="page"]', { hasText: "2" }).waitFor();
      assert.deepEqual(await rows(page).locator("th").allInnerTexts(), second);
    },
  },
  {
    name: "sorting and searching apply to the whole list and go back to page 1",
    async run({ page, base }) {
      await page.goto(`${base}?page=3`);
      await shownFigures(page);
      await page.locator('.fr-pagination [aria-current="page"]', { hasText: "3" }).waitFor();
      const phaseHeader = page.locator(".services__table thead th", { hasText: "Phase" });
      await phaseHeader.locator("button").click();
      await page.waitForURL((url) => url.searchParams.get("tri") === "phase" && !url.searchParams.has("page"));
      assert.equal(await phaseHeader.getAttribute("aria-sort"), "ascending");
      // Sorted as a whole: page 1 begins with the life cycle's first phase, the last page ends it.
      assert.equal(await rows(page).first().locator(".phase-tag").innerText(), "INVESTIGATION");
      await page.getByRole("link", { name: "Dernière page" }).click();
      await page.waitForURL((url) => url.searchParams.has("page"));
      assert.match(await rows(page).last().locator(".phase-tag").innerText(), /^ABANDON/);

      // A search runs over every service, not the page shown, and starts again from page 1.
      const today = todayIso();
      const fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
      const wanted = startups.filter((s) => phaseAt(s, today) !== null && `${fold(s.attributes.name)} ${s.id}`.includes("ion")).length;
      assert.ok(wanted > PAGE_SIZE, `${wanted} services`);
      await page.locator("#services-recherche").fill("ion");
      await page.waitForURL((url) => url.searchParams.get("recherche") === "ion" && !url.searchParams.has("page"));
      assert.match(await count(page), new RegExp(`^${wanted} services sur \\d+$`));
      assert.equal(await page.locator('.fr-pagination [aria-current="page"]').innerText(), "1");
      assert.equal(await page.locator(".fr-pagination__list li:not(.pagination__item--narrow) a[title^='Page ']").count(), Math.ceil(wanted / PAGE_SIZE));
      // A filter change keeps the search and the order, from page 1.
      await page.getByRole("link", { name: "Page suivante" }).click();
      await page.waitForURL((url) => url.searchParams.get("page") === "2");
      await page.selectOption("#filtre-annee", "2022");
      await page.waitForURL((url) => url.searchParams.get("annee") === "2022");
      const params = new URL(page.url()).searchParams;
      assert.deepEqual([params.get("recherche"), params.get("tri"), params.get("page")], ["ion", "phase", null]);
    },
  },
  {
    name: "a row the search keeps is the same element, moved, not another row rewritten with its service",
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      await rows(page).nth(PAGE_SIZE - 1).waitFor();
      // Each row's element marked with the service it shows.
      const names = await rows(page).evaluateAll((trs) => trs.map((tr) => (tr.__shown = tr.querySelector("th").innerText)));
      assert.equal(new Set(names).size, PAGE_SIZE);
      // A search for the third service's name: it moves up the list, to the first places.
      const kept = names[2];
      await page.locator("#services-recherche").fill(kept);
      await page.waitForURL((url) => url.searchParams.get("recherche") === kept);
      await page.waitForFunction((kept) => {
        const shown = [...document.querySelectorAll(".services__table tbody tr th")].map((th) => th.innerText);
        return shown.includes(kept) && shown.length < 50;
      }, kept);
      const shown = await rows(page).evaluateAll((trs) => trs.map((tr) => [tr.querySelector("th").innerText, tr.__shown ?? null]));
      assert.ok(shown.findIndex(([name]) => name === kept) < 2, JSON.stringify(shown));
      // Every row that was on screen before is the element that showed it then; the others are new.
      for (const [name, marked] of shown) {
        assert.equal(marked, names.includes(name) ? name : null, `the row of ${name}`);
      }
    },
  },
  {
    name: "page links carry the filters and open in a new tab; a bad page is ignored and said so",
    async run({ page, context, base }) {
      await page.goto(`${base}?incubateur=anct&page=zero`);
      await shownFigures(page);
      assert.match(await page.locator('[data-testid="ignored-params"]').innerText(), /«\spage\s»/);
      const next = page.getByRole("link", { name: "Page suivante" });
      const href = await next.getAttribute("href");
      assert.match(href, /^\.\/\?incubateur=anct&page=2$/);
      const [tab] = await Promise.all([context.waitForEvent("page"), next.click({ modifiers: ["Control"] })]);
      await tab.waitForLoadState();
      assert.equal(new URL(tab.url()).searchParams.get("page"), "2");
      assert.equal(pageParam(page), "zero", "the first tab stays where it was");
      // A page past the last shows the last.
      const anct = keyFigures(startups, todayIso(), { incubators: ["anct"] }).total;
      await page.goto(`${base}?incubateur=anct&page=999`);
      await shownFigures(page);
      const last = Math.ceil(anct / PAGE_SIZE);
      assert.equal(await page.locator('.fr-pagination [aria-current="page"]').innerText(), String(last));
      assert.equal(await rows(page).count(), anct - PAGE_SIZE * (last - 1));
      assert.equal(await page.getByRole("link", { name: "Page suivante" }).getAttribute("aria-disabled"), "true");
    },
  },
  {
    name: "at 100× the data, the list pages, sorts and searches the whole set",
    async run({ page, base }) {
      const file = synthetic100();
      await page.route("**/data/synthetique-100.json", (route) => route.fulfill({ path: file, contentType: "application/json" }));
      await page.goto(`${base}?source=data/synthetique-100.json`);
      await page.locator('[data-figure="total"] .figure__value').waitFor({ timeout: 120_000 });
      // Every service 100 times (copies `id~2` … named "Name (2)" …): every figure 100 times.
      const figures = await shownFigures(page);
      const real = keyFigures(startups, todayIso());
      assert.deepEqual(figures, Object.fromEntries(Object.entries(real).map(([key, n]) => [key, 100 * n])));
      const total = figures.total;
      assert.ok(total > 50_000, `${total} services`);
      await rows(page).nth(PAGE_SIZE - 1).waitFor({ timeout: 30_000 });

      const nav = page.getByRole("navigation", { name: "Pages de la liste des services" });
      const pages = Math.ceil(total / PAGE_SIZE);
      await nav.getByRole("link", { name: "Dernière page" }).click();
      await nav.locator('[aria-current="page"]', { hasText: String(pages).replace(/\B(?=(\d{3})+$)/g, "\u202f") }).waitFor();
      assert.equal(await rows(page).count(), total - PAGE_SIZE * (pages - 1));
      await page.locator(".services__table thead th", { hasText: "Phase" }).locator("button").click();
      await page.waitForURL((url) => url.searchParams.get("tri") === "phase");
      assert.equal(await rows(page).first().locator(".phase-tag").innerText(), "INVESTIGATION");
      await nav.getByRole("link", { name: "Page suivante" }).click();
      await page.waitForURL((url) => url.searchParams.get("page") === "2");
      // Typed key by key: each key searches the 66 200 services again.
      await page.locator("#services-recherche").pressSequentially("mobilic", { delay: 50 });
      await page.waitForURL((url) => url.searchParams.get("recherche") === "mobilic");
      await page.waitForFunction(() => /^\d[\d\u202f]* services? sur /.test(document.querySelector('[data-testid="services-count"]').textContent));
      assert.ok(await rows(page).count() >= 1);
      // The search ran over the whole set: each real match, 100 times.
      const fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
      const matches = startups.filter((s) => phaseAt(s, todayIso()) !== null && `${fold(s.attributes.name)} ${s.id}`.includes("mobilic")).length;
      const [found, of] = (await count(page)).split(" sur ").map((part) => Number(part.replace(/\D/g, "")));
      assert.deepEqual([found, of], [100 * matches, total]);
      await page.locator("#services-recherche").fill("");
      await rows(page).nth(PAGE_SIZE - 1).waitFor();
    },
  },
];
