// Interactions measured as the browser's Interaction to Next Paint measures them: Event Timing
// (`PerformanceObserver` of type "event"), the duration from the input to the next paint after its
// handlers ran, the largest of the events of one interaction (pointerdown, pointerup, click; keydown,
// keyup, input). Each interaction runs on a fresh page, through real input (Playwright's mouse and
// keyboard, which Chromium dispatches as a person's), after the page is ready and idle, and checks
// that it did what it should (a no-op would measure nothing).
//
// Event Timing reports only events of 16 ms or more (the least `durationThreshold`) and rounds
// durations to 8 ms: a faster interaction is printed "< 16 ms", and counted as 16 in ratios.

/** Records Event Timing entries in the page from now on (run once the page is ready). */
function observeEvents() {
  window.__events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.interactionId) continue;
      window.__events.push({
        name: e.name, id: e.interactionId, start: e.startTime, duration: e.duration,
        processingStart: e.processingStart, processingEnd: e.processingEnd,
      });
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: false });
}

/** An element scrolled to the middle of the viewport, as a person would before using it. */
async function bringIntoView(page, selector) {
  const target = page.locator(selector).first();
  await target.waitFor({ state: "attached", timeout: 30_000 });
  await target.evaluate((element) => element.scrollIntoView({ block: "center", inline: "nearest" }));
}

/** Opens the folded filters panel of a phone (nothing when it is already open), and the folded
 * filters in it, as a visitor does before ticking a box. */
async function openFilters(page) {
  await page.evaluate(() => {
    for (const folded of document.querySelectorAll("details.filters-panel, details.filter-group")) folded.open = true;
  });
}

const query = (page) => new URL(page.url()).searchParams;

/**
 * What is measured, ours then the baseline's: `prepare` (not measured) brings the control into
 * view, `act` is the interaction itself, `check` says whether it did its job.
 */
export const INTERACTIONS = [
  {
    name: "phase checkbox",
    async prepare(page) { await openFilters(page); await bringIntoView(page, 'label[for="phase-investigation"]'); },
    act: (page) => page.click('label[for="phase-investigation"]'),
    check: (page) => query(page).has("phase"),
  },
  {
    name: "incubator checkbox",
    async prepare(page) { await openFilters(page); await bringIntoView(page, 'label[for="incubateur-dinum"]'); },
    act: (page) => page.click('label[for="incubateur-dinum"]'),
    check: (page) => query(page).get("incubateur") === "dinum",
  },
  {
    name: "year (↓ on the select)",
    async prepare(page) {
      await openFilters(page);
      await bringIntoView(page, "#filtre-annee");
      await page.focus("#filtre-annee");
    },
    act: (page) => page.keyboard.press("ArrowDown"),
    check: (page) => query(page).has("annee"),
  },
  {
    name: "a bar of the incubator chart",
    prepare: (page) => bringIntoView(page, "#graphique-incubateurs-piece-0"),
    act: (page) => page.click("#graphique-incubateurs-piece-0"),
    check: (page) => query(page).has("incubateur"),
  },
  {
    name: "FAST per incubator toggle",
    prepare: (page) => bringIntoView(page, 'label[for="fast-par-incubateur"]'),
    act: (page) => page.click('label[for="fast-par-incubateur"]'),
    check: (page) => page.locator("#fast-par-incubateur").isChecked(),
  },
  {
    name: "page 2 of the services list",
    prepare: (page) => bringIntoView(page, ".fr-pagination__link--next"),
    act: (page) => page.click(".fr-pagination__link--next"),
    check: (page) => query(page).get("page") === "2",
  },
  {
    name: "a key in the services search",
    async prepare(page) { await bringIntoView(page, "#services-recherche"); await page.focus("#services-recherche"); },
    act: (page) => page.keyboard.press("a"),
    check: (page) => query(page).get("recherche") === "a",
  },
  {
    name: "“Vue tableau” (incubator chart)",
    prepare: (page) => bringIntoView(page, '#graphique-incubateurs button[aria-pressed]'),
    act: (page) => page.click('#graphique-incubateurs button[aria-pressed]'),
    check: async (page) => (await page.locator("#graphique-incubateurs button[aria-pressed]").getAttribute("aria-pressed")) === "true",
  },
  {
    name: "theme toggle",
    prepare: (page) => bringIntoView(page, ".theme-toggle"),
    act: (page) => page.click(".theme-toggle"),
    check: async (page) => (await page.evaluate(() => document.documentElement.dataset.frTheme)) === "dark",
  },
];

/** The baseline's phase click, the yardstick of every budget. */
export const BASELINE_INTERACTION = {
  name: "phase checkbox (Chart.js page)",
  prepare: (page) => bringIntoView(page, "#phase-investigation"),
  act: (page) => page.click("#phase-investigation"),
  check: (page) => page.locator("#phase-investigation").isChecked().then((checked) => !checked),
};

/**
 * One interaction on a fresh page: { duration, inputDelay, processing, presentation } in ms
 * (duration null when under 16 ms) or { error }.
 */
