// The first page: key figures for today and for ?annee=, the data's source, errors shown clearly.
import assert from "node:assert/strict";
import { todayIso } from "./oracle.mjs";
import { CSP } from "../../tools/csp.mjs";
import {
  cspViolations, expectedFigures as expected, heldRoute, installClock, pauseClock, publishedStartups, recordCspViolations,
  shownFigures, takenOver,
} from "./helpers.mjs";

export default [
  {
    name: "key figures for today appear and match an independent count",
    async run({ page, base }) {
      await page.goto(base);
      const shown = await shownFigures(page);
      assert.deepEqual(shown, expected(todayIso()));
      assert.ok(shown.total > 100, `only ${shown.total} services`);
      await assert.doesNotReject(page.getByText("(aujourd'hui)").first().waitFor());
    },
  },
  {
    name: "?annee=2023 shows the figures of 1 January 2024",
    async run({ page, base }) {
      await page.goto(`${base}?annee=2023`);
      const shown = await shownFigures(page);
      assert.deepEqual(shown, expected("2024-01-01"));
      const caption = await page.locator("#key-figures-title").innerText();
      assert.match(caption, /Situation au 1er janvier 2024 \(bilan 2023\)/);
      assert.equal(await page.locator("#filtre-annee").inputValue(), "2023");
    },
  },
  {
    name: "choosing a year updates the URL and the figures, back restores them",
    async run({ page, base }) {
      await page.goto(base);
      const today = await shownFigures(page);
      await page.selectOption("#filtre-annee", "2020");
      await page.waitForURL(/annee=2020/);
      await page.locator("#key-figures-title", { hasText: "Situation au 1er janvier 2021" }).waitFor();
      assert.deepEqual(await shownFigures(page), expected("2021-01-01"));
      await page.goBack();
      await page.getByText("(aujourd'hui)").first().waitFor();
      assert.deepEqual(await shownFigures(page), today);
    },
  },
  {
    name: "the data's date and source are shown",
    async run({ page, base }) {
      await page.goto(base);
      const note = await page.locator('[data-testid="source-note"]').innerText();
      assert.match(note, /20 août 2026/);
      assert.match(note, /beta\.gouv\.fr\/api\/v2\.7/);
    },
  },
  {
    name: "an unknown year in the URL is ignored and said so",
    async run({ page, base }) {
      await page.goto(`${base}?annee=1815`);
      const notice = await page.locator('[data-testid="ignored-params"]').innerText();
      assert.match(notice, /1815/);
      assert.deepEqual(await shownFigures(page), expected(todayIso()));
    },
  },
  {
    name: "the default view loads one compact data file, not the published files",
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
    name: "?source= reads a folder of published files and gives the same figures",
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
    name: "robots.txt lets search engines in",
    async run({ base }) {
      const response = await fetch(`${base}robots.txt`);
      assert.equal(response.status, 200);
      assert.match(await response.text(), /^User-agent: \*\nAllow: \/$/m);
    },
  },
  {
    name: "?source= reads a compact file by its path",
    async run({ page, base }) {
      await page.goto(`${base}?source=data/tableau-de-bord.json&annee=2023`);
      assert.deepEqual(await shownFigures(page), expected("2024-01-01"));
    },
  },
  {
    name: "?source= on another site is refused, said so, and the bundled data shown",
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
    name: "a missing data file gives a clear message, in the page and the console",
    expectConsoleErrors: true,
    async run({ page, base, problems }) {
      await page.route("**/tableau-de-bord.json", (route) => route.fulfill({ status: 404, body: "not found" }));
      await page.goto(base);
      const alert = page.getByRole("alert");
      await alert.waitFor();
      const text = await alert.innerText();
      assert.match(text, /Les données n'ont pas pu être chargées/);
      assert.match(text, /tableau-de-bord\.json est indisponible/);
      assert.match(text, /HTTP 404/);
      assert.ok(problems.some((p) => p.includes("HTTP 404")), problems.join("\n"));
      assert.ok(!problems.some((p) => p.startsWith("page error")), problems.join("\n"));
      // Retrying after the server recovers shows the figures.
      await page.unroute("**/tableau-de-bord.json");
      await page.getByRole("button", { name: "Réessayer" }).click();
      await shownFigures(page);
    },
  },
  {
    name: "a missing startups.json in a folder of published files is named in the message",
    expectConsoleErrors: true,
    async run({ page, base }) {
      await page.route("**/startups.json", (route) => route.fulfill({ status: 404, body: "not found" }));
      await page.goto(`${base}?source=data/beta.gouv.fr/`);
      const text = await page.getByRole("alert").innerText();
      assert.match(text, /startups\.json est indisponible/);
    },
  },
  {
    name: "a malformed data file is reported with its line and column",
    expectConsoleErrors: true,
    async run({ page, base }) {
      await page.route("**/tableau-de-bord.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: '{"format": 1, "services": [' }));
      await page.goto(base);
      const text = await page.getByRole("alert").innerText();
      assert.match(text, /JSON invalide \(fichier tronqué\), ligne 1, colonne \d+/);
    },
  },
  {
    name: "an HTML page served instead of the data file is named as such, with advice that fits",
    expectConsoleErrors: true,
    async run({ page, base }) {
      await page.route("**/tableau-de-bord.json", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Introuvable</title>" }));
      await page.goto(base);
      const text = await page.getByRole("alert").innerText();
      assert.match(text, /page HTML reçue au lieu de données JSON/);
      assert.match(text, /mène à une page web/);
      assert.doesNotMatch(text, /connexion/, "a page is no network problem");
    },
  },
  {
    name: "a data file saved as UTF-16 is read",
    async run({ page, base }) {
      const text = await (await fetch(`${base}data/tableau-de-bord.json`)).text();
      const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
      await page.route("**/tableau-de-bord.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
      await page.goto(`${base}?annee=2023`);
      assert.deepEqual(await shownFigures(page), expected("2024-01-01"));
    },
  },
  {
    name: "bad records are kept out, reported, and the rest is shown",
    expectConsoleErrors: true,
    async run({ page, base, problems }) {
      const doc = structuredClone({ data: publishedStartups().slice(0, 40), included: [] });
      doc.data.push(42, { id: "sans-phase", attributes: { name: "<img src=x onerror=alert(1)>", phases: "jamais" } });
      doc.data[0].attributes.phases[0].start = "2023-02-30";
      await page.route("**/startups.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(doc) }));
      await page.route("**/fast.json", (route) => route.fulfill({ status: 500, body: "" }));
      await page.goto(`${base}?source=data/beta.gouv.fr/`);
      await shownFigures(page);
      const report = page.locator('[data-testid="load-report"]');
      await report.locator("summary").click();
      const text = await report.innerText();
      assert.match(text, /fast\.json\s: indisponible\s: le serveur a répondu par une erreur \(HTTP 500\)/);
      assert.match(text, /écarté/);
      assert.match(text, /2023-02-30/);
      assert.match(text, /sans-phase/);
      assert.equal(await page.locator("img[src=x]").count(), 0, "a hostile name became markup");
      // The browser itself logs the HTTP 500; nothing else may go wrong.
      const others = problems.filter((p) => !p.includes("status of 500"));
      assert.deepEqual(others, []);
    },
  },
  {
    name: "a bad record of the compact file is kept out and reported, the rest shown",
    expectConsoleErrors: true,
    async run({ page, base }) {
      const text = await (await fetch(`${base}data/tableau-de-bord.json`)).text();
      const lines = text.split("\n");
      const index = lines.findIndex((line) => line.includes('"phases":[['));
      lines[index] = '{"id":"casse","name":"<b>x</b>","phases":"jamais"},';
      await page.route("**/tableau-de-bord.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: lines.join("\n") }));
      await page.goto(base);
      const shown = await shownFigures(page);
      assert.ok(shown.total > 100);
      const report = page.locator('[data-testid="load-report"]');
      await report.locator("summary").click();
      const reportText = await report.innerText();
      assert.match(reportText, /tableau-de-bord\.json\s: services/);
      assert.match(reportText, /casse/);
      assert.equal(await page.locator("b", { hasText: "x" }).count(), 0);
    },
  },
  {
    name: "a slow server is announced, then the data is shown",
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
    name: "a trap in the wasm (out of memory) shows a French message with Réessayer, which reloads the page",
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      // What the browser raises when the wasm runs out of memory or reaches `unreachable`.
      await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError("unreachable"); }));
      const alert = page.locator("#arret[role=alert]");
      await alert.waitFor();
      assert.match(await alert.innerText(), /Le tableau de bord s'est arrêté/);
      assert.equal(await page.locator("[data-figure]").count(), 0, "nothing of the stopped app is left");
      await alert.getByRole("button", { name: "Réessayer" }).click();
      await page.waitForLoadState("load");
      await takenOver(page);
      await shownFigures(page);
    },
    expectConsoleErrors: true,
    expectPageErrors: true,
  },
  {
    name: "a data file too large for a browser is refused with its size, before it is read",
    async run({ page, base }) {
      const body = Buffer.alloc(51_000_000, 0x20);
      await page.route("**/data/tableau-de-bord.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
      await page.goto(base);
      const alert = page.locator("[role=alert]");
      await alert.waitFor();
      assert.match(await alert.innerText(), /trop volumineux pour un navigateur \(51\s*Mo, limite 50\s*Mo\)/);
      assert.match(await alert.innerText(), /version compacte/);
      assert.equal(await alert.getByRole("button", { name: "Réessayer" }).count(), 1);
    },
    expectConsoleErrors: true,
  },
  {
    name: "under a strict CSP header (no inline script or style), every feature runs with no violation",
    async run({ page, base, problems }) {
      await recordCspViolations(page);
      const header = (await page.goto(base)).headers()["content-security-policy"];
      assert.equal(header, CSP, "the policy of tools/content-security-policy.txt");
      assert.equal(await page.locator("meta[http-equiv=Content-Security-Policy]").getAttribute("content"), CSP, "index.html's <meta>");
      assert.equal(await page.locator("script:not([src])").count(), 0, "no inline script");
      await shownFigures(page);
      // Filters, bars (hover, tooltip, click), table view, downloads, the embed dialog, the theme, the time-lapse.
      await page.locator("#filtre-phase-groupe > summary").click();
      await page.locator("label[for=phase-construction]").click();
      await page.waitForURL(/phase=construction/);
      const piece = page.locator("#graphique-incubateurs-piece-0");
      await piece.hover();
      await page.locator("#graphique-incubateurs .chart__tooltip").waitFor();
      assert.notEqual(await piece.evaluate((e) => e.getBoundingClientRect().width), 0, "hit areas are sized");
      await piece.click();
      await page.waitForURL(/incubateur=/);
      await page.locator("#graphique-fast button", { hasText: "Vue tableau" }).click();
      for (const label of ["Données (CSV)", "Image (PNG)"]) {
        const download = page.waitForEvent("download");
        await page.locator("#graphique-evolution button", { hasText: label }).click();
        await download;
      }
      await page.locator("#graphique-evolution button", { hasText: "Intégrer" }).click();
      await page.locator("#integrer-evolution iframe").waitFor();
      await page.waitForFunction(() => document.querySelector("#integrer-evolution iframe").style.height !== "");
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: "Thème sombre" }).click();
      await page.locator(".timelapse-panel summary").click();
      await page.locator("#historique-incubateurs canvas[data-draws]").waitFor();
      assert.deepEqual(await cspViolations(page, problems), [], "explorer");
      const routes = {
        "embed/incubateurs?theme=sombre": "#graphique-incubateurs canvas[data-draws]",
        "presentation?diapos=chiffres,historique": ".presentation .figure__value",
        accessibilite: "h1",
      };
      for (const [route, shown] of Object.entries(routes)) {
        await page.goto(base + route);
        await page.locator(shown).first().waitFor();
        await page.evaluate(() => document.fonts.ready);
        assert.deepEqual(await cspViolations(page, problems), [], route);
      }
    },
  },
  {
    name: "a stalled optional file (fast.json) does not hold the figures, and is reported after its short timeout",
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
    name: "a late optional file (fast.json) fills in the FAST chart when it arrives",
    async run({ page, base }) {
      await page.goto(`${base}?source=data/beta.gouv.fr/`);
      await page.locator("#graphique-fast canvas[data-draws]").waitFor();
      const want = await page.locator("#graphique-fast-table tbody tr").allInnerTexts();
      // fast.json is held until the figures are shown without it.
      const fast = await heldRoute(page, "**/data/beta.gouv.fr/fast.json");
      await page.reload();
      await shownFigures(page);
      await fast.requested;
      const early = await page.locator("#graphique-fast-table tbody tr").allInnerTexts();
      assert.notDeepEqual(early, want, "FAST is not there yet");
      fast.release();
      await page.waitForFunction((n) => document.querySelectorAll("#graphique-fast-table tbody tr").length === n, want.length, { timeout: 8000 });
      await page.waitForFunction(
        (rows) => JSON.stringify([...document.querySelectorAll("#graphique-fast-table tbody tr")].map((r) => r.innerText)) === JSON.stringify(rows),
        want, { timeout: 8000 });
    },
  },
];
