// The smoke suite, run in Firefox ESR and in WebKit (tests/engines/run.mjs): the explorer's
// figures, a filter click, an embed sized by its host page, the presentation's keys, the strict
// CSP. Each test gets a driver of tests/engines/drivers.mjs and waits on conditions, never on time.
import assert from "node:assert/strict";

/** The explorer's queries whose figures are compared with headless Chromium's. */
export const QUERIES = ["", "?annee=2020", "?incubateur=dinum&phase=construction,acceleration&annee=2023"];
/** The URL a click on the construction phase's label leads to, from the default view. */
export const AFTER_CLICK = "?phase=construction";

const FIGURES = ["investigation", "accompagnement", "perennises", "abandonnes", "accompagnement-ou-perennises", "total"];

/** Polls `fn(...args)` in the page until it returns a truthy value, which it returns. */
export async function waitFor(driver, what, fn, args = [], timeout = 20_000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await driver.evaluate(fn, ...args);
      if (last) return last;
    } catch (error) {
      last = error.message;
    }
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The key figures once all are shown, as numbers (what shownFigures reads in Chromium). */
function figures(driver) {
  return waitFor(driver, "the key figures", (keys) => {
    // The app's, once it has replaced the page's first view (its HTML, inert).
    if (document.readyState === "loading" || document.getElementById("premier-rendu")) return null;
    const shown = {};
    for (const key of keys) {
      const element = document.querySelector(`[data-figure="${key}"] .figure__value`);
      if (!element) return null;
      shown[key] = Number(element.innerText.replace(/\D/g, ""));
    }
    return shown;
  }, [FIGURES]);
}

/** The visible slide: its name, its number ("2 / 6") and whether its block is on screen. */
function slideState(driver) {
  return driver.evaluate(() => {
    const BLOCK = { chiffres: ".key-figures", incubateurs: "#graphique-incubateurs", fast: "#graphique-fast",
      evolution: "#graphique-evolution", transparence: "#graphique-transparence", historique: ".timelapse" };
    const name = document.querySelector(".presentation")?.dataset.diapo;
    const block = document.querySelector(`.presentation__slide ${BLOCK[name] ?? "none"}`);
    const box = block?.getBoundingClientRect();
    return {
      name,
      count: document.querySelector('[data-testid="slide-count"]')?.innerText.replace(/\s+/g, " ").trim(),
      shown: Boolean(box && box.width > 0 && box.height > 0 && box.top < innerHeight && box.bottom > 0),
    };
  });
}

/** The violations the server was told of, but for a canary: a known violation (an image from
 * another origin, blocked before any request) set off last, whose report proves that reports
 * arrive from this engine, and that those of the page's earlier violations had time to. */
