// Browser tests: serves the release build (dist/) on localhost and drives Debian's headless
// Chromium with playwright-core, through the runner of tests/runner.mjs (node:test).
// Usage: node tests/browser/run.mjs [suite file] [words of a test name]
import { createServer } from "node:http";
import { mkdir } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { answerFromDist } from "../serve.mjs";
import { chromium } from "playwright-core";
import { CSP } from "../../tools/csp.mjs";
import { runSuites } from "../runner.mjs";
import { awaitTakeOver } from "./helpers.mjs";

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

let server;
let browser;
let base;


/** One test: a fresh browser context and page, the page's errors collected; a screenshot of the
 * page when it fails. */
async function runOne(test, { signal }) {
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
  // A test that times out: its page is closed, which ends what it awaits.
  signal.addEventListener("abort", () => context.close().catch(() => {}));
  const page = await context.newPage();
  // A page's first view (its HTML, before the app runs) is inert, and holds the same ids as the
  // app that replaces it: a test acts on the app, once it has taken over, unless it checks the
  // first view itself (`firstView: true`).
  if (!test.firstView) {
    awaitTakeOver(page);
    context.on("page", awaitTakeOver);
  }
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()} (${msg.location().url})`);
  });
  try {
    await test.run({ page, context, base, problems, extraPages, browser });
    const unexpected = problems.filter((p) =>
      !(test.expectConsoleErrors && p.startsWith("console error")) && !(test.expectPageErrors && p.startsWith("page error")));
    if (unexpected.length) throw new Error(unexpected.join("\n"));
  } catch (error) {
    // What the page said meanwhile (a panic's message, a failed request) often tells why.
    const said = problems.slice(0, 5).map((problem) => `\n     page: ${problem.slice(0, 500)}`).join("");
    await page.screenshot({ path: join(artifacts, `${test.name.replace(/\W+/g, "_")}.png`), fullPage: true }).catch(() => {});
    if (said && error instanceof Error) error.message += said;
    throw error;
  } finally {
    await context.close().catch(() => {});
  }
}

await runSuites({
  dir: here,
  runOne,
  async setUp() {
    await mkdir(artifacts, { recursive: true });
    server = await serve();
    base = `http://127.0.0.1:${server.address().port}/`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      // Playwright runs headless with a fresh temporary profile (its own --user-data-dir).
      headless: true,
      args: [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
      ],
    });
  },
  async tearDown() {
    await browser?.close();
    server?.close();
  },
});
