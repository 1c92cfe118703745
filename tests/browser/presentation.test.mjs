// The presentation: slides and clicker keys, auto-advance, live data, type for a big screen, and
// the time-lapse, whose frames show the explorer's figures for each year.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  SLIDES,
  FULL_HD, advanceClock, dist, installClock, pauseClock, poll, shownFigures, slide, tableRows, waitForSlide,
} from "./helpers.mjs";

// The data file the build serves, which the refresh test serves changed.
const compactFile = join(dist, "data", "tableau-de-bord.json");

/** Today as the time-lapse writes it: "29 novembre 2026". */
function frenchToday() {
  return new Date().toLocaleDateString("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" })
    .replace(/^1 /, "1er ");
}

/** Visible elements whose own text is smaller than `min` pixels. */
async function smallText(page, min) {
  return page.evaluate((min) => {
    const small = [];
    for (const element of document.querySelectorAll("body *")) {
      const own = [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      const box = element.getBoundingClientRect();
      if (!own || box.width <= 1 || box.height <= 1 || element.closest(".visually-hidden")) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < min) small.push(`${element.tagName}.${element.className} "${element.textContent.trim().slice(0, 30)}" ${size}px`);
    }
    return small;
  }, min);
}

export default [
  {
    name: "presentation: the one-letter shortcuts (F, P) can be turned off, stay off after a reload, and the clicker keys still work",
    async run({ page, base }) {
      await page.goto(`${base}presentation?auto=600`);
      await shownFigures(page);
      const pause = page.getByRole("button", { name: /^(Pause|Reprendre)$/ });
      const toggle = page.getByRole("button", { name: "Raccourcis F et P" });
      assert.equal(await toggle.getAttribute("aria-pressed"), "true", "on by default");
      await page.keyboard.press("p");
      await page.waitForFunction(() => [...document.querySelectorAll(".presentation__bar button")].some((b) => b.textContent.trim() === "Reprendre"));
      await page.keyboard.press("p");
      await pause.filter({ hasText: "Pause" }).waitFor();
      await toggle.click();
      assert.equal(await toggle.getAttribute("aria-pressed"), "false");
      await page.reload();
      await shownFigures(page);
      assert.equal(await toggle.getAttribute("aria-pressed"), "false", "the choice is kept");
      await page.locator("body").focus();
      await page.keyboard.press("p");
      await page.keyboard.press("f");
      await page.keyboard.press("ArrowRight");
      await waitForSlide(page, "incubateurs");
      assert.equal(await pause.innerText(), "Pause", "P did nothing");
      assert.equal(await page.evaluate(() => document.fullscreenElement), null, "F did nothing");
    },
  },
  {
    name: "presentation: a slide change is announced by its number and title, and the slide itself is not a live region",
    async run({ page, base }) {
      await page.goto(`${base}presentation?diapos=chiffres,historique,transparence`);
      await shownFigures(page);
      const said = page.locator('[data-testid="slide-announcement"]');
      assert.equal(await said.getAttribute("role"), "status");
      assert.equal((await said.textContent()).replace(/\s+/g, " "), "Diapositive 1 sur 3 : Chiffres clés");
      await page.keyboard.press("ArrowRight");
      await waitForSlide(page, "historique");
      assert.equal((await said.textContent()).replace(/\s+/g, " "), "Diapositive 2 sur 3 : Historique du programme, année par année");
      // The time-lapse's years change under no live region: nothing but the status speaks.
      const live = await page.evaluate(() => [...document.querySelectorAll(".presentation [aria-live]")]
        .filter((e) => e.getAttribute("aria-live") !== "off").map((e) => e.className));
      assert.deepEqual(live, []);
      await page.keyboard.press("ArrowRight");
      await waitForSlide(page, "transparence");
      assert.equal((await said.textContent()).replace(/\s+/g, " "), "Diapositive 3 sur 3 : Transparence des services");
    },
  },
  {
    name: "presentation: each clicker key changes the slide, and the slides loop round",
    viewport: FULL_HD,
    async run({ page, base }) {
      await page.goto(`${base}presentation`);
      await shownFigures(page);
      assert.equal(await slide(page), "chiffres");
      assert.equal(await page.locator(".site-header").count(), 0, "no page chrome");
      const steps = [
        ["ArrowRight", "incubateurs"], ["Space", "fast"], ["PageDown", "evolution"], ["ArrowLeft", "fast"],
        ["PageUp", "incubateurs"], ["End", "historique"], ["ArrowRight", "chiffres"], ["ArrowLeft", "historique"],
        ["Home", "chiffres"],
      ];
      for (const [key, expected] of steps) {
        await page.keyboard.press(key);
        await waitForSlide(page, expected);
        assert.equal((await page.locator('[data-testid="slide-count"]').innerText()).replace(/\s/g, " "),
          `${SLIDES.indexOf(expected) + 1} / ${SLIDES.length}`);
      }
      await page.keyboard.press("f");
      await page.waitForFunction(() => document.fullscreenElement !== null);
      await page.keyboard.press("f");
      await page.waitForFunction(() => document.fullscreenElement === null);
    },
  },
  {
    name: "presentation: diapos picks and orders the slides, auto advances, loops and pauses",
    viewport: FULL_HD,
    async run({ page, base }) {
      // The page's clock, stopped once the first slide shows: the slides move when the test moves it.
      await installClock(page);
      await page.goto(`${base}presentation?diapos=fast,chiffres&auto=2`);
      await page.locator("#graphique-fast canvas[data-draws]").waitFor();
      await pauseClock(page);
      assert.equal(await slide(page), "fast");
      await advanceClock(page, 2200);
      await waitForSlide(page, "chiffres");
      await advanceClock(page, 2200);
      await waitForSlide(page, "fast");
      // The visible pause control stops it, and says what it now does.
      const pause = page.locator(".presentation__bar button", { hasText: "Pause" });
      await pause.click();
      assert.equal(await page.locator('[data-testid="pause-slides"]').innerText(), "Reprendre");
      await advanceClock(page, 3000);
      assert.equal(await slide(page), "fast");
      // P resumes (as a clicker's "blank screen" key would, on some).
      await page.locator("body").click({ position: { x: 5, y: 5 } });
      await page.keyboard.press("p");
      await advanceClock(page, 2200);
      await waitForSlide(page, "chiffres");
    },
  },
  {
    name: "presentation: figures are at least 8vw and no text is under 24 px at 1920×1080, charts drawn twice as large",
    viewport: FULL_HD,
    async run({ page, base }) {
      await page.goto(`${base}presentation`);
      await shownFigures(page);
      const figure = await page.locator('[data-figure="total"] .figure__value').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      assert.ok(figure >= 0.08 * 1920, `${figure}px`);
      for (const name of SLIDES) {
        await waitForSlide(page, name);
        if (name !== "chiffres") await page.locator(".presentation canvas[data-draws]").first().waitFor();
        assert.deepEqual(await smallText(page, 24), [], name);
        // Canvas text: the smallest label the chart's layout placed, in CSS pixels.
        for (const canvas of await page.locator(".presentation canvas").all()) {
          const smallest = Number(await canvas.getAttribute("data-smallest-text"));
          assert.ok(smallest >= 24, `${name}: chart text of ${smallest}px`);
        }
        // The slide fits the screen: nothing to scroll.
        const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
        assert.ok(overflow <= 0, `${name}: ${overflow}px to scroll`);
        await page.keyboard.press("ArrowRight");
      }
    },
  },
  {
    name: "presentation: at 16:9 (1920×1080, 1280×720) every slide fills the screen above its source line and the controls, with no scroll",
    viewport: FULL_HD,
    async run({ page, base }) {
      for (const size of [FULL_HD, { width: 1280, height: 720 }]) {
        await page.setViewportSize(size);
        await page.goto(`${base}presentation`);
        await shownFigures(page);
        for (const name of SLIDES) {
          await waitForSlide(page, name);
          // What the slide shows reaches down to the source line (charts are laid out to the
          // height left to them, the key figures' grid stretches), within 5 % of the screen.
          // The measures once it does (whatever they are, with `always`).
          const fill = ({ height, always }) => {
            const slide = document.querySelector(".presentation__slide");
            const source = document.querySelector(".presentation__source").getBoundingClientRect();
            const bar = document.querySelector(".presentation__bar").getBoundingClientRect();
            const shown = [...slide.querySelectorAll("canvas[data-draws], .figures")].map((e) => e.getBoundingClientRect());
            const measured = {
              top: Math.round(slide.getBoundingClientRect().top),
              bottom: Math.round(Math.max(0, ...shown.map((r) => r.bottom))),
              source: Math.round(source.top),
              bar: Math.round(bar.top),
              overflow: document.documentElement.scrollHeight - window.innerHeight,
            };
            const gap = measured.source - measured.bottom;
            return (always || (gap >= 0 && gap <= 0.05 * height)) && measured;
          };
          // Laid out once the chart's box is measured: waited for, with the last measure on failure.
          const measured = await page.waitForFunction(fill, { height: size.height }, { timeout: 5000 }).then(
            (handle) => handle.jsonValue(),
            async () => assert.fail(`${size.width}×${size.height} ${name}: ${JSON.stringify(await page.evaluate(fill, { height: size.height, always: true }))}`));
          assert.ok(measured.overflow <= 0, `${size.width}: ${name}: ${measured.overflow}px to scroll`);
          assert.ok(measured.bar > 0.9 * size.height && measured.top < 0.05 * size.height, JSON.stringify(measured));
          // The source line: discreet, but on every slide.
          assert.match(await page.locator(".presentation__source").innerText(), /^Source\s*:\s*beta\.gouv\.fr, données du \d{1,2}(er)? \S+ \d{4}$/);
          if (name === "chiffres") {
            const value = await page.locator('[data-figure="total"] .figure__value').evaluate((e) => e.getBoundingClientRect().height);
            assert.ok(value >= 0.12 * size.height, `figures ${value}px high at ${size.height}`);
          }
          await page.keyboard.press("ArrowRight");
        }
      }
    },
  },
  {
    name: "presentation: with rafraichir, 'Suspendre l'actualisation' stops re-reading the data and 'Reprendre' restarts it",
    async run({ page, base }) {
      let reads = 0;
      const body = await readFile(compactFile, "utf8");
      await installClock(page);
      await page.route("**/data/tableau-de-bord.json", (route) => {
        reads += 1;
        return route.fulfill({ status: 200, contentType: "application/json", body });
      });
      await page.goto(`${base}presentation?diapos=incubateurs&rafraichir=2`);
      await page.locator("#graphique-incubateurs canvas[data-draws]").waitFor();
      const freshness = page.locator('[data-testid="freshness"]');
      await freshness.filter({ hasText: /^Mis à jour à/ }).waitFor();
      await pauseClock(page);
      const toggle = page.locator('[data-testid="refresh-toggle"]');
      assert.equal(await toggle.innerText(), "Suspendre l'actualisation");
      await toggle.click();
      assert.equal(await toggle.innerText(), "Reprendre l'actualisation");
      const before = reads;
      await page.clock.fastForward(60_000);
      await advanceClock(page, 500);
      assert.equal(reads, before, "no reading while stopped");
      await toggle.click();
      assert.equal(await toggle.innerText(), "Suspendre l'actualisation");
      await page.clock.fastForward(3_000);
      await poll(async () => {
        await page.clock.runFor(50);
        return reads > before;
      }, { what: "a reading once restarted", timeout: 10_000 });
      // Without rafraichir, no such button.
      await page.clock.resume();
      await page.goto(`${base}presentation?diapos=incubateurs`);
      await page.locator("#graphique-incubateurs canvas[data-draws]").waitFor();
      assert.equal(await page.locator('[data-testid="refresh-toggle"]').count(), 0);
    },
  },
  {
    name: "presentation: rafraichir picks up changed data without a blank frame and survives a failed fetch",
    viewport: FULL_HD,
    async run({ page, base }) {
      const original = await readFile(compactFile, "utf8");
      // The changed file: five services fewer.
      const lines = original.split("\n");
      const start = lines.findIndex((l) => l.startsWith('"services":['));
      const changed = [...lines.slice(0, start + 1), ...lines.slice(start + 6)].join("\n");
      let serve = "original";
      await installClock(page);
      await page.route("**/data/tableau-de-bord.json", (route) => {
        if (serve === "fail") return route.fulfill({ status: 500, body: "panne" });
        return route.fulfill({ status: 200, contentType: "application/json", body: serve === "changed" ? changed : original });
      });
      await page.goto(`${base}presentation?diapos=incubateurs,chiffres&rafraichir=2`);
      const canvas = page.locator("#graphique-incubateurs canvas[data-draws]");
      await canvas.waitFor();
      const draws = async () => Number(await canvas.getAttribute("data-draws"));
      // Watch for a blank: the slide emptied, or the canvas replaced.
      await page.evaluate(() => {
        window.blank = 0;
        const canvas = document.querySelector("#graphique-incubateurs canvas");
        new MutationObserver(() => {
          const slide = document.querySelector(".presentation__slide");
          if (!slide || !slide.querySelector(".chart-panel") || !document.contains(canvas)) window.blank++;
        }).observe(document.body, { childList: true, subtree: true });
      });
      const freshness = page.locator('[data-testid="freshness"]');
      await freshness.filter({ hasText: /^Mis à jour à \d{1,2}\sh\s\d{2}$/ }).waitFor();
      // From here the page's clock moves only when the test moves it, a minute at a time: that sets
      // off one refresh (they come every 2 s), which then shows a time of its own when it is done.
      await pauseClock(page);
      const refresh = async () => {
        const shown = await freshness.innerText();
        await page.clock.fastForward(60_000);
        // It reads the file a batch of services at a time, one task each: the clock moves on
        // until it is done, then a little more for what it redraws.
        await poll(async () => {
          await page.clock.runFor(50);
          return (await freshness.innerText()) !== shown;
        }, { what: "a refresh", timeout: 10_000 });
        await advanceClock(page, 500);
        return (await freshness.innerText()).replace(/\s+/g, " ");
      };
      // Same data, read again twice: nothing is redrawn.
      const first = await draws();
      for (let i = 0; i < 2; i++) assert.match(await refresh(), /^Mis à jour à \d{1,2} h \d{2}$/);
      assert.equal(await draws(), first, "unchanged data, unchanged chart");
      const before = await tableRows(page, "graphique-incubateurs");

      serve = "changed";
      assert.match(await refresh(), /^Mis à jour à/);
      assert.equal(await draws(), first + 1, "drawn once, in place");
      assert.notDeepEqual(await tableRows(page, "graphique-incubateurs"), before);
      assert.equal(await page.evaluate(() => window.blank), 0, "no blank frame");

      serve = "fail";
      assert.match(await refresh(), /Échec de la mise à jour de \d{1,2} h \d{2} \(.*500.*\) ?: données de \d{1,2} h \d{2} affichées/);
      assert.equal(await page.locator("#graphique-incubateurs canvas").count(), 1, "the last good chart stays");
      assert.equal(await page.evaluate(() => window.blank), 0);
      serve = "changed";
      assert.match(await refresh(), /^Mis à jour/);
    },
    expectConsoleErrors: true,
  },
  {
    name: "time-lapse: plays from 1 January 2014 to today, and each frame shows the explorer's figures for its year",
    viewport: FULL_HD,
    async run({ page, context, base }) {
      await page.goto(`${base}presentation?diapos=historique&vitesse=20`);
      const date = page.locator('[data-testid="timelapse-date"]');
      await page.locator(".timelapse[data-playing=\"false\"]").waitFor({ timeout: 10000 });
      assert.equal(await date.innerText(), `Aujourd'hui, ${frenchToday()}`);
      const scrubber = page.locator(".timelapse input[type=range]");
      const frames = Number(await scrubber.getAttribute("max")) + 1;
      assert.equal(frames, new Date().getFullYear() - 2013 + 1);
      await scrubber.focus();
      await page.keyboard.press("Home");
      assert.equal(await date.innerText(), "1er janvier 2014");
      assert.equal(await slide(page), "historique", "the scrubber keeps its arrow keys");
      const explorer = await context.newPage();
      for (const year of [2016, 2020, new Date().getFullYear() - 1]) {
        await scrubber.focus();
        await page.keyboard.press("Home");
        for (let i = 2013; i < year; i++) await page.keyboard.press("ArrowRight");
        assert.equal(await date.innerText(), `1er janvier ${year + 1}`);
        assert.equal(await scrubber.getAttribute("aria-valuetext"), `1er janvier ${year + 1}`);
        await explorer.goto(`${base}?annee=${year}`);
        await explorer.locator("#graphique-evolution canvas[data-draws]").waitFor();
        const incubators = await tableRows(explorer, "graphique-incubateurs");
        // The frame's tables follow the scrubber: waited for (then compared, for the message).
        await page.waitForFunction((want) => JSON.stringify([...document.querySelectorAll("#historique-incubateurs-table tbody tr")]
          .map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent.trim()))) === want, JSON.stringify(incubators), { timeout: 5000 })
          .catch(() => {});
        assert.deepEqual(await tableRows(page, "historique-incubateurs"), incubators, `${year}`);
        const evolution = await tableRows(explorer, "graphique-evolution");
        const frame = await tableRows(page, "historique-evolution");
        assert.equal(frame.length, year - 2013 + 1);
        assert.deepEqual(frame, evolution.slice(0, frame.length), `${year}`);
      }
      await explorer.close();
    },
  },
  {
    name: "time-lapse: with reduced motion the frames step without growing",
    viewport: FULL_HD,
    async run({ page, base }) {
      // At half speed a frame lasts 3.2 s: growing would redraw several times in 1.5 s; stepping,
      // once. The page's clock is stopped once the chart is drawn, then moved on 1.5 s.
      const drawsIn1500ms = async () => {
        await page.goto(`${base}presentation?diapos=historique&vitesse=0.5`);
        const canvas = page.locator("#historique-incubateurs canvas[data-draws]");
        await canvas.waitFor();
        await pauseClock(page);
        await advanceClock(page, 1500);
        const draws = Number(await canvas.getAttribute("data-draws"));
        await page.clock.resume();
        return draws;
      };
      await installClock(page);
      await page.emulateMedia({ reducedMotion: "reduce" });
      const stepping = await drawsIn1500ms();
      assert.ok(stepping <= 2, `${stepping} draws`);
      // Without reduced motion the same 1.5 s grow the bars: the measure tells them apart.
      await page.emulateMedia({ reducedMotion: "no-preference" });
      const growing = await drawsIn1500ms();
      assert.ok(growing > 2, `growing bars drawn ${growing} times only`);
    },
  },
  {
    name: "presentation: with auto, the time-lapse slide is shown until it reaches today, then the show moves on",
    viewport: FULL_HD,
    async run({ page, base }) {
      // From 2014 to today at 2 years a second: over 6 s of playing, against 2 s per slide. The
      // page's clock is stopped when it starts playing, then moved on half a second at a time.
      await installClock(page);
      await page.goto(`${base}presentation?diapos=historique,chiffres&auto=2&vitesse=2`);
      await page.locator('.timelapse[data-playing="true"]').waitFor();
      await pauseClock(page);
      let shown = 0;
      while ((await slide(page)) === "historique" && shown < 30_000) {
        await advanceClock(page, 500);
        shown += 500;
        if (shown === 5000) assert.equal(await page.locator(".timelapse").getAttribute("data-playing"), "true", "still playing after 5 s");
      }
      assert.equal(await slide(page), "chiffres", `still on the time-lapse after ${shown} ms`);
      assert.ok(shown >= 5000, `the time-lapse slide left after ${shown} ms, before the end`);
    },
  },
];
