// The bilan of a year (/bilan?annee=): every figure of its sections 2 to 6 (and 7) against the
// independent reading of the published files (oracle.mjs), FAST against fast.json itself, its URL
// state, its links, its accessibility, and its printed PDF (Chromium's page.pdf, read back with
// poppler's pdftotext): every section, a numbered footer on every page, nothing cut at a page's
// edge, no control.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bilan, bilanYears, loadPublished, todayIso } from "./oracle.mjs";
import { digits, horizontalOverflow, publishedDir, takenOver, violations } from "./helpers.mjs";

const data = loadPublished(publishedDir);
const source = JSON.parse(readFileSync(join(publishedDir, "source.json"), "utf8"));
const fastJson = JSON.parse(readFileSync(join(publishedDir, "fast.json"), "utf8"));

/** Text with its no-break spaces as spaces and runs of white space as one. */
const plain = (text) => String(text).replace(/[\u00a0\u202f\s]+/g, " ").trim();

/** Opens the bilan at `query` and waits until its last chart is drawn. */
async function openBilan(page, base, query = "") {
  await page.goto(`${base}bilan${query}`);
  await page.locator("#bilan-transparence .chart-svg__screen svg").waitFor();
}

/** A table of the page (by its wrapper's id) as `{ caption, columns, rows }` of cell texts. */
async function shownTable(page, id) {
  return page.locator(`#${id} table`).evaluate((table) => {
    const text = (cell) => (cell.querySelector('[aria-hidden="true"]') ?? cell).textContent.trim();
    return {
      caption: table.caption.textContent.trim(),
      columns: [...table.tHead.rows[0].cells].map(text),
      rows: [...table.tBodies[0].rows].map((row) => [...row.cells].map(text)),
    };
  });
}

