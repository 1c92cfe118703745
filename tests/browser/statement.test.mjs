// The accessibility statement (/accessibilite) as the RGAA's model asks it: the level and the
// rate it and the footer give are those of the served audit grid (accessibilite/grille-rgaa.csv),
// computed here from the file itself, which its link downloads; its sections, a contact address
// (the one beta.gouv.fr publishes for itself), the multi-year plan and the year's action plan; a
// link to it from every page of the site: the explorer and any other page (footer), the
// presentation (its bar), each embed (its source line). (What its 10.14 rests on, the skip links
// shown at keyboard focus, is checked in skip-links.test.mjs.)
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { publishedDir, shownFigures, takenOver, violations } from "./helpers.mjs";

const GRID = "accessibilite/grille-rgaa.csv";
const COLUMNS = ["critère", "thématique", "statut", "pages", "justification"];
const STATUSES = ["conforme", "non conforme", "non applicable"];
/** The RGAA 4.1's thématiques and their numbers of criteria. */
const TOPICS = [9, 2, 3, 13, 8, 2, 5, 10, 4, 14, 13, 11, 12];

/** The records of a `;`-separated CSV, fields in double quotes when they need them. */
function parseCsv(text) {
  const records = [];
  let record = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ";") { record.push(field); field = ""; }
    else if (c === "\n") { record.push(field); records.push(record); record = []; field = ""; }
    else if (c !== "\r") field += c;
  }
  if (field || record.length) { record.push(field); records.push(record); }
  return records;
}

