// The slides at every size a presenter may use, from a phone held either way to a room's screen,
// at 100 % and 200 % text: each slide shows the explorer's figures (its bars, named by their
// values, and its table), no text lies on other text, nothing is cut (by the window or a box that
// clips), no word is broken inside, and the values are offered as text ("Vue tableau") on every
// slide. Then what the slides' controls and bars are: the same pause everywhere, no bar that is a
// button doing nothing, canvas text that grows with the browser's text size.
import assert from "node:assert/strict";
import { join } from "node:path";
import { expectedFigures, root, shownFigures, tableRows } from "./helpers.mjs";
import { lastGroupsUnion, lastIncubatorsFunding, loadPublished, todayIso } from "./oracle.mjs";

/** The slides, in their order (`Slide::ALL`), and the id of each one's chart panels. */
const SLIDES = {
  chiffres: [],
  incubateurs: ["graphique-incubateurs"],
  fast: ["graphique-fast"],
  evolution: ["graphique-evolution"],
  ministeres: ["graphique-ministeres"],
  transparence: ["graphique-transparence"],
  historique: ["historique-incubateurs", "historique-evolution"],
};

/** The explorer's panel whose table a slide's panel must equal (the time-lapse ends on today). */
const EXPLORER_PANEL = {
  "historique-incubateurs": "graphique-incubateurs",
  "historique-evolution": "graphique-evolution",
};

/** Charts whose bars are groups that may be folded into "N autres" (and which groups); FAST by
 * incubator is checked under its own key. */
const FOLDABLE = {
  "graphique-incubateurs": "incubateurs", "historique-incubateurs": "incubateurs", "graphique-ministeres": "ministeres",
  "graphique-fast-incubateurs": "fast-incubateurs",
};

/** Shows the FAST chart by incubator. */
async function fastByIncubator(page) {
  await page.locator('#graphique-fast label[for="fast-par-incubateur"]').click();
  await page.waitForFunction(() => document.querySelector("#graphique-fast-table caption")?.textContent.includes("par incubateur"));
}

