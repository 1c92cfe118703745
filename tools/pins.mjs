// The exact versions of the build tools, each read from the one file that pins it (the table of
// docs/development.md), and the copies other files must carry, checked against it.
//
//   node tools/pins.mjs check      every copy agrees with its pin (run first by ./dev test)
//   node tools/pins.mjs <tool>     prints one pin, for ./dev's installs: rust, trunk,
//                                  wasm-bindgen, binaryen (its major version, as wasm-opt says it)
import { readFileSync } from "node:fs";

const root = new URL("../", import.meta.url);
const read = (file) => readFileSync(new URL(file, root), "utf8");

/** `key = "value"` of a TOML file, in `[section]` (null: before any section). A plain reader
 * for these flat files, not a TOML parser. */
function toml(file, section, key) {
  let current = null;
  for (const line of read(file).split("\n")) {
    const header = line.match(/^\s*\[([^\]]+)\]\s*(#.*)?$/);
    if (header) { current = header[1].trim(); continue; }
    const found = line.match(/^\s*([\w-]+)\s*=\s*"([^"]*)"/);
    if (current === section && found && found[1] === key) return found[2];
  }
  throw new Error(`${file}: no ${key} = "…"${section ? ` in [${section}]` : ""}`);
}

/** The version of a package in Cargo.lock. */
function locked(name) {
  const block = read("Cargo.lock").split("[[package]]").find((b) => b.includes(`\nname = "${name}"\n`));
  const version = block?.match(/\nversion = "([^"]+)"/)?.[1];
  if (!version) throw new Error(`Cargo.lock: no package ${name}`);
  return version;
}

const packageJson = () => JSON.parse(read("package.json"));

/** The pins, each from its single source. */
export const PINS = {
  // rustup installs it, with the wasm target and components of the same file.
  rust: () => toml("rust-toolchain.toml", "toolchain", "channel"),
  // Trunk checks its own version against this requirement; ./dev installs that very version.
  trunk: () => {
    const requirement = toml("Trunk.toml", null, "trunk-version");
    const version = requirement.match(/^[\^=~]?(\d+\.\d+\.\d+)$/)?.[1];
    if (!version) throw new Error(`Trunk.toml: trunk-version = "${requirement}" is not one version (like "^0.22.1")`);
    return version;
  },
  // wasm-bindgen-cli must be exactly the wasm-bindgen library the app links.
  "wasm-bindgen": () => locked("wasm-bindgen"),
  // wasm-opt, from npm (package-lock.json); Debian's is too old.
  binaryen: () => packageJson().devDependencies.binaryen.split(".")[0],
};

/** Every copy of a pin that must agree with it: [what, found, expected]. */
function copies() {
  const bindgen = PINS["wasm-bindgen"]();
  const binaryen = PINS.binaryen();
  const rust = PINS.rust();
  const rows = [
    ["Cargo.toml: wasm-bindgen", read("Cargo.toml").match(/^wasm-bindgen\s*=\s*"([^"]*)"/m)?.[1], `=${bindgen}`],
    ["Trunk.toml: [tools] wasm_bindgen", toml("Trunk.toml", "tools", "wasm_bindgen"), bindgen],
    ["Trunk.toml: [tools] wasm_opt", toml("Trunk.toml", "tools", "wasm_opt"), `version_${binaryen}`],
  ];
  // Cargo.toml's rust-version (the oldest Rust the code builds with) is not above the toolchain.
  const msrv = read("Cargo.toml").match(/^rust-version\s*=\s*"([^"]*)"/m)?.[1];
  if (msrv) {
    const [a, b] = [msrv, rust].map((v) => v.split(".").map(Number));
    const i = a.findIndex((n, j) => n !== (b[j] ?? 0));
    const above = i >= 0 && a[i] > (b[i] ?? 0);
    rows.push(["Cargo.toml: rust-version (at most the toolchain's)", msrv, above ? `at most ${rust}` : msrv]);
  }
  // npm packages: exact versions in package.json, the same in package-lock.json.
  const lock = JSON.parse(read("package-lock.json"));
  for (const [name, version] of Object.entries(packageJson().devDependencies)) {
    rows.push([`package.json: ${name} (an exact version)`, version, /^\d+\.\d+\.\d+$/.test(version) ? version : "x.y.z"]);
    rows.push([`package-lock.json: ${name}`, lock.packages?.[`node_modules/${name}`]?.version, version]);
  }
  return rows;
}

function check() {
  const pins = Object.entries(PINS).map(([name, pin]) => `${name} ${pin()}`);
  const wrong = copies().filter(([, found, expected]) => found !== expected);
  for (const [what, found, expected] of wrong) console.error(`${what} is ${found === undefined ? "missing" : `"${found}"`}, expected "${expected}"`);
  if (wrong.length) {
    console.error("version pins disagree: change the copies above, or the pin (docs/development.md)");
    process.exit(1);
  }
  console.log(`version pins agree: ${pins.join(", ")}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const what = process.argv[2];
  try {
    if (what === "check") check();
    else if (PINS[what]) console.log(PINS[what]());
    else {
      console.error(`usage: node tools/pins.mjs check | ${Object.keys(PINS).join(" | ")}`);
      process.exit(2);
    }
  } catch (error) {
    console.error(`version pins: ${error.message}`);
    process.exit(1);
  }
}
