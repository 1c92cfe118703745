//! The compact dataset (`public/data/tableau-de-bord.json`, written by `./dev data`): every figure
//! the dashboard shows is the same read from it as read from the published files (v2.6 and
//! v2.7), the bundled file is up to date, and a damaged file loses only its damaged records.

use std::sync::LazyLock;

use beta_dashboard::charts::labels::short_label;
use beta_dashboard::charts::{
    evolution_chart, funding_by_incubator_chart, funding_by_promotion_chart, incubators_chart,
};
use beta_dashboard::data::compact::{self, FORMAT};
use beta_dashboard::data::listing::{ServiceIndex, SortKey, search_and_sort, service_row};
use beta_dashboard::data::{
    DataFile, Dataset, Date, FetchError, FileStatus, Filter, FormatError, LoadError, Outcome, Problem, Section,
    SourceInfo, SourceTexts, load,
};

const TODAY: &str = "2026-11-28";

fn read(path: &str) -> String {
    let path = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn today() -> Date {
    TODAY.parse().unwrap()
}

fn published(startups: &str, with_fast: bool) -> Dataset {
    let incubators = read("public/data/beta.gouv.fr/incubators.json");
    let organisations = read("public/data/beta.gouv.fr/organisations.json");
    let fast = read("public/data/beta.gouv.fr/fast.json");
    load(&SourceTexts {
        startups: Ok(startups),
        incubators: Ok(&incubators),
        organisations: Ok(&organisations),
        fast: if with_fast { Ok(&fast) } else { Err(FetchError::Status(404)) },
        today: today(),
    })
    .unwrap()
}

fn info() -> SourceInfo {
    SourceInfo::parse(&read("public/data/beta.gouv.fr/source.json")).unwrap()
}

fn label(title: &str) -> String {
    short_label(title, 32)
}

fn through_compact(dataset: &Dataset) -> Dataset {
    compact::read(&compact::write(dataset, &info(), label)).unwrap().dataset
}

static V27: LazyLock<Dataset> = LazyLock::new(|| published(&read("public/data/beta.gouv.fr/startups.json"), true));
static V26: LazyLock<Dataset> = LazyLock::new(|| published(&read("tests/snapshot/api/v2.6/startups.json"), true));

/// Every filter a visitor can reach with one incubator: all years × (all incubators, each one).
fn filters(dataset: &Dataset) -> Vec<Filter> {
    let first = dataset.first_year().unwrap();
    let years = std::iter::once(None).chain((first..=today().year()).map(Some));
    let mut filters = Vec::new();
    for year in years {
        filters.push(Filter { year, ..Filter::default() });
        for id in dataset.incubators.keys() {
            filters.push(Filter { year, ..Filter::default() }.toggle_incubator(id));
        }
    }
    filters
}

fn assert_same_figures(published: &Dataset, compact: &Dataset) {
    let filters = filters(published);
    assert!(filters.len() > 300, "{} filters", filters.len());
    for filter in &filters {
        let (a, b) = (published.situation(filter, today()), compact.situation(filter, today()));
        assert_eq!(a.key_figures(), b.key_figures(), "key figures, {filter:?}");
        assert_eq!(a.counts_by_incubator(), b.counts_by_incubator(), "counts per incubator and phase, {filter:?}");
        assert_eq!(published.fast_by_promotion(filter), compact.fast_by_promotion(filter), "FAST per promotion");
        assert_eq!(published.fast_by_incubator(filter), compact.fast_by_incubator(filter), "FAST per incubator");
        assert_eq!(published.fast_total(filter), compact.fast_total(filter), "FAST total, {filter:?}");
        assert_eq!(
            evolution_chart(published, filter, today()),
            evolution_chart(compact, filter, today()),
            "evolution chart, {filter:?}"
        );
        assert_eq!(incubators_chart(published, &a), incubators_chart(compact, &b), "incubator chart");
        assert_eq!(funding_by_promotion_chart(published, filter), funding_by_promotion_chart(compact, filter));
        assert_eq!(funding_by_incubator_chart(published, filter), funding_by_incubator_chart(compact, filter));
        assert_eq!(list(published, &a), list(compact, &b), "services list, {filter:?}");
        assert_eq!(published.incubator_options(filter, today()), compact.incubator_options(filter, today()));
        assert_eq!(published.phase_options(filter, today()), compact.phase_options(filter, today()));
    }
}

/// The services list as shown, sorted by name.
fn list(
    dataset: &Dataset,
    situation: &beta_dashboard::data::Situation,
) -> Vec<beta_dashboard::data::listing::ServiceRow> {
    let index = ServiceIndex::new(dataset);
    let matches = dataset.matches(situation.filter, situation.date);
    search_and_sort(&index, &matches, "", SortKey::Name, true).iter().map(|m| service_row(dataset, m)).collect()
}

#[test]
fn the_compact_file_gives_the_same_figures_as_the_published_v2_7_files() {
    assert_same_figures(&V27, &through_compact(&V27));
}

#[test]
fn the_compact_file_gives_the_same_figures_as_the_published_v2_6_files() {
    assert_same_figures(&V26, &through_compact(&V26));
}

#[test]
fn without_fast_json_the_compact_file_keeps_the_awards_read_from_the_events() {
    let events = published(&read("public/data/beta.gouv.fr/startups.json"), false);
    assert_same_figures(&events, &through_compact(&events));
}

#[test]
fn the_bundled_compact_file_is_up_to_date_with_the_bundled_published_files() {
    let expected = compact::write(&V27, &info(), label);
    let bundled = read("public/data/tableau-de-bord.json");
    assert!(bundled == expected, "public/data/tableau-de-bord.json is stale: run `./dev data`");
    assert_same_figures(&V27, &compact::read(&bundled).unwrap().dataset);
}

#[test]
fn the_compact_file_carries_the_published_files_report_and_its_source() {
    let read_back = compact::read(&compact::write(&V27, &info(), label)).unwrap();
    assert_eq!(read_back.source, Some(info()));
    let report = &read_back.dataset.report;
    assert_eq!(report.file_status(DataFile::Compact), Some(&FileStatus::Read));
    for section in &V27.report.sections {
        let carried = report.section(section.section).unwrap();
        assert_eq!((carried.read, carried.kept), (section.read, section.kept), "{:?}", section.section);
        let described: Vec<(usize, Option<&String>, Outcome, String)> =
            section.issues.iter().map(|i| (i.index, i.id.as_ref(), i.outcome, i.problem.to_string())).collect();
        let carried: Vec<(usize, Option<&String>, Outcome, String)> =
            carried.issues.iter().map(|i| (i.index, i.id.as_ref(), i.outcome, i.problem.to_string())).collect();
        assert_eq!(carried, described);
    }
    let without_fast = published(&read("public/data/beta.gouv.fr/startups.json"), false);
    let carried = compact::read(&compact::write(&without_fast, &info(), label)).unwrap().dataset.report;
    let status = carried.file_status(DataFile::Fast).unwrap().to_string();
    assert_eq!(status, without_fast.report.file_status(DataFile::Fast).unwrap().to_string());
    assert!(status.contains("404"), "{status}");
    let services = report.section(Section::CompactServices).unwrap();
    assert_eq!((services.read, services.kept, services.issues.len()), (V27.services.len(), V27.services.len(), 0));
}

#[test]
fn the_compact_file_is_one_record_per_line_sorted_by_id() {
    let text = compact::write(&V27, &info(), label);
    let service_lines: Vec<&str> =
        text.lines().filter(|l| l.starts_with("{\"id\":") && l.contains("\"phases\"")).collect();
    assert_eq!(service_lines.len(), V27.services.len());
    let ids: Vec<String> = service_lines
        .iter()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l.trim_end_matches(',')).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    assert!(text.starts_with(&format!("{{\"format\":{FORMAT},")));
}

