//! The bilan of a year (`/bilan`): its figures are those of the explorer's queries and charts for
//! the same year (no count of its own), worked out by hand on a fixture, counted again from the
//! raw files of the bundled snapshot, and the same read through the compact file.

// Tests sort with the standard library, an independent measure (clippy.toml keeps the
// program itself to one sort, `data::order`).
#![allow(clippy::disallowed_methods)]

use std::sync::LazyLock;

use beta_dashboard::charts::{Cell, DataTable, funding_by_promotion_chart, incubators_chart, transparency_chart};
use beta_dashboard::data::query::bilan::{counted_filter, years};
use beta_dashboard::data::read::compact;
use beta_dashboard::data::{Dataset, Filter, Phase, SourceInfo, SourceTexts, load};
use beta_dashboard::modes::bilan::Report;
use serde_json::{Value, json};

mod common;
use common::{date, load_published, published_file, read, today};

static V27: LazyLock<Dataset> = LazyLock::new(|| load_published(&published_file("startups.json"), true));

/// The text of a table's column, for each row.
fn column(table: &DataTable, index: usize) -> Vec<String> {
    table.rows.iter().map(|row| row[index].display().to_owned()).collect()
}

fn number(cell: &Cell) -> u64 {
    match cell {
        Cell::Number { value, .. } => *value,
        other => panic!("not a number: {other:?}"),
    }
}

// ---- A fixture worked out by hand -----------------------------------------------------------------

fn startup(id: &str, name: &str, incubators: &[&str], phases: &[(&str, &str)]) -> Value {
    json!({
        "id": id, "type": "startup",
        "attributes": {
            "name": name, "pitch": format!("Ce que fait {name}"),
            "phases": phases.iter().map(|(n, s)| json!({"name": n, "start": s, "end": ""})).collect::<Vec<_>>(),
            "events": [], "sponsors": [],
        },
        "relationships": {"incubators": {"data": incubators.iter().map(|i| json!({"type": "incubator", "id": i})).collect::<Vec<_>>()}}
    })
}

/// Seven services around 2023, three incubators (one owned by an organisation organisations.json
/// names, one by an organisation it does not, one by none), two promotions of 2023 (one without
/// published laureates) and one of 2024.
fn fixture() -> Dataset {
    let startups = json!({
        "data": [
            // Launched in 2023 (construction 2023-03-01), active on 2024-01-01.
            startup("alpha", "Alpha", &["dinum"], &[("investigation", "2022-10-01"), ("construction", "2023-03-01")]),
            // Launched in 2023, abandoned in November: not active.
            startup("beta", "Bêta", &["anct"], &[("construction", "2023-02-01"), ("abandon", "2023-11-30")]),
            // Launched in 2022, co-incubated, consolidation in 2023.
            startup("gamma", "Gamma", &["dinum", "anct"], &[("construction", "2022-05-01"), ("consolidation", "2023-06-01")]),
            // An investigation on both dates.
            startup("delta", "Delta", &["mtes"], &[("investigation", "2022-12-01")]),
            // An investigation begun in 2023.
            startup("epsilon", "Epsilon", &["mtes"], &[("investigation", "2023-09-01")]),
            // Transféré since 2021: pérennisé, counted.
            startup("zeta", "Zêta", &["mtes"], &[("construction", "2019-01-01"), ("transfere", "2021-01-01")]),
            // Begins in 2024.
            startup("eta", "Êta", &["dinum"], &[("construction", "2024-02-01")]),
        ],
        "included": []
    })
    .to_string();
    let incubators = json!({
        "dinum": {"title": "DINUM", "owner": "/organisations/dinum", "startups": []},
        "anct": {"title": "L'Incubateur des Territoires", "owner": "/organisations/inconnue", "startups": []},
        "mtes": {"title": "La Fabrique", "owner": "", "startups": []},
    })
    .to_string();
    let organisations = json!([
        {"id": "dinum", "name": "Direction interministérielle du numérique", "acronym": "DINUM", "domaine_ministeriel": "spm"}
    ])
    .to_string();
    let fast = json!({
        "promotions": [
            {"promotion": 12, "title": "FAST 12 - Janvier 2023", "month": "2023-01"},
            {"promotion": 13, "title": "FAST 13 - Septembre 2023", "month": "2023-09"},
            {"promotion": 14, "title": "FAST 14 - Janvier 2024", "month": "2024-01"},
        ],
        "awards": [
            {"startup": "gamma", "promotion": 12, "amount_eur": 300000},
            {"startup": "alpha", "promotion": 12, "amount_eur": 150000},
            {"startup": "zeta", "promotion": 14, "amount_eur": 100000},
        ]
    })
    .to_string();
    load(&SourceTexts {
        startups: Ok(&startups),
        incubators: Ok(&incubators),
        organisations: Ok(&organisations),
        fast: Ok(&fast),
        today: today(),
    })
    .unwrap()
}

