// The smoke suite in Firefox ESR and WebKit: serves the release build (dist/) as
// tests/browser/run.mjs does, reads the figures headless Chromium shows for the same URLs, then
// runs smoke.test.mjs in each engine (drivers.mjs). WebKit's window goes to an Xvfb of its own.
// Usage: node tests/engines/run.mjs [words of a test name] (the runner of tests/runner.mjs)
//   ENGINES=firefox (or webkit) runs one engine; DIST=/some/copy serves another build.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { answerFromDist } from "../serve.mjs";
import { chromium } from "playwright-core";
import { CSP } from "../../tools/csp.mjs";
import { awaitTakeOver, shownFigures } from "../browser/helpers.mjs";
import { firefox, webkit } from "./drivers.mjs";
import tests, { QUERIES, AFTER_CLICK } from "./smoke.test.mjs";
import { runSuites } from "../runner.mjs";

// As in tests/browser/run.mjs: every engine, and the "today" of the figures, in Europe/Paris.
process.env.TZ = "Europe/Paris";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const dist = process.env.DIST ?? join(root, "dist");


const REPORTS = "/__csp-report";
// Violations are reported to the server, in every engine, from the first byte of each document:
// the policy of tools/content-security-policy.txt (as tests/browser/run.mjs sends it) and that of
// index.html's <meta> (which may not carry report-uri itself; another build's may differ), each
// sent again as a header with report-uri.
const metaPolicy = readFileSync(join(dist, "index.html"), "utf8").match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
const policies = [...new Set([CSP, metaPolicy].filter(Boolean))].map((policy) => `${policy}; report-uri ${REPORTS}`).join(", ");

/** Reports of violations received, as { document, directive, blocked }. */
const csp = { reports: [] };
/** Pages tests add (a host page for embeds), served as they are at their path. */
const extraPages = new Map();

/** A static server for dist/, answering unknown paths with index.html like any SPA host. */
function serve() {
  const server = createServer(async (req, res) => {
    const pathname = new URL(req.url, "http://x").pathname;
    if (req.method === "POST" && pathname === REPORTS) {
      let body = "";
      for await (const chunk of req) body += chunk;
      try {
        const report = JSON.parse(body)["csp-report"] ?? JSON.parse(body);
        csp.reports.push({ document: report["document-uri"], directive: report["effective-directive"] ?? report["violated-directive"], blocked: report["blocked-uri"] });
      } catch {
        csp.reports.push({ unreadable: body.slice(0, 300) });
      }
      res.writeHead(204);
      return res.end();
    }
    const extra = extraPages.get(pathname);
    if (extra) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return res.end(extra);
    }
    return answerFromDist(dist, pathname, res, { "content-security-policy": policies });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** The host page's script: integration.js from the app when the build has it, else the inline
 * script of docs/examples/host-inline.html. */
function hostScript(base) {
  if (existsSync(join(dist, "integration.js"))) return `<script src="${base}integration.js" defer></script>`;
  const file = readFileSync(join(root, "docs", "examples", "host-inline.html"), "utf8");
  const inline = file.match(/<script>\n[\s\S]*?<\/script>/);
  if (!inline) throw new Error("no dist/integration.js, and no <script> in docs/examples/host-inline.html");
  return inline[0];
}

/** The key figures headless Chromium shows for each URL the tests compare (playwright-core). */
async function chromiumFigures(base) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "fr-FR", timezoneId: "Europe/Paris", serviceWorkers: "block" });
    const page = await context.newPage();
    // The app's figures, once it has replaced each page's first view.
    awaitTakeOver(page);
    const figures = {};
    for (const query of [...QUERIES, AFTER_CLICK]) {
      await page.goto(base + query);
      figures[query] = await shownFigures(page);
    }
    return { figures, version: `Chromium ${browser.version()}` };
  } finally {
    await browser.close();
  }
}

/** An X display of our own for MiniBrowser (a GTK window): Xvfb, on the first free display. */
async function display() {
  const xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"], { stdio: ["ignore", "ignore", "pipe", "pipe"] });
  const number = await new Promise((resolve, reject) => {
    let out = "";
    xvfb.once("error", (error) => reject(new Error(`cannot start Xvfb (./dev setup installs it): ${error.message}`)));
    xvfb.once("exit", (code) => reject(new Error(`Xvfb exited (${code})`)));
    xvfb.stdio[3].on("data", (chunk) => {
      out += chunk;
      if (out.includes("\n")) resolve(out.trim());
    });
  });
  return { display: `:${number}`, stop() { xvfb.kill(); } };
}

const engines = (process.env.ENGINES ?? "firefox,webkit").split(",");
let server;
let base;
let hostBase;
let reference;
let x;
/** The engine running now, and its driver (one engine at a time: each is closed before the next). */
let current = { engine: null, driver: null };

async function driverOf(engine) {
  if (current.engine === engine) return current.driver;
  await current.driver?.close();
  current = { engine, driver: null };
  current.driver = engine === "firefox" ? await firefox() : await webkit({ display: x.display });
  console.log(`${engine}: ${current.driver.version}`);
  return current.driver;
}

await runSuites({
  dir: here,
  files: ["smoke.test.mjs"],
  // Each test, once in each engine, named after it.
  load: async () => engines.flatMap((engine) => tests.map((test) => ({ ...test, engine, name: `${engine}: ${test.name}` }))),
  async runOne(test, { signal }) {
    const driver = await driverOf(test.engine);
    // A test that times out: its engine is closed (the next test starts another).
    signal.addEventListener("abort", () => {
      if (current.driver === driver) current = { engine: null, driver: null };
      driver.close().catch(() => {});
    });
    driver.errors.length = 0;
    await test.run({ driver, base, hostBase, hostScript: hostScript(base), extraPages, csp, chromium: reference.figures });
    // (Firefox reports each CSP violation as a page error too: the canary's is expected.)
    const errors = driver.errors.filter((error) => !error.includes("csp-canary.invalid"));
    if (errors.length) throw new Error(`page errors: ${errors.join("\n")}`);
  },
  async setUp() {
    server = await serve();
    const { port } = server.address();
    base = `http://127.0.0.1:${port}/`;
    // The host page on another origin (localhost; the app on 127.0.0.1), as on beta.gouv.fr.
    hostBase = `http://localhost:${port}/`;
    reference = await chromiumFigures(base);
    console.log(`reference: ${reference.version}, figures of ${Object.keys(reference.figures).length} URLs; host script: ${
      existsSync(join(dist, "integration.js")) ? "integration.js" : "the inline script of docs/examples/host-inline.html"}`);
    x = engines.includes("webkit") ? await display() : null;
  },
  async tearDown() {
    await current.driver?.close();
    x?.stop();
    server?.close();
  },
});
