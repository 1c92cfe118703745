// Embeds: one block per route, the same figures as the explorer, iframes sized by their host
// page, and the "Intégrer" dialog whose snippet works pasted into a blank page.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { drawn, frameOf, poll, recordCspViolations, shownFigures, tableRows, takenOver } from "./helpers.mjs";

const FILTERS = "incubateur=dinum,anct&annee=2024";
const BLOCKS = {
  chiffres: null,
  incubateurs: "graphique-incubateurs",
  ministeres: "graphique-ministeres",
  fast: "graphique-fast",
  evolution: "graphique-evolution",
  transparence: "graphique-transparence",
};

/** The host page of docs/embedding.md: its script, then `frames` (HTML). Records the messages it gets. */
function hostPage(frames, script) {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Hôte</title></head>
<body style="margin:0"><script>window.received = []; window.addEventListener("message", (e) => window.received.push(e.data));</script>
${frames}
${script}
</body></html>`;
}

/** For each iframe of the page: its height, and the height of the block it shows. */
async function frameFits(page) {
  const result = [];
  for (const frame of await page.locator("iframe").all()) {
    const height = await frame.evaluate((f) => f.getBoundingClientRect().height);
    const content = await (await (await frame.elementHandle()).contentFrame()).locator(".embed").evaluate((e) => e.getBoundingClientRect().height);
    result.push({ height, content });
  }
  return result;
}

/** Waits until every iframe of the page is as high as its content (an iframe and its document
 * are two documents, of two origins: no single waitForFunction sees both). */
async function eachFrameFits(page) {
  let fits;
  await poll(async () => {
    // A frame still loading, or whose app is taking over its first view, has no block to measure
    // for a moment (no document yet, or an element gone): measured again at the next try.
    fits = await frameFits(page).catch((error) => `not measurable yet: ${error.message.split("\n")[0]}`);
    return Array.isArray(fits) && fits.every(({ height, content }) => Math.abs(height - Math.ceil(content)) <= 1);
  }, { what: "iframes that fit their content", timeout: 10_000 }).catch(() => assert.fail(`iframes do not fit their content: ${JSON.stringify(fits)}`));
  return fits;
}

async function hostScript(page, base) {
  // The script is the one the dialog hands out: read it from a snippet.
  await page.goto(`${base}?${FILTERS}`);
  await shownFigures(page);
  await page.locator("#graphique-incubateurs button", { hasText: "Intégrer" }).click();
  const code = await page.locator("#incubateurs-code").inputValue();
  const script = code.slice(code.indexOf("<script"));
  assert.equal(script, `<script src="${base}integration.js" defer></script>`);
  return script;
}

/** The inline host script of docs/examples/host-inline.html, for pages that cannot load a file. */
async function inlineHostScript() {
  const file = await readFile(new URL("../../docs/examples/host-inline.html", import.meta.url), "utf8");
  const found = file.match(/<script>\n[\s\S]*?<\/script>/);
  assert.ok(found, "docs/examples/host-inline.html holds a <script>");
  return found[0];
}

/** The theme an embed shows: its root's DSFR theme and its background. */
async function frameTheme(page, selector) {
  return (await frameOf(page, selector)).evaluate(() =>
    `${document.documentElement.getAttribute("data-fr-theme")} ${getComputedStyle(document.documentElement).backgroundColor}`);
}

async function frameThemeIs(page, selector, want) {
  const frame = await frameOf(page, selector);
  await frame.waitForFunction((w) => document.documentElement.getAttribute("data-fr-theme") === w, want, { timeout: 5000 })
    .catch(async () => assert.fail(`${selector}: ${await frameTheme(page, selector)}, not ${want}`));
  return frameTheme(page, selector);
}

export default [
  {
    name: "an embed's page title names its block, its source link says it opens the explorer in a new tab; the presentation has its own title",
    async run({ page, base }) {
      const TITLES = {
        chiffres: "Chiffres clés", incubateurs: "Services par incubateur", ministeres: "Services par ministère",
        fast: "Financement FAST par promotion", evolution: "Évolution des services par phase",
        transparence: "Transparence des services", inconnu: "Bloc introuvable",
      };
      for (const [slug, title] of Object.entries(TITLES)) {
        await page.goto(`${base}embed/${slug}`);
        await page.locator(".embed").waitFor();
        await page.waitForFunction((want) => document.title === want, `${title} — tableau de bord de beta.gouv.fr`)
          .catch(async () => assert.fail(`${slug}: "${await page.title()}"`));
        if (slug === "inconnu") continue;
        const link = page.locator(".embed__source a");
        const visible = (await link.innerText()).trim();
        assert.ok(visible.length > 0);
        const name = await link.getAttribute("aria-label");
        assert.ok(name.startsWith(visible) && name.includes("nouvel onglet"), `${slug}: ${name}`);
      }
      await page.goto(`${base}presentation`);
      await shownFigures(page);
      assert.equal(await page.title(), "Présentation du tableau de bord de beta.gouv.fr");
    },
  },
  {
    name: "each embed route shows only its block, with the explorer's figures for the same filters",
    async run({ page, base }) {
      await page.goto(`${base}?${FILTERS}`);
      const figures = await shownFigures(page);
      const tables = {};
      for (const panel of Object.values(BLOCKS).filter(Boolean)) {
        await drawn(page, panel);
        tables[panel] = await tableRows(page, panel);
      }
      for (const [slug, panel] of Object.entries(BLOCKS)) {
        await page.goto(`${base}embed/${slug}?${FILTERS}`);
        await page.locator(`.embed[data-bloc="${slug}"]`).waitFor();
        if (panel) {
          await drawn(page, panel);
          assert.deepEqual(await tableRows(page, panel), tables[panel], slug);
        } else {
          assert.deepEqual(await shownFigures(page), figures);
        }
        // Its block alone: no site header or footer, no filters, no other block, no list.
        for (const other of [".site-header", ".site-footer", ".filters-form", "section.services", ".timelapse-panel"]) {
          assert.equal(await page.locator(other).count(), 0, `${slug}: ${other}`);
        }
        const blocks = await page.locator(".chart-panel, .key-figures").count();
        assert.equal(blocks, 1, slug);
        assert.equal(await page.locator(".embed .button", { hasText: "Vue tableau" }).count(), panel ? 1 : 0);
        // The source line links to the explorer with the same filters.
        const link = page.locator(".embed__source a");
        assert.match(await link.innerText(), /^Source\s*:\s*beta\.gouv\.fr, données du \d/);
        const href = new URL(await link.getAttribute("href"));
        assert.equal(href.pathname, new URL(base).pathname);
        // (The filter as the explorer writes it: its incubators in their order.)
        assert.deepEqual(href.searchParams.get("incubateur").split(",").sort(), ["anct", "dinum"]);
        assert.equal(href.searchParams.get("annee"), "2024");
      }
    },
  },
  {
    name: "embed options: titre=0 hides the title but for screen readers, theme=sombre darkens page and chart, odd values are said",
    async run({ page, base }) {
      await page.goto(`${base}embed/evolution?titre=0&theme=sombre&fond=rose`);
      await drawn(page, "graphique-evolution");
      const title = page.locator("#graphique-evolution-title");
      assert.equal(await title.evaluate((e) => e.getBoundingClientRect().width <= 1), true, "title visually hidden");
      assert.equal(await title.textContent().then((t) => t.trim()), "Évolution des services par phase");
      assert.equal(await page.locator("html").getAttribute("data-fr-theme"), "dark");
      const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      assert.equal(background, "rgb(22, 22, 22)");
      // The canvas is painted with the dark palette: no pixel of the light theme's blue of the
      // accompanied services (#8383f6), its dark counterpart (#5858cc) instead.
      const pixels = await page.locator("#graphique-evolution canvas").evaluate((c) => {
        const data = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
        let light = 0, dark = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i] === 0x83 && data[i + 1] === 0x83 && data[i + 2] === 0xf6) light++;
          if (data[i] === 0x58 && data[i + 1] === 0x58 && data[i + 2] === 0xcc) dark++;
        }
        return { light, dark };
      });
      assert.equal(pixels.light, 0);
      assert.ok(pixels.dark > 100, JSON.stringify(pixels));
      assert.match(await page.locator('[data-testid="ignored-params"]').innerText(), /rose/);
    },
    expectConsoleErrors: false,
  },
  {
    name: "a host page with two embeds gets their resize messages and fits each after a filter change and a window resize",
    viewport: { width: 1000, height: 700 },
    async run({ page, base, extraPages }) {
      const script = await hostScript(page, base);
      const frames = `<iframe id="a" src="${base}embed/incubateurs?id=a" title="A" style="width:100%;border:0" height="150"></iframe>
<iframe id="b" src="${base}embed/chiffres?annee=2020&titre=0&id=b" title="B" style="width:100%;border:0" height="150"></iframe>`;
      // The host page on another origin (localhost; the embeds are on 127.0.0.1), as on beta.gouv.fr.
      extraPages.set("/page-hote.html", hostPage(frames, script));
      await page.goto(`${base.replace("127.0.0.1", "localhost")}page-hote.html`);
      let fits = await eachFrameFits(page);
      const ids = await page.evaluate(() => [...new Set(window.received.filter((m) => m.type === "beta-dashboard:resize").map((m) => m.id))].sort());
      assert.deepEqual(ids, ["a", "b"]);
      const tall = fits[0].height;
      assert.ok(tall > 400, `the incubator chart is taller than the initial 150 px: ${tall}`);

      // A filter change (the host points the iframe at one incubator): fewer bars, a shorter frame.
      await page.locator("#a").evaluate((f, url) => { f.src = url; }, `${base}embed/incubateurs?incubateur=dinum&id=a`);
      await page.waitForFunction((h) => document.getElementById("a").getBoundingClientRect().height < h - 100, tall);
      fits = await eachFrameFits(page);

      // Opening the table view inside the block grows it, and the frame follows.
      const before = fits[0].height;
      await (await frameOf(page, "#a")).locator("button", { hasText: "Vue tableau" }).click();
      await page.waitForFunction((h) => document.getElementById("a").getBoundingClientRect().height > h + 20, before);
      await eachFrameFits(page);

      // A narrow window: the figures wrap onto more rows, the frames grow and still fit.
      // Chrome pauses resize observers in a cross-origin frame out of view: a visitor sees frame b
      // resized once it is scrolled to, so the test looks at it there.
      await page.locator("#b").scrollIntoViewIfNeeded();
      const wide = (await frameFits(page))[1].height;
      await page.setViewportSize({ width: 280, height: 700 });
      await page.waitForFunction((h) => document.getElementById("b").getBoundingClientRect().height > h, wide);
      await eachFrameFits(page);
      const overflow = await (await frameOf(page, "#b")).evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${overflow}px of horizontal scroll at 280 px`);
    },
  },
  {
    name: "a host page under a strict CSP with integration.js: both embeds fit, and theme=auto follows the page's DSFR theme live, theme=clair keeps its own",
    viewport: { width: 1000, height: 1400 },
    async run({ page, base, extraPages }) {
      const dashboard = new URL(base).origin;
      const frames = `<iframe id="a" src="${base}embed/incubateurs?theme=auto&amp;id=a" title="A" width="100%" height="150"></iframe>
<iframe id="b" src="${base}embed/chiffres?theme=clair&amp;titre=0&amp;id=b" title="B" width="100%" height="150"></iframe>
<script src="${base}integration.js" defer></script>`;
      // A DSFR page on another origin, whose policy allows only the dashboard's origin for scripts
      // and frames: no inline script or style anywhere.
      extraPages.set("/page-hote-stricte.html", {
        body: `<!doctype html><html lang="fr" data-fr-scheme="light" data-fr-theme="light"><head><meta charset="utf-8"><title>Hôte</title></head><body><h1>Une page</h1>${frames}</body></html>`,
        headers: { "content-security-policy": `default-src 'none'; script-src 'self' ${dashboard}; frame-src ${dashboard}; style-src 'self'` },
      });
      await recordCspViolations(page);
      // The visitor's system is dark: the page's own light theme wins for theme=auto.
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto(`${base.replace("127.0.0.1", "localhost")}page-hote-stricte.html`);
      const fits = await eachFrameFits(page);
      assert.ok(fits.every(({ height }) => height !== 150), JSON.stringify(fits));
      assert.equal(await page.locator("#a").evaluate((f) => getComputedStyle(f).borderTopWidth), "0px");
      await frameThemeIs(page, "#a", "light");

      // The page switches to dark (the DSFR's display settings): the auto embed follows, live.
      await page.evaluate(() => document.documentElement.setAttribute("data-fr-theme", "dark"));
      assert.match(await frameThemeIs(page, "#a", "dark"), /rgb\(22, 22, 22\)/);
      await frameThemeIs(page, "#b", "light");
      // And back.
      await page.evaluate(() => document.documentElement.setAttribute("data-fr-theme", "light"));
      await frameThemeIs(page, "#a", "light");
      // Without a DSFR theme on the page, auto follows the visitor's system again, live.
      await page.evaluate(() => { document.documentElement.removeAttribute("data-fr-theme"); document.documentElement.removeAttribute("data-fr-scheme"); });
      await frameThemeIs(page, "#a", "dark");
      await page.emulateMedia({ colorScheme: "light" });
      await frameThemeIs(page, "#a", "light");
      await frameThemeIs(page, "#b", "light");
      assert.deepEqual(await page.evaluate(() => window.violations), []);
    },
  },
  {
    name: "an embed takes a theme only from its parent window, and only a known value",
    async run({ page, base, extraPages }) {
      extraPages.set("/page-hote-theme.html", `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Hôte</title></head>
<body><iframe id="a" src="${base}embed/chiffres?theme=auto" title="A" width="100%" height="300"></iframe></body></html>`);
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(`${base.replace("127.0.0.1", "localhost")}page-hote-theme.html`);
      const frame = await frameOf(page, "#a");
      await takenOver(frame);
      await frame.locator(".key-figures").waitFor();
      // The embed's own listener was added first: once this one has seen every message, so has it.
      await frame.evaluate(() => { window.seen = 0; window.addEventListener("message", () => { window.seen += 1; }); });
      const post = (theme, type = "beta-dashboard:theme") => page.evaluate(([t, k]) =>
        document.getElementById("a").contentWindow.postMessage({ type: k, theme: t }, "*"), [theme, type]);
      // Another window than the parent (here the embed's own) and odd values change nothing.
      await frame.evaluate(() => window.postMessage({ type: "beta-dashboard:theme", theme: "dark" }, "*"));
      const odd = ["sombre", "DARK", "dark ", "", null, { dark: true }];
      for (const value of odd) await post(value);
      await post("dark", "beta-dashboard:resize");
      await frame.waitForFunction((n) => window.seen === n, odd.length + 2);
      assert.match(await frameTheme(page, "#a"), /^light /);
      // A known value from the parent is taken.
      await post("dark");
      await frameThemeIs(page, "#a", "dark");
      await post("system");
      await frameThemeIs(page, "#a", "light");
    },
  },
  {
    name: "a host page with the inline host script of docs/examples (for pages that cannot load a file) fits its embed",
    async run({ page, base, extraPages }) {
      const frames = `<iframe id="a" src="${base}embed/fast?id=a" title="A" style="width:100%;border:0" height="150"></iframe>`;
      extraPages.set("/page-hote-inline.html", hostPage(frames, await inlineHostScript()));
      await page.goto(`${base.replace("127.0.0.1", "localhost")}page-hote-inline.html`);
      const [fit] = await eachFrameFits(page);
      assert.ok(fit.height > 150, JSON.stringify(fit));
    },
  },
  {
    name: "the snippet copied from the Intégrer dialog works pasted into a blank page",
    async run({ page, context, base }) {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(base).origin });
      await page.goto(`${base}?${FILTERS}`);
      await drawn(page, "graphique-fast");
      const want = await tableRows(page, "graphique-fast");
      await page.locator("#graphique-fast button", { hasText: "Intégrer" }).click();
      const dialog = page.locator("#integrer-fast");
      await dialog.waitFor();
      assert.equal(await dialog.evaluate((d) => d.open && d.matches(":modal")), true, "a modal dialog");
      assert.match(await dialog.locator("h2").innerText(), /Intégrer «\s*Financement FAST par promotion\s*»/);
      // The live preview is sized by the explorer, as a host page would.
      const preview = dialog.locator("iframe.embed-dialog__preview");
      await page.waitForFunction(() => {
        const f = document.querySelector("#integrer-fast iframe");
        return f && f.style.height !== "";
      });
      // The view's filter, as the explorer writes it.
      assert.match(await preview.getAttribute("src"), /embed\/fast\?incubateur=anct,dinum&annee=2024$/);
      await dialog.locator("button", { hasText: "Copier le code" }).click();
      await dialog.locator(".embed-dialog__status", { hasText: "Code copié" }).waitFor();
      const code = await page.evaluate(() => navigator.clipboard.readText());
      assert.match(code, /^<iframe src="[^"]+" title="Financement FAST par promotion — tableau de bord de beta.gouv.fr" loading="lazy"/);
      // Escape closes it and gives the focus back to the button.
      await page.keyboard.press("Escape");
      assert.equal(await dialog.evaluate((d) => d.open), false);
      assert.equal(await page.evaluate(() => document.activeElement.closest("#graphique-fast")?.tagName), "SECTION");
      assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Intégrer");

      const blank = await context.newPage();
      await blank.setContent(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page</title></head><body><h1>Une page</h1>${code}</body></html>`);
      const frame = await frameOf(blank, "iframe");
      await frame.locator("#graphique-fast canvas[data-draws]").waitFor();
      assert.deepEqual(await tableRows(frame, "graphique-fast"), want);
      await eachFrameFits(blank);
      assert.notEqual(await blank.locator("iframe").evaluate((f) => f.style.height), "");
      await blank.close();
    },
  },
  {
    name: "an unknown block says so and links to the explorer",
    async run({ page, base }) {
      await page.goto(`${base}embed/carte`);
      await page.locator(".embed .alert--error").waitFor();
      assert.match(await page.locator(".embed .alert--error").innerText(), /n'existe pas/);
    },
  },
];
