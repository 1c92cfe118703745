// Browser benchmark: how long the release build takes to show the key figures, and to apply a
// filter, on this machine and with the CPU slowed down 4× (a cheap phone). Prints, asserts nothing.
// Usage: node tests/bench/browser.mjs   (after a release build in dist/)
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist");
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml" };
const server = createServer(async (req, res) => {
  const path = new URL(req.url, "http://x").pathname;
  const file = join(dist, path.endsWith("/") ? "index.html" : path);
  try {
    const body = await readFile(file);
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function measure(throttle) {
  const loads = [];
  const filters = [];
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    const started = Date.now();
    await page.goto(base);
    await page.locator('[data-figure="total"] .figure__value').waitFor({ timeout: 120_000 });
    loads.push(Date.now() - started);
    const before = await page.locator('[data-figure="total"] .figure__value').innerText();
    const t = Date.now();
    await page.evaluate(() => {
      const select = document.querySelector("#filtre-annee");
      select.value = "2020";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await page.waitForFunction((b) => document.querySelector('[data-figure="total"] .figure__value').innerText !== b, before);
    filters.push(Date.now() - t);
    await context.close();
  }
  return { load: median(loads), filter: median(filters) };
}

for (const throttle of [1, 4]) {
  const { load, filter } = await measure(throttle);
  console.log(`CPU ×${throttle}: key figures shown after ${load} ms (median of 5, local server, no network delay); year change applied in ${filter} ms`);
}
await browser.close();
server.close();
