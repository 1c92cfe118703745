// The two engines of the smoke suite behind one small interface, so that each test is written once:
//
//   driver.goto(url)                          navigates, resolves once the page's load event fired
//   driver.evaluate(fn, ...args)              runs fn(...args) in the page, returns its JSON result
//   driver.frameEvaluate(selector, fn, ...)   the same in the document of the iframe `selector`
//   driver.click(selector)                    a person's click: pointer at the element's centre
//   driver.press(key)                         a key ("ArrowRight", "Home", "p", …) to the focused element
//   driver.errors                             page errors seen: Firefox tells uncaught errors (and CSP
//                                             violations); WebKit over classic WebDriver, none
//   driver.close()
//
// Firefox ESR: puppeteer-core over WebDriver BiDi. WebKit: WebKitGTK's WebKitWebDriver driving
// MiniBrowser, spoken to in classic WebDriver over HTTP with fetch (no client library).
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import puppeteer from "puppeteer-core";

const VIEWPORT = { width: 1280, height: 800 };

/** Firefox ESR from Debian, driven over WebDriver BiDi. */
export async function firefox() {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
    headless: true,
    defaultViewport: VIEWPORT,
    extraPrefsFirefox: { "intl.accept_languages": "fr-FR, fr" },
  });
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error.message ?? error)));
  return {
    name: "firefox",
    version: await browser.version(),
    errors,
    async goto(url) { await page.goto(url, { waitUntil: "load" }); },
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    async frameEvaluate(selector, fn, ...args) {
      const handle = await page.$(selector);
      if (!handle) throw new Error(`no ${selector}`);
      const frame = await handle.contentFrame();
      return frame.evaluate(fn, ...args);
    },
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key === "Space" ? " " : key),
    close: () => browser.close(),
  };
}

// Classic WebDriver's codes for the keys the tests press (WebDriver spec, "Keyboard actions").
const KEYS = {
  ArrowLeft: "\uE012", ArrowUp: "\uE013", ArrowRight: "\uE014", ArrowDown: "\uE015",
  Home: "\uE011", End: "\uE010", PageUp: "\uE00E", PageDown: "\uE00F", Space: "\uE00D",
  Escape: "\uE00C", Enter: "\uE007", Tab: "\uE004",
};

