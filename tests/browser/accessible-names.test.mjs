// What assistive technology is told of the controls and pictures of the sample pages of the
// audit (the explorer, filtered, with its filters open and tables shown, the "Intégrer" dialog,
// an embed, the presentation, the statement, the error of a broken data file), at 375 and
// 1280 px: in Chromium's accessibility tree, read over the DevTools protocol, every control has a
// name, a valid role and its state; two links of one name in one block lead to the same place,
// two buttons of one name never share a block. Every chart's image has a short text alternative
// that names it and says where its values are (RGAA 1.1, 1.6). (The headings, tables and bars the
// tree exposes on load: accessibility-tree.test.mjs.)
import assert from "node:assert/strict";
import { openFilters } from "./filter-panel.mjs";
import { drawnCharts, showAllTables, shownFigures } from "./helpers.mjs";

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

export default [
  {
    name: "accessible names: every chart's image has a short text alternative that names it and says where its values are (RGAA 1.1, 1.6)",
    async run({ page, base }) {
      for (const [url, titles] of [
        ["", ["Services par incubateur", "Financement FAST par promotion", "Évolution des services par phase", "Services par ministère", "Transparence des services"]],
        ["embed/transparence", ["Transparence des services"]],
        ["presentation?diapos=incubateurs", ["Services par incubateur"]],
      ]) {
        await page.goto(`${base}${url}`);
        // (Charts far from view are drawn later; their image is named from the start.)
        await page.waitForFunction((n) => document.querySelectorAll("canvas").length >= n, titles.length);
        const canvases = await page.locator("canvas").evaluateAll((all) => all.map((c) => [c.getAttribute("role"), c.getAttribute("aria-label"), c.getAttribute("aria-hidden")]));
        assert.equal(canvases.length, titles.length, url);
        for (const title of titles) {
          const image = page.getByRole("img", { name: `Graphique en barres « ${title} »`, exact: false });
          assert.equal(await image.count(), 1, `${url}: ${title} in ${JSON.stringify(canvases)}`);
          assert.match(await image.getAttribute("aria-label"), /résumé.*tableau/);
        }
      }
    },
  },
  {
    name: "accessible names: on each sample page every control has a name, a valid role and its state, and same names lead to the same place",
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
    name: "accessible names: the error shown for a broken data file has named controls and an alert",
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
