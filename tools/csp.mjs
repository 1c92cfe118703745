// The app's Content-Security-Policy, for Node programs: the one line of
// content-security-policy.txt, its single source. tools/strict-csp.mjs writes it into
// index.html's <meta>; the test servers (tests/browser, tests/engines) send it as a header;
// tests/host checks that tests/host/site.conf, where nginx needs it inline, says the same.
import { readFileSync } from "node:fs";

export const CSP_FILE = new URL("./content-security-policy.txt", import.meta.url);

/** The policy, without its final newline. */
export const CSP = readFileSync(CSP_FILE, "utf8").trim();

// It goes into an HTML attribute and an nginx string between double quotes, on one line.
if (!CSP || /["\n\r<>]/.test(CSP)) {
  throw new Error(`${CSP_FILE.pathname}: one line of policy expected, without " < > or line breaks`);
}
