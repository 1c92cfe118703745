// The page under a strict Content-Security-Policy, after `trunk build`: Trunk's inline bootstrap
// script goes to a file of its own (boot-<hash>.js), which public/first-view.js starts (named in
// the root's data-app-boot: not where WebAssembly is missing, and for an embed after its first
// paint), and the policy of tools/content-security-policy.txt is written in a <meta> of index.html.
// Usage: node tools/strict-csp.mjs <dist>   (run by ./dev after trunk build)
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CSP } from "./csp.mjs";

const dist = process.argv[2];
if (!dist) throw new Error("usage: node tools/strict-csp.mjs <dist>");
const page = join(dist, "index.html");
let html = readFileSync(page, "utf8");
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) throw new Error("no inline bootstrap script in index.html: did Trunk change?");
const name = `boot-${createHash("sha256").update(found[1]).digest("hex").slice(0, 16)}.js`;
writeFileSync(join(dist, name), found[1]);
// Relative to <base href>, like every other asset of the page.
html = html.replace(inline, "");
html = html.replace(/<html\b/i, `<html data-app-boot="${name}"`);
const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;
html = html.replace(/<meta charset="?utf-8"?>/i, (charset) => `${charset}${meta}`);
if (!html.includes("Content-Security-Policy")) throw new Error("no <meta charset> to put the policy after");
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error("index.html still has an inline script");
writeFileSync(page, html);
console.log(`index.html: bootstrap in ${name} (started by first-view.js), policy in a <meta>`);
