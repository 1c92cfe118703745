// A tiny static file server for the browser benchmark (node:http, no dependency).
//
//   const { server, base } = await serve("dist", { brotli: true });  // base = "http://127.0.0.1:PORT/"
//
// - answers the files under `root`; "/" and directories answer their index.html;
// - an unknown path without an extension answers root/index.html (single-page app fallback);
// - with `brotli: true` and a request accepting br, text types and wasm are compressed on the fly
//   with brotli quality 5, as a CDN does, and the compressed bytes are kept in memory per file so
//   that compression time is only paid once (warm the cache before measuring);
// - precompressed .br/.gz files next to the originals (meant for static hosts) are never used.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { brotliCompress, constants } from "node:zlib";
import { promisify } from "node:util";

const compress = promisify(brotliCompress);

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};
// Worth compressing: text, and wasm (fonts and images are already compressed).
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".json", ".svg", ".txt"]);

/** The file a URL path stands for, or null (404). */
async function resolve(root, urlPath) {
  const path = normalize(decodeURIComponent(urlPath));
  const file = join(root, path);
  if (file !== root && !file.startsWith(root + sep)) return null; // outside root ("/../")
  // SPA fallback: the app alone (shell.html, beside the pages' own files with their first views),
  // or index.html for a build without first views (the Chart.js baseline).
  const shell = await stat(join(root, "shell.html")).then(() => join(root, "shell.html"), () => join(root, "index.html"));
  try {
    const info = await stat(file);
    if (!info.isDirectory()) return file;
    const index = join(file, "index.html");
    return await stat(index).then(() => index, () => (extname(path) ? null : shell));
  } catch {
    return extname(path) ? null : shell;
  }
}

export function serve(root, { brotli = false } = {}) {
  root = normalize(root).replace(/[/\\]+$/, "");
  const cache = new Map(); // file → { key: mtime+size, body: brotli bytes }

  const server = createServer(async (req, res) => {
    try {
      const file = await resolve(root, new URL(req.url, "http://x").pathname);
      if (!file) throw new Error("not found");
      const info = await stat(file);
      const ext = extname(file);
      const headers = { "content-type": TYPES[ext] ?? "application/octet-stream", "cache-control": "no-cache" };
      let body;
      if (brotli && COMPRESSIBLE.has(ext)) {
        headers.vary = "Accept-Encoding";
        if (/\bbr\b/.test(req.headers["accept-encoding"] ?? "")) {
          const key = `${info.mtimeMs}:${info.size}`; // recompress if the file was rebuilt
          let hit = cache.get(file);
          if (hit?.key !== key) {
            const bytes = await compress(await readFile(file), {
              params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: info.size },
            });
            cache.set(file, (hit = { key, body: bytes }));
          }
          body = hit.body;
          headers["content-encoding"] = "br";
        }
      }
      body ??= await readFile(file);
      headers["content-length"] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("not found");
    }
  });

  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done({ server, base: `http://127.0.0.1:${server.address().port}/` }));
  });
}