#[test]
fn every_section_of_a_fixtures_bilan_is_as_worked_out_by_hand() {
    let report = Report::new(&fixture(), 2023);
    assert_eq!(report.date, date("2024-01-01"));
    assert_eq!(report.title.replace('\u{a0}', " "), "Bilan 2023 : état des lieux au 1er janvier 2024");
    // 2: investigations alpha, delta then delta, epsilon; counted gamma, zeta then alpha, gamma, zeta.
    assert_eq!(report.state.investigations(), (2, 2));
    assert_eq!(report.state.counted(), (2, 3));
    // 3: alpha and gamma under DINUM, gamma under ANCT, zeta under la Fabrique.
    let bars: Vec<(&str, u64)> =
        report.incubators.chart.categories.iter().map(|c| (c.full_label.as_str(), c.total())).collect();
    assert_eq!(bars, [("DINUM", 2), ("L'Incubateur des Territoires", 1), ("La Fabrique", 1)]);
    // 4: the same incubators, with their owners as published.
    assert_eq!(report.network.incubators, 3);
    assert_eq!(
        column(&report.network.table, 1),
        ["Direction interministérielle du numérique (DINUM)", "inconnue", beta_dashboard::text::OWNER_NOT_STATED,]
    );
    assert_eq!(column(&report.network.table, 2), ["2", "1", "1"]);
    // 5: beta then alpha, by the start of their construction; beta no longer active.
    assert_eq!((report.launches.launched, report.launches.active), (2, 1));
    assert_eq!(column(&report.launches.table, 0), ["Bêta", "Alpha"]);
    assert_eq!(column(&report.launches.table, 1), ["Ce que fait Bêta", "Ce que fait Alpha"]);
    assert_eq!(column(&report.launches.table, 2), ["L'Incubateur des Territoires", "DINUM"]);
    assert_eq!(column(&report.launches.table, 3), ["1er février 2023", "1er mars 2023"]);
    assert_eq!(column(&report.launches.table, 4), ["Abandon (plus actif)", "Construction (actif)"]);
    // 6: FAST 12 with its two laureates by name; FAST 13 publishes none; FAST 14 is of 2024.
    let fast = &report.fast;
    assert_eq!((fast.total.laureates, fast.total.amount_eur), (2, 450_000));
    assert_eq!(fast.promotions.len(), 1);
    assert_eq!(fast.promotions[0].name, "FAST 12 - Janvier 2023");
    assert_eq!(column(&fast.promotions[0].table, 0), ["Alpha", "Gamma"]);
    assert_eq!(fast.promotions[0].table.rows.iter().map(|r| number(&r[2])).collect::<Vec<_>>(), [150_000, 300_000]);
    assert!(fast.unpublished.as_deref().is_some_and(|u| u.contains("FAST 13")), "{:?}", fast.unpublished);
    // 7: the counted services: alpha, gamma, zeta.
    assert_eq!(report.transparency.table.rows[0][1], Cell::count(3));
}

#[test]
fn a_year_without_launch_or_fast_says_so_with_empty_sections() {
    let report = Report::new(&fixture(), 2020);
    assert_eq!((report.launches.launched, report.launches.active), (0, 0));
    assert!(report.launches.table.rows.is_empty());
    assert!(report.fast.promotions.is_empty() && report.fast.summary.is_none() && report.fast.unpublished.is_none());
    // zeta alone, in construction.
    assert_eq!(report.state.counted(), (1, 1));
    assert_eq!(report.network.incubators, 1);
}

// ---- The bundled snapshot -------------------------------------------------------------------------

fn covered() -> std::ops::RangeInclusive<i32> {
    years(&V27, today(), Some(date("2026-08-20"))).unwrap()
}

#[test]
fn the_years_covered_run_from_the_first_year_of_the_data_to_the_last_year_over() {
    assert_eq!(covered(), V27.first_year().unwrap()..=2025);
    assert!(*covered().start() <= 2015);
}

