// The "Intégrer" dialog as a reader with large text or wide spacing sees it, and as a keyboard
// user goes through it: nothing of it cut at 375 px with 200 % text nor at 320 px with the text
// spacing of WCAG 1.4.12 (RGAA 10.4, 10.11, 10.12), and the dialog itself is no tab stop, only
// its controls are.
import assert from "node:assert/strict";
import { shownFigures } from "./helpers.mjs";
import { text200, textSpacing } from "./reading.mjs";

/** Opens the "Intégrer" dialog of the ministries chart (the tab order's test). */
async function openDialog(page, base) {
  await page.goto(base);
  await shownFigures(page);
  await page.locator("#graphique-ministeres button", { hasText: /^Intégrer$/ }).click();
  await page.locator("dialog[open]").waitFor();
}

/** What of the open dialog runs past its sides: the dialog's own sideways overflow, and each
 * visible control or text whose box leaves the dialog's content box. */
function cut(page) {
  return page.evaluate(() => {
    const dialog = document.querySelector("dialog[open]");
    const box = dialog.getBoundingClientRect();
    const style = getComputedStyle(dialog);
    const left = box.left + parseFloat(style.borderLeftWidth);
    const right = box.left + dialog.clientWidth + parseFloat(style.borderLeftWidth);
    const out = [...dialog.querySelectorAll("h2, h3, p, label, button, select, textarea, iframe, input")]
      .filter((e) => e.getClientRects().length)
      .filter((e) => { const r = e.getBoundingClientRect(); return r.left < left - 0.5 || r.right > right + 0.5; })
      .map((e) => `${e.tagName} « ${e.textContent.trim().slice(0, 20)} » from ${Math.round(e.getBoundingClientRect().left)} to ${Math.round(e.getBoundingClientRect().right)} in ${Math.round(left)}–${Math.round(right)}`);
    return { overflow: dialog.scrollWidth - dialog.clientWidth, out, inWindow: box.left >= 0 && box.right <= innerWidth };
  });
}

export default [
  ...[
    ["at 375 px with 200 % text", { width: 375, height: 800 }, text200, "RGAA 10.4"],
    ["at 320 px with the text spacing of WCAG 1.4.12", { width: 320, height: 700 }, textSpacing, "RGAA 10.12"],
  ].map(([how, viewport, setting, criterion]) => ({
    name: `embed dialog: ${how} nothing of any « Intégrer » dialog is cut, « Fermer » included (${criterion})`,
    viewport,
    async run({ page, base }) {
      await setting(page);
      await page.goto(base);
      await shownFigures(page);
      const buttons = page.locator("button", { hasText: /^Intégrer$/ });
      const count = await buttons.count();
      assert.ok(count >= 6, `${count} dialogs`);
      for (let i = 0; i < count; i++) {
        await buttons.nth(i).click();
        const dialog = page.locator("dialog[open]");
        await dialog.waitFor();
        const where = await dialog.locator("h2").innerText();
        const report = await cut(page);
        assert.ok(report.overflow <= 0, `${where}: the dialog scrolls ${report.overflow}px sideways`);
        assert.deepEqual(report.out, [], `${where}: cut by the dialog's sides`);
        assert.ok(report.inWindow, `${where}: the dialog within the window`);
        // "Fermer" whole, and the topmost thing at its centre.
        const close = dialog.getByRole("button", { name: "Fermer" });
        const whole = await close.evaluate((button) => {
          const r = button.getBoundingClientRect();
          return button.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)) && r.right <= innerWidth && r.left >= 0;
        });
        assert.ok(whole, `${where}: « Fermer » shown whole`);
        await close.click();
        await page.waitForFunction(() => !document.querySelector("dialog[open]"));
      }
    },
  })),
  {
    name: "embed dialog: going through the « Intégrer » dialog with Tab stops on its controls, never on the dialog itself (RGAA 12.8)",
    async run({ page, base }) {
      await openDialog(page, base);
      const first = await page.evaluate(() => document.activeElement.textContent.trim());
      const stops = [];
      // Around the dialog twice (the preview's own links included), whatever its length.
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        stops.push(await page.evaluate(() => {
          const a = document.activeElement;
          return { tag: a.tagName, dialog: a.tagName === "DIALOG", name: (a.getAttribute("aria-label") ?? a.textContent).trim().slice(0, 30) };
        }));
      }
      assert.deepEqual(stops.filter((s) => s.dialog), [], `the dialog is a tab stop: ${JSON.stringify(stops)}`);
      assert.ok(stops.some((s) => s.name === first), `back to « ${first} » after its last control`);
      assert.ok(stops.some((s) => s.tag === "TEXTAREA") && stops.some((s) => s.name === "Copier le code"), JSON.stringify(stops));
    },
  },
];
