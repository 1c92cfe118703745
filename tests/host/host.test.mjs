// The release build served by nginx with tests/host/site.conf (run.mjs starts it with
// `./dev host`): the headers of each kind of file, the app's routes and the 404s, the app under
// the header CSP, offline reload, who may frame what; docs/hosting.md recommends that very configuration.
import assert from "node:assert/strict";
import { createServer, get } from "node:http";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, extname } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { controlledBy, cutNetwork, recordCspViolations as recordViolations, shownFigures, takenOver } from "../browser/helpers.mjs";
import { keyFigures, loadStartups, todayIso } from "../browser/oracle.mjs";

const EXPLORER = "'self'";
const EMBED = "'self' https://beta.gouv.fr https://*.beta.gouv.fr";
const NO_CACHE = "no-cache";
const IMMUTABLE = "public, max-age=31536000, immutable";
const DATA = "public, max-age=3600, must-revalidate";
const FONT = "public, max-age=2592000";
const TYPES = {
  ".html": /^text\/html; charset=utf-8$/, ".js": /^(application|text)\/javascript(; charset=utf-8)?$/,
  ".wasm": /^application\/wasm$/, ".css": /^text\/css$/, ".json": /^application\/json$/,
  ".svg": /^image\/svg\+xml$/, ".woff2": /^font\/woff2$/, ".txt": /^text\/plain; charset=utf-8$/,
  ".csv": /^text\/csv; charset=utf-8$/,
};

/** The policy `./dev build` writes into index.html (tools/content-security-policy.txt): the
 * header must say the same. */
function policy(root) {
  return readFileSync(join(root, "tools", "content-security-policy.txt"), "utf8").trim();
}

/** A GET with these request headers: status, headers and the body, decoded. */
function request(base, path, headers = {}) {
  return new Promise((done, fail) => {
    get(new URL(path, base), { headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        let body = Buffer.concat(chunks);
        const encoding = res.headers["content-encoding"];
        if (encoding === "br") body = brotliDecompressSync(body);
        else if (encoding === "gzip") body = gunzipSync(body);
        else assert.equal(encoding, undefined, `${path}: unknown encoding ${encoding}`);
        done({ status: res.statusCode, headers: res.headers, body });
      });
    }).on("error", fail);
  });
}

/** What each kind of file of the build must be served with: [path, file in dist, Cache-Control, frame-ancestors]. */
function expectations(dist) {
  const index = join(dist, "index.html");
  // A page with a first view of its own is its file; any other address of the app is shell.html.
  const page = (path) => join(dist, path, "index.html");
  const shell = join(dist, "shell.html");
  const cases = [
    ["/", index, NO_CACHE, EXPLORER],
    ["/index.html", index, NO_CACHE, EXPLORER],
    ["/presentation", page("presentation"), NO_CACHE, EXPLORER],
    ["/accessibilite?theme=sombre", page("accessibilite"), NO_CACHE, EXPLORER],
    ["/bilan?annee=2020", page("bilan"), NO_CACHE, EXPLORER],
    ["/embed/incubateurs?annee=2024", page("embed/incubateurs"), NO_CACHE, EMBED],
    ["/embed/chiffres", page("embed/chiffres"), NO_CACHE, EMBED],
    ["/embed/inconnu", shell, NO_CACHE, EMBED],
    ["/page-inconnue", shell, NO_CACHE, EXPLORER],
    ["/shell.html", shell, NO_CACHE, EXPLORER],
    ["/first-view.js", join(dist, "first-view.js"), NO_CACHE, EXPLORER],
    ["/data/tableau-de-bord.json", join(dist, "data", "tableau-de-bord.json"), DATA, EXPLORER],
    ["/data/beta.gouv.fr/startups.json", join(dist, "data", "beta.gouv.fr", "startups.json"), DATA, EXPLORER],
    ["/fonts/marianne-regular.woff2", join(dist, "fonts", "marianne-regular.woff2"), FONT, EXPLORER],
    ["/fonts/marianne-bold.woff2", join(dist, "fonts", "marianne-bold.woff2"), FONT, EXPLORER],
    ["/sw.js", join(dist, "sw.js"), NO_CACHE, EXPLORER],
    ["/robots.txt", join(dist, "robots.txt"), NO_CACHE, EXPLORER],
    ["/accessibilite/grille-rgaa.csv", join(dist, "accessibilite", "grille-rgaa.csv"), NO_CACHE, EXPLORER],
  ];
  for (const name of ["reader_loader.js", "reader.js", "reader_bg.wasm", "integration.js"]) {
    if (name !== "integration.js" || existsSync(join(dist, name))) cases.push([`/${name}`, join(dist, name), NO_CACHE, EXPLORER]);
  }
  // As site.conf and sw.js tell them: Trunk writes its 64-bit hashes without their leading zeros
  // (`-fc92831823760fb.js`), so 16 hex digits or fewer.
  const hashed = readdirSync(dist).filter((name) => /-[0-9a-f]{12,}(_bg\.wasm|\.js|\.css|\.svg)$/.test(name));
  // Trunk's script, wasm and two stylesheets, the bootstrap script, the favicon.
  assert.ok(hashed.length >= 6, `hashed files of dist/: ${hashed}`);
  for (const name of hashed) cases.push([`/${name}`, join(dist, name), IMMUTABLE, EXPLORER]);
  return cases;
}