/** What the statement must show of a grid: counts, rate (C / (C + NC)) and level. */
function audit(text) {
  assert.ok(text.startsWith("\uFEFF"), "UTF-8 with a byte order mark, as the other CSV downloads");
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ""));
  assert.deepEqual(header, COLUMNS, "the grid's columns");
  assert.equal(rows.length, 106, "one line per criterion of the RGAA 4.1");
  const labels = new Set(rows.map((r) => r[0]));
  const expected = TOPICS.flatMap((count, t) => Array.from({ length: count }, (_, c) => `${t + 1}.${c + 1}`));
  assert.deepEqual([...labels], expected, "each criterion once, in order");
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  for (const row of rows) {
    assert.equal(row.length, 5, `criterion ${row[0]}: five fields`);
    assert.ok(STATUSES.includes(row[2]), `criterion ${row[0]}: status ${row[2]}`);
    assert.ok(row[3].trim() && row[4].trim().length >= 40, `criterion ${row[0]}: pages and a justification`);
    counts[row[2]] += 1;
  }
  const met = counts.conforme, notMet = counts["non conforme"];
  const rate = (100 * met) / (met + notMet);
  const level = notMet === 0 ? "totalement conforme" : rate >= 50 ? "partiellement conforme" : "non conforme";
  const tenths = Math.round(rate * 10);
  const percent = `${tenths % 10 === 0 ? tenths / 10 : `${Math.floor(tenths / 10)},${tenths % 10}`}\u00a0%`;
  return { rows, counts, rate, level, percent };
}

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
    name: "statement: it and the footer give the level and the rate of the served grid, whose link downloads it",
    async run({ page, base }) {
      const response = await page.request.get(base + GRID);
      assert.equal(response.status(), 200);
      assert.match(response.headers()["content-type"], /^text\/csv/);
      const served = await response.text();
      const expected = audit(served);

      for (const viewport of [{ width: 375, height: 800 }, { width: 1280, height: 800 }]) {
        for (const colorScheme of ["light", "dark"]) {
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme });
          await page.goto(`${base}accessibilite`);
          await page.locator("h1", { hasText: "Déclaration d'accessibilité" }).waitFor();
          const where = `${viewport.width}px ${colorScheme}`;
          assert.deepEqual(await violations(page), [], where);
          // The statement's own content fits the width (the wide table scrolls in its region).
          const main = await page.locator("main").evaluate((m) => [m.scrollWidth, m.clientWidth]);
          assert.ok(main[0] <= main[1], `${where}: the statement is ${main[0]} px wide in ${main[1]} px`);
        }
      }
      const main = page.locator("main");
      const status = await page.getByTestId("niveau").innerText();
      assert.match(status, new RegExp(`est ${expected.level} avec le référentiel général d'amélioration de l'accessibilité`));
      assert.ok((await page.getByTestId("taux").innerText()).includes(`${expected.percent} des critères`), `rate ${expected.percent}`);
      const text = await main.innerText();
      const count = (n, words) => `${n} ${n <= 1 ? words[0] : words[1]}`;
      assert.ok(text.includes(count(expected.counts.conforme, ["critère conforme", "critères conformes"])), "count of conformes");
      assert.ok(text.includes(count(expected.counts["non conforme"], ["critère non conforme", "critères non conformes"])), "count of non conformes");
      assert.ok(text.includes(count(expected.counts["non applicable"], ["critère non applicable", "critères non applicables"])), "count of non applicables");
      // The table by thématique adds up to the grid.
      const total = await page.locator("table tfoot td").allInnerTexts();
      assert.deepEqual(total.map(Number), [106, expected.counts.conforme, expected.counts["non conforme"], expected.counts["non applicable"]]);
      assert.equal(await page.locator("table tbody tr").count(), 13);
      // Every criterion not met is listed; "Aucune." when none.
      const notMet = expected.rows.filter((r) => r[2] === "non conforme").map((r) => r[0]);
      assert.deepEqual(await page.locator("li[data-critere]").evaluateAll((items) => items.map((li) => li.dataset.critere)), notMet);
      // The sections of the RGAA's model.
      const headings = await page.locator("main h2").allInnerTexts();
      for (const section of ["État de conformité", "Résultats des tests", "Contenus non accessibles",
        "Établissement de cette déclaration d'accessibilité", "Retour d'information et contact", "Voies de recours"]) {
        assert.ok(headings.includes(section), `section ${section}: ${headings}`);
      }

      // The link says its format and size, and downloads the grid as served.
      const link = page.getByTestId("grille");
      const kilobytes = Math.max(1, Math.ceil(Buffer.byteLength(served) / 1000));
      assert.match(await link.innerText(), new RegExp(`Télécharger la grille d'audit RGAA \\(CSV, ${kilobytes}\\s?ko\\)`));
      assert.equal(new URL(await link.evaluate((a) => a.href)).pathname, `/${GRID}`);
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      assert.equal(download.suggestedFilename(), "grille-rgaa.csv");
      const downloaded = await readFile(await download.path(), "utf8");
      assert.equal(downloaded, served);
      assert.equal(audit(downloaded).rows.length, 106, "106 criteria in the downloaded grid");

      // The footer says the same level, here and on the explorer.
      const footer = `Accessibilité\u00a0: ${expected.level}`;
      assert.equal((await page.locator("footer a[href='accessibilite']").innerText()).trim(), footer);
      await page.goto(base);
      await shownFigures(page);
      assert.equal((await page.locator("footer a[href='accessibilite']").innerText()).trim(), footer);
    },
  },
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
    name: "statement: the footer states the accessibility status and links to the statement, which has no axe violation",
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      // The level itself is the audit grid's (this suite's first test checks it against the served grid).
      const link = page.locator("footer a", { hasText: /Accessibilité\s*:\s*(totalement|partiellement|non) conforme/ });
      await link.click();
      await page.waitForURL(/accessibilite$/);
      await takenOver(page); // another module's page: its app replaces the first view
      await page.locator("h1", { hasText: "Déclaration d'accessibilité" }).waitFor();
      assert.match(await page.title(), /Déclaration d'accessibilité/);
      assert.match(await page.locator("main").innerText(), /(totalement|partiellement|non) conforme avec le référentiel général/);
      assert.equal(await page.locator(".fr-logo").count(), 2, "the block-mark in the header and the footer");
      assert.deepEqual(await violations(page), []);
    },
  },
];
