// The one test runner of the browser, engine and host suites, on node:test: each test of a suite
// module (`export default [{ name, run, …options }]`) becomes a node:test test with a timeout of
// its own, run one at a time. Each entry point (tests/browser/run.mjs, tests/engines/run.mjs,
// tests/host/run.mjs) starts what its tests need (a server, a browser) and says how one test runs.
//
// What to run comes from the command line: `node tests/browser/run.mjs [word…]`. A word that names
// a suite file (`embed`, `embed.test.mjs`, `tests/browser/embed.test.mjs`) runs that file; any
// other word runs the tests whose name contains it; several words combine (a file and a name).
// TEST_TIMEOUT (milliseconds) changes every test's timeout; a test may set its own `timeout`.
import { after, before, describe, test } from "node:test";
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";

/** A test's time before it fails, unless it sets its own `timeout`. */
export const DEFAULT_TIMEOUT = Number(process.env.TEST_TIMEOUT ?? 180_000);

/** The suite files of `dir` (`*.test.mjs`), in name order. */
export function suiteFiles(dir) {
  return readdirSync(dir).filter((file) => file.endsWith(".test.mjs")).sort();
}

/** What the command line asks for: the suite files it names (none: all), and the words to find in
 * test names (none: all). */
export function selection(files, words = process.argv.slice(2)) {
  const chosen = [];
  const names = [];
  for (const word of words) {
    const file = basename(word).replace(/(\.test)?\.mjs$/, "") + ".test.mjs";
    if (files.includes(file)) chosen.push(file);
    else names.push(word);
  }
  return { files: chosen.length ? chosen : files, names };
}

/**
 * Registers the tests of the suite files of `dir` that the command line selects, each run by
 * `runOne(test, { signal })` (`load(path)` gives a file's tests; by default, its default export): `signal` aborts when the test times out (close its browser context
 * then, so that a stuck page frees the run). `setUp` runs before the first test, `tearDown` after
 * the last. Fails the run when no test is selected.
 */
export async function runSuites({ dir, files = suiteFiles(dir), load = defaultLoad, runOne, setUp, tearDown }) {
  const selected = selection(files);
  const suites = [];
  for (const file of selected.files) {
    const tests = (await load(join(dir, file)))
      .filter((t) => selected.names.every((word) => t.name.includes(word)));
    if (tests.length) suites.push({ file, tests });
  }
  if (!suites.length) {
    test("a test is selected", () => {
      throw new Error(`no test matches ${JSON.stringify(process.argv.slice(2))}`);
    });
    return;
  }
  // Starting a server and a browser: a minute at most, whatever the tests' own timeout.
  if (setUp) before(setUp, { timeout: 60_000 });
  if (tearDown) after(tearDown);
  for (const { file, tests } of suites) {
    describe(file, { concurrency: 1 }, () => {
      for (const t of tests) {
        test(t.name, { timeout: t.timeout ?? DEFAULT_TIMEOUT }, async ({ signal }) => {
          // node:test aborts a test's signal when the test ends, however it ends: pass on only
          // an abort that comes while the test still runs (its timeout).
          const running = new AbortController();
          const stop = () => running.abort();
          signal.addEventListener("abort", stop);
          try {
            return await runOne(t, { signal: running.signal });
          } finally {
            signal.removeEventListener("abort", stop);
          }
        });
      }
    });
  }
}

async function defaultLoad(path) {
  return (await import(path)).default;
}
