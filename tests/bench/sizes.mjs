// Prints the size of what a visitor downloads: each file of dist/, raw, gzip and brotli.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync } from "node:zlib";

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
