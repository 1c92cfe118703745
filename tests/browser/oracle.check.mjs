// A self-check of oracle.mjs's ministries, themes and transparency (issue 17) on the bundled
// snapshot, at today's date: prints what the browser tests would expect and asserts what can be
// counted naively from the JSON. Run: node tests/browser/oracle.check.mjs (non-zero on failure).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import {
  bilan, bilanYears, filterOf, fundingByPromotionTable, keyFigures, loadPublished, ministryCounts, referenceDate, themeKey,
  themeOptions, todayIso, transparency,
} from "./oracle.mjs";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "public", "data", "beta.gouv.fr");
const data = loadPublished(dir);
const records = data.startups.data;
const today = todayIso();
console.log(`today: ${today}, ${records.length} services in startups.json`);

// Themes: fewer keys than spellings; keys are well-formed.
const spellings = new Set(records.flatMap((r) => r.attributes.thematiques ?? []));
const options = themeOptions(data, "", today);
console.log(`themes: ${options.length} keys for ${spellings.size} spellings`);
assert.ok(options.length < spellings.size, "theme keys must merge some spellings");
for (const { key } of options) assert.match(key, /^[a-z0-9]+(-[a-z0-9]+)*$/);
assert.equal(themeKey(" Travail / Emploi"), "travail-emploi");
assert.equal(themeKey("Écologie"), "ecologie");
assert.equal(themeKey(" -- "), "");
const education = options.find((o) => o.key === "education");
console.log(`  education: ${JSON.stringify(education)}`);
assert.equal(education?.label, "Education");

// Ministries: the 16 domaines of organisations.json, and services without any.
const ministries = ministryCounts(data, "", today);
const domaines = new Set(data.organisations.map((o) => o.domaine_ministeriel.trim()).filter(Boolean));
console.log(`ministries on ${ministries.date} (${domaines.size} domaines in organisations.json):`);
for (const row of ministries.rows) console.log(`  ${row.ministry.padEnd(20)} ${String(row.total).padStart(4)}  ${JSON.stringify(row.counts)}`);
assert.equal(domaines.size, 16);
assert.equal(ministries.rows.filter((r) => r.ministry !== "non-renseigne").length, 16);

// Transparency over all services, against a naive count of services whose first phase has started.
const started = records.filter((r) => {
  const first = (r.attributes.phases ?? [])[0]?.start;
  return typeof first === "string" && first.trim() !== "" && first.trim() <= today;
});
const naive = (field) => started.filter((r) => String(r.attributes[field] ?? "").trim() !== "").length;
const all = transparency(data, "", today);
console.log(`transparency, all services: ${JSON.stringify(all)}`);
console.log(`  naive: ${started.length} started, stats ${naive("stats_url")}, budget ${naive("budget_url")}, impact ${naive("impact_url")}, repository ${naive("repository")}`);
assert.equal(all.total, started.length);
assert.equal(all.total, keyFigures(records, today, { organisations: data.organisations }).total);
assert.equal(all.stats, naive("stats_url"));
assert.equal(all.repository, naive("repository"));
assert.equal(all.impact, naive("impact_url"));
assert.equal(all.budget, naive("budget_url"));
assert.equal(Object.values(all.accessibility).reduce((a, b) => a + b, 0), all.total);

// Three queries: key figures, ministries, transparency; the three agree on the total.
for (const query of ["?annee=2023&ministere=justice", "?thematique=education", "?thematique=ecologie&incubateur=dinum"]) {
  const filter = filterOf(query, data, today);
  const date = referenceDate(filter.year, today);
  const figures = keyFigures(records, date, { ...filter, organisations: data.organisations });
  const byMinistry = ministryCounts(data, query, today);
  const open = transparency(data, query, today);
  console.log(`\n${query} → ${JSON.stringify(filter)} on ${date}`);
  console.log(`  key figures: ${JSON.stringify(figures)}`);
  console.log(`  ministries (${byMinistry.phases.join(", ")}):`);
  for (const row of byMinistry.rows) console.log(`    ${row.ministry.padEnd(20)} ${String(row.total).padStart(4)}  ${JSON.stringify(row.counts)}`);
  console.log(`  transparency: ${JSON.stringify(open)}`);
  assert.equal(open.total, figures.total);
  assert.ok(byMinistry.rows.reduce((n, r) => n + r.total, 0) >= figures.total);
}
// The bilan of every year the data covers: its sections agree with each other and with the
// explorer's tables of the oracle, and with straight counts of the files.
const published = JSON.parse(readFileSync(join(dir, "source.json"), "utf8")).published;
const years = bilanYears(data, today, published);
console.log(`\nbilans: ${years[0]} to ${years.at(-1)} (data of ${published})`);
assert.ok(years.includes(2023) && years.at(-1) < Number(published.slice(0, 4)));
const number = (text) => Number(String(text).replace(/\D/g, ""));
for (const year of years) {
  const b = bilan(data, year, today);
  // 2: the key figures of 1 January after the year and of the year before.
  const now = keyFigures(records, `${year + 1}-01-01`, { organisations: data.organisations });
  assert.equal(b.state.counted[1], now.accompagnement + now.perennises);
  assert.equal(b.state.investigations[1], now.investigation);
  // 3 and 4: one network row per incubator of the table, with its total; 7: the counted services.
  assert.equal(b.network.count, b.incubators.rows.length, `${year}`);
  assert.deepEqual(b.network.rows.map((r) => [r[0], number(r[2])]), b.incubators.rows.map((r) => [r[0], number(r.at(-1))]));
  assert.equal(b.transparency.total, b.state.counted[1], `${year}`);
  // 5: a naive count of first construction phases in the year.
  const naive = records.filter((r) => {
    const starts = (r.attributes.phases ?? []).filter((p) => p.name === "construction").map((p) => p.start.trim()).sort();
    return starts.length && starts[0].slice(0, 4) === String(year);
  }).length;
  assert.equal(b.launches.launched, naive, `${year}`);
  assert.ok(b.launches.active <= b.launches.launched);
  // 6: the FAST table of the year, row by row.
  const table = fundingByPromotionTable(data, { year });
  const withLaureates = table.rows.filter((r) => r[2] !== "–");
  assert.deepEqual(b.fast.promotions.map((p) => [p.title, p.amount, p.laureates]), withLaureates.map((r) => [r[0], number(r[2]), number(r[3])]));
  assert.equal(b.fast.unpublished.length, table.rows.length - withLaureates.length);
  console.log(`  ${year}: investigations ${b.state.investigations.join(" → ")}, counted ${b.state.counted.join(" → ")}, ` +
    `${b.network.count} incubators, ${b.launches.launched} launched (${b.launches.active} active), ` +
    `FAST ${b.fast.promotions.map((p) => p.title).join(" + ") || "none"}: ${b.fast.laureates} laureates, ${b.fast.amount} €` +
    `${b.fast.unpublished.length ? `, unpublished ${b.fast.unpublished.join(", ")}` : ""}`);
}
const owners = bilan(data, 2023, today).network.rows.map((r) => r[1]);
assert.ok(owners.includes("Direction interministérielle du numérique (DINUM)"), owners.join(" | "));
assert.ok(owners.every((o) => !o.includes("&#")), "owners unescaped");

console.log("\noracle check: ok");