const SIZES = [
  { width: 320, height: 256 },
  { width: 375, height: 800 },
  { width: 375, height: 800, text: 200 },
  { width: 800, height: 360 },
  { width: 1024, height: 600 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

const plain = (text) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ").trim();
const digits = (text) => Number(text.replace(/\D/g, ""));

/** The root font size at `percent` %, as a browser's text size setting does. */
async function textSize(page, percent) {
  await page.addInitScript((p) => {
    document.addEventListener("DOMContentLoaded", () => { document.documentElement.style.fontSize = `${p}%`; });
  }, percent);
}

/** Opens slide `name` alone (its time-lapse played to today) and waits until its charts have
 * settled: drawn, laid out to their box, the same for three frames running. */
async function openSlide(page, base, name, query = "") {
  await page.goto(`${base}presentation?diapos=${name}&vitesse=20${query}`);
  await page.locator(".presentation").waitFor();
  if (name === "chiffres") {
    await shownFigures(page);
  } else {
    await page.waitForFunction((n) => document.querySelectorAll(".presentation canvas[data-draws]").length >= n,
      SLIDES[name].length, { timeout: 10_000 });
  }
  if (name === "historique") await page.locator('.timelapse[data-playing="false"]').waitFor({ timeout: 20_000 });
  await settled(page);
}

/** Waits until the slide's canvases keep their size and drawing for three frames. */
async function settled(page) {
  await page.waitForFunction(() => new Promise((resolve) => {
    const state = () => JSON.stringify([...document.querySelectorAll(".presentation canvas")].map((c) =>
      [c.width, c.height, c.dataset.draws, c.parentElement.getBoundingClientRect().height]));
    const first = state();
    let frames = 0;
    const next = () => {
      if (state() !== first) return resolve(false);
      if (++frames === 3) return resolve(true);
      requestAnimationFrame(next);
    };
    requestAnimationFrame(next);
  }), null, { timeout: 10_000, polling: 50 });
}

/** What is wrong with the slide's layout, each a sentence: text on text (or on a chart), anything
 * cut by the window or by a box that clips it (a scrolling region the keyboard reaches does not
 * cut), a chart squeezed to fit, a word broken inside, the page scrolling sideways. */
function layoutProblems() {
  const slide = document.querySelector(".presentation");
  const problems = [];
  // Seen: laid out, not hidden for screen readers only (clipped to nothing), not transparent (the
  // DSFR's radio buttons lie under their labels, see-through).
  const hiddenBox = (e) => {
    const style = getComputedStyle(e);
    return style.clip === "rect(0px, 0px, 0px, 0px)" || style.clipPath === "inset(50%)" || style.opacity === "0";
  };
  const visible = (e) => {
    if (!e.getClientRects().length || getComputedStyle(e).visibility === "hidden") return false;
    for (let up = e; up && up !== document.body; up = up.parentElement) if (hiddenBox(up)) return false;
    return true;
  };
  const describe = (e, text) => `${e.tagName.toLowerCase()}${e.className ? "." + String(e.className).split(" ")[0] : ""} «${(text ?? e.textContent).trim().slice(0, 40)}»`;
  // Text boxes: each line of each text node.
  const boxes = [];
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  let id = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim() || !visible(node.parentElement)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    id += 1;
    // A line's box: its glyphs' box, cut to the line's height (a font's glyph box may reach a
    // little into the lines above and below it, which is no overlap anyone sees).
    const lineHeight = parseFloat(getComputedStyle(node.parentElement).lineHeight);
    for (const glyphs of range.getClientRects()) {
      if (glyphs.width <= 0.5 || glyphs.height <= 0.5) continue;
      const height = Number.isFinite(lineHeight) ? Math.min(glyphs.height, lineHeight) : glyphs.height;
      const top = glyphs.top + (glyphs.height - height) / 2;
      const rect = { left: glyphs.left, right: glyphs.right, top, bottom: top + height, width: glyphs.width, height };
      boxes.push({ id, rect, element: node.parentElement, what: describe(node.parentElement, node.textContent) });
    }
    // A word on one line: each word's boxes on one line (no hyphenation cuts it here).
    for (const match of node.textContent.matchAll(/[^\s\u00a0\u202f]+/g)) {
      const word = document.createRange();
      word.setStart(node, match.index);
      word.setEnd(node, match.index + match[0].length);
      const tops = new Set([...word.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) problems.push(`word broken: «${match[0]}» in ${describe(node.parentElement)}`);
    }
  }
  const canvases = [...slide.querySelectorAll("canvas")].filter(visible);
  for (const canvas of canvases) {
    id += 1;
    boxes.push({ id, rect: canvas.getBoundingClientRect(), element: canvas, what: `the chart ${canvas.closest("section")?.id}` });
    // Drawn at its own size, not squeezed by its box.
    const drawn = parseFloat(canvas.style.width);
    if (Math.abs(canvas.getBoundingClientRect().width - drawn) > 1) {
      problems.push(`${canvas.closest("section")?.id} squeezed from ${drawn} to ${canvas.getBoundingClientRect().width} px`);
    }
  }
  for (const control of slide.querySelectorAll("input, select")) {
    if (visible(control)) boxes.push({ id: ++id, rect: control.getBoundingClientRect(), element: control, what: describe(control, control.name || control.type) });
  }
  // In a region the keyboard scrolls (a wide table), a box is seen through the region's box only.
  const reachable = (e) => e.tabIndex >= 0 && /(auto|scroll)/.test(getComputedStyle(e).overflowX + getComputedStyle(e).overflowY);
  const scrollerOf = (e) => {
    for (let up = e.parentElement; up && up !== document.body; up = up.parentElement) if (reachable(up)) return up;
    return null;
  };
  const seenBoxes = boxes.map((box) => {
    const scroller = scrollerOf(box.element);
    if (!scroller) return box;
    const clip = scroller.getBoundingClientRect();
    const [left, right] = [Math.max(box.rect.left, clip.left), Math.min(box.rect.right, clip.right)];
    const [top, bottom] = [Math.max(box.rect.top, clip.top), Math.min(box.rect.bottom, clip.bottom)];
    return { ...box, rect: { left, right, top, bottom, width: right - left, height: bottom - top } };
  }).filter((box) => box.rect.width > 0 && box.rect.height > 0);
  // Two boxes overlap when they share more than a sliver (a line's glyph box may touch the next).
  for (let i = 0; i < seenBoxes.length; i++) {
    for (let j = i + 1; j < seenBoxes.length; j++) {
      const [a, b] = [seenBoxes[i], seenBoxes[j]];
      if (a.id === b.id) continue;
      const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (w > 1 && h > Math.max(2, 0.2 * Math.min(a.rect.height, b.rect.height))) {
        problems.push(`overlap: ${a.what} and ${b.what}`);
      }
    }
  }
  // Cut: past the window's sides or top, or outside an ancestor that clips.
  const width = document.documentElement.clientWidth;
  for (const { rect, element, what } of [...boxes, ...[...slide.querySelectorAll("button")].filter(visible)
    .map((b) => ({ rect: b.getBoundingClientRect(), element: b, what: describe(b) }))]) {
    // Inside a region the keyboard scrolls (a wide table), what counts is the region's box.
    const scroller = scrollerOf(element);
    const seen = scroller ? scroller.getBoundingClientRect() : rect;
    if (seen.left < -0.5 || seen.right > width + 0.5 || seen.top + window.scrollY < -0.5) {
      problems.push(`cut by the window: ${what} at ${Math.round(seen.left)}–${Math.round(seen.right)} of ${width}`);
    }
    for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX === "visible" && style.overflowY === "visible") continue;
      if (reachable(up)) break;
      const box = up.getBoundingClientRect();
      if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5 || rect.top < box.top - 0.5 || rect.bottom > box.bottom + 0.5) {
        problems.push(`cut by ${describe(up, "")}: ${what}`);
        break;
      }
    }
  }
  const sideways = document.documentElement.scrollWidth - window.innerWidth;
  if (sideways > 0) problems.push(`the page scrolls ${sideways} px sideways`);
  return [...new Set(problems)];
}