/** Every figure of sections 2 to 7 on the page equals the oracle's for `year`. */
async function checkEveryFigure(page, base, year) {
  const want = bilan(data, year, todayIso());
  await openBilan(page, base, `?annee=${year}`);
  assert.equal(plain(await page.locator("h1").innerText()), plain(want.title));
  assert.equal(plain(await page.title()).startsWith(plain(`Bilan ${year} (état des lieux au`)), true, await page.title());

  // 2. État des lieux: now, a year earlier, and the change.
  for (const [key, [before, now]] of [["investigations", want.state.investigations], ["accompagnement-ou-perennises", want.state.counted]]) {
    const tile = page.locator(`[data-figure="${key}"]`);
    assert.equal(digits(await tile.locator(".bilan-figure__value").innerText()), now, `${year} ${key}`);
    assert.equal(digits((await tile.locator(".bilan-figure__before").innerText()).split(":").at(-1)), before, `${year} ${key} before`);
    const change = plain(await tile.locator(".bilan-figure__change").innerText());
    const delta = now - before;
    assert.equal(change, delta === 0 ? "stable en un an" : `${delta > 0 ? "+" : "−"}${plain(new Intl.NumberFormat("fr-FR").format(Math.abs(delta)))} en un an`);
  }

  // 3. Services per incubator: the table, cell by cell; the chart as SVG, one bar per row.
  const incubators = await shownTable(page, "bilan-incubateurs-table");
  assert.equal(incubators.caption, want.incubators.caption);
  assert.deepEqual(incubators.columns, want.incubators.columns);
  assert.deepEqual(incubators.rows, want.incubators.rows, `${year} services per incubator`);
  const chart = page.locator("#bilan-incubateurs .chart-svg");
  assert.match(plain(await chart.getAttribute("aria-label")), /^Graphique en barres « Services par incubateur » : .*tableau/);
  assert.ok((await chart.locator(".chart-svg__screen svg text").count()) > want.incubators.rows.length);
  assert.equal(await chart.locator(".chart-svg__paper svg").getAttribute("width"), "680", "drawn at the A4 width for paper");

  // 4. The network: its count and each incubator with its owner and services.
  assert.equal(digits(await page.getByTestId("bilan-reseau-nombre").innerText()), want.network.count);
  assert.deepEqual((await shownTable(page, "bilan-reseau-table")).rows, want.network.rows, `${year} network`);

  // 5. The services launched: how many, how many still active, each with its pitch and incubator.
  const launches = plain(await page.getByTestId("bilan-lancements-nombre").innerText());
  const [launched, active] = want.launches.launched === 0
    ? [launches === `Aucun service lancé en ${year}.` ? 0 : -1, 0]
    : launches.match(/^(\d[\d ]*) services? lancés? en \d{4}, dont (\d[\d ]*) encore actifs? au /).slice(1).map(digits);
  assert.deepEqual([launched, active], [want.launches.launched, want.launches.active], launches);
  if (want.launches.launched > 0) {
    assert.deepEqual((await shownTable(page, "bilan-lancements-table")).rows, want.launches.rows, `${year} launches`);
  }

  // 6. FAST: the promotions, their laureates, the totals, and the same straight from fast.json.
  const summary = plain(await page.getByTestId("bilan-fast-resume").innerText());
  const promotions = await page.locator(".bilan__promotion").count();
  assert.equal(promotions, want.fast.promotions.length);
  for (const [i, promotion] of want.fast.promotions.entries()) {
    assert.match(summary, new RegExp(promotion.title));
    const heading = plain(await page.locator(".bilan__promotion h3").nth(i).innerText());
    assert.equal(heading, plain(`${promotion.title} : ${promotion.laureates} ${promotion.laureates > 1 ? "lauréats" : "lauréat"}, ${new Intl.NumberFormat("fr-FR").format(promotion.amount)} €`));
    const rows = (await shownTable(page, `bilan-fast-${i}-table`)).rows;
    const sorted = (list) => [...list].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    assert.deepEqual(sorted(rows), sorted(promotion.rows), `${year} ${promotion.title}`);
    // fast.json itself: the laureates of this promotion and their amounts.
    const number = fastJson.promotions.find((p) => p.title === promotion.title).promotion;
    const awards = fastJson.awards.filter((a) => a.promotion === number);
    assert.equal(rows.length, awards.length);
    assert.equal(rows.reduce((sum, r) => sum + digits(r[2]), 0), awards.reduce((sum, a) => sum + a.amount_eur, 0));
  }
  const ofYear = fastJson.awards.filter((a) => fastJson.promotions.find((p) => p.promotion === a.promotion)?.month.startsWith(`${year}-`));
  assert.equal(want.fast.laureates, ofYear.length);
  assert.equal(want.fast.amount, ofYear.reduce((sum, a) => sum + a.amount_eur, 0));
  if (want.fast.laureates > 0) {
    assert.ok(summary.includes(plain(`${new Intl.NumberFormat("fr-FR").format(want.fast.amount)} € pour ${want.fast.laureates} lauréats`)), summary);
  } else if (want.fast.unpublished.length) {
    assert.match(summary, /ne sont pas publiés dans les données/);
  } else {
    assert.equal(summary, `Aucune promotion FAST en ${year}.`);
  }

  // 7. Transparency of the counted services.
  const transparency = (await shownTable(page, "bilan-transparence-table")).rows.map((r) => digits(r[1]));
  const t = want.transparency;
  assert.deepEqual(transparency, [t.total, t.stats, t.budget, t.impact, t.repository, t.accessibility.totalement,
    t.accessibility.partiellement, t.accessibility["non-conforme"], t.accessibility["non-renseigne"]]);
  return want;
}