async function violationsOf(driver, csp, what) {
  await driver.evaluate(() => { new Image().src = "http://csp-canary.invalid/canary.png"; });
  const deadline = Date.now() + 10_000;
  while (!csp.reports.some((r) => JSON.stringify(r).includes("csp-canary.invalid"))) {
    if (Date.now() > deadline) assert.fail(`${what}: the canary violation was never reported: reports do not work here`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return csp.reports.filter((r) => !JSON.stringify(r).includes("csp-canary.invalid"));
}

export default [
  {
    name: "explorer: the key figures of three queries are Chromium's",
    async run({ driver, base, chromium }) {
      for (const query of QUERIES) {
        await driver.goto(base + query);
        assert.deepEqual(await figures(driver), chromium[query], `figures of /${query}`);
      }
    },
  },
  {
    name: "explorer: a click on a phase's label filters, changes the figures and the URL",
    async run({ driver, base, chromium }) {
      await driver.goto(base);
      const before = await figures(driver);
      await driver.click("#filtre-phase-groupe > summary");
      await driver.click("label[for=phase-construction]");
      await waitFor(driver, "phase= in the URL", () => location.search.includes("phase=construction"));
      await waitFor(driver, "the figures to change", (old) =>
        document.querySelector('[data-figure="total"] .figure__value')?.innerText.replace(/\D/g, "") !== String(old), [before.total]);
      assert.equal(await driver.evaluate(() => document.getElementById("phase-construction").checked), true, "the box is ticked");
      assert.equal(await driver.evaluate(() => location.search), AFTER_CLICK);
      const after = await figures(driver);
      assert.notDeepEqual(after, before);
      assert.deepEqual(after, chromium[AFTER_CLICK], `figures of /${AFTER_CLICK}`);
    },
  },
  {
    name: "embed: an iframe on another origin is sized to its content by the host script",
    async run({ driver, base, hostBase, hostScript, extraPages }) {
      const initial = 150;
      extraPages.set("/page-hote.html", `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Hôte</title></head>
<body style="margin:0"><h1>Une page hôte</h1>
<iframe id="bloc" src="${base}embed/incubateurs" title="Services par incubateur" width="100%" height="${initial}" style="border:0;display:block"></iframe>
${hostScript}
</body></html>`);
      await driver.goto(`${hostBase}page-hote.html`);
      const deadline = Date.now() + 20_000;
      let fit;
      for (;;) {
        const frame = await driver.evaluate(() => document.getElementById("bloc").clientHeight);
        const content = await driver.frameEvaluate("#bloc", () => {
          const block = document.querySelector(".embed");
          return block && document.querySelector(".embed canvas[data-draws]") ? block.getBoundingClientRect().height : null;
        }).catch(() => null);
        fit = { frame, content };
        if (content !== null && frame > initial && Math.abs(frame - Math.ceil(content)) <= 1) break;
        if (Date.now() > deadline) assert.fail(`the iframe does not fit its content: ${JSON.stringify(fit)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.ok(fit.frame > 400, `the incubator chart is taller than ${fit.frame} px`);
    },
  },
  {
    name: "presentation: the clicker's keys change the visible slide, P pauses and resumes",
    async run({ driver, base }) {
      await driver.goto(`${base}presentation?auto=600`);
      await figures(driver);
      const steps = [
        [null, "chiffres", 1], ["ArrowRight", "incubateurs", 2], ["Space", "fast", 3], ["ArrowLeft", "incubateurs", 2],
        ["End", "historique", 7], ["ArrowRight", "chiffres", 1], ["ArrowLeft", "historique", 7], ["Home", "chiffres", 1],
      ];
      for (const [key, name, number] of steps) {
        if (key) await driver.press(key);
        const want = { name, count: `${number} / 7`, shown: true };
        const deadline = Date.now() + 10_000;
        let state;
        while (JSON.stringify(state = await slideState(driver)) !== JSON.stringify(want)) {
          if (Date.now() > deadline) assert.fail(`after ${key}: ${JSON.stringify(state)}, not ${JSON.stringify(want)}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      // The pause is named by what it does, with no pressed state (as the time-lapse's).
      const pause = () => driver.evaluate(() => {
        const button = document.querySelector('[data-testid="pause-slides"]');
        return button && `${button.getAttribute("aria-pressed")} ${button.innerText.trim()}`;
      });
      assert.equal(await pause(), "null Pause");
      await driver.press("p");
      await waitFor(driver, "P to pause", () => document.querySelector('[data-testid="pause-slides"]:not([aria-pressed])')?.innerText.trim() === "Reprendre");
      await driver.press("p");
      await waitFor(driver, "P to resume", () => document.querySelector('[data-testid="pause-slides"]:not([aria-pressed])')?.innerText.trim() === "Pause");
    },
  },
  {
    name: "strict CSP: the explorer, an embed and the presentation report no violation",
    async run({ driver, base, csp }) {
      csp.reports.length = 0;
      await driver.goto(base);
      await figures(driver);
      await driver.click("#filtre-phase-groupe > summary");
      await driver.click("label[for=phase-construction]");
      await waitFor(driver, "the charts drawn", () =>
        location.search.includes("phase=") && document.querySelectorAll("canvas[data-draws]").length >= 3);
      assert.deepEqual(await violationsOf(driver, csp, "explorer"), [], "explorer");
      for (const [route, ready] of [["embed/incubateurs?theme=sombre", ".embed canvas[data-draws]"], ["presentation", ".figure__value"]]) {
        csp.reports.length = 0;
        await driver.goto(base + route);
        await waitFor(driver, `${route} shown`, (s) => Boolean(document.querySelector(s)), [ready]);
        assert.deepEqual(await violationsOf(driver, csp, route), [], route);
      }
    },
  },
];