/** Each bar piece of a panel: what its accessible name says (its category, series, value, the
 * total or note it gives, and whether it is a button). */
async function pieces(page, panel) {
  const named = await page.locator(`#${panel} .chart__hit`).evaluateAll((hits) =>
    hits.map((hit) => ({ name: hit.getAttribute("aria-label"), button: hit.tagName === "BUTTON", role: hit.getAttribute("role") })));
  return named.map(({ name, button, role }) => {
    const text = plain(name);
    const stacked = text.match(/^(.+) — (.+?) : ([\d ]+) services?( distincts?)? \(sur ([\d ]+)\)$/);
    if (stacked) {
      const [, category, series, value, distinct, total] = stacked;
      return { name: text, button, role, category, series, value: digits(value), distinct: Boolean(distinct), total: digits(total) };
    }
    // One series: "Page d'impact : 15,9 % (105 services sur 662)", "FAST 12 - … : 1 630 000 € (9 lauréats)".
    const single = text.match(/^(.+) : ([^:()]+?)(?: \((.+)\))?$/);
    assert.ok(single, `a piece's name reads as a value: ${text}`);
    const [, category, value, note] = single;
    return { name: text, button, role, category, value, note };
  });
}

/** The tables of the explorer at `query` (each chart's, by panel id) and its key figures. */
async function explorerFigures(context, base, query) {
  const explorer = await context.newPage();
  await explorer.goto(`${base}${query}`);
  const figures = await shownFigures(explorer);
  const tables = {};
  for (const panel of ["graphique-incubateurs", "graphique-fast", "graphique-evolution", "graphique-ministeres", "graphique-transparence"]) {
    await explorer.locator(`#${panel}-table tbody tr`).first().waitFor({ state: "attached" });
    tables[panel] = await tableRows(explorer, panel);
  }
  await explorer.locator("#graphique-fast").scrollIntoViewIfNeeded();
  await fastByIncubator(explorer);
  tables["graphique-fast-incubateurs"] = await tableRows(explorer, "graphique-fast");
  await explorer.close();
  return { figures, tables };
}

/** Checks that what a slide's panel shows (its table, and each bar's value) is the explorer's
 * (`as`: the explorer's table to compare with, when not the panel's own). */
