// Precompressed copies hosts serve instead of compressing on the fly (nginx gzip_static /
// brotli_static): a .br (brotli, best) and a .gz (gzip -9) beside every text file and the wasm.
// Usage: node tools/precompress.mjs <dist>   (run by ./dev after trunk build)
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, extname } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const TEXT = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".wasm", ".txt", ".md", ".csv", ".xml", ".webmanifest"]);
const dist = process.argv[2];
if (!dist) throw new Error("usage: node tools/precompress.mjs <dist>");
let count = 0;
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) { walk(path); continue; }
    if (!TEXT.has(extname(name))) continue;
    const bytes = readFileSync(path);
    writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: {
      [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
    writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
    count += 1;
  }
})(dist);
console.log(`${count} files precompressed`);