#[test]
fn the_compact_file_drops_what_the_page_never_shows() {
    let text = compact::write(&V27, &info(), label);
    let published = read("public/data/beta.gouv.fr/startups.json");
    assert!(!text.contains("content_url_encoded_markdown"));
    assert!(text.len() * 10 < published.len(), "{} bytes against {}", text.len(), published.len());
    // Only the organisations that sponsor a service.
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let organisations = value["organisations"].as_array().unwrap();
    assert!(organisations.len() < V27.organisations.len());
    for o in organisations {
        let id = o["id"].as_str().unwrap();
        assert!(V27.services.iter().any(|s| s.sponsors.iter().any(|sp| sp == id)), "{id}");
    }
}

fn compact_with(services: &str, awards: &str) -> String {
    format!(
        r#"{{"format":1,"source":{{"label":"x","api":"https://beta.gouv.fr/api/v2.7/"}},
"incubators":[{{"id":"dinum","title":"DINUM","label":"DINUM"}}, 7, {{"id":"dinum","title":"Encore","label":"E"}}],
"services":[{services}],
"fast":{{"source":"fast.json","promotions":[{{"number":13,"title":"FAST 13","month":"2024-01"}}],"awards":[{awards}]}}}}"#
    )
}

#[test]
fn a_bad_record_of_the_compact_file_is_skipped_with_its_reason_and_the_others_kept() {
    let services = r#"{"id":"ok","name":"Ok","incubators":["dinum"],"phases":[["construction","2020-01-01"]]},
        {"id":"bad-date","name":"B","incubators":["dinum"],"phases":[["construction","2020-13-01"]]},
        {"id":"no-name","incubators":[],"phases":[]},
        "a string",
        {"id":"ok","name":"Twice","incubators":["dinum"],"phases":[]},
        {"id":"pivot","name":"P","incubators":["/incubateurs/nowhere"],"phases":[["pivot","2021-01-01"]],"link":"javascript:alert(1)"}"#;
    let awards = r#"{"service":"ok","promotion":13,"amount_eur":300000},{"service":"ok","promotion":13,"amount_eur":300000},
        {"service":"ghost","amount_eur":"lots"},{"service":"pivot","promotion":13,"amount_eur":20000000000}"#;
    let read = compact::read(&compact_with(services, awards)).unwrap();
    let dataset = &read.dataset;
    let ids: Vec<&str> = dataset.services.iter().map(|s| s.id.0.as_str()).collect();
    assert_eq!(ids, ["ok", "pivot"]);
    assert_eq!(dataset.services[0].name, "Ok");
    assert_eq!(dataset.services[1].link, None, "only web addresses are kept");
    assert!(dataset.incubators.contains_key(&beta_dashboard::data::IncubatorId("nowhere".into())));

    let report = &dataset.report;
    let services = report.section(Section::CompactServices).unwrap();
    assert_eq!((services.read, services.kept, services.skipped()), (6, 2, 4));
    let problems: Vec<(Option<&str>, Outcome, &Problem)> =
        services.issues.iter().map(|i| (i.id.as_deref(), i.outcome, &i.problem)).collect();
    assert!(matches!(problems[0], (Some("bad-date"), Outcome::Skipped, Problem::Unreadable { .. })));
    assert!(matches!(
        problems[1],
        (Some("no-name"), Outcome::Skipped, Problem::Unreadable { error: FormatError::Field { .. } })
    ));
    assert!(matches!(problems[2], (None, Outcome::Skipped, Problem::NotAnObject { .. })));
    assert!(matches!(problems[3], (Some("ok"), Outcome::Skipped, Problem::DuplicateId)));
    assert!(problems[4..].iter().any(|p| matches!(p, (Some("pivot"), Outcome::Kept, Problem::UnknownPhase { .. }))));
    assert!(
        problems[4..].iter().any(|p| matches!(p, (Some("pivot"), Outcome::Kept, Problem::UnknownIncubator { .. })))
    );

    let incubators = report.section(Section::CompactIncubators).unwrap();
    assert_eq!((incubators.read, incubators.kept, incubators.skipped()), (3, 1, 2));
    assert_eq!(dataset.incubator_title(&beta_dashboard::data::IncubatorId("dinum".into())), "DINUM");

    let awards = report.section(Section::CompactFastAwards).unwrap();
    assert_eq!((awards.read, awards.kept, awards.skipped()), (4, 2, 2), "{:?}", awards.issues);
    assert_eq!(dataset.fast_awards.len(), 2);
    assert_eq!(dataset.fast_awards[1].amount_eur, None, "an implausible amount is unknown, not 20 billion");
}