async function checkPanel(page, panel, explorer, data, query, as = panel) {
  const mine = EXPLORER_PANEL[as] ?? as;
  const rows = await tableRows(page, panel);
  assert.deepEqual(rows, explorer.tables[mine], `${panel}: its table is the explorer's`);
  const head = (await page.locator(`#${panel}-table thead th`).allTextContents()).map(plain);
  const column = (label) => head.indexOf(label);
  const rowOf = (category) => rows.find((row) => plain(row[0]) === category);
  const shown = await pieces(page, panel);
  assert.ok(shown.length > 0, `${panel}: bars`);
  const seen = new Set();
  let folded = 0;
  for (const piece of shown) {
    assert.equal(piece.button, false, `${panel}: a slide's bar does nothing when clicked, so it is no button: ${piece.name}`);
    assert.equal(piece.role, "img", `${panel}: ${piece.name}`);
    const others = piece.category.match(/^(\d+) autres \((.+)\)$/);
    if (others) {
      // A bar standing for the last groups: only where bars are groups, naming them all, its
      // services counted once each (the oracle's union, not the sum of their rows).
      const kind = FOLDABLE[as];
      assert.ok(kind, `${as} is never folded: ${piece.name}`);
      const n = Number(others[1]);
      const names = rows.slice(rows.length - n).map((row) => plain(row[0]));
      const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} et ${names.at(-1)}` : names[0];
      assert.equal(others[2], list, `${panel}: "${n} autres" names what it stands for`);
      if (kind === "fast-incubateurs") {
        // Each award once: its amount and laureates.
        const union = lastIncubatorsFunding(data, query, n);
        assert.equal(digits(piece.value), union.amount, `${panel}: ${piece.name}`);
        assert.equal(digits(piece.note.split(",")[0]), union.laureates, `${panel}: ${piece.name}`);
        folded += 1;
        continue;
      }
      assert.ok(piece.distinct, `${panel}: ${piece.name} says its services are counted once`);
      const union = lastGroupsUnion(data, query, kind, n);
      assert.equal(piece.value, union.phases[piece.series] ?? 0, `${panel}: ${piece.name}`);
      assert.equal(piece.total, union.total, `${panel}: ${piece.name}`);
      folded += 1;
      continue;
    }
    const row = rowOf(piece.category);
    assert.ok(row, `${panel}: a bar "${piece.category}" has its row`);
    seen.add(piece.category);
    if (piece.series !== undefined) {
      assert.equal(piece.value, digits(row[column(piece.series)]), `${panel}: ${piece.name}`);
      assert.equal(piece.total, digits(row[column("Total")]), `${panel}: ${piece.name}`);
    } else if (column("Part des services (%)") >= 0) {
      assert.equal(piece.value, plain(row[column("Part des services (%)")]), `${panel}: ${piece.name}`);
      assert.equal(digits(piece.note.split(" sur ")[0]), digits(row[column("Services")]), `${panel}: ${piece.name}`);
    } else {
      assert.equal(plain(piece.value), plain(row[column("Montant (€)")]), `${panel}: ${piece.name}`);
      assert.equal(digits(piece.note.split(",")[0]), digits(row[column("Lauréats")]), `${panel}: ${piece.name}`);
    }
  }
  // Every row with a value has its bar (or is in "N autres").
  if (!shown.some((p) => /^\d+ autres \(/.test(p.category))) {
    const valueColumn = ["Total", "Part des services (%)", "Montant (€)"].map(column).find((i) => i >= 0);
    for (const row of rows.filter((r) => digits(r[valueColumn]) > 0)) {
      assert.ok(seen.has(plain(row[0])), `${panel}: "${row[0]}" has its bar`);
    }
  }
  return folded;
}

/** Shows each of the slide's tables in turn ("Vue tableau"), checks it is there, whole, and puts the
 * chart back. */
async function checkTableView(page, name) {
  for (const panel of SLIDES[name]) {
    const button = page.locator(`#${panel} .chart-panel__actions button`, { hasText: "Vue tableau" });
    assert.ok(await button.isVisible(), `${name}: "Vue tableau" is offered on ${panel}`);
    await button.click();
    assert.equal(await button.getAttribute("aria-pressed"), "true");
    const table = page.locator(`#${panel}-table table`);
    assert.ok(await table.isVisible(), `${name}: ${panel}'s table is shown`);
    const problems = await page.evaluate(layoutProblems);
    assert.deepEqual(problems, [], `${name}, table of ${panel}`);
    await button.click();
  }
}