#[test]
fn every_figure_is_the_explorers_for_the_same_year() {
    for year in covered() {
        let report = Report::new(&V27, year);
        let filter = Filter { year: Some(year), ..Filter::default() };
        // 2: the explorer's key figures of the year and of the year before.
        let now = V27.situation(&filter, today()).key_figures();
        let before = V27.situation(&Filter { year: Some(year - 1), ..Filter::default() }, today()).key_figures();
        assert_eq!((report.state.now, report.state.before), (now, before), "{year}");
        // 3: the explorer's chart for the same year and the phases of the groups counted.
        let phases: Vec<Phase> =
            Phase::CURRENT.into_iter().filter(beta_dashboard::data::query::bilan::is_counted).collect();
        let explorer = Filter { phases: phases.into_iter().collect(), ..filter.clone() };
        assert_eq!(report.incubators, incubators_chart(&V27, &V27.situation(&explorer, today())), "{year}");
        let counted = V27.situation(&explorer, today()).key_figures().total;
        assert_eq!(counted, now.accompanied_or_perennial(), "{year}: legacy names are not in the data");
        // 4: one incubator per bar, with its bar's total.
        assert_eq!(report.network.incubators, report.incubators.chart.categories.len());
        let services: Vec<u64> = report.network.table.rows.iter().map(|r| number(&r[2])).collect();
        let bars: Vec<u64> = report.incubators.chart.categories.iter().map(|c| c.total()).collect();
        assert_eq!(services, bars, "{year}");
        // 6: the FAST chart's rows of the year, and the laureates add up to them.
        let chart = funding_by_promotion_chart(&V27, &filter);
        let with_laureates: Vec<Vec<Cell>> =
            chart.table.rows.iter().filter(|r| r[2] != Cell::Missing).cloned().collect();
        assert_eq!(report.fast.promotions.len(), with_laureates.len(), "{year}");
        for (promotion, row) in report.fast.promotions.iter().zip(&with_laureates) {
            assert_eq!(promotion.name, row[0].display());
            let amounts: u64 =
                promotion.table.rows.iter().filter(|r| r[2] != Cell::Missing).map(|r| number(&r[2])).sum();
            assert_eq!(amounts, number(&row[2]), "{year} {}", promotion.name);
            assert_eq!(promotion.table.rows.len() as u64, number(&row[3]));
        }
        let total = V27.fast_total(&filter);
        assert_eq!(report.fast.total, total);
        assert_eq!(report.fast.promotions.iter().map(|p| p.table.rows.len()).sum::<usize>(), total.laureates);
        // 7: the explorer's transparency block, over the counted services.
        let t = V27.situation(&explorer, today()).transparency(V27.published);
        let explorers = transparency_chart(&t, report.date);
        let values = |chart: &beta_dashboard::charts::ChartData| -> Vec<Vec<u64>> {
            chart.chart.categories.iter().map(|c| c.values.clone()).collect()
        };
        assert_eq!(values(&report.transparency), values(&explorers), "{year}");
        let cells = |table: &DataTable| -> Vec<Vec<Cell>> { table.rows.iter().map(|r| r[1..].to_vec()).collect() };
        assert_eq!(cells(&report.transparency.table), cells(&explorers.table), "{year}");
        assert_eq!((&report.transparency.summary, &report.transparency.title), (&explorers.summary, &explorers.title));
        // Only the first line is named for the bilan: its services, not the explorer's filters.
        assert_eq!(report.transparency.table.rows[0][0].display(), beta_dashboard::text::BILAN_TRANSPARENCY_TOTAL.1);
        assert_eq!(report.transparency.chart.categories[0].label, beta_dashboard::text::BILAN_TRANSPARENCY_TOTAL.0);
        assert_eq!(t.total, counted);
    }
}

/// The services of the raw startups.json whose first `construction` phase starts in `year`, and
/// of them those whose phase on 1 January after it (the latest started, ties to the later in the
/// life cycle) is one of accompaniment or perennial: counted here from the JSON, not by the app.
fn raw_launches(year: i32) -> (Vec<String>, usize) {
    let raw: Value = serde_json::from_str(&published_file("startups.json")).unwrap();
    let order = [
        "investigation",
        "construction",
        "acceleration",
        "consolidation",
        "success",
        "transfere",
        "transfer",
        "opere",
        "alumni",
        "abandon-investigation",
        "abandon",
    ];
    let counted = ["construction", "acceleration", "consolidation", "success", "transfere", "transfer", "opere"];
    let day = format!("{}-01-01", year + 1);
    let (mut ids, mut active) = (Vec::new(), 0);
    for record in raw["data"].as_array().unwrap() {
        let phases = record["attributes"]["phases"].as_array().unwrap();
        let start = |p: &Value| p["start"].as_str().unwrap_or("").trim().to_owned();
        let first = phases.iter().filter(|p| p["name"] == "construction").map(start).min();
        if !first.is_some_and(|s| s.starts_with(&format!("{year}-"))) {
            continue;
        }
        ids.push(record["id"].as_str().unwrap().to_owned());
        let rank = |p: &Value| order.iter().position(|n| p["name"] == *n).unwrap_or(order.len());
        let current = phases
            .iter()
            .filter(|p| start(p) <= day)
            .max_by(|a, b| start(a).cmp(&start(b)).then(rank(a).cmp(&rank(b))));
        if current.is_some_and(|p| counted.iter().any(|n| p["name"] == *n)) {
            active += 1;
        }
    }
    ids.sort();
    (ids, active)
}