export default [
  {
    name: "bilan 2023: every figure of the état des lieux, incubators, network, launches, FAST and transparency equals the oracle's",
    async run({ page, base }) {
      const want = await checkEveryFigure(page, base, 2023);
      assert.equal(want.fast.promotions.length, 2, "2023 has two promotions with laureates");
    },
  },
  {
    name: "bilan 2024 and 2020 (promotions without published laureates): every figure equals the oracle's",
    async run({ page, base }) {
      await checkEveryFigure(page, base, 2024);
      const want = await checkEveryFigure(page, base, 2020);
      assert.ok(want.fast.unpublished.length > 0);
    },
  },
  {
    name: "the bilan's year is its URL: the last year over by default, a bad one said and replaced, another chosen",
    async run({ page, base }) {
      const years = bilanYears(data, todayIso(), source.published);
      const last = years.at(-1);
      await openBilan(page, base);
      assert.match(plain(await page.locator("h1").innerText()), new RegExp(`^Bilan ${last} :`));
      assert.equal(await page.locator("#bilan-annee").inputValue(), String(last));
      assert.deepEqual(await page.locator("#bilan-annee option").evaluateAll((o) => o.map((x) => Number(x.value))), [...years].reverse());
      assert.equal(await page.getByTestId("ignored-params").count(), 0);
      const description = () => page.locator('meta[name="description"]').getAttribute("content");
      assert.match(await description(), new RegExp(`bilan ${last}`));

      for (const bad of [String(last + 1), "1999", "deux"]) {
        await openBilan(page, base, `?annee=${bad}`);
        assert.match(plain(await page.getByTestId("ignored-params").innerText()), new RegExp(`année « ${bad} » .*: bilan ${last} affiché`));
        assert.match(plain(await page.locator("h1").innerText()), new RegExp(`^Bilan ${last} :`));
      }

      await openBilan(page, base, "?annee=2023");
      await page.selectOption("#bilan-annee", "2021");
      await page.waitForURL((url) => url.searchParams.get("annee") === "2021");
      await page.waitForFunction(() => /^Bilan 2021/.test(document.querySelector("h1").textContent));
      assert.match(await page.title(), /^Bilan 2021 \(état des lieux au 1er janvier 2022\)/);
      assert.match(await description(), /bilan 2021/);
      await page.goBack();
      await page.waitForFunction(() => /^Bilan 2023/.test(document.querySelector("h1").textContent));
      // The explorer at the same year.
      const explore = page.getByRole("link", { name: "Explorer les chiffres de 2023" });
      assert.equal(new URL(await explore.evaluate((a) => a.href)).search, "?annee=2023");
    },
  },
  {
    name: "the bilan warns, in text before its year list, that choosing a year replaces the page by that year's bilan at another address (RGAA 7.4)",
    async run({ page, base }) {
      await openBilan(page, base, "?annee=2023");
      const select = page.getByRole("combobox", { name: "Année" });
      const before = await select.evaluate((field) => {
        // The text a reader meets before the list, in the order of the code, from the page's heading.
        const main = field.closest("main");
        const range = document.createRange();
        range.setStart(main, 0);
        range.setEndBefore(field);
        return range.toString().replace(/[\u00a0\u202f\s]+/g, " ");
      });
      // Choosing another year does what the text says: another address, another bilan.
      await select.selectOption("2022");
      await page.waitForURL(/annee=2022/);
      await page.waitForFunction(() => document.querySelector("main h1").textContent.includes("2022"));
      // (Said of the page, not of the list by its name: the sentence is printed, the list is not.)
      const sentence = before.split(/(?<=\.)\s?/).find((s) => /\bchoisir\b/i.test(s));
      assert.ok(sentence, `a sentence before the list says what choosing a year does: « ${before.slice(-300)} »`);
      assert.match(sentence, /\bbilan\b/i);
      assert.match(sentence, /\badresse\b/i);
      assert.match(sentence, /aussitôt/i);
    },
  },
  {
    name: "the explorer links to the bilan of the year chosen (a year over only), the footer to the bilan",
    async run({ page, base }) {
      await page.goto(`${base}?annee=2023`);
      const link = page.getByRole("link", { name: "Bilan de l'année 2023" });
      await link.waitFor();
      await link.click();
      await page.waitForURL(/\/bilan\?annee=2023$/);
      // A link to another module loads a new page: wait for its app to replace the first view,
      // whose chart has the same place (two charts match while both are there).
      await takenOver(page);
      await page.locator("#bilan-transparence .chart-svg__screen svg").waitFor();
      assert.match(plain(await page.locator("h1").innerText()), /^Bilan 2023 : état des lieux au 1er janvier 2024$/);
      // With the data it reads: the explorer's source goes along.
      await page.goto(`${base}?annee=2022&source=data/tableau-de-bord.json`);
      assert.equal(new URL(await page.getByTestId("bilan-link").evaluate((a) => a.href)).search, "?annee=2022&source=data%2Ftableau-de-bord.json");
      await page.goto(`${base}?annee=${new Date().getFullYear()}`);
      await page.locator('[data-figure="total"]').waitFor();
      assert.equal(await page.getByTestId("bilan-link").count(), 0, "no bilan for a year not over");
      await page.goto(base);
      await page.locator('[data-figure="total"]').waitFor();
      assert.equal(await page.getByTestId("bilan-link").count(), 0, "no year chosen");
      const footer = page.locator("footer").getByRole("link", { name: "Bilan annuel" });
      await footer.click();
      await page.waitForURL(/\/bilan$/);
      await takenOver(page);
      await page.locator("#bilan-transparence .chart-svg__screen svg").waitFor();
    },
  },
  {
    name: "axe with best practices: the bilan has no violation, phone and desktop, light and dark; its controls in keyboard order",
    async run({ page, base }) {
      for (const viewport of [{ width: 375, height: 800 }, { width: 1280, height: 800 }]) {
        for (const colorScheme of ["light", "dark"]) {
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme });
          await openBilan(page, base, "?annee=2023");
          assert.equal(await page.locator("html").getAttribute("data-fr-theme"), colorScheme);
          assert.deepEqual(await violations(page), [], `${viewport.width}px ${colorScheme}`);
        }
      }
      // From the year select, Tab reaches the print button then the explorer's link.
      await page.locator("#bilan-annee").focus();
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Imprimer ou enregistrer en PDF");
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Explorer les chiffres de 2023");
      // Each table scrolls in a named region the keyboard reaches.
      const regions = await page.locator(".bilan .table-wrap[role=region][tabindex='0']").count();
      assert.equal(regions, await page.locator(".bilan table").count());
    },
  },
  {
    name: "at 320 px, and at 375 px with 200 % text, the bilan does not scroll sideways, nothing is cut, chart text grows with the text",
    async run({ page, base }) {
      for (const [viewport, zoom] of [[{ width: 320, height: 256 }, 1], [{ width: 375, height: 800 }, 2]]) {
        await page.setViewportSize(viewport);
        if (zoom === 2) {
          await page.addInitScript(() => {
            document.addEventListener("DOMContentLoaded", () => { document.documentElement.style.fontSize = "200%"; });
          });
        }
        await openBilan(page, base, "?annee=2023");
        const where = `${viewport.width}px, text ×${zoom}`;
        assert.ok((await horizontalOverflow(page)) <= 0, `${where}: sideways scroll`);
        const cut = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          return [...document.querySelectorAll(".bilan button, .bilan a, .bilan select, .bilan h1, .bilan h2, .bilan h3, .bilan p, .bilan dd, .bilan dt")]
            .filter((e) => !e.closest(".table-wrap") && e.getClientRects().length && e.getBoundingClientRect().right > width + 0.5)
            .map((e) => `${e.tagName} "${e.textContent.trim().slice(0, 30)}"`);
        });
        assert.deepEqual(cut, [], `${where}: cut at the right edge`);
        // The chart is laid out for its box's width divided by the text's zoom (never below the
        // charts' least width, 200 px), then shown at the box's width: its text grows with the page's.
        const [box, drawn] = await page.locator("#bilan-incubateurs .chart-svg__screen").evaluate((e) =>
          [e.clientWidth, Number(e.querySelector("svg").getAttribute("width"))]);
        assert.ok(Math.abs(drawn - Math.max(200, box / zoom)) <= 1, `${where}: drawn ${drawn} for a box of ${box}`);
        if (zoom > 1) assert.ok(box / drawn > 1.5, `${where}: chart text ${(box / drawn).toFixed(2)} times larger`);
      }
    },
  },
  {
    name: "in forced colours the bilan's charts keep their colours and its controls their borders",
    async run({ page, base }) {
      await page.emulateMedia({ forcedColors: "active" });
      await openBilan(page, base, "?annee=2023");
      const fills = await page.locator("#bilan-incubateurs .chart-svg__screen svg rect").evaluateAll((rects) =>
        new Set(rects.map((r) => getComputedStyle(r).fill)).size);
      assert.ok(fills >= 4, `${fills} colours in the chart`);
      for (const selector of [".bilan__print", "#bilan-annee"]) {
        const width = await page.locator(selector).evaluate((e) => parseFloat(getComputedStyle(e).borderTopWidth) || parseFloat(getComputedStyle(e).outlineWidth));
        assert.ok(width >= 1, `${selector} has a border`);
      }
    },
  },
  {
    name: "the bilan in Chromium's accessibility tree: one level-1 heading, a level-2 per section, named controls, charts as images with their alternative, tables named",
    async run({ page, context, base }) {
      for (const viewport of [{ width: 375, height: 800 }, { width: 1280, height: 800 }]) {
        await page.setViewportSize(viewport);
        await openBilan(page, base, "?annee=2023");
        const cdp = await context.newCDPSession(page);
        const { nodes } = await cdp.send("Accessibility.getFullAXTree");
        const tabIndex = async (node) => {
          const { object } = await cdp.send("DOM.resolveNode", { backendNodeId: node.backendDOMNodeId });
          const { result } = await cdp.send("Runtime.callFunctionOn", { objectId: object.objectId, returnByValue: true, functionDeclaration: "function () { return this.tabIndex; }" });
          return result.value;
        };
        const live = nodes.filter((n) => !n.ignored);
        const prop = (n, name) => n.properties?.find((p) => p.name === name)?.value?.value;
        const named = (role) => live.filter((n) => n.role?.value === role).map((n) => plain(n.name?.value ?? ""));
        const headings = live.filter((n) => n.role?.value === "heading").map((n) => [prop(n, "level"), plain(n.name?.value ?? "")]);
        const where = `${viewport.width}px`;
        assert.deepEqual(headings.filter(([level]) => level === 1), [[1, "Bilan 2023 : état des lieux au 1er janvier 2024"]], where);
        assert.deepEqual(headings.filter(([level]) => level === 2).map(([, name]) => name), [
          "État des lieux au 1er janvier 2024", "Répartition des services par incubateur (hors investigations)", "Le réseau",
          "Les services lancés en 2023", "Le FAST en 2023", "Transparence",
        ], where);
        assert.ok(headings.filter(([level]) => level === 3).length === 2, `${where}: a level-3 heading per promotion`);
        assert.ok(named("combobox").includes("Année"), `${where}: the year list`);
        assert.ok(named("button").includes("Imprimer ou enregistrer en PDF"), where);
        assert.ok(named("link").includes("Explorer les chiffres de 2023"), where);
        assert.ok(named("form").includes("Choisir l'année et imprimer"), `${where}: the controls' landmark`);
        const images = named("image").filter((n) => n.startsWith("Graphique en barres"));
        assert.deepEqual(images.map((n) => n.match(/« (.*) »/)[1]), ["Services par incubateur", "Transparence des services"], where);
        // A chart's drawing is not read apart from its alternative.
        assert.equal(live.filter((n) => n.role?.value === "SvgRoot").length, 0, `${where}: the SVG drawings are hidden`);
        const tables = named("table");
        assert.equal(tables.length, await page.locator(".bilan table").count(), where);
        assert.ok(tables.every((t) => t.length > 10), `${where}: every table named by its caption: ${tables.join(" | ")}`);
        // Every stop of the tab order is a control or a scrolling region, and has a name.
        let stops = 0;
        for (const n of live.filter((n) => prop(n, "focusable") && n.backendDOMNodeId !== undefined && n.role?.value !== "RootWebArea")) {
          if ((await tabIndex(n)) < 0) continue;
          stops += 1;
          assert.ok(["link", "button", "combobox", "region"].includes(n.role?.value), `${where}: a ${n.role?.value} in the tab order`);
          assert.ok(plain(n.name?.value ?? ""), `${where}: a ${n.role?.value} in the tab order without a name`);
        }
        assert.ok(stops >= 10, `${where}: ${stops} tab stops`);
        await cdp.detach();
      }
    },
  },
  {
    name: "bilan 2023 printed to an A4 PDF: every section and key figure, a numbered footer on every page, the header repeated, no control, nothing cut at a page's edge, light on paper",
    async run({ page, base }) {
      const want = bilan(data, 2023, todayIso());
      // Printed from the dark theme: paper is light all the same.
      await page.emulateMedia({ colorScheme: "dark" });
      await openBilan(page, base, "?annee=2023");
      await page.evaluate(() => document.fonts.ready);
      // What must appear whole on one page: each table row, each chart's labels (read from the DOM).
      const rows = await page.locator(".bilan table tbody tr").evaluateAll((trs) =>
        trs.map((tr) => [...tr.cells].map((c) => (c.querySelector('[aria-hidden="true"]') ?? c).textContent.trim())));
      const charts = await page.locator(".chart-svg__paper svg").evaluateAll((svgs) =>
        svgs.map((svg) => [...svg.querySelectorAll("text")].map((t) => t.textContent.trim()).filter((t) => t.length >= 4)));
      const headers = await page.locator(".bilan table").evaluateAll((tables) =>
        tables.map((t) => ({ columns: [...t.tHead.rows[0].cells].map((c) => c.textContent.trim()), rows: t.tBodies[0].rows.length })));

      const dir = mkdtempSync(join(tmpdir(), "bilan-pdf-"));
      try {
        const pdf = join(dir, "bilan.pdf");
        writeFileSync(pdf, await page.pdf({ format: "A4" }));
        // Back on screen, the theme is the screen's again.
        assert.equal(await page.locator("html").getAttribute("data-fr-theme"), "dark");
        const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
        const count = Number(info.match(/^Pages:\s+(\d+)/m)[1]);
        assert.match(info, /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)|Page size:\s+595\.\d+ x 842\.\d+ pts/);
        // Each page's text in the order it is drawn (-raw): a table cell's lines, a figure's tile, in turn.
        const pages = [];
        for (let i = 1; i <= count; i++) {
          pages.push(execFileSync("pdftotext", ["-f", String(i), "-l", String(i), "-raw", pdf, "-"], { encoding: "utf8" }));
        }
        const raw = pages;
        const all = plain(pages.join("\n"));
        // Compared without white space (the PDF's text has no glyph for the narrow no-break spaces
        // between groups of digits, and line breaks move) nor emoji (drawn, where a font has them,
        // as images).
        const squeeze = (text) => String(text).replace(/[\s\u00a0\u202f]+|\p{Extended_Pictographic}|\uFE0F/gu, "");
        const allSqueezed = squeeze(all);

        // Every section's title and key figures.
        for (const title of [want.title, "État des lieux au 1er janvier 2024", "Répartition des services par incubateur (hors investigations)",
          "Le réseau", "Les services lancés en 2023", "Le FAST en 2023", "Transparence"]) {
          assert.ok(allSqueezed.includes(squeeze(title)), `title ${title}`);
        }
        const n = (value) => plain(new Intl.NumberFormat("fr-FR").format(value));
        for (const figure of [`${n(want.state.investigations[1])} Investigations en cours`, `${n(want.state.counted[1])} Services en cours`,
          `${n(want.network.count)} incubateurs portent`, `${n(want.launches.launched)} services lancés en 2023, dont ${n(want.launches.active)} encore actifs`,
          `${n(want.fast.amount)} € pour ${n(want.fast.laureates)} lauréats`, `Sur ${n(want.transparency.total)} services`]) {
          assert.ok(allSqueezed.includes(squeeze(figure)), `figure ${figure}`);
        }
        // A footer with the source, the date and the page's number on every page; the State's
        // header on every page (the page's own on the first, its margin's on the others).
        pages.forEach((text, i) => {
          const p = plain(text);
          assert.ok(p.includes(plain(`Bilan 2023 de beta.gouv.fr · Source : beta.gouv.fr, données du 20 août 2026`)), `page ${i + 1}: footer`);
          assert.ok(p.includes(`Page ${i + 1} sur ${count}`), `page ${i + 1}: its number`);
          assert.match(p, /RÉPUBLIQUE FRANÇAISE/i, `page ${i + 1}: the block-mark`);
          assert.ok(p.includes("Tableau de bord de beta.gouv.fr"), `page ${i + 1}: the service's name`);
        });
        // No control, no navigation.
        for (const control of ["Imprimer ou enregistrer en PDF", "Année", "Explorer les chiffres", "Thème sombre", "Aller au contenu", "Mode présentation"]) {
          assert.ok(!all.includes(control), `no « ${control} » on paper`);
        }
        // Nothing cut: each table row, and each chart's labels, on one page (compared without any
        // white space, which line breaks move).
        const squeezed = raw.map(squeeze);
        const pageOf = (texts, what) => {
          const found = squeezed.map((p, i) => (texts.every((t) => p.includes(squeeze(t))) ? i : -1)).filter((i) => i >= 0);
          assert.ok(found.length > 0, `${what} is not whole on any page: ${JSON.stringify(texts).slice(0, 200)}`);
          return found[0];
        };
        const rowPages = rows.map((cells, i) => pageOf(cells.filter((c) => c !== "–"), `table row ${i + 1}`));
        charts.forEach((labels, i) => pageOf(labels, `chart ${i + 1}`));
        // A table's header row on every page its rows are on (the list of launches spans several).
        let at = 0;
        let spanning = 0;
        for (const table of headers) {
          const on = new Set(rowPages.slice(at, at + table.rows));
          at += table.rows;
          spanning += on.size > 1 ? 1 : 0;
          for (const index of on) {
            assert.ok(table.columns.every((c) => squeezed[index].includes(squeeze(c))), `header ${table.columns[0]} on page ${index + 1}`);
          }
        }
        assert.ok(spanning >= 1, "a table runs over pages");
        // Light on paper, though the screen is dark: every page is mostly white.
        execFileSync("pdftoppm", ["-gray", "-r", "12", pdf, join(dir, "page")]);
        for (let i = 1; i <= count; i++) {
          const file = join(dir, `page-${String(i).padStart(String(count).length, "0")}.pgm`);
          const bytes = readFileSync(file);
          // P5 (binary grey): three header lines, then one byte per pixel.
          let offset = 0;
          for (let lines = 0; lines < 3; offset++) if (bytes[offset] === 0x0a) lines++;
          const pixels = bytes.subarray(offset);
          const mean = pixels.reduce((sum, v) => sum + v, 0) / pixels.length;
          assert.ok(mean > 200, `page ${i} is light: mean grey ${mean.toFixed(0)}`);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
