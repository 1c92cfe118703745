// The pages under a strict Content-Security-Policy, after `trunk build`: each module's page
// (index.html, the explorer's; embed.html, the embeds': src/web/app.rs, Module). Trunk's inline bootstrap
// script goes to a file of its own (boot-<hash>.js), which public/first-view.js starts (named in
// the root's data-app-boot: not where WebAssembly is missing, and for an embed after its first
// paint), and the policy of tools/content-security-policy.txt is written in a <meta> of index.html.
// Usage: node tools/strict-csp.mjs <dist>   (run by ./dev after trunk build)
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CSP } from "./csp.mjs";

const dist = process.argv[2];
if (!dist) throw new Error("usage: node tools/strict-csp.mjs <dist>");
// The other modules' pages (src/web/app.rs, Module), built by ./dev after index.html.
const modules = ["documents", "embed", "presentation"]
  .filter((module) => existsSync(join(dist, `${module}.html`)))
  .map((module) => ({ module, ...strict(join(dist, `${module}.html`), `${module}.html`) }));
strict(join(dist, "index.html"), "index.html", modules);

/** Makes `page` strict and returns its boot script's name and the module files it names. With
 * `modules` (the other modules' pages'), the explorer's page (index.html, copied as shell.html: the
 * page of any address without a first view) also names their boot scripts (`data-modules`,
 * `embed=boot-….js presentation=boot-….js`) and files (`data-module-files`): first-view.js starts
 * the module of the address (/embed/<bloc> without a first view: an unknown block, which the embed
 * page explains; an embed or the presentation offline, before its page was saved), and the service
 * worker saves their files with the app's (public/sw.js), so that such an address works offline too. */
function strict(page, file, modules = []) {
  let html = readFileSync(page, "utf8");
  const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
  const found = html.match(inline);
  if (!found) throw new Error(`no inline bootstrap script in ${file}: did Trunk change?`);
  const name = `boot-${createHash("sha256").update(found[1]).digest("hex").slice(0, 16)}.js`;
  writeFileSync(join(dist, name), found[1]);
  html = html.replace(inline, "");
  // Trunk's files of the page's module: <bin>-<hash>.js and <bin>-<hash>_bg.wasm.
  const files = [...new Set([...html.matchAll(/[\s"'=/]([a-z-]+-[0-9a-f]{12,}(?:_bg\.wasm|\.js))\b/g)].map((m) => m[1]))];
  if (files.length !== 2) throw new Error(`${file}: expected its module's js and wasm, found ${files.join(", ") || "none"}`);
  const boots = modules.map((m) => `${m.module}=${m.boot}`).join(" ");
  const moduleFiles = modules.flatMap((m) => [m.boot, ...m.files]).join(" ");
  const named = modules.length ? ` data-modules="${boots}" data-module-files="${moduleFiles}"` : "";
  // Relative to <base href>, like every other asset of the page.
  html = html.replace(/<html\b/i, `<html data-app-boot="${name}"${named}`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;
  html = html.replace(/<meta charset="?utf-8"?>/i, (charset) => `${charset}${meta}`);
  if (!html.includes("Content-Security-Policy")) throw new Error("no <meta charset> to put the policy after");
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error(`${file} still has an inline script`);
  writeFileSync(page, html);
  console.log(`${file}: bootstrap in ${name} (started by first-view.js), policy in a <meta>`);
  return { boot: name, files };
}