#[test]
fn the_services_launched_are_those_of_an_independent_count_of_startups_json() {
    for year in covered() {
        let report = Report::new(&V27, year);
        let (ids, active) = raw_launches(year);
        let mut names = column(&report.launches.table, 0);
        let mut expected: Vec<String> = ids
            .iter()
            .map(|id| V27.service(&beta_dashboard::data::ServiceId(id.clone())).unwrap().name.clone())
            .collect();
        names.sort();
        expected.sort();
        assert_eq!(names, expected, "{year}");
        assert_eq!((report.launches.launched, report.launches.active), (ids.len(), active), "{year}");
    }
    // Years of the programme launch services.
    assert!(Report::new(&V27, 2023).launches.launched >= 10);
}

#[test]
fn the_laureates_and_amounts_are_those_of_fast_json() {
    let raw: Value = serde_json::from_str(&published_file("fast.json")).unwrap();
    for year in covered() {
        let report = Report::new(&V27, year);
        for promotion in raw["promotions"].as_array().unwrap() {
            if !promotion["month"].as_str().unwrap().starts_with(&format!("{year}-")) {
                continue;
            }
            let promotion_number = promotion["promotion"].as_u64().unwrap();
            let mut awards: Vec<(String, u64)> = raw["awards"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|a| a["promotion"].as_u64() == Some(promotion_number))
                .map(|a| {
                    let id = beta_dashboard::data::ServiceId(a["startup"].as_str().unwrap().to_owned());
                    (V27.service(&id).unwrap().name.clone(), a["amount_eur"].as_u64().unwrap())
                })
                .collect();
            let shown = report.fast.promotions.iter().find(|p| p.name == promotion["title"].as_str().unwrap());
            let Some(shown) = shown else {
                assert!(awards.is_empty(), "{year}: {} has laureates", promotion["title"]);
                assert!(report.fast.unpublished.is_some(), "{year}: FAST {promotion_number} said unpublished");
                continue;
            };
            let mut rows: Vec<(String, u64)> =
                shown.table.rows.iter().map(|r| (r[0].display().to_owned(), number(&r[2]))).collect();
            awards.sort();
            rows.sort();
            assert_eq!(rows, awards, "{year} {}", shown.name);
        }
    }
    let fast_2023 = Report::new(&V27, 2023).fast;
    assert_eq!(fast_2023.promotions.len(), 2);
    assert_eq!(fast_2023.total.laureates, 19);
}

#[test]
fn the_network_names_each_incubators_owner_from_the_published_incubators() {
    let raw: Value = serde_json::from_str(&published_file("incubators.json")).unwrap();
    let report = Report::new(&V27, 2023);
    let titles = column(&report.network.table, 0);
    let owners = column(&report.network.table, 1);
    for (title, owner) in titles.iter().zip(&owners) {
        let (_, incubator) = raw
            .as_object()
            .unwrap()
            .iter()
            .find(|(key, i)| i["title"].as_str().map_or(key.as_str() == title, |t| t.trim() == title))
            .unwrap_or_else(|| panic!("{title}"));
        let published = incubator["owner"].as_str().unwrap_or("").trim().trim_start_matches("/organisations/");
        let organisation = V27.organisations.iter().find(|o| o.id.as_str() == published);
        match organisation {
            Some(o) => assert!(owner.starts_with(&o.name), "{title}: {owner}"),
            None if published.is_empty() => assert_eq!(owner, beta_dashboard::text::OWNER_NOT_STATED),
            None => assert_eq!(owner, published),
        }
    }
    assert!(owners.iter().any(|o| o.contains("(DINUM)")), "{owners:?}");
}

#[test]
fn the_bilan_read_through_the_compact_file_is_the_same() {
    let info = SourceInfo::parse(&read("public/data/beta.gouv.fr/source.json")).unwrap();
    let text = compact::write(&V27, &info, |t| t.to_owned());
    let compact = compact::read(&text).unwrap().dataset;
    let bundled = compact::read(&read("public/data/tableau-de-bord.json")).unwrap().dataset;
    for year in covered() {
        let report = Report::new(&V27, year);
        assert_eq!(report, Report::new(&compact, year), "{year}");
        assert_eq!(report, Report::new(&bundled, year), "{year}, the bundled compact file");
    }
}

#[test]
fn without_fast_json_the_bilan_takes_the_awards_read_from_the_events() {
    let events = load_published(&published_file("startups.json"), false);
    let report = Report::new(&events, 2023);
    let filter = Filter { year: Some(2023), ..Filter::default() };
    assert_eq!(report.fast.total, events.fast_total(&filter));
    assert_eq!(report.fast.promotions.iter().map(|p| p.table.rows.len()).sum::<usize>(), report.fast.total.laureates);
    // The same counted services, whatever the source of FAST.
    assert_eq!(report.incubators, Report::new(&V27, 2023).incubators);
    assert_eq!(counted_filter(2023).year, Some(2023));
}