#[test]
fn a_compact_file_that_cannot_be_used_at_all_says_why() {
    let error = |text: &str| compact::read(text).unwrap_err();
    assert!(matches!(error("{\"format\":1,"), LoadError::Malformed(DataFile::Compact, FormatError::Syntax { .. })));
    assert_eq!(error("\n  <!doctype html><html>…"), LoadError::Malformed(DataFile::Compact, FormatError::Html));
    assert!(matches!(error("[]"), LoadError::Malformed(DataFile::Compact, FormatError::Field { .. })));
    assert!(matches!(error("{\"format\":1}"), LoadError::Malformed(DataFile::Compact, FormatError::Field { .. })));
    assert_eq!(
        error(&compact_with("", "").replace("\"format\":1", "\"format\":2")),
        LoadError::Malformed(DataFile::Compact, FormatError::UnsupportedFormat { found: 2, known: FORMAT })
    );
    let message = error("{\"format\":9,\"incubators\":[],\"services\":[]}").to_string();
    assert!(message.starts_with("tableau-de-bord.json est illisible"), "{message}");
}

#[test]
fn a_synthetic_set_n_times_larger_has_every_figure_n_times() {
    use beta_dashboard::data::synthetic::scale_published;
    let startups = read("public/data/beta.gouv.fr/startups.json");
    let fast = read("public/data/beta.gouv.fr/fast.json");
    let (startups, fast) = scale_published(&startups, Some(&fast), 3).unwrap();
    let incubators = read("public/data/beta.gouv.fr/incubators.json");
    let organisations = read("public/data/beta.gouv.fr/organisations.json");
    let big = load(&SourceTexts {
        startups: Ok(&startups),
        incubators: Ok(&incubators),
        organisations: Ok(&organisations),
        fast: Ok(fast.as_deref().unwrap()),
        today: today(),
    })
    .unwrap();
    assert_eq!(big.services.len(), 3 * V27.services.len());
    for year in [None, Some(2020), Some(2023)] {
        let filter = Filter { year, ..Filter::default() };
        let (one, three) =
            (V27.situation(&filter, today()).key_figures(), big.situation(&filter, today()).key_figures());
        assert_eq!(
            (three.total, three.investigation, three.abandoned),
            (3 * one.total, 3 * one.investigation, 3 * one.abandoned)
        );
        let (amount, laureates, unknown) = V27.fast_total(&filter);
        assert_eq!(big.fast_total(&filter), (3 * amount, 3 * laureates, 3 * unknown));
    }
}

