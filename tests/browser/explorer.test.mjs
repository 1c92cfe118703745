// The explorer: filters ⇄ URL, figures, charts, tables, downloads, the services list; where the
// focus goes when a filter is removed.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPublished, ministryCounts, phaseAt, todayIso, transparency } from "./oracle.mjs";
import { openFilters } from "./filter-panel.mjs";
import {
  digits, drawnCharts, expectedFigures as expected, horizontalOverflow, publishedStartups, root, shownFigures,
  tableRows,
} from "./helpers.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const artifacts = join(here, "artifacts");
const startups = publishedStartups();

async function matchingCount(page) {
  return digits(await page.locator('[data-testid="matching"] strong').innerText());
}

/** Opens `url`, waits for the whole page (figures, the three charts drawn, the list, the fonts),
 * and checks that nothing overflows sideways. */
async function openWithoutHorizontalScroll(page, url) {
  await page.goto(url);
  await shownFigures(page);
  await drawnCharts(page, 3);
  await page.locator(".services__table tbody tr").first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  const overflow = await horizontalOverflow(page);
  assert.ok(overflow <= 0, `${overflow}px of horizontal scroll`);
}

async function urlParams(page) {
  return new URL(page.url()).searchParams;
}

export default [
  {
    name: "checking an incubator updates the URL, the key figures, the chart table and the list",
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      await openFilters(page, "incubateur");
      await page.locator("#incubateur-dinum").check();
      await page.waitForURL(/incubateur=dinum/);
      const want = expected(todayIso(), { incubators: ["dinum"] });
      assert.deepEqual(await shownFigures(page), want);
      assert.equal(await matchingCount(page), want.total);
      const rows = await tableRows(page, "graphique-incubateurs");
      assert.equal(rows.length, 1);
      assert.match(rows[0][0], /DINUM/);
      assert.equal(digits(rows[0].at(-1)), want.total);
      assert.match(await page.locator('[data-testid="services-count"]').innerText(), new RegExp(`^${want.total} services`));
    },
  },
  {
    name: "typing in the incubator search narrows the list, accents and case ignored",
    async run({ page, base }) {
      await page.goto(base);
      await openFilters(page, "incubateur");
      await page.locator("#filtre-incubateur-recherche").fill("ECOLOGI");
      const labels = await page.locator('[data-testid="incubator-options"] label').allInnerTexts();
      assert.ok(labels.length >= 2, labels.join(" | "));
      assert.ok(labels.every((l) => /[ée]cologi/i.test(l)), labels.join(" | "));
      assert.ok(labels.every((l) => /\(\d+\)$/.test(l)), "each incubator shows its count");
    },
  },
  {
    name: "a phase group box toggles its phases and shows a partial selection",
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      await openFilters(page, "phase");
      await page.locator("#groupe-en-accompagnement").check();
      await page.waitForURL(/phase=/);
      assert.deepEqual((await urlParams(page)).get("phase").split(",").sort(), ["acceleration", "construction"]);
      const figures = await shownFigures(page);
      assert.equal(figures.total, figures.accompagnement);
      assert.deepEqual(figures, expected(todayIso(), { phases: ["construction", "acceleration"] }));
      await page.locator("#phase-construction").uncheck();
      await page.waitForURL((url) => url.searchParams.get("phase") === "acceleration");
      assert.equal(await page.locator("#groupe-en-accompagnement").evaluate((el) => el.indeterminate), true);
    },
  },
  {
    name: "ministere and thematique from a link filter the key figures as the oracle does, and show as removable chips",
    async run({ page, base }) {
      const cases = [
        ["annee=2023&ministere=justice", "2024-01-01", { ministries: ["justice"] }, ["Justice", "Bilan 2023"]],
        ["thematique=education", todayIso(), { themes: ["education"] }, ["Education"]],
        ["thematique=ecologie&incubateur=dinum", todayIso(), { themes: ["ecologie"], incubators: ["dinum"] }, ["Écologie"]],
      ];
      for (const [query, date, filter, chips] of cases) {
        await page.goto(`${base}?${query}`);
        const want = expected(date, filter);
        assert.ok(want.total > 0, `${query}: the oracle finds services`);
        assert.deepEqual(await shownFigures(page), want, query);
        const shown = await page.locator(".chips .chip").allInnerTexts();
        for (const chip of chips) assert.ok(shown.some((c) => c.includes(chip)), `${query}: chip ${chip} in ${JSON.stringify(shown)}`);
      }
      // A chip removes its filter.
      await page.goto(`${base}?ministere=justice`);
      await shownFigures(page);
      await page.locator(".chips .chip", { hasText: "Justice" }).click();
      await page.waitForFunction(() => !new URL(location.href).searchParams.has("ministere"));
      assert.deepEqual(await shownFigures(page), expected(todayIso(), {}));
    },
  },
  {
    name: "services per ministry: the table equals the oracle's counts with a year and a ministry, a theme, a theme and an incubator, and no filter, and a bar filters on its ministry",
    async run({ page, base }) {
      const data = loadPublished(join(root, "public", "data", "beta.gouv.fr"));
      for (const query of ["annee=2023&ministere=justice", "thematique=education", "thematique=ecologie&incubateur=dinum", ""]) {
        await page.goto(`${base}?${query}`);
        await page.locator("#graphique-ministeres canvas[data-draws]").waitFor();
        const rows = await tableRows(page, "graphique-ministeres");
        const want = ministryCounts(data, query, todayIso()).rows;
        assert.equal(rows.length, want.length, `${query}: ${rows.length} rows`);
        rows.forEach((row, i) => {
          const numbers = row.slice(1).map((cell) => digits(cell) || 0);
          const total = numbers.pop();
          assert.equal(total, want[i].total, `${query}: row ${i} (${row[0]})`);
          assert.equal(numbers.reduce((a, b) => a + b, 0), total, `${query}: row ${i} adds up`);
        });
      }
      // A bar shows its ministry only; a second click shows them all again.
      await page.goto(base);
      await page.locator("#graphique-ministeres canvas[data-draws]").waitFor();
      await page.locator("#graphique-ministeres .chart__hit").first().click();
      await page.waitForFunction(() => new URL(location.href).searchParams.has("ministere"));
    },
  },
  {
    name: "transparency: counts and shares equal the oracle's with a year and a ministry, a theme, a theme and an incubator, and a year alone, links dated by the data whatever the year",
    async run({ page, base }) {
      const data = loadPublished(join(root, "public", "data", "beta.gouv.fr"));
      // The data's date, as the page writes it: "20 août 2026".
      const { published } = JSON.parse(await readFile(join(root, "public", "data", "beta.gouv.fr", "source.json"), "utf8"));
      const months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
      const [year, month, day] = published.split("-").map(Number);
      const dated = `liens publiés au ${day === 1 ? "1er" : day} ${months[month - 1]} ${year}`;
      for (const query of ["annee=2023&ministere=justice", "thematique=education", "thematique=ecologie&incubateur=dinum", "annee=2019"]) {
        await page.goto(`${base}?${query}`);
        await page.locator("#graphique-transparence canvas[data-draws]").waitFor();
        const want = transparency(data, query, todayIso());
        assert.ok(want.total > 0, `${query}: the oracle finds services`);
        const a = want.accessibility;
        const counts = [want.total, want.stats, want.budget, want.impact, want.repository,
          a.totalement, a.partiellement, a["non-conforme"], a["non-renseigne"]];
        const rows = await tableRows(page, "graphique-transparence");
        assert.deepEqual(rows.map((row) => digits(row[1])), counts, `${query}: counts`);
        // Shares in tenths of a percent, rounded half up.
        const tenths = counts.map((n) => Math.floor((n * 2000 + want.total) / (2 * want.total)));
        assert.deepEqual(rows.map((row) => digits(row[2])), tenths, `${query}: shares`);
        // The links are as published today: the block says the data's date, not the year's.
        // (textContent: a panel out of view skips its rendering, and innerText with it.)
        const subtitle = await page.locator("#graphique-transparence .chart-panel__subtitle").textContent();
        assert.ok(subtitle.replace(/\s+/g, " ").includes(dated), `${query}: ${subtitle}`);
      }
      // The CSV holds the same counts, with shares as decimal numbers.
      await page.goto(`${base}?thematique=education`);
      const panel = page.locator("#graphique-transparence");
      await panel.locator("canvas[data-draws]").waitFor();
      const [download] = await Promise.all([page.waitForEvent("download"), panel.getByRole("button", { name: /CSV/ }).click()]);
      const csv = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "").trim().split("\r\n");
      assert.equal(csv[0], "Ce que le service publie;Services;Part des services (%)");
      const want = transparency(data, "thematique=education", todayIso());
      assert.equal(csv[2].split(";")[1], String(want.stats));
      assert.equal(csv.length, 10);
    },
  },
  {
    name: "v2.5 files: organisations from sponsors.json, and what the version does not publish said 'non publié', never 0",
    // The browser logs the 404 of organisations.json, which v2.5 does not have.
    expectConsoleErrors: true,
    async run({ page, base }) {
      const dir = join(root, "public", "data", "beta.gouv.fr");
      const data = loadPublished(dir);
      // The snapshot as v2.5 published it: no thematiques, budget_url or impact_url; the
      // organisations as sponsors.json, an object keyed by id.
      const startups = JSON.parse(await readFile(join(dir, "startups.json"), "utf8"));
      for (const record of startups.data ?? startups) {
        for (const field of ["thematiques", "budget_url", "impact_url"]) delete record.attributes?.[field];
      }
      const sponsors = Object.fromEntries(data.organisations.map(({ id, ...rest }) => [id, rest]));
      const files = {
        "startups.json": JSON.stringify(startups),
        "incubators.json": await readFile(join(dir, "incubators.json"), "utf8"),
        "sponsors.json": JSON.stringify(sponsors),
        "fast.json": await readFile(join(dir, "fast.json"), "utf8"),
      };
      const served = [];
      await page.route("**/v25/*", (route) => {
        const name = new URL(route.request().url()).pathname.split("/").pop();
        served.push(name);
        return name in files
          ? route.fulfill({ status: 200, contentType: "application/json", body: files[name] })
          : route.fulfill({ status: 404, body: "not found" });
      });
      await page.goto(`${base}?source=v25/&ministere=justice`);
      await page.locator("#graphique-transparence canvas[data-draws]").waitFor();
      assert.ok(served.includes("organisations.json") && served.includes("sponsors.json"), served.join(" "));
      // The ministries come from sponsors.json: the same figures and table as with organisations.json.
      assert.deepEqual(await shownFigures(page), expected(todayIso(), { ministries: ["justice"] }));
      const rows = await tableRows(page, "graphique-ministeres");
      assert.deepEqual(rows.map((row) => digits(row.at(-1))), ministryCounts(data, "ministere=justice", todayIso()).rows.map((r) => r.total));
      // No theme filter; budget and impact "non publié par cette version des données".
      assert.equal(await page.locator('[data-testid="theme-options"]').count(), 0);
      const transparencyRows = await tableRows(page, "graphique-transparence");
      for (const label of ["Page de budget", "Page d'impact"]) {
        const row = transparencyRows.find((r) => r[0] === label);
        assert.deepEqual(row.slice(1), ["non publié par cette version des données", "non publié par cette version des données"], label);
      }
      const stats = transparencyRows.find((r) => r[0] === "Page de statistiques publique");
      assert.equal(digits(stats[1]), transparency(data, "ministere=justice", todayIso()).stats);
      const summary = await page.locator("#graphique-transparence .chart-panel__summary").textContent();
      assert.match(summary, /page de budget\s*:\s*non publié par cette version des données/);
    },
  },
  {
    name: "the ministry and theme filters: searchable checklists with counts, ticked boxes in the URL, figures as the oracle's",
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      await openFilters(page, "ministere", "thematique");
      const ministries = page.locator('[data-testid="ministry-options"] li');
      assert.ok(await ministries.count() >= 16, `${await ministries.count()} ministries listed`);
      assert.match(await page.locator("#filtre-ministere-aide").innerText(), /^\d+ ministères, et «\s?Non renseigné\s?»$/);
      // A search keeps what matches: "just" finds Justice.
      await page.locator("#filtre-ministere-recherche").fill("just");
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="ministry-options"] li').length === 1);
      await page.locator('[data-testid="ministry-options"] label', { hasText: "Justice" }).click();
      await page.waitForFunction(() => new URL(location.href).searchParams.get("ministere") === "justice");
      assert.deepEqual(await shownFigures(page), expected(todayIso(), { ministries: ["justice"] }));
      // Themes: one option per folded theme, "Éducation" and "Education" are one.
      const themes = await page.locator('[data-testid="theme-options"] label').allInnerTexts();
      const educations = themes.filter((t) => /^[ÉE]ducation \(/i.test(t));
      assert.equal(educations.length, 1, JSON.stringify(educations));
      await page.locator("#filtre-thematique-recherche").fill("educ");
      await page.locator('[data-testid="theme-options"] label', { hasText: /^Education/ }).click();
      await page.waitForFunction(() => new URL(location.href).searchParams.get("thematique") === "education");
      assert.deepEqual(await shownFigures(page), expected(todayIso(), { ministries: ["justice"], themes: ["education"] }));
    },
  },
  {
    name: "opening a link restores the exact view, and so does a reload",
    async run({ page, base }) {
      const link = `${base}?incubateur=anct,mtes&phase=investigation,abandon&annee=2022`;
      const want = expected("2023-01-01", { incubators: ["anct", "mtes"], phases: ["investigation", "abandon"] });
      for (const visit of [() => page.goto(link), () => page.reload()]) {
        await visit();
        assert.deepEqual(await shownFigures(page), want);
        assert.equal(await page.locator("#filtre-annee").inputValue(), "2022");
        assert.equal(await page.locator("#incubateur-anct").isChecked(), true);
        assert.equal(await page.locator("#incubateur-mtes").isChecked(), true);
        assert.equal(await page.locator("#phase-abandon").isChecked(), true);
        assert.equal(await page.locator("#phase-construction").isChecked(), false);
        assert.match(await page.locator('[data-testid="matching"]').innerText(), /Situation au 1er janvier 2023/);
      }
    },
  },
  {
    name: "back and forward walk through filter changes",
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      await page.selectOption("#filtre-annee", "2021");
      await page.waitForURL(/annee=2021/);
      await openFilters(page, "incubateur");
      await page.locator("#incubateur-anct").check();
      await page.waitForURL(/incubateur=anct/);
      const both = await shownFigures(page);
      await page.goBack();
      await page.waitForURL((url) => !url.searchParams.has("incubateur"));
      assert.deepEqual(await shownFigures(page), expected("2022-01-01", {}));
      assert.equal(await page.locator("#incubateur-anct").isChecked(), false);
      await page.goForward();
      await page.waitForURL(/incubateur=anct/);
      assert.deepEqual(await shownFigures(page), both);
      assert.equal(await page.locator("#incubateur-anct").isChecked(), true);
    },
  },
  {
    name: "clicking a bar filters on its incubator, clicking it again shows them all",
    async run({ page, base }) {
      await page.goto(`${base}?annee=2023`);
      const first = page.locator("#graphique-incubateurs .chart__hit").first();
      const label = await first.getAttribute("aria-label");
      await first.click();
      await page.waitForURL(/incubateur=/);
      const id = (await urlParams(page)).get("incubateur");
      assert.ok(!id.includes(","), id);
      assert.equal(await page.locator(`#incubateur-${id}`).isChecked(), true);
      assert.ok(label.startsWith((await tableRows(page, "graphique-incubateurs"))[0][0]), label);
      await page.locator("#graphique-incubateurs .chart__hit").first().click();
      await page.waitForURL((url) => !url.searchParams.has("incubateur"));
    },
  },
  {
    name: "bars are reachable by keyboard, show a tooltip, and act on Enter",
    async run({ page, base }) {
      await page.goto(`${base}?annee=2023`);
      const pieces = page.locator("#graphique-evolution .chart__hit");
      await pieces.first().focus();
      const tooltip = page.locator("#graphique-evolution .chart__tooltip");
      assert.match(await tooltip.innerText(), /Bilan \d{4} \(1er janvier \d{4}\) — .+\s: \d+ services? \(sur \d+\)/);
      const before = await tooltip.innerText();
      await page.keyboard.press("ArrowRight");
      assert.notEqual(await tooltip.innerText(), before);
      assert.equal(await pieces.nth(1).evaluate((el) => el === document.activeElement), true);
      assert.equal(await page.locator("#graphique-evolution .chart__hit[tabindex='0']").count(), 1, "one tab stop per chart");
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.searchParams.get("annee") !== "2023");
    },
  },
  {
    name: "hovering a bar piece names the incubator, the phase and the count",
    async run({ page, base }) {
      await page.goto(`${base}?annee=2023`);
      const piece = page.locator("#graphique-incubateurs .chart__hit").nth(1);
      await piece.hover();
      const text = await page.locator("#graphique-incubateurs .chart__tooltip").innerText();
      assert.match(text, /^.+ — (Investigation|Construction|Accélération|Consolidation|Transféré|Opéré|Abandon en investigation|Abandon)\s: \d+ services? \(sur \d+\)$/);
    },
  },
  {
    name: "the CSV download matches the table, for every chart",
    async run({ page, base }) {
      await page.goto(`${base}?annee=2023`);
      for (const panel of ["graphique-incubateurs", "graphique-ministeres", "graphique-fast", "graphique-evolution"]) {
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.locator(`#${panel} button`, { hasText: "Données (CSV)" }).click(),
        ]);
        assert.match(download.suggestedFilename(), /\.csv$/);
        const csv = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "");
        const lines = csv.trimEnd().split("\r\n").map((line) => line.split(";"));
        const headers = await page.locator(`#${panel}-table thead th`).allInnerTexts();
        assert.deepEqual(lines[0], headers.map((h) => h.trim()));
        const rows = await tableRows(page, panel);
        assert.equal(lines.length - 1, rows.length, panel);
        rows.forEach((row, i) => {
          row.forEach((cell, j) => {
            const raw = lines[i + 1][j].replace(/^"|"$/g, "").replace(/""/g, '"');
            if (/^[\d\s\u202f\u00a0]+( €)?$/.test(cell.replace(/\u00a0/g, " "))) assert.equal(Number(raw), digits(cell), `${panel} ${i},${j}`);
            else if (cell.startsWith("–")) assert.equal(raw, "", "a missing value exports empty");
            else assert.equal(raw, cell, `${panel} ${i},${j}`);
          });
        });
      }
    },
  },
  {
    name: "the table view shows on demand and is always in the accessibility tree",
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      const table = page.locator("#graphique-fast-table table");
      assert.match(await table.locator("caption").innerText(), /^Financement FAST par promotion/);
      const toggle = page.locator("#graphique-fast button", { hasText: "Vue tableau" });
      assert.equal(await toggle.getAttribute("aria-pressed"), "false");
      const wrapper = page.locator("#graphique-fast-table");
      const hiddenBox = await wrapper.boundingBox();
      assert.ok(!hiddenBox || hiddenBox.width <= 1, "hidden visually");
      await toggle.click();
      assert.equal(await toggle.getAttribute("aria-pressed"), "true");
      assert.ok((await wrapper.boundingBox()).width > 100);
      // Screen readers get it either way: it is not display:none.
      await toggle.click();
      const snapshot = await page.locator("#graphique-fast-table").ariaSnapshot();
      assert.match(snapshot, /table/);
    },
  },
  {
    name: "the FAST chart follows the incubator and year filters and toggles to per incubator",
    async run({ page, base }) {
      await page.goto(`${base}?annee=2023`);
      await shownFigures(page);
      const rows = await tableRows(page, "graphique-fast");
      assert.deepEqual(rows.map((r) => r[0]), ["FAST 12 - Janvier 2023", "FAST 13 - Septembre 2023"]);
      await page.locator("label[for=\"fast-par-incubateur\"]").click();
      assert.equal(await page.locator("#fast-par-incubateur").isChecked(), true);
      await page.locator("#graphique-fast-table caption", { hasText: "par incubateur" }).waitFor();
      const perIncubator = await tableRows(page, "graphique-fast");
      const laureates = (rows, column) => rows.reduce((sum, r) => sum + digits(r[column]), 0);
      assert.ok(perIncubator.length > 1);
      // Each laureate counts under each of its incubators: at least as many as per promotion.
      assert.ok(laureates(perIncubator, 2) >= laureates(rows, 3));
      await openFilters(page, "incubateur");
      await page.locator("#incubateur-dinum").check();
      await page.waitForURL(/incubateur=dinum/);
      await page.waitForFunction(() => document.querySelectorAll("#graphique-fast-table tbody tr").length === 1);
    },
  },
  {
    name: "the services list is searchable and sortable, with its count",
    async run({ page, base }) {
      await page.goto(base);
      const count = page.locator('[data-testid="services-count"]');
      await page.locator("#services-recherche").fill("MOBILIC");
      await page.waitForFunction(() => document.querySelectorAll(".services__table tbody tr").length === 1);
      assert.match(await count.innerText(), /^1 service sur \d+/);
      const row = page.locator(".services__table tbody tr").first();
      assert.equal(await row.locator("th").innerText(), "Mobilic");
      assert.equal(await row.locator("a", { hasText: "Fiche beta.gouv.fr" }).getAttribute("href"), "https://beta.gouv.fr/startups/mobilic.html");
      await page.locator("#services-recherche").fill("");
      const phaseHeader = page.locator(".services__table thead th", { hasText: "Phase" });
      await phaseHeader.locator("button").click();
      assert.equal(await phaseHeader.getAttribute("aria-sort"), "ascending");
      assert.equal(await page.locator(".services__table tbody tr").first().locator(".phase-tag").innerText(), "INVESTIGATION");
      await phaseHeader.locator("button").click();
      assert.equal(await phaseHeader.getAttribute("aria-sort"), "descending");
      const today = todayIso();
      const inProgramme = startups.filter((s) => phaseAt(s, today) !== null).length;
      assert.match(await count.innerText(), new RegExp(`^${inProgramme} services$`));
      // Shown by pages of 50, sorted as a whole: the last page ends the life cycle.
      const rowCount = () => page.locator(".services__table tbody tr").count();
      assert.equal(await rowCount(), 50);
      await page.getByRole("link", { name: "Page suivante" }).click();
      await page.waitForURL((url) => url.searchParams.get("page") === "2");
      assert.equal(await rowCount(), 50);
      await page.getByRole("link", { name: "Dernière page" }).click();
      const pages = Math.ceil(inProgramme / 50);
      await page.waitForURL((url) => url.searchParams.get("page") === String(pages));
      assert.equal(await rowCount(), inProgramme - 50 * (pages - 1));
      assert.equal(await page.locator(".services__table tbody tr").first().locator(".phase-tag").innerText(), "INVESTIGATION");
    },
  },
  {
    name: "the services list shows each service's phase on the chosen date",
    async run({ page, base }) {
      const LABELS = {
        investigation: "Investigation", construction: "Construction", acceleration: "Accélération",
        consolidation: "Consolidation", transfere: "Transféré", opere: "Opéré",
        "abandon-investigation": "Abandon en investigation", abandon: "Abandon",
      };
      const today = todayIso();
      const changed = startups.find((s) => {
        const [then, now] = [phaseAt(s, "2024-01-01"), phaseAt(s, today)];
        return then && now && then !== now && LABELS[then] && LABELS[now];
      });
      await page.goto(base);
      await shownFigures(page);
      await page.locator("#services-recherche").fill(changed.id);
      const tag = page.locator(".services__table tbody tr .phase-tag").first();
      assert.equal(await tag.textContent(), LABELS[phaseAt(changed, today)]);
      await page.selectOption("#filtre-annee", "2023");
      await page.waitForURL(/annee=2023/);
      await page.waitForFunction(
        (want) => document.querySelector(".services__table tbody tr .phase-tag")?.textContent === want,
        LABELS[phaseAt(changed, "2024-01-01")],
      );
    },
  },
  {
    name: "the current year, not over yet, describes today",
    async run({ page, base }) {
      const year = new Date().getFullYear();
      await page.goto(`${base}?annee=${year}`);
      assert.deepEqual(await shownFigures(page), expected(todayIso(), {}));
      assert.match(await page.locator("#key-figures-title").innerText(), new RegExp(`\\(année ${year} en cours\\)`));
      assert.match(await page.locator(`#filtre-annee option[value="${year}"]`).innerText(), /en cours/);
    },
  },
  {
    name: "the reset button and the filter chips remove filters",
    async run({ page, base }) {
      await page.goto(`${base}?incubateur=dinum&phase=construction&annee=2022`);
      await page.getByRole("button", { name: "Retirer le filtre Construction" }).click();
      await page.waitForURL((url) => !url.searchParams.has("phase"));
      assert.equal((await urlParams(page)).get("annee"), "2022");
      await page.getByRole("button", { name: "Réinitialiser les filtres" }).click();
      await page.waitForURL((url) => url.search === "");
      assert.deepEqual(await shownFigures(page), expected(todayIso(), {}));
      // With nothing left to reset, the button is gone.
      assert.equal(await page.getByRole("button", { name: "Réinitialiser les filtres" }).count(), 0);
    },
  },
  {
    name: "after a reset or a removed chip the focus goes to the count, not the page",
    async run({ page, base }) {
      await page.goto(`${base}?phase=construction&annee=2022`);
      await shownFigures(page);
      await page.getByRole("button", { name: "Retirer le filtre Construction" }).click();
      await page.waitForFunction(() => document.activeElement?.id === "resultats");
      await page.getByRole("button", { name: "Réinitialiser les filtres" }).click();
      await page.waitForFunction(() => document.activeElement?.id === "resultats");
    },
  },
  {
    name: "the PNG download is a PNG image of the chart",
    async run({ page, base }) {
      await page.goto(base);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator("#graphique-incubateurs button", { hasText: "Image (PNG)" }).click(),
      ]);
      assert.match(download.suggestedFilename(), /^services-par-incubateur.*\.png$/);
      const bytes = await readFile(await download.path());
      assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
      assert.ok(bytes.length > 10_000, `${bytes.length} bytes`);
    },
  },
  {
    name: "charts are drawn at the device pixel ratio and follow the page width",
    deviceScaleFactor: 2,
    async run({ page, base }) {
      await page.goto(base);
      const canvas = page.locator("#graphique-incubateurs canvas");
      await page.waitForFunction(() => document.querySelector("#graphique-incubateurs canvas")?.width > 0);
      const size = async () => canvas.evaluate((c) => ({ pixels: c.width, css: c.getBoundingClientRect().width }));
      const wide = await size();
      assert.ok(Math.abs(wide.pixels - 2 * wide.css) <= 2, JSON.stringify(wide));
      await page.setViewportSize({ width: 700, height: 800 });
      await page.waitForFunction((w) => document.querySelector("#graphique-incubateurs canvas").width < w, wide.pixels);
      const narrow = await size();
      assert.ok(narrow.css < wide.css && Math.abs(narrow.pixels - 2 * narrow.css) <= 2, JSON.stringify(narrow));
    },
  },
  {
    name: "at 1280×800 nothing overflows the page",
    async run({ page, base }) {
      await openWithoutHorizontalScroll(page, `${base}?annee=2023`);
      await page.screenshot({ path: join(artifacts, "explorer-1280x800.png") });
    },
  },
  {
    name: "on a 375×800 phone nothing overflows the page and the filters fold",
    viewport: { width: 375, height: 800 },
    deviceScaleFactor: 2,
    async run({ page, base }) {
      await openWithoutHorizontalScroll(page, `${base}?annee=2023`);
      assert.equal(await page.locator(".filters-panel").evaluate((d) => d.open), false);
      await page.screenshot({ path: join(artifacts, "explorer-375x800.png") });
      await page.locator("#graphique-incubateurs").screenshot({ path: join(artifacts, "explorer-375-incubateurs.png") });
      await page.locator("#filtres-titre").click();
      await page.locator("#filtre-incubateur-groupe > summary").click();
      await page.locator("#incubateur-anct").check();
      await page.waitForURL(/incubateur=anct/);
    },
  },
];
