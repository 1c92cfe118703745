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

// ---- The charts' tables, from the published files -------------------------------------------------
//
// Each function gives what a chart's "Vue tableau" shows: `{ caption, columns, rows }`, every cell
// as the page writes it (French numbers from the runtime's Intl, a dash for an unknown value). A
// filter is `{ incubators: [ids], phases: [names], year }` (empty lists and no year: everything).

/** The published files of a folder: startups.json, incubators.json, fast.json. */
export function loadPublished(dir) {
  const read = (name) => JSON.parse(readFileSync(`${dir}/${name}`, "utf8"));
  return { startups: read("startups.json"), incubators: read("incubators.json"), fast: read("fast.json") };
}

const PHASE_LABELS = {
  investigation: "Investigation", construction: "Construction", acceleration: "Accélération",
  consolidation: "Consolidation", success: "Pérennisé (ancien nom)", transfere: "Transféré",
  transfer: "Transféré (ancien nom)", opere: "Opéré", alumni: "Partenariat terminé (ancien nom)",
  "abandon-investigation": "Abandon en investigation", abandon: "Abandon",
};
const GROUPS = [
  ["investigation", "En investigation"], ["accompagnement", "En accompagnement"],
  ["perennises", "Pérennisés"], ["abandonnes", "Abandonnés"],
];

const count = (n) => new Intl.NumberFormat("fr-FR").format(n);
const euros = (n) => new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(n);
const MISSING = "–";

/** `2024-01-01` → `1er janvier 2024`. */
export function longDate(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  const month = new Intl.DateTimeFormat("fr-FR", { month: "long", timeZone: "UTC" }).format(Date.UTC(y, m - 1, d));
  return `${d === 1 ? "1er" : d} ${month} ${y}`;
}

/** `2023-09` → `septembre 2023`. */
function monthLabel(yearMonth) {
  const [y, m] = yearMonth.split("-").map(Number);
  return new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(y, m - 1, 1));
}

/** The day a year's figures describe: 1 January of the next year, never after today. */
export function referenceDate(year, today) {
  if (year == null) return today;
  const next = `${year + 1}-01-01`;
  return next < today ? next : today;
}