#[test]
fn reading_services_in_batches_gives_the_same_dataset_as_reading_at_once() {
    let text = compact::write(&V27, &info(), label);
    let at_once = compact::read(&text).unwrap().dataset;
    let mut reader = compact::Reader::new(&text).unwrap();
    let mut batches = 0;
    while !reader.read_services(100) {
        batches += 1;
        assert_eq!(reader.progress(), (100 * batches, V27.services.len()));
    }
    assert_eq!(batches, V27.services.len() / 100);
    let in_batches = reader.finish().dataset;
    assert_eq!(in_batches.services, at_once.services);
    assert_eq!(in_batches.incubators, at_once.incubators);
    assert_eq!(in_batches.fast_awards, at_once.fast_awards);
    assert_eq!(in_batches.report, at_once.report);
}

#[test]
fn hidden_characters_in_a_compact_file_are_removed_and_reported_too() {
    let services = "{\"id\":\"ok\",\"name\":\"O\u{202E}k\u{200B}\",\"pitch\":\"p\u{2066}\",\"incubators\":[\"dinum\"],\"phases\":[]}";
    let read = compact::read(&compact_with(services, "")).unwrap();
    let service = &read.dataset.services[0];
    assert_eq!((service.name.as_str(), service.pitch.as_str()), ("Ok", "p"));
    let section = read.dataset.report.section(Section::CompactServices).unwrap();
    let fields: Vec<String> = section
        .issues
        .iter()
        .filter_map(|i| match &i.problem {
            Problem::HiddenCharacters { field } => Some(field.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(fields, ["name", "pitch"]);
}