const startupsOf = (dist) => loadStartups(join(dist, "data", "beta.gouv.fr", "startups.json"));

function expectedFigures(dist) {
  const { investigation, accompagnement, perennises, abandonnes, total } = keyFigures(startupsOf(dist), todayIso());
  return { investigation, accompagnement, perennises, abandonnes, "accompagnement-ou-perennises": accompagnement + perennises, total };
}

/** A page on another origin (http://localhost:port, while nginx is http://127.0.0.1:port). */
function otherOrigin(html) {
  const server = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

export default [
  {
    name: "tests/host/site.conf sends the policy of tools/content-security-policy.txt",
    async run({ root }) {
      const conf = readFileSync(join(root, "tests", "host", "site.conf"), "utf8");
      assert.ok(conf.includes(policy(root)), "site.conf's Content-Security-Policy is not tools/content-security-policy.txt");
    },
  },
  {
    name: "headers of each kind of file: type, Cache-Control, CSP with its frame-ancestors, nosniff, Referrer-Policy, brotli or gzip",
    async run({ base, dist, root }) {
      const csp = policy(root);
      for (const [path, file, cache, ancestors] of expectations(dist)) {
        const bytes = readFileSync(file);
        const compressed = existsSync(`${file}.br`) && existsSync(`${file}.gz`);
        for (const [accept, encoding] of [["br", "br"], ["gzip, deflate, br, zstd", "br"], ["gzip", "gzip"], [undefined, undefined]]) {
          const what = `${path} (Accept-Encoding: ${accept})`;
          const { status, headers, body } = await request(base, path, accept ? { "accept-encoding": accept } : {});
          assert.equal(status, 200, what);
          assert.match(headers["content-type"], TYPES[extname(file)], what);
          if (path === "/sw.js") assert.match(headers["content-type"], /^text\/javascript/, what);
          assert.equal(headers["cache-control"], cache, what);
          assert.equal(headers["content-security-policy"], `${csp}; frame-ancestors ${ancestors}`, what);
          assert.equal(headers["x-content-type-options"], "nosniff", what);
          assert.equal(headers["referrer-policy"], "strict-origin-when-cross-origin", what);
          assert.equal(headers["content-encoding"], compressed ? encoding : undefined, what);
          if (compressed) assert.match(headers.vary ?? "", /Accept-Encoding/i, what);
          assert.ok(headers.etag && headers["last-modified"], `${what}: no ETag or Last-Modified`);
          assert.ok(body.equals(bytes), `${what}: not the bytes of ${file}`);
          // Revalidation (no-cache, must-revalidate) costs a 304.
          const again = await request(base, path, { ...(accept ? { "accept-encoding": accept } : {}), "if-none-match": headers.etag });
          assert.equal(again.status, 304, `${what} with If-None-Match`);
        }
      }
    },
  },
  {
    name: "a missing file with an extension (an old build's hashed file) is a 404, never a page; a route is its page",
    async run({ base, dist }) {
      const index = readFileSync(join(dist, "index.html"));
      const shell = readFileSync(join(dist, "shell.html"));
      for (const path of ["/beta-dashboard-0000000000000000_bg.wasm", "/beta-dashboard-0000000000000000.js",
        "/boot-0000000000000000.js", "/main-0000000000000000.css", "/absent.js", "/embed/absent.js",
        "/data/absent.json", "/fonts/absent.woff2"]) {
        const { status, headers, body } = await request(base, path, { "accept-encoding": "br" });
        assert.equal(status, 404, path);
        assert.equal(headers["cache-control"], undefined, `${path}: a 404 to keep`);
        assert.equal(headers["x-content-type-options"], "nosniff", path);
        assert.ok(!body.equals(index) && !body.equals(shell), `${path}: a page`);
      }
      const route = await request(base, "/embed/incubateurs?annee=2024", { "accept-encoding": "gzip" });
      assert.equal(route.status, 200);
      assert.ok(route.body.equals(readFileSync(join(dist, "embed", "incubateurs", "index.html"))),
        "/embed/incubateurs?annee=2024 is not embed/incubateurs/index.html");
      const other = await request(base, "/embed/inconnu", { "accept-encoding": "gzip" });
      assert.ok(other.body.equals(shell), "/embed/inconnu is not shell.html");
    },
  },
  {
    name: "the explorer and an embed show their figures under the header CSP, with no violation, compressed",
    async run({ page, context, base, dist, root }) {
      await recordViolations(context);
      const encodings = new Map();
      page.on("response", (r) => encodings.set(new URL(r.url()).pathname, r.headers()["content-encoding"]));
      const response = await page.goto(base);
      assert.equal(response.headers()["content-security-policy"], `${policy(root)}; frame-ancestors ${EXPLORER}`);
      const expected = expectedFigures(dist);
      assert.deepEqual(await shownFigures(page), expected);
      await page.locator("#graphique-evolution canvas[data-draws]").waitFor();
      await page.locator("#graphique-incubateurs canvas[data-draws]").waitFor();
      assert.deepEqual(await page.evaluate(() => window.violations), []);
      const wasm = [...encodings].find(([path]) => path.endsWith("_bg.wasm"));
      assert.ok(wasm && ["br", "gzip"].includes(wasm[1]), `the wasm came ${JSON.stringify(wasm)}`);

      const embed = await page.goto(`${base}embed/chiffres`);
      assert.equal(embed.headers()["content-security-policy"], `${policy(root)}; frame-ancestors ${EMBED}`);
      await page.locator('.embed[data-bloc="chiffres"]').waitFor();
      assert.deepEqual(await shownFigures(page), expected);
      await page.goto(`${base}embed/incubateurs?annee=2024`);
      await page.locator("#graphique-incubateurs canvas[data-draws]").waitFor();
      assert.deepEqual(await page.evaluate(() => window.violations), []);
    },
  },
  {
    name: "offline: after one visit through nginx, the explorer reloads without network with the same figures",
    serviceWorkers: "allow",
    async run({ page, context, base, problems }) {
      await page.goto(base);
      const online = await shownFigures(page);
      await controlledBy(page);
      assert.equal(await page.locator('[data-testid="offline-notice"]').count(), 0);

      await cutNetwork(context);
      await page.reload();
      // No network indeed: a file the worker never saved cannot be fetched (the browser logs the failure).
      const probe = `robots.txt?${Date.now()}`;
      assert.equal(await page.evaluate((url) => fetch(url).then(() => "fetched", () => "failed"), probe), "failed");
      const logged = problems.findIndex((p) => p.includes(probe));
      if (logged >= 0) problems.splice(logged, 1);
      assert.deepEqual(await shownFigures(page), online);
      assert.match((await page.locator('[data-testid="offline-notice"]').innerText()).replace(/\s+/g, " "),
        /^Hors ligne : données enregistrées par ce navigateur le /);
      await page.locator("#graphique-evolution canvas[data-draws]").waitFor();
      await page.goto(`${base}embed/chiffres`);
      assert.deepEqual(await shownFigures(page), online);
    },
  },
  {
    name: "frames: the explorer and the embeds in a frame of this site, but neither in a page of another origin",
    async run({ page, base, problems }) {
      const explorer = base;
      const embed = `${base}embed/chiffres`;
      const frameOf = async (src) => (await page.locator(`iframe[src="${src}"]`).elementHandle()).contentFrame();

      // This site's own page may frame both (frame-ancestors 'self'; the page's frame-src 'self').
      await page.goto(`${base}accessibilite`);
      await page.evaluate((sources) => {
        for (const src of sources) {
          const frame = document.createElement("iframe");
          frame.src = src;
          frame.width = "900";
          frame.height = "700";
          document.body.append(frame);
        }
      }, [explorer, embed]);
      // Each shows its figures once its app has taken over its first view (both are in the page a
      // moment while it does).
      for (const src of [explorer, embed]) {
        const frame = await frameOf(src);
        await frame.waitForURL(src);
        await takenOver(frame);
        await frame.locator('[data-figure="total"] .figure__value').waitFor();
      }

      // A page of another origin (localhost, not 127.0.0.1; neither is beta.gouv.fr) may not:
      // Chromium says so in the console ("Framing '…' violates … frame-ancestors …", formerly
      // "Refused to frame '…' because an ancestor violates …"), naming the directive it applied.
      const refused = (ancestors) => page.waitForEvent("console", {
        predicate: (msg) => msg.type() === "error" && /^(Framing|Refused to frame) /.test(msg.text())
          && msg.text().includes(`'${base}'`) && msg.text().includes(`"frame-ancestors ${ancestors}"`),
        timeout: 10_000,
      });
      const host = await otherOrigin(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Hôte</title></head><body>
<iframe src="${explorer}" width="900" height="700"></iframe><iframe src="${embed}" width="900" height="700"></iframe></body></html>`);
      try {
        const refusals = Promise.all([refused(EXPLORER), refused(EMBED)]);
        await page.goto(`http://localhost:${host.address().port}/`);
        await refusals;
        // Both refused: the frames show the browser's error page, never the app.
        for (const src of [explorer, embed]) {
          const frame = await frameOf(src);
          await frame.waitForURL("chrome-error://chromewebdata/", { timeout: 5000 });
          assert.equal(await frame.locator("[data-figure]").count(), 0, src);
        }
        for (let i = problems.length - 1; i >= 0; i--) if (problems[i].includes("frame-ancestors")) problems.splice(i, 1);
      } finally {
        host.close();
      }
    },
  },
];
