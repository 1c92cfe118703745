// Where the data comes from and how it arrives: by default one compact file, preloaded and
// fetched once, offered as open data, its date and source said; ?source= reads a folder of
// published files or a compact file by its path, with the same figures, and never another site's
// (refused and said so); a file saved as UTF-16 is read; a slow server is announced; an optional
// file (fast.json) that stalls holds up nothing, and one that comes late fills in its chart.
import assert from "node:assert/strict";
import {
  expectedFigures as expected, heldRoute, installClock, pauseClock, publishedDir, shownFigures,
} from "./helpers.mjs";
import { fundingByPromotionTable, loadPublished, todayIso } from "./oracle.mjs";

export default [
  {
    name: "data loading: the default view loads one compact data file, not the published files",
    async run({ page, base }) {
      const requested = [];
      page.on("request", (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(base);
      await shownFigures(page);
      const data = requested.filter((path) => path.endsWith(".json"));
      assert.deepEqual(data, ["/data/tableau-de-bord.json"]);
      const link = page.locator('[data-testid="source-note"] a[href$="tableau-de-bord.json"]');
      assert.equal(await link.count(), 1, "the data file is offered as open data");
    },
  },
  {
    name: "data loading: with ?source= the default data file is neither preloaded nor fetched; without, it is preloaded",
    async run({ page, base }) {
      const requested = [];
      page.on("request", (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${base}?source=data/beta.gouv.fr/`);
      await shownFigures(page);
      assert.ok(!requested.includes("/data/tableau-de-bord.json"), requested.join(" "));
      assert.equal(await page.locator('link[rel="preload"][href$="tableau-de-bord.json"]').count(), 0);
      requested.length = 0;
      await page.goto(base);
      await shownFigures(page);
      assert.equal(await page.locator('link[rel="preload"][href$="data/tableau-de-bord.json"]').count(), 1);
      assert.deepEqual(requested.filter((p) => p.endsWith(".json")), ["/data/tableau-de-bord.json"], "fetched once");
    },
  },
  {
    name: "data loading: the data's date and source are shown",
    async run({ page, base }) {
      await page.goto(base);
      const note = await page.locator('[data-testid="source-note"]').innerText();
      assert.match(note, /20 août 2026/);
      assert.match(note, /beta\.gouv\.fr\/api\/v2\.7/);
    },
  },
  {
    name: "data loading: ?source= reads a folder of published files and gives the same figures",
    async run({ page, base }) {
      const requested = [];
      page.on("request", (request) => requested.push(new URL(request.url()).pathname));
      for (const year of ["", "2021"]) {
        await page.goto(`${base}?source=data/beta.gouv.fr/${year && `&annee=${year}`}`);
        const iso = year ? `${Number(year) + 1}-01-01` : todayIso();
        assert.deepEqual(await shownFigures(page), expected(iso));
      }
      // (the default file is not preloaded with ?source=: the figures come from the folder's files.)
      assert.ok(requested.includes("/data/beta.gouv.fr/startups.json"), requested.join(" "));
      const note = await page.locator('[data-testid="source-note"]').innerText();
      assert.match(note, /20 août 2026/);
    },
  },
  {
    name: "data loading: ?source= reads a compact file by its path",
    async run({ page, base }) {
      await page.goto(`${base}?source=data/tableau-de-bord.json&annee=2023`);
      assert.deepEqual(await shownFigures(page), expected("2024-01-01"));
    },
  },
  {
    name: "data loading: ?source= on another site is refused, said so, and the bundled data shown",
    async run({ page, base }) {
      const requested = [];
      page.on("request", (request) => requested.push(new URL(request.url()).host));
      await page.goto(`${base}?source=${encodeURIComponent("https://evil.example/x.json")}`);
      assert.deepEqual(await shownFigures(page), expected(todayIso()));
      const notice = await page.locator('[data-testid="ignored-params"]').innerText();
      assert.match(notice, /evil\.example/);
      assert.ok(!requested.includes("evil.example"), requested.join(" "));
    },
  },
  {
    name: "data loading: a data file saved as UTF-16 is read",
    async run({ page, base }) {
      const text = await (await fetch(`${base}data/tableau-de-bord.json`)).text();
      const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
      await page.route("**/tableau-de-bord.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
      await page.goto(`${base}?annee=2023`);
      assert.deepEqual(await shownFigures(page), expected("2024-01-01"));
    },
  },
  {
    name: "data loading: a slow server is announced, then the data is shown",
    // The loading state, which an address with its own figures shows (the default address shows
    // its first view meanwhile: tests/browser/first-view.test.mjs).
    firstView: true,
    async run({ page, base }) {
      // The data file is held until the page has said the server is slow, which it does after 5 s
      // of its clock: the test moves the clock on instead of waiting.
      await installClock(page);
      const data = await heldRoute(page, "**/tableau-de-bord.json");
      await page.goto(`${base}?annee=2025`, { waitUntil: "commit" });
      await data.requested;
      // The app is up, its 5 s counted from now: its clock stops, then moves on 5 s.
      await page.getByText("Chargement des données…").waitFor();
      await pauseClock(page);
      const slow = page.getByText("Le serveur de données tarde à répondre");
      assert.equal(await slow.count(), 0, "said before 5 s");
      await page.clock.runFor(5000);
      await slow.waitFor({ timeout: 5000 });
      await page.clock.resume();
      data.release();
      await shownFigures(page);
      assert.equal(await slow.count(), 0, "the notice goes when the data is there");
    },
  },
  {
    name: "data loading: a stalled optional file (fast.json) does not hold the figures, and is reported after its short timeout",
    async run({ page, base }) {
      // The page's clock, moved on past the 5 s timeout instead of waiting for it. (It runs at
      // the wall clock's pace meanwhile, but from the test's start: hence `opened`.)
      await installClock(page);
      await page.addInitScript(() => { window.opened = performance.now(); });
      // When the figures appear, in the page's own clock (ms since its document was created).
      const figuresAt = async () => {
        const handle = await page.waitForFunction(
          () => document.querySelector('[data-figure="total"] .figure__value') && performance.now() - window.opened, null, { polling: "raf", timeout: 15_000 });
        return handle.jsonValue();
      };
      // First with every file answering, for comparison on this machine.
      await page.goto(`${base}?source=data/beta.gouv.fr/`);
      const control = await figuresAt();
      // Then with fast.json never answering.
      await page.route("**/data/beta.gouv.fr/fast.json", () => {});
      await page.goto(`${base}?source=data/beta.gouv.fr/`);
      const stalled = await figuresAt();
      await pauseClock(page);
      console.log(`      figures at ${Math.round(stalled)} ms with fast.json stalled, ${Math.round(control)} ms without`);
      // The stall costs the figures less than a second (they do not wait for the 5 s timeout of
      // optional files, nor the 30 s of required ones).
      assert.ok(stalled < control + 1000, `figures at ${stalled} ms, against ${control} ms without the stall`);
      assert.deepEqual(await shownFigures(page), expected(todayIso()));
      const reported = () => /fast\.json\s*:[^.]*pas de réponse complète en 5 secondes/.test(document.querySelector(".load-report")?.textContent ?? "");
      // The page's time stands still since the figures came, well within the 5 s of fast.json.
      if (stalled < 4000) assert.equal(await page.evaluate(reported), false, "reported before its timeout");
      await page.clock.fastForward(5000);
      await page.clock.resume();
      await page.waitForFunction(reported, null, { timeout: 10_000 });
      assert.deepEqual(await shownFigures(page), expected(todayIso()), "the figures stay");
    },
    expectConsoleErrors: true,
  },
  {
    name: "data loading: a late optional file (fast.json) fills in the FAST chart when it arrives",
    async run({ page, base }) {
      // The FAST table with fast.json, as the oracle reads the published files; the page's rows as
      // seen (a dash for an unknown value).
      const want = JSON.stringify(fundingByPromotionTable(loadPublished(publishedDir), {}).rows);
      const shownIs = (rows) => JSON.stringify([...document.querySelectorAll("#graphique-fast-table tbody tr")].map((row) =>
        [...row.cells].map((cell) => (cell.querySelector('[aria-hidden="true"]') ?? cell).textContent.trim()))) === rows;
      await page.goto(`${base}?source=data/beta.gouv.fr/`);
      await page.waitForFunction(shownIs, want);
      // fast.json is held until the figures are shown without it. The page gives an optional file
      // 5 s of its own clock before it gives up on it: that clock stops as soon as fast.json is
      // asked for, and the test moves it on by 1 ms at a time, 10 ms of the machine's apart, so
      // that the page's timers run (its yields, its frames) but its 5 s last at least 50 s of a
      // slow machine's work (fetching, compiling, reading) before the file is released.
      await installClock(page);
      const fast = await heldRoute(page, "**/data/beta.gouv.fr/fast.json");
      await page.reload();
      await fast.requested;
      await pauseClock(page);
      let pageTime = 0;
      const moveOnUntil = async (done, what, arg) => {
        while (!(await page.evaluate(done, arg))) {
          assert.ok(pageTime < 4000, `${what} within 4 s of the page's clock`);
          await page.clock.runFor(1);
          pageTime += 1;
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      };
      await moveOnUntil(() => !!document.querySelector('[data-figure="total"] .figure__value'), "figures");
      assert.equal(await page.evaluate(shownIs, want), false, "FAST is not there yet");
      fast.release();
      await moveOnUntil(shownIs, "the FAST table", want);
    },
  },
];