export async function measureInteraction(browser, site, profile, interaction, { url = site.base, timeout = 120_000 } = {}) {
  const context = await browser.newContext({
    viewport: profile.viewport, deviceScaleFactor: profile.dpr, locale: "fr-FR", timezoneId: "Europe/Paris",
    serviceWorkers: "block",
  });
  if (site.probe) await context.addInitScript(site.probe);
  const page = await context.newPage();
  page.on("pageerror", (error) => site.errors.add(`page error: ${error.message}`));
  const cdp = await context.newCDPSession(page);
  if (profile.cpu > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  if (profile.network) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", profile.network);
  }
  try {
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(site.ready, null, { timeout, polling: 100 });
    await interaction.prepare(page);
    await page.waitForTimeout(1000); // idle: late fonts, deferred work, the list
    await page.evaluate(observeEvents);
    await interaction.act(page);
    // Entries arrive after the paint that ends them: wait for the first, then a little more.
    await page.waitForFunction(() => window.__events.length > 0, null, { timeout: 10_000, polling: 50 }).catch(() => {});
    await page.waitForTimeout(500);
    if (!(await interaction.check(page))) return { error: `${interaction.name}: the interaction did not do its job` };
    const events = await page.evaluate(() => window.__events);
    if (!events.length) return { duration: null };
    // One interaction (a click may have several ids when a label forwards it to its box: keep the slowest).
    const byId = new Map();
    for (const e of events) byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
    let worst = null;
    for (const entries of byId.values()) {
      const longest = entries.reduce((a, b) => (b.duration > a.duration ? b : a));
      if (!worst || longest.duration > worst.duration) worst = longest;
    }
    return {
      duration: worst.duration,
      inputDelay: worst.processingStart - worst.start,
      processing: worst.processingEnd - worst.processingStart,
      presentation: worst.start + worst.duration - worst.processingEnd,
    };
  } catch (error) {
    return { error: String(error.message ?? error).split("\n")[0] };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const xs = values.filter((x) => typeof x === "number").sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
};

/** Medians over runs; an event under the threshold counts as 16 ms. */
function summarize(runs) {
  const ok = runs.filter((r) => !r.error);
  const duration = (r) => r.duration ?? 16;
  return {
    ok: ok.length,
    count: runs.length,
    errors: [...new Set(runs.filter((r) => r.error).map((r) => r.error))],
    under: ok.filter((r) => r.duration == null).length,
    duration: median(ok.map(duration)),
    max: ok.length ? Math.max(...ok.map(duration)) : null,
    inputDelay: median(ok.filter((r) => r.duration != null).map((r) => r.inputDelay)),
    processing: median(ok.filter((r) => r.duration != null).map((r) => r.processing)),
    presentation: median(ok.filter((r) => r.duration != null).map((r) => r.presentation)),
  };
}

/**
 * Every interaction of ours at each profile, and the baseline's phase click in the same run,
 * `runs` fresh pages each, interleaved. Prints one table, worst first, and returns
 * { [profile]: { baseline, ours: { [interaction]: summary } } }.
 */
export async function benchInteractions(browser, { ours, baseline }, profiles, { runs = 5, budget = 1.5, only, log = console.log } = {}) {
  const results = {};
  // `only`: words of the names of the interactions to measure (all when none).
  const interactions = only?.length ? INTERACTIONS.filter((i) => only.some((word) => i.name.includes(word))) : INTERACTIONS;
  for (const profile of profiles) {
    const samples = Object.fromEntries(interactions.map((i) => [i.name, []]));
    const base = [];
    for (let round = 0; round < runs; round++) {
      if (baseline) base.push(await measureInteraction(browser, baseline, profile, BASELINE_INTERACTION));
      for (const interaction of interactions) samples[interaction.name].push(await measureInteraction(browser, ours, profile, interaction));
    }
    results[profile.name] = {
      baseline: baseline ? summarize(base) : null,
      ours: Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, summarize(s)])),
    };
  }
  printInteractions(results, profiles, { runs, budget, log });
  return results;
}

const ms = (n) => (n == null ? "—" : `${Math.round(n)} ms`);
const times = (r) => (r == null ? "—" : `${r.toFixed(2)}×`);

function printInteractions(results, profiles, { runs, budget, log }) {
  log(`\ninteractions, Event Timing (the measure behind INP): input → next paint, median of ${runs} fresh pages each`);
  log(`(< 16 ms: under Event Timing's threshold, counted as 16; durations are rounded to 8 ms by the browser)`);
  const head = ["interaction", "profile", "median", "worst", "input delay", "handlers", "to paint", "÷ baseline", "budget"];
  const widths = [34, 9, 9, 9, 12, 10, 10, 11, 22];
  const line = (cells) => log(cells.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(""));
  line(head);
  const rows = [];
  for (const profile of profiles) {
    const { baseline, ours } = results[profile.name];
    const yardstick = baseline?.duration ?? null;
    for (const [name, s] of Object.entries(ours)) rows.push({ name, profile, s, yardstick, ours: true });
    if (baseline) rows.push({ name: BASELINE_INTERACTION.name, profile, s: baseline, yardstick, ours: false });
  }
  rows.sort((a, b) => (b.s.duration ?? -1) - (a.s.duration ?? -1));
  for (const { name, profile, s, yardstick, ours } of rows) {
    const ratio = s.duration == null || !yardstick ? null : s.duration / yardstick;
    // The budget: every interaction at the phone profile within `budget`× the baseline's phase click.
    const verdict = !ours ? "(yardstick)" : profile.name !== "phone" ? "" : ratio == null ? "—" : ratio <= budget ? `≤ ${budget}×: met` : `≤ ${budget}×: NOT met`;
    const median = s.ok && s.under === s.ok ? "< 16 ms" : ms(s.duration);
    line([name, profile.name, median, ms(s.max), ms(s.inputDelay), ms(s.processing), ms(s.presentation), times(ratio), verdict]);
    if (s.ok < s.count) log(`  ${s.count - s.ok} of ${s.count} runs failed: ${s.errors.join("; ")}`);
  }
}
