// Browser tests: serves the release build (dist/) on localhost and drives Debian's headless
// Chromium with playwright-core. Usage: node tests/browser/run.mjs [name filter]
import { createServer } from "node:http";
import { mkdir } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { answerFromDist } from "../serve.mjs";
import { chromium } from "playwright-core";
import { CSP } from "../../tools/csp.mjs";

// The browser runs in Europe/Paris (below); so does every "today" computed here, whatever the
// machine's zone (on 31 December after 23:00 UTC they would otherwise disagree on the year).
process.env.TZ = "Europe/Paris";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const dist = join(root, "dist");
export const artifacts = join(here, "artifacts");


/** The strict policy every page of the app is served under (issue "Robust and safe"), the one
 * of tools/content-security-policy.txt; a violation is logged as a console error, so any test
 * that meets one fails. */
export const CSP_HEADER = CSP;

/** Pages tests add (a host page for embeds), served as they are at their path: an HTML string,
 * `{ body, headers }` for a page with headers of its own (a host page's CSP), or a function
 * `(request, response)` that answers itself (a connection cut in the middle of a file). */
const extraPages = new Map();

/** A static server for dist/, answering unknown paths with index.html like any SPA host. */
function serve() {
  // Addresses up to a megabyte long (a test puts 20 000 values in one parameter).
  const server = createServer({ maxHeaderSize: 1 << 20 }, async (req, res) => {
    const extra = extraPages.get(new URL(req.url, "http://x").pathname);
    // A function answers as it likes (a body cut off halfway).
    if (typeof extra === "function") return extra(req, res);
    if (extra) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...(extra.headers ?? {}) });
      return res.end(extra.body ?? extra);
    }
    return answerFromDist(dist, new URL(req.url, "http://x").pathname, res, { "content-security-policy": CSP_HEADER });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const suites = [
  "foundation.test.mjs", "explorer.test.mjs", "list.test.mjs", "tables.test.mjs", "embed.test.mjs",
  "presentation.test.mjs", "accessibility.test.mjs", "offline.test.mjs", "defects.test.mjs", "audit.test.mjs",
  "accessibility-tree.test.mjs", "forced-colours.test.mjs", "embed-code.test.mjs", "embed-dialog.test.mjs",
  "tooltips-in-view.test.mjs", "filters-layout.test.mjs", "filter-announcements.test.mjs",
  "page-titles.test.mjs", "statement.test.mjs",
];

async function main() {
  const only = process.argv[2];
  await mkdir(artifacts, { recursive: true });
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    // Playwright runs headless with a fresh temporary profile (its own --user-data-dir).
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  let failed = 0;
  let ran = 0;
  for (const suite of suites) {
    const tests = (await import(join(here, suite))).default;
    for (const test of tests) {
      if (only && !test.name.includes(only)) continue;
      ran += 1;
      const context = await browser.newContext({
        viewport: test.viewport ?? { width: 1280, height: 800 },
        deviceScaleFactor: test.deviceScaleFactor ?? 1,
        hasTouch: test.hasTouch ?? false,
        acceptDownloads: true,
        locale: "fr-FR",
        timezoneId: "Europe/Paris",
        // The app registers a service worker, which would answer requests before page.route()
        // sees them: only the tests of offline use (`serviceWorkers: "allow"`) let it run.
        serviceWorkers: test.serviceWorkers ?? "block",
      });
      const page = await context.newPage();
      const problems = [];
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("console", (msg) => {
        if (msg.type() === "error") problems.push(`console error: ${msg.text()} (${msg.location().url})`);
      });
      const started = Date.now();
      try {
        await test.run({ page, context, base, problems, extraPages });
        const unexpected = problems.filter((p) =>
          !(test.expectConsoleErrors && p.startsWith("console error")) && !(test.expectPageErrors && p.startsWith("page error")));
        if (unexpected.length) throw new Error(unexpected.join("\n"));
        console.log(`ok   ${test.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed += 1;
        console.log(`FAIL ${test.name}\n     ${String(error.stack ?? error).split("\n").join("\n     ")}`);
        // What the page said meanwhile (a panic's message, a failed request) often tells why.
        for (const problem of problems.slice(0, 5)) console.log(`     page: ${problem.slice(0, 500)}`);
        await page.screenshot({ path: join(artifacts, `${test.name.replace(/\W+/g, "_")}.png`), fullPage: true }).catch(() => {});
      } finally {
        await context.close();
      }
    }
  }
  await browser.close();
  server.close();
  console.log(`\n${ran - failed} passed, ${failed} failed`);
  if (ran === 0) {
    console.log("no browser test ran");
    process.exit(1);
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
