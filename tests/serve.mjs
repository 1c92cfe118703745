// Serving dist/ as any static host of a single-page app does, for the test runners (browser,
// engines), as tests/host/site.conf has nginx do it: a file by its path; for a path without an
// extension (a page of the app), the page's own file with its first view (<path>/index.html) when
// the build rendered one, else the app alone (shell.html); else 404.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm",
  ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".md": "text/markdown; charset=utf-8",
  ".png": "image/png", ".csv": "text/csv; charset=utf-8",
};

/** Answers `res` with the file of `dist` at `pathname` (decoded, kept inside dist), with
 * `headers` besides its content type. */
export async function answerFromDist(dist, pathname, res, headers = {}) {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, "");
  let file = join(dist, path);
  const shell = await stat(join(dist, "shell.html")).then(() => join(dist, "shell.html"), () => join(dist, "index.html"));
  try {
    // A folder answers its index.html, or the app's when it has none.
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    if (!extname(path)) await stat(file).catch(() => { file = shell; });
  } catch {
    file = extname(path) ? null : shell;
  }
  try {
    if (!file) throw new Error("not found");
    const body = await readFile(file);
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...headers });
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  }
}

// `node tests/serve.mjs <dist> [port]` (`./dev serve`): serves dist/ on 127.0.0.1 as above.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dist = "dist", port = "8080"] = process.argv.slice(2);
  createServer((req, res) => answerFromDist(dist, new URL(req.url, "http://x").pathname, res, { "cache-control": "no-cache" }))
    .listen(Number(port), "127.0.0.1", () => console.log(`http://127.0.0.1:${port}/`));
}