const query = "";

const fits = SIZES.map((size) => ({
  name: `slides fit ${size.width}×${size.height}${size.text ? ` at ${size.text} % text` : ""}: each slide shows the explorer's figures, no text on text, nothing cut, words whole, its table offered`,
  viewport: { width: size.width, height: size.height },
  async run({ page, context, base }) {
    if (size.text) await textSize(page, size.text);
    const data = loadPublished(join(root, "public", "data", "beta.gouv.fr"));
    const explorer = await explorerFigures(context, base, query);
    let folded = 0;
    for (const name of Object.keys(SLIDES)) {
      await openSlide(page, base, name, query);
      const problems = await page.evaluate(layoutProblems);
      assert.deepEqual(problems, [], `${size.width}×${size.height} ${name}`);
      if (name === "chiffres") {
        const figures = await shownFigures(page);
        assert.deepEqual(figures, explorer.figures, "the explorer's key figures");
        assert.deepEqual(figures, expectedFigures(todayIso(), {}), "the oracle's key figures");
        continue;
      }
      for (const panel of SLIDES[name]) folded += await checkPanel(page, panel, explorer, data, query);
      if (name === "fast") {
        await fastByIncubator(page);
        await settled(page);
        assert.deepEqual(await page.evaluate(layoutProblems), [], `${size.width}×${size.height} fast by incubator`);
        folded += await checkPanel(page, "graphique-fast", explorer, data, query, "graphique-fast-incubateurs");
      }
      await checkTableView(page, name);
    }
    // On a small screen the groups do not all fit: the bar standing for the rest was checked.
    if (size.width * size.height < 300_000) assert.ok(folded > 0, "a bar standing for several groups was checked");
  },
}));

