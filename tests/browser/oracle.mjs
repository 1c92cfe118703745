// An independent reading of the published data, written in JavaScript from the rules of the
// issue, to check the figures the app shows without reusing its Rust code.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

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

/** startups.json's records. When organisations.json lies beside it, its organisations ride along on
 * the array (`records.organisations`, not enumerable) so that a ministry filter works without them. */
export function loadStartups(path) {
  const records = JSON.parse(readFileSync(path, "utf8")).data;
  const beside = join(dirname(path), "organisations.json");
  if (existsSync(beside)) {
    Object.defineProperty(records, "organisations", { value: JSON.parse(readFileSync(beside, "utf8")) });
  }
  return records;
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

/** Key figures on an ISO date, optionally for some incubators, phases, ministries (keys of
 * `domaine_ministeriel`, or `non-renseigne`) and themes (theme keys). A ministry filter needs the
 * organisations: `filter.organisations`, else those loadStartups put on `records`. */
export function keyFigures(records, iso, filter = {}) {
  const { phases = [] } = filter;
  const organisations = filter.organisations ?? records.organisations;
  const figures = { investigation: 0, accompagnement: 0, perennises: 0, abandonnes: 0, total: 0 };
  for (const record of records) {
    if (!keptBy(record, filter, organisations)) continue;
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
// filter is `{ incubators: [ids], phases: [names], year, ministries: [keys], themes: [keys] }` (empty
// lists and no year: everything); `filterOf` reads one from a page's query string.

/** The published files of a folder: startups.json, incubators.json, fast.json, organisations.json
 * (when there). */
export function loadPublished(dir) {
  const read = (name) => JSON.parse(readFileSync(`${dir}/${name}`, "utf8"));
  const organisations = existsSync(`${dir}/organisations.json`) ? read("organisations.json") : undefined;
  return { startups: read("startups.json"), incubators: read("incubators.json"), fast: read("fast.json"), organisations };
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

/** Whether a service passes the filter's incubators, ministries and themes (any value of each
 * selected, all three together); phases and the year depend on the date and are checked apart. */
function keptBy(record, filter, organisations) {
  if (filter.incubators?.length && !incubatorsOf(record).some((i) => filter.incubators.includes(i))) return false;
  if (filter.ministries?.length) {
    if (!organisations) throw new Error("a ministry filter needs organisations.json");
    if (![...ministriesOf(record, organisations)].some((m) => filter.ministries.includes(m))) return false;
  }
  if (filter.themes?.length && ![...themesOf(record)].some((t) => filter.themes.includes(t))) return false;
  return true;
}

/** "Services par incubateur": per incubator, its services by phase on the filter's date. */
export function incubatorsTable(published, filter, today) {
  const date = referenceDate(filter.year, today);
  const title = incubatorTitles(published);
  const counts = new Map(); // incubator → Map(phase → n)
  for (const record of published.startups.data) {
    if (!keptBy(record, filter, published.organisations)) continue;
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
    const f = keyFigures(published.startups.data, date, { ...filter, organisations: published.organisations });
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
 * incubators, ministries, themes and year; phases do not apply to funding). */
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
    const byService = [filter.incubators, filter.ministries, filter.themes].some((values) => values?.length);
    const inFilter = record === undefined ? !byService : keptBy(record, filter, published.organisations);
    return { award, record, amount, inYear, selected: inYear && inFilter };
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

// ---- Ministries, themes, transparency (issue 17) ---------------------------------------------------
//
// `data` is what loadPublished gives (with organisations.json); `query` is a page's query string
// (`?annee=2023&ministere=justice`) or a filter object as above. The services counted are those of
// the key figures' total: a phase started on the filter's date, in the filter's phases, incubators,
// ministries and themes.

const NOT_GIVEN = "non-renseigne";

const organisationIndexes = new WeakMap();
/** organisations.json as a Map id → trimmed domaine_ministeriel (the first of a repeated id). */
function ministryIndex(organisations) {
  if (organisations instanceof Map) return organisations;
  if (!organisations) return new Map();
  if (!organisationIndexes.has(organisations)) {
    const index = new Map();
    for (const o of organisations ?? []) {
      if (typeof o?.id !== "string" || index.has(o.id)) continue;
      index.set(o.id, typeof o.domaine_ministeriel === "string" ? o.domaine_ministeriel.trim() : "");
    }
    organisationIndexes.set(organisations, index);
  }
  return organisationIndexes.get(organisations);
}

/** A sponsor as an organisation id: trimmed, without a leading `/organisations/`. */
const sponsorId = (sponsor) => String(sponsor).trim().replace(/^\/organisations\//, "").trim();

/** The ministries (`domaine_ministeriel`) of a service's sponsors, each once; `non-renseigne` when
 * none is known (no sponsor, unknown sponsors, empty fields). `organisations`: organisations.json
 * (or a Map id → ministry); organisations are matched by their exact `id`. */
export function ministriesOf(record, organisations) {
  const index = ministryIndex(organisations);
  const ministries = new Set();
  for (const sponsor of record.attributes?.sponsors ?? []) {
    const ministry = index.get(sponsorId(sponsor));
    if (ministry) ministries.add(ministry);
  }
  return ministries.size ? ministries : new Set([NOT_GIVEN]);
}

/** A theme's key: lowercase, no accents, each run of other than ASCII letters and digits → `-`,
 * no `-` at either end (`" Travail / Emploi"` → `travail-emploi`); "" for none. */
export function themeKey(spelling) {
  return String(spelling).toLowerCase().normalize("NFD").replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

/** The distinct trimmed spellings of a service's themes, by key (a key's spellings in one service). */
function themeSpellings(record) {
  const spellings = new Map();
  const themes = record.attributes?.thematiques;
  for (const theme of Array.isArray(themes) ? themes : []) {
    if (typeof theme !== "string") continue;
    const key = themeKey(theme);
    if (!key) continue;
    if (!spellings.has(key)) spellings.set(key, new Set());
    spellings.get(key).add(theme.trim());
  }
  return spellings;
}

/** A service's theme keys, each once. */
export function themesOf(record) {
  return new Set(themeSpellings(record).keys());
}

/** Each theme key's label: the trimmed spelling the most services use, on a tie the smallest by
 * JavaScript string order (UTF-16 code units; Rust's byte order agrees unless spellings differ by
 * characters beyond the BMP). A service using two spellings of a key counts for each. */
export function themeLabels(records) {
  const uses = new Map(); // key → Map(spelling → services)
  for (const record of records) {
    for (const [key, spellings] of themeSpellings(record)) {
      if (!uses.has(key)) uses.set(key, new Map());
      for (const spelling of spellings) uses.get(key).set(spelling, (uses.get(key).get(spelling) ?? 0) + 1);
    }
  }
  const labels = new Map();
  for (const [key, spellings] of uses) {
    const [label] = [...spellings].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))[0];
    labels.set(key, label);
  }
  return labels;
}

const FILTER_PHASES = ["investigation", "construction", "acceleration", "consolidation", "transfere", "opere", "abandon-investigation", "abandon"];

/** A page's query string as a filter, as the page reads it: comma-separated values, those the data
 * does not know ignored (incubators, phases, ministries, themes, a year out of range). Theme values
 * are read as keys (`Écologie` → `ecologie`). A filter object is returned as it is. */
export function filterOf(query, data, today = todayIso()) {
  if (typeof query !== "string") return query ?? {};
  const params = new URLSearchParams(query);
  const list = (name) => (params.get(name) ?? "").split(",").map((v) => v.trim()).filter(Boolean);
  const records = data.startups.data;
  const incubators = new Set([...Object.keys(data.incubators), ...records.flatMap(incubatorsOf)]
    .map((id) => id.replace(/^\/incubateurs\//, "").trim()));
  const ministries = new Set([NOT_GIVEN, ...ministryIndex(data.organisations).values()].filter(Boolean));
  const themes = new Set(records.flatMap((r) => [...themesOf(r)]));
  const starts = records.flatMap((r) => (r.attributes.phases ?? []).map((p) => (p.start ?? "").trim()))
    .filter((s) => /^\d{4}-\d{2}-\d{2}$/.test(s)).sort();
  const year = /^\d{4}$/.test((params.get("annee") ?? "").trim()) ? Number(params.get("annee").trim()) : null;
  const filter = {
    incubators: list("incubateur").filter((v) => incubators.has(v)),
    phases: list("phase").filter((v) => FILTER_PHASES.includes(v)),
    ministries: list("ministere").filter((v) => ministries.has(v)),
    themes: list("thematique").map(themeKey).filter((v) => themes.has(v)),
  };
  if (year !== null && starts.length && year >= Number(starts[0].slice(0, 4)) && year <= Number(today.slice(0, 4))) {
    filter.year = year;
  }
  return filter;
}

/** The services the key figures count for a filter: `[{ record, phase }]`. */
function countedServices(data, filter, today) {
  const date = referenceDate(filter.year, today);
  const services = [];
  for (const record of data.startups.data) {
    if (!keptBy(record, filter, data.organisations)) continue;
    const phase = phaseAt(record, date);
    if (phase === null || (filter.phases?.length && !filter.phases.includes(phase))) continue;
    services.push({ record, phase });
  }
  return services;
}

/** Services per ministry and phase: `{ date, phases: [names in life-cycle order], rows: [{ ministry,
 * counts: { phase: n }, total }] }`, most services first, then by key. A service counts under each of
 * its ministries (under each selected one when the filter has ministries), once in `total` of a row. */
export function ministryCounts(data, query, today = todayIso()) {
  const filter = filterOf(query, data, today);
  const counts = new Map();
  for (const { record, phase } of countedServices(data, filter, today)) {
    for (const ministry of ministriesOf(record, data.organisations)) {
      if (filter.ministries?.length && !filter.ministries.includes(ministry)) continue;
      if (!counts.has(ministry)) counts.set(ministry, new Map());
      counts.get(ministry).set(phase, (counts.get(ministry).get(phase) ?? 0) + 1);
    }
  }
  const phases = [...new Set([...counts.values()].flatMap((c) => [...c.keys()]))]
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const rows = [...counts].map(([ministry, c]) => ({
    ministry, counts: Object.fromEntries(phases.filter((p) => c.has(p)).map((p) => [p, c.get(p)])), total: [...c.values()].reduce((a, b) => a + b, 0),
  })).sort((a, b) => b.total - a.total || (a.ministry < b.ministry ? -1 : 1));
  return { date: referenceDate(filter.year, today), phases, rows };
}

/** The theme filter's options: every theme key of the data, with its label and its services on the
 * date under all the other filters (the theme filter itself left out), by key. Labels are over all
 * the services of the data. */
export function themeOptions(data, query, today = todayIso()) {
  const filter = { ...filterOf(query, data, today), themes: [] };
  const labels = themeLabels(data.startups.data);
  const counts = new Map([...labels.keys()].map((key) => [key, 0]));
  for (const { record } of countedServices(data, filter, today)) {
    for (const key of themesOf(record)) counts.set(key, counts.get(key) + 1);
  }
  return [...labels.keys()].sort().map((key) => ({ key, label: labels.get(key), count: counts.get(key) }));
}

/** Accessibility status as a key: case and spaces folded; anything else `non-renseigne`. */
export function accessibilityKey(status) {
  const folded = typeof status === "string" ? status.toLowerCase().replace(/\s+/g, " ").trim() : "";
  return { "totalement conforme": "totalement", "partiellement conforme": "partiellement", "non conforme": "non-conforme" }[folded]
    ?? NOT_GIVEN;
}

/** Transparency over the counted services: how many publish (non-blank) stats, budget, impact and
 * repository links, their accessibility statuses, and the total. */
export function transparency(data, query, today = todayIso()) {
  const filter = filterOf(query, data, today);
  const filled = (value) => typeof value === "string" && value.trim() !== "";
  const result = {
    total: 0, stats: 0, budget: 0, impact: 0, repository: 0,
    accessibility: { totalement: 0, partiellement: 0, "non-conforme": 0, "non-renseigne": 0 },
  };
  for (const { record } of countedServices(data, filter, today)) {
    const a = record.attributes;
    result.total += 1;
    if (filled(a.stats_url)) result.stats += 1;
    if (filled(a.budget_url)) result.budget += 1;
    if (filled(a.impact_url)) result.impact += 1;
    if (filled(a.repository)) result.repository += 1;
    result.accessibility[accessibilityKey(a.accessibility_status)] += 1;
  }
  return result;
}

// ---- The bilan of a year (/bilan?annee=) ------------------------------------------------------------
//
// Read from the published files with the rules of the issue: the bilan of year Y describes 1 January
// Y+1 beside 1 January Y; the services it counts are those "en accompagnement ou pérennisés" then
// (construction, accélération, consolidation, transféré, opéré, and the legacy success and transfer);
// the network is the incubators of those services, with `owner` from incubators.json named by
// organisations.json; a service is launched in Y when its first construction phase starts in Y, and
// still active when it is counted on 1 January Y+1; the FAST promotions of Y are those whose month is
// in Y, each laureate of fast.json with its amount.

export const BILAN_COUNTED_PHASES = ["construction", "acceleration", "consolidation", "success", "transfere", "transfer", "opere"];

/** Text as the page shows it: trimmed, without bidi controls and zero-width characters. */
function shown(text) {
  return String(text ?? "").trim().replace(/[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, "").trim();
}

/** organisations.json's HTML-escaped text (`Minist&#232;re de l&#39;Int&#233;rieur`) as text. */
function unescapeHtml(text) {
  const named = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
  return String(text ?? "").replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, entity) => {
    if (entity[0] === "#") {
      const code = entity[1].toLowerCase() === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return named[entity.toLowerCase()] ?? all;
  });
}

/** The years a bilan covers: from the first year of the data to the last year over on both today
 * and the data's date (ISO dates). */
export function bilanYears(data, today, dataDate = today) {
  const starts = data.startups.data.flatMap((r) => (r.attributes.phases ?? []).map((p) => (p.start ?? "").trim()))
    .filter((s) => /^\d{4}-\d{2}-\d{2}$/.test(s)).sort();
  const last = Number((dataDate < today ? dataDate : today).slice(0, 4)) - 1;
  const first = Math.max(Number(starts[0].slice(0, 4)), 2010);
  const years = [];
  for (let year = first; year <= last; year += 1) years.push(year);
  return years;
}

/** Who runs an incubator, as the bilan names it: the organisation of its `owner` with its acronym,
 * the owner's id when organisations.json does not know it, "Non renseignée" when there is none. */
function ownerName(data, incubatorId) {
  const entry = Object.entries(data.incubators).find(([key]) => key.replace(/^\/incubateurs\//, "").trim() === incubatorId);
  let owner = typeof entry?.[1]?.owner === "string" ? entry[1].owner.trim() : "";
  if (!owner) {
    const included = (data.startups.included ?? []).find((i) => String(i.id ?? "").replace(/^\/incubateurs\//, "").trim() === incubatorId);
    owner = typeof included?.attributes?.owner === "string" ? included.attributes.owner.trim() : "";
  }
  const id = owner.replace(/^\/organisations\//, "").trim();
  if (!id) return "Non renseignée";
  const organisation = (data.organisations ?? []).find((o) => o.id === id);
  if (!organisation) return id;
  const name = shown(unescapeHtml(organisation.name)) || id;
  const acronym = shown(unescapeHtml(organisation.acronym ?? ""));
  return acronym && acronym !== name && !name.includes(acronym) ? `${name} (${acronym})` : name;
}

/** Every figure of the bilan of `year`, sections 2 to 7, as the page writes them. */
export function bilan(data, year, today = todayIso()) {
  const date = `${year + 1}-01-01`;
  const previous = `${year}-01-01`;
  const records = data.startups.data;
  const title = incubatorTitles(data);
  const figuresOn = (iso) => keyFigures(records, iso, { organisations: data.organisations });
  const [before, now] = [figuresOn(previous), figuresOn(date)];

  // 3: services per incubator, for the counted services.
  const filter = { phases: BILAN_COUNTED_PHASES, year };
  const incubators = incubatorsTable(data, filter, today);

  // 4: the incubators of those services, most services first, then by id.
  const perIncubator = new Map();
  for (const record of records) {
    const phase = phaseAt(record, date);
    if (!BILAN_COUNTED_PHASES.includes(phase)) continue;
    for (const id of incubatorsOf(record)) perIncubator.set(id, (perIncubator.get(id) ?? 0) + 1);
  }
  const members = [...perIncubator].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
  const network = {
    count: members.length,
    rows: members.map(([id, services]) => [title(id), ownerName(data, id), count(services)]),
  };

  // 5: first construction phase in the year, by its start then id.
  const launched = [];
  for (const record of records) {
    const constructions = (record.attributes.phases ?? []).filter((p) => p.name === "construction")
      .map((p) => (p.start ?? "").trim()).filter((s) => /^\d{4}-\d{2}-\d{2}$/.test(s)).sort();
    if (!constructions.length || !constructions[0].startsWith(`${year}-`)) continue;
    const phase = phaseAt(record, date);
    launched.push({ record, start: constructions[0], phase, active: BILAN_COUNTED_PHASES.includes(phase) });
  }
  launched.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.record.id < b.record.id ? -1 : 1));
  const launches = {
    launched: launched.length,
    active: launched.filter((l) => l.active).length,
    rows: launched.map(({ record, start, phase, active }) => [
      shown(record.attributes.name) || record.id,
      shown(record.attributes.pitch),
      incubatorsOf(record).map(title).join(", "),
      longDate(start),
      `${PHASE_LABELS[phase] ?? phase} (${active ? "actif" : "plus actif"})`,
    ]),
  };

  // 6: the promotions of the year with laureates, each laureate of fast.json.
  const byId = new Map(records.map((r) => [r.id, r]));
  const promotions = [];
  const unpublished = [];
  for (const promotion of [...data.fast.promotions].sort((a, b) => a.promotion - b.promotion)) {
    if (!String(promotion.month ?? "").startsWith(`${year}-`)) continue;
    const awards = data.fast.awards.filter((a) => a.promotion === promotion.promotion);
    if (!awards.length) {
      unpublished.push(promotion.promotion);
      continue;
    }
    const laureates = awards.map((a) => {
      const record = byId.get(a.startup);
      return {
        name: record ? shown(record.attributes.name) || a.startup : a.startup,
        pitch: record ? shown(record.attributes.pitch) : "",
        amount: typeof a.amount_eur === "number" ? a.amount_eur : null,
      };
    });
    promotions.push({
      title: promotion.title,
      laureates: laureates.length,
      amount: laureates.reduce((sum, l) => sum + (l.amount ?? 0), 0),
      rows: laureates.map((l) => [l.name, l.pitch, l.amount === null ? MISSING : euros(l.amount)]),
    });
  }
  const fast = {
    promotions,
    laureates: promotions.reduce((n, p) => n + p.laureates, 0),
    amount: promotions.reduce((n, p) => n + p.amount, 0),
    unpublished,
  };

  return {
    year, date, previous,
    title: `Bilan ${year} : état des lieux au ${longDate(date)}`,
    state: {
      investigations: [before.investigation, now.investigation],
      counted: [before["accompagnement-ou-perennises"], now["accompagnement-ou-perennises"]],
    },
    incubators, network, launches, fast,
    transparency: transparency(data, filter, today),
  };
}

// ---- Slides (issue 23): the bar standing for a chart's last groups -------------------------------

/** The services counted under any of the last `n` groups of "Services par incubateur" (`kind`
 * "incubateurs", groups in its table's order: most services first, then by id) or of "Services par
 * ministère" ("ministeres"), each service once: `{ phases: { label: n }, total }`, phases by their
 * labels (as the chart's series name them). */
export function lastGroupsUnion(data, query, kind, n, today = todayIso()) {
  const filter = filterOf(query, data, today);
  const groupsOf = kind === "incubateurs"
    ? (record) => shownIncubators(record, filter)
    : (record) => [...ministriesOf(record, data.organisations)].filter((m) => !filter.ministries?.length || filter.ministries.includes(m));
  const services = countedServices(data, filter, today);
  const totals = new Map();
  for (const { record } of services) {
    for (const group of groupsOf(record)) totals.set(group, (totals.get(group) ?? 0) + 1);
  }
  const order = [...totals].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([group]) => group);
  const last = new Set(order.slice(order.length - n));
  const phases = {};
  let total = 0;
  for (const { record, phase } of services) {
    if (!groupsOf(record).some((g) => last.has(g))) continue;
    const label = PHASE_LABELS[phase] ?? phase;
    phases[label] = (phases[label] ?? 0) + 1;
    total += 1;
  }
  return { phases, total };
}

/** The FAST awards the filter selects under any of the last `n` incubators of "Financement FAST par
 * incubateur" (its table's order; `null` for the awards under none), each award once:
 * `{ amount, laureates, unknown }`. */
export function lastIncubatorsFunding(published, query, n, today = todayIso()) {
  const filter = filterOf(query, published, today);
  const selected = fastAwards(published, filter).filter((a) => a.selected);
  const groupsOf = (a) => {
    const incubators = a.record ? shownIncubators(a.record, filter) : [];
    return incubators.length ? incubators : [null];
  };
  const byIncubator = new Map();
  for (const a of selected) {
    for (const id of groupsOf(a)) {
      if (!byIncubator.has(id)) byIncubator.set(id, []);
      byIncubator.get(id).push(a);
    }
  }
  const amount = (awards) => awards.reduce((sum, a) => sum + (a.amount ?? 0), 0);
  const order = [...byIncubator.entries()].sort(([a, xs], [b, ys]) =>
    amount(ys) - amount(xs) || ys.length - xs.length || (a === null ? -1 : b === null ? 1 : a < b ? -1 : 1)).map(([id]) => id);
  const last = new Set(order.slice(order.length - n));
  const awards = selected.filter((a) => groupsOf(a).some((g) => last.has(g)));
  return { amount: amount(awards), laureates: awards.length, unknown: awards.filter((a) => a.amount === null).length };
}
