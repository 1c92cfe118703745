// Tests through nginx: starts `./dev host` (Debian's nginx with tests/host/site.conf, the
// configuration docs/hosting.md recommends) on a free port, serving the release build, and runs
// host.test.mjs against it, the browser ones in Debian's headless Chromium with playwright-core.
// Usage: node tests/host/run.mjs [words of a test name] (the runner of tests/runner.mjs).
// DIST=/path serves another build than dist/.
import { spawn } from "node:child_process";
import { existsSync, openSync, readFileSync, closeSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { get } from "node:http";
import { createServer } from "node:net";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { runSuites } from "../runner.mjs";
import { awaitTakeOver } from "../browser/helpers.mjs";

// As in tests/browser/run.mjs: "today" is the browser's, in Europe/Paris.
process.env.TZ = "Europe/Paris";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const dist = resolve(root, process.env.DIST ?? "dist");
const artifacts = join(root, "target", "host-artifacts");

/** A port nobody listens on now. */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer().once("error", fail).listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** `./dev host` on `port`; resolves once nginx answers, rejects if it exits first. Its output
 * (steps, nginx's errors and requests) goes to `log`: a file, as nginx reopens /dev/stdout. */
async function startNginx(port, log) {
  const fd = openSync(log, "w");
  // Its configuration, pid and temporary files (a directory made by mktemp) go under artifacts.
  const tmp = join(artifacts, "nginx");
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp);
  const child = spawn(join(root, "dev"), ["host"], {
    env: { ...process.env, PORT: String(port), TMPDIR: tmp, ...(process.env.DIST ? { DIST: dist } : {}) },
    stdio: ["ignore", fd, fd],
  });
  closeSync(fd);
  const output = () => readFileSync(log, "utf8");
  const exited = new Promise((done) => child.once("exit", (code, signal) => done({ code, signal })));
  const answers = () => new Promise((done) => {
    get({ host: "127.0.0.1", port, path: "/" }, (res) => { res.resume(); done(true); }).on("error", () => done(false));
  });
  const started = Date.now();
  for (;;) {
    const early = await Promise.race([exited, new Promise((done) => setTimeout(done, 50, null))]);
    if (early) throw new Error(`./dev host exited (${JSON.stringify(early)}) before answering:\n${output()}`);
    if (await answers()) break;
    if (Date.now() - started > 30_000) {
      child.kill("SIGTERM");
      throw new Error(`nginx did not answer on port ${port} within 30 s:\n${output()}`);
    }
  }
  return {
    output,
    // nginx (`./dev host` execs it) stops on SIGTERM, its worker with it.
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

let nginx;
let browser;
let base;
const log = join(artifacts, "nginx.log");

await runSuites({
  dir: here,
  files: ["host.test.mjs"],
  async runOne(test, { signal }) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: "fr-FR",
      timezoneId: "Europe/Paris",
      serviceWorkers: test.serviceWorkers ?? "block",
    });
    signal.addEventListener("abort", () => context.close().catch(() => {}));
    const page = await context.newPage();
    // The app, once it has replaced the page's first view (tests/browser/helpers.mjs).
    awaitTakeOver(page);
    context.on("page", awaitTakeOver);
    const problems = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()} (${msg.location().url})`);
    });
    try {
      await test.run({ page, context, base, dist, root, problems });
      if (problems.length) throw new Error(problems.join("\n"));
    } catch (error) {
      await page.screenshot({ path: join(artifacts, `${test.name.replace(/\W+/g, "_")}.png`), fullPage: true }).catch(() => {});
      // nginx's log often tells why.
      if (error instanceof Error) error.message += `\n     nginx's log (${log}), its end:\n${nginx.output().split("\n").slice(-15).join("\n")}`;
      throw error;
    } finally {
      await context.close().catch(() => {});
    }
  },
  async setUp() {
    if (!existsSync(join(dist, "index.html"))) throw new Error(`no ${dist}/index.html: run ./dev build first`);
    await mkdir(artifacts, { recursive: true });
    const port = await freePort();
    nginx = await startNginx(port, log);
    base = `http://127.0.0.1:${port}/`;
    console.log(`nginx (./dev host, tests/host/site.conf) serving ${dist} at ${base}`);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      headless: true,
      args: [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
      ],
    });
  },
  async tearDown() {
    await browser?.close();
    await nginx?.stop();
  },
});
