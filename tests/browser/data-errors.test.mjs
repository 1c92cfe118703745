// What the page says when its data cannot be read, in French, in the page (an alert, with
// "Réessayer") and the console: a file missing (the compact file, or startups.json in a folder of
// published files), malformed or holding null (with its line and column), an HTML page served
// instead, a file too large for a browser, a download cut off in the middle; records it cannot
// use kept out and reported, the rest shown; and the app stopped by a trap in its wasm (what
// running out of memory raises).
import assert from "node:assert/strict";
import { publishedStartups, shownFigures, takenOver } from "./helpers.mjs";

export default [
  {
    name: "data errors: a missing data file gives a clear message, in the page and the console",
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
    name: "data errors: a missing startups.json in a folder of published files is named in the message",
    expectConsoleErrors: true,
    async run({ page, base }) {
      await page.route("**/startups.json", (route) => route.fulfill({ status: 404, body: "not found" }));
      await page.goto(`${base}?source=data/beta.gouv.fr/`);
      const text = await page.getByRole("alert").innerText();
      assert.match(text, /startups\.json est indisponible/);
    },
  },
  {
    name: "data errors: a malformed data file is reported with its line and column",
    expectConsoleErrors: true,
    async run({ page, base }) {
      await page.route("**/tableau-de-bord.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: '{"format": 1, "services": [' }));
      await page.goto(base);
      const text = await page.getByRole("alert").innerText();
      assert.match(text, /JSON invalide \(fichier tronqué\), ligne 1, colonne \d+/);
    },
  },
  {
    name: "data errors: a data file holding null is reported in French, with its line and column",
    expectConsoleErrors: true,
    async run({ page, base }) {
      await page.route("**/tableau-de-bord.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: "null" }));
      await page.goto(base);
      const text = await page.getByRole("alert").innerText();
      assert.match(text, /tableau-de-bord\.json est illisible/);
      assert.match(text, /ligne 1, colonne 4/);
      assert.doesNotMatch(text, /invalid|expected|type:|struct|line \d|column \d|missing|field `/i, text);
    },
  },
  {
    name: "data errors: an HTML page served instead of the data file is named as such, with advice that fits",
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
    name: "data errors: a data file too large for a browser is refused with its size, before it is read",
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
    name: "data errors: a download cut off in the middle says it was interrupted, not that the network is down",
    expectConsoleErrors: true,
    async run({ page, base, extraPages }) {
      const full = await (await fetch(`${base}data/tableau-de-bord.json`)).arrayBuffer();
      extraPages.set("/data/coupe.json", (req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": String(full.byteLength) });
        // Once the first part has left, the connection is cut.
        res.write(Buffer.from(full).subarray(0, 20_000), () => res.socket.destroy());
      });
      try {
        await page.goto(`${base}?source=data/coupe.json`);
        const text = await page.getByRole("alert").innerText();
        assert.match(text, /téléchargement interrompu/i);
        assert.match(text, /réessayez/i);
        assert.doesNotMatch(text, /réseau indisponible/);
      } finally {
        extraPages.delete("/data/coupe.json");
      }
    },
  },
  {
    name: "data errors: bad records are kept out, reported, and the rest is shown",
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
    name: "data errors: a bad record of the compact file is kept out and reported, the rest shown",
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
    name: "data errors: a trap in the wasm (out of memory) shows a French message with Réessayer, which reloads the page",
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
];
