// An independent reading of the published data, written in JavaScript from the rules of the
// issue, to check the figures the app shows without reusing its Rust code.
import { readFileSync } from "node:fs";

const LIFE_CYCLE = [
  "investigation", "construction", "acceleration", "consolidation", "success", "transfere", "transfer",
  "opere", "alumni", "abandon-investigation", "abandon",
];
const GROUP = {
  investigation: "investigation",
  construction: "accompagnement", acceleration: "accompagnement",
  consolidation: "perennises", success: "perennises", transfere: "perennises", transfer: "perennises", opere: "perennises",
  "abandon-investigation": "abandonnes", abandon: "abandonnes",
};
const rank = (name) => (LIFE_CYCLE.includes(name) ? LIFE_CYCLE.indexOf(name) : LIFE_CYCLE.length);

export function loadStartups(path) {
  return JSON.parse(readFileSync(path, "utf8")).data;
}

/** ISO date (YYYY-MM-DD) of today in this machine's time zone, as the browser sees it. */
export function todayIso(now = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The phase of a startup record on an ISO date, or null when none has started. */
export function phaseAt(record, iso) {
  let best = null;
  for (const phase of record.attributes.phases ?? []) {
    const start = (phase.start ?? "").trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || start > iso) continue;
    if (!best || start > best.start || (start === best.start && rank(phase.name) > rank(best.name))) {
      best = { name: phase.name, start };
    }
  }
  return best?.name ?? null;
}

function incubatorsOf(record) {
  const many = record.relationships?.incubators?.data ?? [];
  const ids = many.length ? many.map((i) => i.id) : [record.relationships?.incubator?.data?.id].filter(Boolean);
  return [...new Set(ids.map((id) => id.replace(/^\/incubateurs\//, "").trim()))];
}

/** Key figures on an ISO date, optionally for some incubators and phases. */
export function keyFigures(records, iso, { incubators = [], phases = [] } = {}) {
  const figures = { investigation: 0, accompagnement: 0, perennises: 0, abandonnes: 0, total: 0 };
  for (const record of records) {
    if (incubators.length && !incubatorsOf(record).some((i) => incubators.includes(i))) continue;
    const phase = phaseAt(record, iso);
    if (phase === null || (phases.length && !phases.includes(phase))) continue;
    figures.total += 1;
    if (GROUP[phase]) figures[GROUP[phase]] += 1;
  }
  figures["accompagnement-ou-perennises"] = figures.accompagnement + figures.perennises;
  return figures;
}
