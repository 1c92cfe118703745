// What an interaction's own frame holds (issue 25, "work only where the eye is"): a filter change
// redraws the chart on screen before that frame is painted, while what is not seen follows after
// the paint — the chart's hidden table ("Vue tableau" off, read by screen readers and
// find-in-page), and the charts far from the screen (canvas and table) — and is then up to date,
// the tables equal to the independent reading of the published files (oracle.mjs); a far chart
// comes up to date at once when scrolled near.
import assert from "node:assert/strict";
import { evolutionTable, incubatorsTable, loadPublished, todayIso } from "./oracle.mjs";
import { drawnCharts, poll, publishedDir } from "./helpers.mjs";

const published = loadPublished(publishedDir);

/** Clicks the phase checkbox `id` (a script's click, as a label forwards it) and reads, in the
 * first animation frame after it (just before that frame is painted), each panel's canvas
 * `data-draws` and table text, before and then. */
function clickAndReadFrame(page, id, panels) {
  return page.evaluate(([id, panels]) => new Promise((resolve) => {
    const read = () => Object.fromEntries(panels.map((panel) => [panel, {
      draws: document.querySelector(`#${panel} canvas`).dataset.draws,
      table: document.querySelector(`#${panel}-table`).textContent,
    }]));
    const before = read();
    document.getElementById(id).click();
    requestAnimationFrame(() => resolve({ before, frame: read() }));
  }), [id, panels]);
}

/** Waits three frames: by then the browser has said which blocks are near the screen (an
 * IntersectionObserver reports after the frame that computed it). */
function frames(page) {
  return page.evaluate(() => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    return frame().then(frame).then(frame);
  });
}

/** Scrolls `panel` to the top of the viewport; waits until the page knows it is near. */
async function scrollNear(page, panel) {
  await page.locator(`#${panel}`).evaluate((element) => element.scrollIntoView({ block: "start" }));
  await frames(page);
}

/** A chart's table as shown: rows of cell texts, as tables.test.mjs reads them. */
function shownRows(page, panel) {
  return page.locator(`#${panel}-table table`).evaluate((table) =>
    [...table.tBodies[0].rows].map((row) =>
      [...row.cells].map((cell) => (cell.querySelector('[aria-hidden="true"]') ?? cell).textContent.trim())));
}

/** The filter of the page's URL, as the oracle takes it (phases only here). */
const phasesOf = (page) => new URL(page.url()).searchParams.get("phase")?.split(",") ?? [];

export default [
  {
    name: "interaction frame: a phase click redraws the chart on screen in its own frame, its hidden table just after the paint, then equal to the published files",
    viewport: { width: 1280, height: 800 },
    async run({ page, base }) {
      await page.goto(base);
      await drawnCharts(page, 3);
      await scrollNear(page, "graphique-incubateurs");
      const { before, frame } = await clickAndReadFrame(page, "phase-investigation", ["graphique-incubateurs"]);
      const chart = "graphique-incubateurs";
      assert.notEqual(frame[chart].draws, before[chart].draws, "the chart on screen is redrawn before the frame is painted");
      assert.equal(frame[chart].table, before[chart].table, "its hidden table waits for the paint");
      await page.waitForURL(/phase=/);
      const want = incubatorsTable(published, { phases: phasesOf(page) }, todayIso());
      await poll(async () => JSON.stringify(await shownRows(page, chart)) === JSON.stringify(want.rows),
        { what: "the hidden table equal to the published files after the paint", timeout: 1000 });
    },
  },
  {
    name: "interaction frame: on a phone, a phase click leaves the far charts' canvases and tables to after the paint, and once scrolled near a chart is redrawn in the click's own frame",
    viewport: { width: 375, height: 800 },
    deviceScaleFactor: 2,
    async run({ page, base }) {
      await page.goto(base);
      await drawnCharts(page, 3);
      await frames(page);
      const far = ["graphique-evolution", "graphique-ministeres"];
      const { before, frame } = await clickAndReadFrame(page, "phase-investigation", far);
      for (const panel of far) {
        assert.equal(frame[panel].draws, before[panel].draws, `${panel}: not redrawn in the click's frame`);
        assert.equal(frame[panel].table, before[panel].table, `${panel}: its table not rewritten in the click's frame`);
      }
      const chart = "graphique-evolution";
      await poll(() => page.evaluate(([chart, before]) => Number(document.querySelector(`#${chart} canvas`).dataset.draws) > before,
        [chart, Number(before[chart].draws)]), { what: "the far chart redrawn after the paint", timeout: 1000 });
      await page.waitForURL(/phase=/);
      const want = evolutionTable(published, { phases: phasesOf(page) }, todayIso());
      await poll(async () => JSON.stringify(await shownRows(page, chart)) === JSON.stringify(want.rows),
        { what: "the far chart's table equal to the published files", timeout: 1000 });
      // Another change once the page is scrolled down to the chart: drawn in the click's own frame.
      await scrollNear(page, chart);
      const { before: again, frame: near } = await clickAndReadFrame(page, "phase-investigation", [chart]);
      assert.notEqual(near[chart].draws, again[chart].draws, "scrolled near, the chart is redrawn in the click's own frame");
    },
  },
  {
    name: "interaction frame: the icons a first tick and a first filter chip draw are built after the page's first paint, before any click (light and dark)",
    async run({ page, base }) {
      await page.goto(base);
      await drawnCharts(page, 2);
      await page.waitForFunction(() => document.documentElement.classList.contains("warm-icons"), null, { timeout: 5000 });
      const urls = (value) => [...value.matchAll(/url\("?(.*?)"?\)(?:,|$)/g)].map((m) => m[1].replace(/\\/g, ""));
      const warmed = urls(await page.evaluate(() => getComputedStyle(document.body, "::after").backgroundImage));
      assert.equal(warmed.length, 3, `three icons drawn unseen: ${warmed.map((u) => u.slice(0, 60)).join(" | ")}`);
      // The very images a tick and a chip then draw, in either theme.
      const tick = () => page.evaluate(() => getComputedStyle(document.querySelector('label[for="phase-investigation"]'), "::before").getPropertyValue("--data-uri-svg"));
      await page.evaluate(() => document.getElementById("phase-investigation").click());
      await page.waitForURL(/phase=/);
      const cross = await page.locator(".fr-tag--dismiss").first().evaluate((chip) => {
        const style = getComputedStyle(chip, "::after");
        return style.maskImage || style.webkitMaskImage;
      });
      const light = urls(await tick());
      await page.evaluate(() => document.documentElement.setAttribute("data-fr-theme", "dark"));
      const dark = urls(await tick());
      for (const [what, url] of [["the light tick", light[0]], ["the dark tick", dark[0]], ["the chip's cross", urls(cross)[0]]]) {
        assert.ok(url && warmed.includes(url), `${what} is among the icons drawn after the first paint: ${url?.slice(0, 80)}`);
      }
    },
  },
];