/** Debian's MiniBrowser (its folder is named by the machine's architecture). */
function miniBrowser() {
  if (process.env.MINIBROWSER) return process.env.MINIBROWSER;
  for (const arch of readdirSync("/usr/lib").filter((name) => name.endsWith("-linux-gnu"))) {
    const path = `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`;
    if (existsSync(path)) return path;
  }
  throw new Error("no MiniBrowser under /usr/lib/*/webkit2gtk-4.1/: install webkit2gtk-driver (./dev setup)");
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once("error", reject).listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** WebKit: WebKitWebDriver starts MiniBrowser (a GTK window: needs an X display, e.g. Xvfb). */
export async function webkit({ display }) {
  const port = await freePort();
  const driver = spawn(process.env.WEBKITWEBDRIVER ?? "WebKitWebDriver", [`--port=${port}`], {
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "WAYLAND_DISPLAY")), DISPLAY: display, GDK_BACKEND: "x11" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  driver.stderr.on("data", (chunk) => { stderr = (stderr + chunk).slice(-4000); });
  const exited = new Promise((resolve) => driver.once("exit", resolve));
  const server = `http://127.0.0.1:${port}`;

  async function call(method, path, body) {
    const response = await fetch(server + path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (value && value.error) throw new Error(`WebDriver ${method} ${path}: ${value.error}: ${value.message}`);
    return value;
  }

  // The driver listens a moment after it starts.
  for (const deadline = Date.now() + 10_000; ;) {
    try {
      if ((await call("GET", "/status")).ready !== undefined) break;
    } catch (error) {
      if (driver.exitCode !== null || Date.now() > deadline) {
        driver.kill();
        throw new Error(`WebKitWebDriver did not start: ${error.message}\n${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  let session;
  try {
    session = await call("POST", "/session", {
      capabilities: { alwaysMatch: { "webkitgtk:browserOptions": { binary: miniBrowser(), args: ["--automation"] } } },
    });
  } catch (error) {
    driver.kill();
    throw new Error(`${error.message}\n${stderr}`);
  }
  const base = `/session/${session.sessionId}`;
  // The window's outer size; the page gets a little less (MiniBrowser's toolbar).
  await call("POST", `${base}/window/rect`, { x: 0, y: 0, width: VIEWPORT.width, height: VIEWPORT.height + 100 });
  const script = (fn) => `return (${fn}).apply(null, arguments);`;
  const find = async (selector) => call("POST", `${base}/element`, { using: "css selector", value: selector });
  /** Mouse actions (classic WebDriver), then released. */
  async function pointer(actions) {
    await call("POST", `${base}/actions`, { actions: [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions }] });
    await call("DELETE", `${base}/actions`);
  }
  /** The viewport point at the centre of `element`, scrolled into view, once it keeps its place
   * from one frame to the next; fails when another element covers it there. */
  async function centre(element, selector) {
    const [x, y, hit] = await call("POST", `${base}/execute/sync`, {
      script: `const e = arguments[0];
        e.scrollIntoView({ block: "nearest", inline: "nearest", behavior: "instant" });
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
        return (async () => {
          let last = "";
          for (let i = 0; i < 60; i++) {
            await frame();
            const r = e.getBoundingClientRect();
            const x = Math.round(r.left + r.width / 2), y = Math.round(r.top + r.height / 2);
            if (x + "," + y === last) {
              const top = document.elementFromPoint(x, y);
              return [x, y, Boolean(top && (e === top || e.contains(top)))];
            }
            last = x + "," + y;
          }
          return [0, 0, false];
        })();`,
      args: [element],
    });
    if (!hit) throw new Error(`${selector}: not clickable at its centre (${x}, ${y})`);
    return [x, y];
  }

  return {
    name: "webkit",
    version: `WebKitGTK ${session.capabilities.browserVersion}`,
    errors: [],
    async goto(url) { await call("POST", `${base}/url`, { url }); },
    evaluate: (fn, ...args) => call("POST", `${base}/execute/sync`, { script: script(fn), args }),
    async frameEvaluate(selector, fn, ...args) {
      await call("POST", `${base}/frame`, { id: await find(selector) });
      try {
        return await call("POST", `${base}/execute/sync`, { script: script(fn), args });
      } finally {
        await call("POST", `${base}/frame/parent`, {});
      }
    },
    async click(selector) {
      // As a person clicks: the pointer goes to the element's centre, and presses there once the
      // element holds still under it. (WebDriver's element click takes its point at once, and WebKit
      // lays some boxes out again only when the pointer arrives: the explorer's filter fieldsets
      // then shrink by 32 px, and the click lands on the box above the label.)
      const element = await find(selector);
      for (let attempt = 0; attempt < 5; attempt++) {
        const [x, y] = await centre(element, selector);
        await pointer([{ type: "pointerMove", origin: "viewport", x, y, duration: 0 }]);
        const [x2, y2] = await centre(element, selector);
        if (x2 === x && y2 === y) {
          await pointer([{ type: "pointerMove", origin: "viewport", x, y, duration: 0 }, { type: "pointerDown", button: 0 }, { type: "pointerUp", button: 0 }]);
          return;
        }
      }
      throw new Error(`${selector} keeps moving`);
    },
    async press(key) {
      const value = KEYS[key] ?? key;
      await call("POST", `${base}/actions`, {
        actions: [{ type: "key", id: "keyboard", actions: [{ type: "keyDown", value }, { type: "keyUp", value }] }],
      });
      await call("DELETE", `${base}/actions`);
    },
    async close() {
      await call("DELETE", base).catch(() => {});
      driver.kill();
      await exited;
    },
  };
}
