// Prints the size of what a visitor downloads: each file of dist/, raw, gzip and brotli (quality
// 11, as precompressed); then each module's code and an embed's page in brotli 5, against the budgets.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import zlib, { gzipSync, brotliCompressSync } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    // Precompressed copies (.br, .gz) and benchmark data are not what a visitor downloads.
    else if (!name.startsWith(".") && !/\.(br|gz)$/.test(name) && !name.startsWith("synthetique")) files.push(path);
  }
})(dist);

const kb = (n) => `${(n / 1024).toFixed(1).padStart(8)} KiB`;
let app = [0, 0, 0];
let reader = [0, 0, 0];
let data = [0, 0, 0];
console.log(`${"file".padEnd(52)} ${"raw".padStart(12)} ${"gzip".padStart(12)} ${"brotli".padStart(12)}`);
for (const path of files.sort()) {
  const bytes = readFileSync(path);
  const sizes = [bytes.length, gzipSync(bytes, { level: 9 }).length, brotliCompressSync(bytes).length];
  const name = relative(dist, path);
  // The default view loads one data file; the published copy under data/ is for ?source= only.
  // The reader of published files (a web worker) is loaded only for ?source= a folder or the live API.
  const total = name.startsWith("data/") ? (name === "data/tableau-de-bord.json" ? data : null) : name.startsWith("reader") ? reader : app;
  if (total) sizes.forEach((s, i) => (total[i] += s));
  console.log(`${name.padEnd(52)} ${kb(sizes[0])} ${kb(sizes[1])} ${kb(sizes[2])}`);
}
console.log(`${"app (html, js, wasm, css, icons)".padEnd(52)} ${kb(app[0])} ${kb(app[1])} ${kb(app[2])}`);
console.log(`${"data the default view loads".padEnd(52)} ${kb(data[0])} ${kb(data[1])} ${kb(data[2])}`);
console.log(`${"reader of published files (worker, ?source= only)".padEnd(52)} ${kb(reader[0])} ${kb(reader[1])} ${kb(reader[2])}`);

// Each module (src/web/app.rs, Module) and what a visitor of one of its pages downloads, in
// brotli at quality 5 (what a server compressing on the fly sends), in kB (1000 bytes), against
// issue 25's budgets: the explorer's code (its wasm, its JavaScript: Trunk's glue, the boot script,
// first-view.js) ≤ 320 kB; an embed's ≤ 200 kB; an embed's page with everything it loads but the
// fonts (its HTML, stylesheets, icon, code, the default data file) ≤ 300 kB.
const brotli5 = (path) =>
  brotliCompressSync(readFileSync(path), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }).length;
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

/** The files of dist/ a page loads (under the app's base, which is dist/): what its head names
 * (stylesheets, icon, scripts, preloads, its boot script and the data file first-view.js fetches),
 * and the module its boot script imports; without the fonts. */
function pageFiles(page) {
  const html = readFileSync(join(dist, page), "utf8");
  const head = html.slice(0, html.search(/<body[\s>]/i));
  const named = [...head.matchAll(/\b(?:href|src|data-app-boot|data-preload-href)=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g)]
    .map((m) => (m[1] ?? m[2] ?? m[3]).replace(/^\//, ""))
    .filter((name) => name && !name.startsWith("fonts/") && !/^[a-z]+:/.test(name) && existsSync(join(dist, name)) && statSync(join(dist, name)).isFile());
  const boot = head.match(/data-app-boot="([^"]+)"/)?.[1];
  const module = boot ? [...readFileSync(join(dist, boot), "utf8").matchAll(/["`]\/?([^"`]+\.(?:js|wasm))["`]/g)].map((m) => m[1]) : [];
  return [...new Set([page, ...named, ...module])];
}

/** A module's code: its wasm and Trunk's glue (named by its boot script), the boot script, first-view.js. */
function moduleCode(page) {
  return pageFiles(page).filter((name) => /\.(js|wasm)$/.test(name));
}

const sum = (names) => names.reduce((total, name) => total + brotli5(join(dist, name)), 0);
const budgets = [];
const budget = (what, files, limit) => {
  const size = sum(files);
  budgets.push({ what, size, limit });
  console.log(`${what.padEnd(60)} ${kB(size).padStart(10)}  (≤ ${limit} kB: ${size <= limit * 1000 ? "met" : "NOT met"})`);
};
console.log("\nModules, brotli 5 (kB = 1000 bytes):");
for (const [module, page] of [["explorer", "index.html"], ["embed", "embed/incubateurs/index.html"], ["presentation", "presentation/index.html"], ["documents", "bilan/index.html"]]) {
  if (!existsSync(join(dist, page))) continue;
  const code = moduleCode(page);
  console.log(`${module}: ${code.map((name) => `${name} ${kB(brotli5(join(dist, name)))}`).join(", ")}`);
}
budget("explorer: wasm + js", moduleCode("index.html"), 320);
if (existsSync(join(dist, "presentation.html"))) {
  const size = sum(moduleCode("presentation/index.html"));
  console.log(`${"presentation: wasm + js (no budget)".padEnd(60)} ${kB(size).padStart(10)}`);
}
if (existsSync(join(dist, "documents.html"))) {
  const size = sum(moduleCode("bilan/index.html"));
  console.log(`${"documents (bilan, statement): wasm + js (no budget)".padEnd(60)} ${kB(size).padStart(10)}`);
}
if (existsSync(join(dist, "embed.html"))) {
  budget("embed (/embed/incubateurs): wasm + js", moduleCode("embed/incubateurs/index.html"), 200);
  budget("embed (/embed/incubateurs): every byte but the fonts", pageFiles("embed/incubateurs/index.html"), 300);
}
