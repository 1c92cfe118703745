// Offline use: after one visit, the service worker (public/sw.js) serves the app and the data it
// saved; reloaded without network, each page works, shows the same figures, and says it is
// offline with the date the copy was saved and the date of its data.
import assert from "node:assert/strict";
import { controlledBy, cutNetwork, restoreNetwork, shownFigures, violations } from "./helpers.mjs";

const NOTICE = '[data-testid="offline-notice"]';

/** The moments of `from` to `to` (Europe/Paris) as the page writes them: "le 29 novembre 2026 à 14 h 05". */
function frenchMoments(from, to) {
  const moments = [];
  for (let t = from.getTime() - 60_000; t <= to.getTime() + 60_000; t += 60_000) {
    const parts = Object.fromEntries(new Intl.DateTimeFormat("fr-FR", {
      day: "numeric", month: "long", year: "numeric", hour: "numeric", minute: "2-digit", hourCycle: "h23",
      timeZone: "Europe/Paris",
    }).formatToParts(new Date(t)).map((p) => [p.type, p.value]));
    const day = parts.day === "1" ? "1er" : parts.day;
    moments.push(`le ${day} ${parts.month} ${parts.year} à ${Number(parts.hour)} h ${parts.minute}`);
  }
  return moments;
}

/** The page really has no network: a file the worker never saved cannot be fetched. The
 * browser reports that failure in the console: it is removed from the test's problems. */
async function assertNoNetwork(page, problems) {
  const probe = `robots.txt?${Date.now()}`;
  const outcome = await page.evaluate((url) => fetch(url).then(() => "fetched", () => "failed"), probe);
  assert.equal(outcome, "failed", "the network is still there");
  const logged = problems.findIndex((p) => p.startsWith("console error") && p.includes(probe));
  if (logged >= 0) problems.splice(logged, 1);
}

const plain = (text) => text.replace(/\s+/g, " ");

export default [
  {
    name: "offline: after one visit the explorer reloads without network, with the same figures, saying it is offline and the data's date",
    serviceWorkers: "allow",
    async run({ page, context, base, problems }) {
      const before = new Date();
      await page.goto(base);
      const online = await shownFigures(page);
      await controlledBy(page);
      const after = new Date();
      assert.equal(await page.locator(NOTICE).count(), 0, "online, the page says nothing of it");

      await cutNetwork(context);
      await page.reload();
      await assertNoNetwork(page, problems);
      assert.deepEqual(await shownFigures(page), online);
      const notice = plain(await page.locator(NOTICE).innerText());
      assert.match(notice, /^Hors ligne : données enregistrées par ce navigateur le .* \(état du 20 août 2026\)\. Rechargez la page/);
      assert.ok(frenchMoments(before, after).some((moment) => notice.includes(moment)), `${notice}: not saved at this visit`);
      // The rest of the page is there too: charts, the list, the source.
      await page.locator("#graphique-evolution canvas[data-draws]").waitFor();
      assert.match(await page.locator('[data-testid="source-note"]').innerText(), /20 août 2026/);
      for (const colorScheme of ["light", "dark"]) {
        await page.emulateMedia({ colorScheme });
        assert.deepEqual(await violations(page), [], colorScheme);
      }

      // Other addresses of the app open offline too: they are the same page.
      await page.goto(`${base}?annee=2023`);
      await page.locator("#key-figures-title", { hasText: "Situation au 1er janvier 2024" }).waitFor();
      await page.locator(NOTICE).waitFor();
      await page.goto(`${base}embed/chiffres`);
      await page.locator('[data-figure="total"] .figure__value').waitFor();
      assert.equal(await page.locator('[data-figure="total"] .figure__value').innerText().then((t) => Number(t.replace(/\D/g, ""))), online.total);
      assert.match(plain(await page.locator(NOTICE).innerText()), /^Hors ligne : données enregistrées par ce navigateur le .*\.$/);

      // Back online, the data comes from the network again, and the notice goes. The page saved
      // again, the saved files of another build (names index.html no longer gives) are deleted.
      const stale = await page.evaluate(async () => {
        const [name] = await caches.keys();
        const url = new URL("beta-dashboard-0123456789abcdef_bg.wasm", document.baseURI).href;
        await (await caches.open(name)).put(url, new Response("old build"));
        return url;
      });
      await restoreNetwork(context);
      await page.goto(base);
      await shownFigures(page);
      assert.equal(await page.locator(NOTICE).count(), 0);
      // (Saved when the navigation's response is: soon after the page shows.)
      const gone = async (url) => !(await caches.match(url));
      await page.waitForFunction(gone, stale, { timeout: 5000 }).catch(() => {});
      assert.equal(await page.evaluate(gone, stale), true, "a previous build's file is still saved");
      assert.ok(await page.evaluate(async () => (await caches.keys()).length === 1), "one cache");
    },
  },
  {
    name: "offline: the presentation says when a refresh found no network, and reloads offline",
    serviceWorkers: "allow",
    viewport: { width: 1920, height: 1080 },
    async run({ page, context, base, problems }) {
      const freshness = page.locator('[data-testid="freshness"]');
      await page.goto(`${base}presentation?rafraichir=2`);
      const online = await shownFigures(page);
      await controlledBy(page);
      await freshness.filter({ hasText: /^Mis à jour à/ }).waitFor();

      // The next refresh reads the saved copy, and says so instead of "Mis à jour".
      await cutNetwork(context);
      const offline = /^Hors ligne à \d{1,2} h \d{2} : données enregistrées par ce navigateur le .* \(état du 20 août 2026\)$/;
      await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('[data-testid="freshness"]').textContent.replace(/\s+/g, " ")),
        offline.source, { timeout: 8000 });
      assert.deepEqual(await shownFigures(page), online);

      await page.reload();
      await assertNoNetwork(page, problems);
      assert.deepEqual(await shownFigures(page), online);
      assert.match(plain(await freshness.innerText()), offline);

      // The network back, the next refresh says so.
      await restoreNetwork(context);
      await freshness.filter({ hasText: /^Mis à jour à/ }).waitFor({ timeout: 8000 });
    },
  },
];
