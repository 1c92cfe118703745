// What the page says of a change: a filter's change is announced once (one status region of the
// page changes, the results count), a search in the list once too (its own status).
import assert from "node:assert/strict";
import { shownFigures } from "./helpers.mjs";

/** Records, from now on, each text a live region of the page takes (role status, alert or log,
 * or aria-live other than off), as a screen reader would hear it. */
async function listenToLiveRegions(page) {
  await page.evaluate(() => {
    window.liveObserver?.disconnect();
    window.announced = [];
    const live = (e) => e.nodeType === 1 && (["status", "alert", "log"].includes(e.getAttribute("role"))
      || (e.hasAttribute("aria-live") && e.getAttribute("aria-live") !== "off"));
    const regionOf = (node) => {
      for (let e = node.nodeType === 1 ? node : node.parentElement; e; e = e.parentElement) if (live(e)) return e;
      return null;
    };
    const last = new Map();
    for (const e of document.querySelectorAll("*")) if (live(e)) last.set(e, e.textContent.trim());
    window.liveObserver = new MutationObserver((records) => {
      for (const region of new Set(records.map((r) => regionOf(r.target)).filter(Boolean))) {
        const text = region.textContent.trim();
        if (text && text !== last.get(region)) window.announced.push({ region: region.dataset.testid ?? region.id ?? region.className, text });
        last.set(region, text);
      }
    });
    window.liveObserver.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** What was announced once the page has settled (two frames, then a task: the list comes after). */
async function announced(page) {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    window.liveObserver.takeRecords();
    return window.announced;
  });
}

export default [
  {
    name: "filter announcements: ticking a filter is announced once, by the count of results; a search in the list once, by the list",
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      await page.waitForFunction(() => document.querySelector(".services table"));
      // (Folded, when the phase filter is.)
      if (await page.locator("#filtre-phase-groupe").count()) await page.locator("#filtre-phase-groupe > summary").click();
      await listenToLiveRegions(page);
      await page.locator("label[for=phase-construction]").click();
      await page.waitForFunction(() => new URL(location.href).searchParams.get("phase") === "construction");
      await page.waitForFunction(() => /^\d/.test(document.querySelector('[data-testid="services-count"]').textContent)
        && document.querySelector('[data-testid="services-count"]').textContent.replace(/\D/g, "") === document.querySelector('[data-testid="matching"] strong').textContent.replace(/\D/g, ""));
      const once = await announced(page);
      assert.equal(once.length, 1, JSON.stringify(once));
      assert.equal(once[0].region, "matching");

      await listenToLiveRegions(page);
      await page.locator("#services-recherche").fill("a");
      await page.waitForFunction(() => new URL(location.href).searchParams.get("recherche") === "a");
      const search = await announced(page);
      assert.equal(search.length, 1, JSON.stringify(search));
      assert.match(search[0].text, /services? sur/);
    },
  },
];