/** Incubator titles: incubators.json's, else startups.json's `included`, else the id. */
function incubatorTitles(published) {
  const titles = new Map();
  for (const item of published.startups.included ?? []) {
    const id = String(item.id ?? "").replace(/^\/incubateurs\//, "").trim();
    const title = (item.attributes?.title ?? "").trim();
    if (id && title && !titles.has(id)) titles.set(id, title);
  }
  for (const [key, item] of Object.entries(published.incubators)) {
    const title = (item?.title ?? "").trim();
    if (title) titles.set(key.replace(/^\/incubateurs\//, "").trim(), title);
  }
  return (id) => titles.get(id) ?? id;
}

/** The incubators of a filter that a service is counted under: all of its own, or the selected ones. */
function shownIncubators(record, filter) {
  const own = incubatorsOf(record);
  return filter.incubators?.length ? own.filter((i) => filter.incubators.includes(i)) : own;
}

function keptBy(record, filter) {
  return !filter.incubators?.length || incubatorsOf(record).some((i) => filter.incubators.includes(i));
}

/** "Services par incubateur": per incubator, its services by phase on the filter's date. */
export function incubatorsTable(published, filter, today) {
  const date = referenceDate(filter.year, today);
  const title = incubatorTitles(published);
  const counts = new Map(); // incubator → Map(phase → n)
  for (const record of published.startups.data) {
    if (!keptBy(record, filter)) continue;
    const phase = phaseAt(record, date);
    if (phase === null || (filter.phases?.length && !filter.phases.includes(phase))) continue;
    for (const incubator of shownIncubators(record, filter)) {
      if (!counts.has(incubator)) counts.set(incubator, new Map());
      const phases = counts.get(incubator);
      phases.set(phase, (phases.get(phase) ?? 0) + 1);
    }
  }
  const used = [...new Set([...counts.values()].flatMap((phases) => [...phases.keys()]))]
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const total = (phases) => [...phases.values()].reduce((a, b) => a + b, 0);
  const order = [...counts.entries()].sort(([a, pa], [b, pb]) => total(pb) - total(pa) || (a < b ? -1 : 1));
  return {
    caption: `Services par incubateur — situation au ${longDate(date)}`,
    columns: ["Incubateur", ...used.map((p) => PHASE_LABELS[p] ?? p), "Total"],
    rows: order.map(([id, phases]) => [title(id), ...used.map((p) => count(phases.get(p) ?? 0)), count(total(phases))]),
  };
}

/** "Évolution des services par phase": the phase groups on 1 January of every year from the first
 * year of the data, then today (the filter's year does not change the rows). */
export function evolutionTable(published, filter, today) {
  const starts = published.startups.data.flatMap((r) => (r.attributes.phases ?? []).map((p) => (p.start ?? "").trim()))
    .filter((s) => /^\d{4}-\d{2}-\d{2}$/.test(s));
  const first = Number(starts.sort()[0].slice(0, 4));
  const thisYear = Number(today.slice(0, 4));
  const points = [];
  for (let year = first; year < thisYear; year += 1) points.push([`Bilan ${year}`, `${year + 1}-01-01`]);
  if (points.at(-1)?.[1] !== today) points.push(["Aujourd'hui", today]);
  const figures = points.map(([, date]) => {
    const f = keyFigures(published.startups.data, date, filter);
    return { ...f, autres: f.total - GROUPS.reduce((sum, [key]) => sum + f[key], 0) };
  });
  const others = figures.some((f) => f.autres > 0);
  return {
    caption: "Évolution des services par phase",
    columns: ["Date", ...GROUPS.map(([, label]) => label), ...(others ? ["Autres phases"] : []), "Total"],
    rows: points.map(([label, date], i) => [
      `${label} (${longDate(date)})`,
      ...GROUPS.map(([key]) => count(figures[i][key])),
      ...(others ? [count(figures[i].autres)] : []),
      count(figures[i].total),
    ]),
  };
}

/** FAST awards with their year (their promotion's) and whether the filter selects them (its
 * incubators and year; phases do not apply to funding). */
function fastAwards(published, filter) {
  const promotions = new Map(published.fast.promotions.map((p) => [p.promotion, p]));
  const records = new Map(published.startups.data.map((r) => [r.id, r]));
  return published.fast.awards.map((award) => {
    const promotion = promotions.get(award.promotion);
    const year = promotion?.month ? Number(promotion.month.slice(0, 4)) : null;
    const record = records.get(award.startup);
    const amount = typeof award.amount_eur === "number" && Number.isFinite(award.amount_eur) && award.amount_eur >= 0
      ? award.amount_eur : null;
    const inYear = filter.year == null || year === filter.year;
    const inIncubators = !filter.incubators?.length || (record !== undefined && keptBy(record, filter));
    return { award, record, amount, inYear, selected: inYear && inIncubators };
  });
}

const funding = (awards) => [
  euros(awards.reduce((sum, a) => sum + (a.amount ?? 0), 0)),
  count(awards.length),
  count(awards.filter((a) => a.amount === null).length),
];

const fundingCaption = (title, year) => `${title} — ${year == null ? "toutes les promotions" : `promotions de ${year}`}`;

/** "Financement FAST par promotion": each promotion of the year with laureates in the data (even
 * none selected), and those whose laureates are not published, with dashes. */
export function fundingByPromotionTable(published, filter) {
  const awards = fastAwards(published, filter);
  const withLaureates = new Set(published.fast.awards.map((a) => a.promotion));
  const rows = [];
  for (const promotion of [...published.fast.promotions].sort((a, b) => a.promotion - b.promotion)) {
    const year = Number(promotion.month.slice(0, 4));
    if (filter.year != null && year !== filter.year) continue;
    const head = [promotion.title, monthLabel(promotion.month)];
    if (!withLaureates.has(promotion.promotion)) rows.push([...head, MISSING, MISSING, MISSING]);
    else rows.push([...head, ...funding(awards.filter((a) => a.selected && a.award.promotion === promotion.promotion))]);
  }
  return {
    caption: fundingCaption("Financement FAST par promotion", filter.year),
    columns: ["Promotion", "Date", "Montant (€)", "Lauréats", "dont montant inconnu"],
    rows,
  };
}

/** "Financement FAST par incubateur": the selected awards under each (selected) incubator of
 * their service, largest amount first. */
export function fundingByIncubatorTable(published, filter) {
  const title = incubatorTitles(published);
  const byIncubator = new Map();
  for (const a of fastAwards(published, filter).filter((a) => a.selected)) {
    const incubators = a.record ? shownIncubators(a.record, filter) : [];
    for (const id of incubators.length ? incubators : [null]) {
      if (!byIncubator.has(id)) byIncubator.set(id, []);
      byIncubator.get(id).push(a);
    }
  }
  const amount = (awards) => awards.reduce((sum, a) => sum + (a.amount ?? 0), 0);
  const order = [...byIncubator.entries()].sort(([a, xs], [b, ys]) =>
    amount(ys) - amount(xs) || ys.length - xs.length || (a === null ? -1 : b === null ? 1 : a < b ? -1 : 1));
  return {
    caption: fundingCaption("Financement FAST par incubateur", filter.year),
    columns: ["Incubateur", "Montant (€)", "Lauréats", "dont montant inconnu"],
    rows: order.map(([id, awards]) => [id === null ? "Sans incubateur" : title(id), ...funding(awards)]),
  };
}