export default [
  ...fits,
  {
    name: "slides: with filters (?annee=2023&ministere=environnement) each slide shows the explorer's figures at 1024×600",
    viewport: { width: 1024, height: 600 },
    async run({ page, context, base }) {
      const filtered = "?annee=2023&ministere=environnement";
      const data = loadPublished(join(root, "public", "data", "beta.gouv.fr"));
      const explorer = await explorerFigures(context, base, filtered);
      for (const name of Object.keys(SLIDES).filter((n) => n !== "historique")) {
        await openSlide(page, base, name, `&${filtered.slice(1)}`);
        if (name === "chiffres") {
          assert.deepEqual(await shownFigures(page), explorer.figures);
          continue;
        }
        for (const panel of SLIDES[name]) await checkPanel(page, panel, explorer, data, filtered);
      }
    },
  },
  {
    name: "slides: at 200 % text the charts' text is twice the explorer's at 100 % (24 px and more)",
    viewport: { width: 1280, height: 800 },
    async run({ page, base }) {
      await textSize(page, 200);
      for (const name of Object.keys(SLIDES).filter((n) => n !== "chiffres")) {
        await openSlide(page, base, name);
        for (const canvas of await page.locator(".presentation canvas[data-draws]").all()) {
          const smallest = Number(await canvas.getAttribute("data-smallest-text"));
          assert.ok(smallest >= 24, `${name}: chart text of ${smallest} px at 200 %`);
        }
      }
    },
  },
  {
    name: "slides: pausing means the same on the slides and in the time-lapse: a button named by its action, no pressed state",
    async run({ page, base }) {
      // The presentation's auto-advance.
      await page.goto(`${base}presentation?diapos=chiffres,fast&auto=600`);
      await shownFigures(page);
      const slides = page.locator('[data-testid="pause-slides"]');
      assert.equal(await slides.innerText(), "Pause");
      assert.equal(await slides.getAttribute("aria-pressed"), null, "no pressed state");
      await slides.click();
      assert.equal(await slides.innerText(), "Reprendre");
      assert.equal(await slides.getAttribute("aria-pressed"), null);
      // The time-lapse, on its slide and in the explorer.
      for (const url of [`${base}presentation?diapos=historique&vitesse=0.2`, base]) {
        await page.goto(url);
        if (url === base) {
          await shownFigures(page);
          await page.locator(".timelapse-panel__summary").click();
        }
        await page.locator('.timelapse[data-playing="true"]').waitFor();
        const play = page.locator('[data-testid="timelapse-play"]');
        assert.equal(await play.innerText(), "Pause", url);
        assert.equal(await play.getAttribute("aria-pressed"), null, `${url}: no pressed state`);
        await play.click();
        await page.locator('.timelapse[data-playing="false"]').waitFor();
        assert.equal(await play.innerText(), "Lecture", url);
        assert.equal(await play.getAttribute("aria-pressed"), null);
      }
    },
  },
  {
    name: "slides: a bar that does nothing when clicked is no button (transparency in the explorer, every slide); the explorer's acting bars stay buttons",
    async run({ page, base }) {
      await page.goto(base);
      await shownFigures(page);
      const kinds = async (panel) => {
        await page.locator(`#${panel} .chart__hit`).first().waitFor({ state: "attached" });
        return page.locator(`#${panel} .chart__hit`).evaluateAll((hits) => [...new Set(hits.map((h) => `${h.tagName.toLowerCase()}:${h.getAttribute("role") ?? ""}`))]);
      };
      assert.deepEqual(await kinds("graphique-transparence"), ["span:img"], "transparency bars do nothing");
      assert.deepEqual(await kinds("graphique-incubateurs"), ["button:"], "incubator bars show an incubator");
      // Named by their value, read by screen readers, no tab stop; a pointer shows their tooltip.
      const first = page.locator("#graphique-transparence .chart__hit").first();
      assert.match(plain(await first.getAttribute("aria-label")), /^Services retenus par les filtres : 100,0 % \(\d+ services sur \d+\)$/);
      const tabStops = await page.locator("#graphique-transparence .chart__hit").evaluateAll((hits) => hits.filter((h) => h.tabIndex >= 0).length);
      assert.equal(tabStops, 0, "no tab stop that does nothing");
      assert.equal(await page.locator("#graphique-incubateurs .chart__hit[tabindex='0']").count(), 1, "an acting chart keeps its tab stop");
      await page.locator("#graphique-transparence").scrollIntoViewIfNeeded();
      await first.hover();
      await page.locator("#graphique-transparence .chart__tooltip").waitFor();
      await page.goto(`${base}presentation?diapos=transparence`);
      await page.locator("#graphique-transparence canvas[data-draws]").waitFor();
      assert.deepEqual(await kinds("graphique-transparence"), ["span:img"]);
      assert.equal(await page.locator(".presentation .chart__hits button").count(), 0);
    },
  },
  {
    name: "slides: services per ministry is a slide, named as its embed, and its summary names every ministry tied for the most",
    async run({ page, base }) {
      await page.goto(`${base}presentation?diapos=ministeres`);
      await page.locator("#graphique-ministeres canvas[data-draws]").waitFor();
      assert.equal(await page.locator("#graphique-ministeres h2").innerText(), "Services par ministère");
      assert.equal(plain(await page.locator('[data-testid="slide-announcement"]').textContent()), "Diapositive 1 sur 1 : Services par ministère");
      const rows = (await tableRows(page, "graphique-ministeres")).filter((row) => row[0] !== "Non renseigné");
      const most = Math.max(...rows.map((row) => digits(row.at(-1))));
      const tied = rows.filter((row) => digits(row.at(-1)) === most).map((row) => row[0]);
      const summary = plain(await page.locator("#graphique-ministeres .chart-panel__summary").innerText());
      for (const ministry of tied) assert.ok(summary.includes(ministry), `${summary} names ${ministry}`);
      if (tied.length > 1) assert.match(summary, /comptent le plus de services, \d+ chacun/);
      // The whole show has a slide per block of the explorer, the embeds' names among them.
      await page.goto(`${base}presentation`);
      await shownFigures(page);
      assert.equal(plain(await page.locator('[data-testid="slide-count"]').innerText()), `1 / ${Object.keys(SLIDES).length}`);
      await page.goto(`${base}embed/ministeres`);
      await page.locator("#graphique-ministeres canvas[data-draws]").waitFor();
    },
  },
];
