// The RGAA audit (issue 18): the statement (/accessibilite) and the footer say what the served
// grid (accessibilite/grille-rgaa.csv) gives, computed here from the file itself; and Chromium's
// accessibility tree, read over the DevTools protocol, names every control of the sample pages
// with a valid role and state.
import assert from "node:assert/strict";
import { openFilters } from "./filter-panel.mjs";
import { readFile } from "node:fs/promises";
import { drawnCharts, shownFigures, violations } from "./helpers.mjs";

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

const INTERACTIVE = new Set([
  "button", "link", "checkbox", "radio", "combobox", "textbox", "searchbox", "slider", "spinbutton", "tab",
  "switch", "menuitem", "menuitemcheckbox", "menuitemradio", "option", "listbox", "dialog", "alertdialog", "Iframe",
  "DisclosureTriangle",
]);
/** Roles a control in the tab order may have: the interactive ones, and a named scrolling
 * region (a wide table's). */
const TABBABLE = new Set([...INTERACTIVE, "region"]);

/** The controls of the page as Chromium's accessibility tree exposes them: role, name, states,
 * and from the DOM the tab index, a link's target and the named block it lies in. */
async function controls(page, context) {
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const prop = (node, name) => node.properties?.find((p) => p.name === name)?.value?.value;
  const found = [];
  for (const node of nodes) {
    const role = node.role?.value;
    if (node.ignored || role === "RootWebArea" || node.backendDOMNodeId === undefined) continue;
    if (!INTERACTIVE.has(role) && !prop(node, "focusable")) continue;
    const { object } = await cdp.send("DOM.resolveNode", { backendNodeId: node.backendDOMNodeId });
    const { result } = await cdp.send("Runtime.callFunctionOn", {
      objectId: object.objectId, returnByValue: true,
      functionDeclaration: `function () {
        const block = this.parentElement?.closest("section, nav, aside, header, footer, dialog, fieldset, table, [role=region], [role=group]");
        const named = block && (block.getAttribute("aria-label")
          || block.getAttribute("aria-labelledby")?.split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ")
          || block.querySelector("legend, caption")?.textContent || block.tagName);
        return { tabIndex: this.tabIndex, href: this.href ?? null, block: (named ?? "").trim(), disabled: this.matches?.(":disabled") ?? false };
      }`,
    });
    found.push({
      role, name: (node.name?.value ?? "").trim(), checked: prop(node, "checked"), focusable: prop(node, "focusable"),
      ...result.value,
    });
  }
  await cdp.detach();
  return found;
}

/** The checks on one page's controls; `where` names the page in messages. */
function checkControls(list, where) {
  assert.ok(list.length > 0, `${where}: no control found`);
  for (const c of list) {
    const what = `${where}: ${c.role} "${c.name}"`;
    if (INTERACTIVE.has(c.role) && c.role !== "option") assert.ok(c.name, `${what}: a control without a name`);
    if (c.focusable && c.tabIndex >= 0 && !c.disabled) {
      assert.ok(TABBABLE.has(c.role), `${what}: in the tab order with the role ${c.role}`);
      assert.ok(c.name, `${what}: in the tab order without a name`);
    }
    if (["checkbox", "radio", "menuitemcheckbox", "switch"].includes(c.role)) {
      assert.ok(["true", "false", "mixed"].includes(String(c.checked)), `${what}: no checked state (${c.checked})`);
    }
  }
  // Two links of the same name lead to the same place, unless the named blocks they lie in tell
  // them apart; two buttons of the same name never share a block.
  const seen = new Map();
  for (const c of list.filter((c) => c.role === "link" || c.role === "button")) {
    const key = `${c.role}\u0000${c.name}\u0000${c.block}`;
    const target = c.role === "link" ? c.href : "";
    if (seen.has(key)) {
      assert.equal(c.role, "link", `${where}: two buttons "${c.name}" in the same block "${c.block}"`);
      assert.equal(target, seen.get(key), `${where}: two links "${c.name}" in "${c.block}" lead to different places`);
    }
    seen.set(key, target);
  }
}

async function showAllTables(page) {
  for (const button of await page.locator(".chart-panel__actions button", { hasText: "Vue tableau" }).all()) {
    if ((await button.getAttribute("aria-pressed")) !== "true") await button.click();
  }
}

export default [
  {
    name: "audit: the statement and the footer give the level and the rate of the served grid, whose link downloads it",
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
    name: "audit: on each sample page every control has a name, a valid role and its state, and same names lead to the same place",
    async run({ page, context, base }) {
      const check = async (where) => {
        checkControls(await controls(page, context), where);
      };
      for (const viewport of [{ width: 375, height: 800 }, { width: 1280, height: 800 }]) {
        await page.setViewportSize(viewport);
        const at = (name) => `${name} at ${viewport.width}px`;

        await page.goto(base);
        await shownFigures(page);
        await drawnCharts(page, 3);
        await check(at("the explorer"));
        await openFilters(page);
        await showAllTables(page);
        await check(at("the explorer, filters open and tables shown"));
        const list = await controls(page, context);
        assert.ok(list.filter((c) => c.role === "checkbox").length >= 20, "the filters' checkboxes are in the tree");
        assert.ok(list.some((c) => c.role === "combobox" && c.name === "Année"), "the year list");

        await page.goto(`${base}?annee=2023&phase=construction,acceleration`);
        await shownFigures(page);
        await openFilters(page);
        await check(at("the filtered explorer"));
        const ticked = (await controls(page, context)).filter((c) => c.role === "checkbox" && c.checked === "true").map((c) => c.name);
        assert.ok(ticked.some((n) => n.startsWith("Construction")) && ticked.some((n) => n.startsWith("Accélération")), `ticked: ${ticked}`);

        await page.locator("#graphique-incubateurs button", { hasText: "Intégrer" }).click();
        await page.locator("dialog[open] iframe").waitFor();
        const inDialog = await controls(page, context);
        checkControls(inDialog, at("the Intégrer dialog"));
        assert.ok(inDialog.some((c) => c.role === "dialog" && c.name.includes("Services par incubateur")), "the dialog is named");
        assert.ok(inDialog.some((c) => c.role === "Iframe" && c.name.includes("Services par incubateur")), "the preview frame has its title");
        await page.keyboard.press("Escape");

        await page.goto(`${base}embed/incubateurs`);
        await drawnCharts(page, 1);
        await check(at("the embed"));

        await page.goto(`${base}presentation`);
        await shownFigures(page);
        await check(at("the presentation"));

        await page.goto(`${base}accessibilite`);
        await page.getByTestId("grille").waitFor();
        await check(at("the statement"));
      }
    },
  },
  {
    name: "audit: the error shown for a broken data file has named controls and an alert",
    expectConsoleErrors: true,
    async run({ page, context, base }) {
      await page.route("**/tableau-de-bord.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: '{"format": 1, "services": [' }));
      for (const viewport of [{ width: 375, height: 800 }, { width: 1280, height: 800 }]) {
        await page.setViewportSize(viewport);
        await page.goto(base);
        await page.getByRole("alert").waitFor();
        const list = await controls(page, context);
        checkControls(list, `the error at ${viewport.width}px`);
        assert.ok(list.some((c) => c.role === "button" && c.name === "Réessayer"), "Réessayer");
      }
    },
  },
];
