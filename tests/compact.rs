//! The compact dataset (`public/data/tableau-de-bord.json`, written by `./dev data`): every figure
//! the dashboard shows is the same read from it as read from the published files (v2.6 and
//! v2.7), the bundled file is up to date, and a damaged file loses only its damaged records.

// Tests sort with the standard library, an independent measure (clippy.toml keeps the
// program itself to one sort, `data::order`).
#![allow(clippy::disallowed_methods)]

use std::sync::LazyLock;

use beta_dashboard::charts::labels::short_label;
use beta_dashboard::charts::{
    evolution_chart, funding_by_incubator_chart, funding_by_promotion_chart, incubators_chart,
};
use beta_dashboard::data::query::listing::{ServiceIndex, SortKey, search_and_sort, service_row};
use beta_dashboard::data::read::compact::{self, FORMAT};
use beta_dashboard::data::{
    DataFile, Dataset, FastTotal, FileStatus, Filter, FormatError, LoadError, Outcome, Problem, Section, SourceInfo,
    SourceTexts, load,
};

mod common;
use common::{ReportParts, load_published as published, read, today};

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
        let ministries: std::collections::BTreeSet<_> =
            dataset.services.iter().flat_map(|s| s.ministries.iter().cloned()).collect();
        for id in &ministries {
            filters.push(Filter { year, ..Filter::default() }.toggle_ministry(id));
        }
        if year.is_none() || year == Some(2023) {
            for id in dataset.themes().keys() {
                filters.push(Filter { year, ..Filter::default() }.toggle_theme(id));
            }
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
        assert_eq!(published.ministry_options(filter, today()), compact.ministry_options(filter, today()));
        assert_eq!(published.theme_options(filter, today()), compact.theme_options(filter, today()));
        assert_eq!(a.counts_by_ministry(), b.counts_by_ministry(), "counts per ministry, {filter:?}");
        assert_eq!(a.transparency(published.published), b.transparency(compact.published), "{filter:?}");
    }
    assert_eq!(published.themes(), compact.themes(), "theme labels");
    assert_eq!(published.published, compact.published);
    for (p, c) in published.services.iter().zip(&compact.services) {
        assert_eq!(
            (&p.ministries, &p.themes, p.links, p.accessibility),
            (&c.ministries, &c.themes, c.links, c.accessibility),
            "{}",
            p.id
        );
    }
}

/// The services list as shown, sorted by name.
fn list(
    dataset: &Dataset,
    situation: &beta_dashboard::data::Situation,
) -> Vec<beta_dashboard::data::query::listing::ServiceRow> {
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
    // Only the organisations that sponsor a service or run an incubator.
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let organisations = value["organisations"].as_array().unwrap();
    assert!(organisations.len() < V27.organisations.len());
    for o in organisations {
        let id = o["id"].as_str().unwrap();
        let sponsors = V27.services.iter().any(|s| s.sponsors.iter().any(|sp| sp.as_str() == id));
        let owns = V27.incubators.values().any(|i| i.owner.as_ref().is_some_and(|owner| owner.as_str() == id));
        assert!(sponsors || owns, "{id}");
    }
}

#[test]
fn the_compact_file_carries_each_incubators_owner_and_the_organisation_it_names() {
    let read_back = through_compact(&V27);
    let owners: Vec<_> = V27.incubators.values().map(|i| (&i.id, &i.owner)).collect();
    assert_eq!(owners, read_back.incubators.values().map(|i| (&i.id, &i.owner)).collect::<Vec<_>>());
    // The published files name an owner for most incubators, and organisations.json knows most of them.
    let named: Vec<&beta_dashboard::data::OrganisationId> =
        V27.incubators.values().filter_map(|i| i.owner.as_ref()).collect();
    assert!(named.len() >= 15, "{} owners", named.len());
    let justice = &V27.incubators[&beta_dashboard::data::IncubatorId("justice".into())];
    assert_eq!(justice.owner.as_ref().map(|o| o.as_str()), Some("mj"), "`/organisations/mj` read as `mj`");
    for owner in named {
        let published = V27.organisations.iter().find(|o| o.id == *owner);
        let carried = read_back.organisations.iter().find(|o| o.id == *owner);
        assert_eq!(published, carried, "{owner}: carried when organisations.json has it");
    }
    // An organisation that only runs an incubator (no service names it as a sponsor) is carried too.
    let mut no_sponsors = V27.clone();
    no_sponsors.services.iter_mut().for_each(|s| s.sponsors.clear());
    let carried = through_compact(&no_sponsors).organisations;
    let owners: std::collections::BTreeSet<_> = V27.incubators.values().filter_map(|i| i.owner.clone()).collect();
    let known_owners: Vec<_> = V27.organisations.iter().filter(|o| owners.contains(&o.id)).collect();
    assert!(known_owners.len() >= 15, "{} owners in organisations.json", known_owners.len());
    assert_eq!(carried.iter().collect::<Vec<_>>(), known_owners);
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
        error(&compact_with("", "").replace("\"format\":1", &format!("\"format\":{}", FORMAT + 1))),
        LoadError::Malformed(DataFile::Compact, FormatError::UnsupportedFormat { found: FORMAT + 1, known: FORMAT })
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
        let total = V27.fast_total(&filter);
        let tripled = FastTotal {
            amount_eur: 3 * total.amount_eur,
            laureates: 3 * total.laureates,
            laureates_with_unknown_amount: 3 * total.laureates_with_unknown_amount,
        };
        assert_eq!(big.fast_total(&filter), tripled);
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

/// Format 2: the report's problems are data, a `code` and its fields, worded by `text` when shown.
mod problems_as_data {
    use super::*;
    use beta_dashboard::data::{
        Encoding, FetchError, FileReport, IncubatorId, JsonErrorKind, JsonKind, LoadReport, RecordIssue, SectionReport,
    };

    /// Every problem a record can have, and every way a file can fail, with odd fields.
    fn every_problem() -> LoadReport {
        let text = || "Montant de 300\u{a0}000 € pour «\u{a0}FAST 13\u{a0}»".to_owned();
        let field = || "attributes.pitch".to_owned();
        let syntax = FormatError::Syntax { line: 3, column: 14, kind: JsonErrorKind::UnexpectedEnd };
        let formats = [
            syntax.clone(),
            FormatError::Shape { path: "data".into(), expected: JsonKind::Array, found: JsonKind::Object },
            FormatError::Field { detail: "missing field `id` at line 1 column 2".into() },
            FormatError::UnsupportedFormat { found: 9, known: 2 },
            FormatError::Html,
            FormatError::Encoding(Encoding::Utf32),
            FormatError::Encoding(Encoding::Gzip),
            FormatError::Encoding(Encoding::Binary),
        ];
        let mut problems = vec![
            Problem::NotAnObject { found: JsonKind::String },
            Problem::MissingId,
            Problem::DuplicateId,
            Problem::MissingField { field: field() },
            Problem::WrongType { field: field(), expected: JsonKind::String, found: JsonKind::Number },
            Problem::BadDate { field: field(), text: "2020-13-01".into() },
            Problem::ImplausibleDate { field: field(), text: "0001-01-01".into() },
            Problem::UnknownPhase { name: "pivot".into() },
            Problem::NoPhase,
            Problem::NoIncubator,
            Problem::UnknownIncubator { id: IncubatorId("nulle-part".into()) },
            Problem::NoTitle,
            Problem::UnknownService { id: "fantome".into() },
            Problem::UnknownPromotion { number: 99 },
            Problem::UnknownAmount { text: text() },
            Problem::UnknownAmount { text: String::new() },
            Problem::NoPromotion { text: text() },
            Problem::AmbiguousText { text: text() },
            Problem::NotAnAward { text: text() },
            Problem::BadNumber { field: "amount".into(), text: "-3".into() },
            Problem::HiddenCharacters { field: field() },
            Problem::TooLong { bytes: 1_200_000, limit: 1_000_000 },
            Problem::TooDeep { limit: 32 },
        ];
        problems.extend(formats.iter().cloned().map(|error| Problem::Unreadable { error }));
        let issues = problems
            .into_iter()
            .enumerate()
            .map(|(index, problem)| RecordIssue {
                index,
                id: (index % 2 == 0).then(|| format!("id-{index}")),
                outcome: if index % 3 == 0 { Outcome::Skipped } else { Outcome::Kept },
                problem,
            })
            .collect();
        let fetches = [
            FetchError::Status(404),
            FetchError::Network("NetworkError when attempting to fetch resource.".into()),
            FetchError::Timeout(30),
            FetchError::Pending,
            FetchError::TooLarge { bytes: 460_000_000, limit: 50_000_000 },
        ];
        let files = [DataFile::Startups, DataFile::Incubators, DataFile::Organisations, DataFile::Fast];
        let statuses = fetches.into_iter().map(FileStatus::Unavailable).chain(formats.map(FileStatus::Malformed));
        let files = statuses.enumerate().map(|(i, status)| FileReport { file: files[i % files.len()], status });
        LoadReport {
            files: std::iter::once(FileReport { file: DataFile::Startups, status: FileStatus::Read })
                .chain(files)
                .collect(),
            sections: vec![SectionReport { section: Section::Services, read: 40, kept: 30, issues }],
        }
    }

    fn with_report(report: LoadReport) -> Dataset {
        let mut dataset = V27.clone();
        dataset.report = report;
        dataset
    }

    /// The report `written` comes back as: without what reading the compact file itself adds.
    fn carried(written: &Dataset) -> LoadReport {
        let mut report = compact::read(&compact::write(written, &info(), label)).unwrap().dataset.report;
        report.files.retain(|f| f.file != DataFile::Compact);
        report.sections.truncate(written.report.sections.len());
        report
    }

    /// The `report` line of a compact file.
    fn report_line(text: &str) -> &str {
        text.lines().find(|l| l.starts_with("\"report\":")).unwrap()
    }

    #[test]
    fn every_problem_and_file_status_comes_back_with_its_structure() {
        let dataset = with_report(every_problem());
        assert_eq!(carried(&dataset), dataset.report);
        assert_eq!(carried(&V27), V27.report);
        let without_fast = published(&read("public/data/beta.gouv.fr/startups.json"), false);
        assert_eq!(carried(&without_fast), without_fast.report);
        // As the page reads the answer of its reader of published files, too.
        let text = compact::write(&dataset, &info(), label);
        assert_eq!(compact::read_from_reader(&text).unwrap().dataset.report, dataset.report);
    }

    #[test]
    fn a_problem_is_a_code_and_its_fields() {
        let dataset = with_report(every_problem());
        let text = compact::write(&dataset, &info(), label);
        let report: serde_json::Value =
            serde_json::from_str(report_line(&text)["\"report\":".len()..].trim_end_matches(',')).unwrap();
        let issues = report["sections"][0]["issues"].as_array().unwrap();
        assert_eq!(
            issues[20]["problem"],
            serde_json::json!({"code": "hidden-characters", "field": "attributes.pitch"})
        );
        assert_eq!(issues[10]["problem"], serde_json::json!({"code": "unknown-incubator", "id": "nulle-part"}));
        assert_eq!(issues[1]["problem"], serde_json::json!({"code": "missing-id"}));
        assert_eq!(
            issues[23]["problem"],
            serde_json::json!({"code": "unreadable", "error": {"code": "syntax", "line": 3, "column": 14, "kind": "end"}})
        );
        assert_eq!(
            report["files"][1],
            serde_json::json!({"file": "startups", "problem": {"code": "unavailable", "error": {"code": "status", "status": 404}}})
        );
        for issue in issues {
            assert!(issue["problem"]["code"].is_string(), "{issue}");
        }
    }

    #[test]
    fn the_compact_file_holds_no_sentence_of_the_wording() {
        let without_fast = published(&read("public/data/beta.gouv.fr/startups.json"), false);
        for dataset in [with_report(every_problem()), V27.clone(), without_fast] {
            let text = compact::write(&dataset, &info(), label);
            let line = report_line(&text);
            for file in dataset.report.files.iter().filter(|f| f.status != FileStatus::Read) {
                let words = file.status.to_string();
                assert!(!line.contains(&words), "{words:?} written in the compact file");
            }
            for issue in dataset.report.sections.iter().flat_map(|s| &s.issues) {
                let words = issue.problem.to_string();
                assert!(!line.contains(&words), "{words:?} written in the compact file");
            }
        }
        // Nor the wording's marks (its quotes, its no-break spaces) in the bundled file's report.
        let bundled = read("public/data/tableau-de-bord.json");
        let line = report_line(&bundled);
        assert!(!line.contains('«') && !line.contains('\u{a0}'), "{line}");
    }

    #[test]
    fn formats_1_and_2_are_still_read_without_what_they_do_not_carry() {
        let services = r#"{"id":"a","name":"A","incubators":["dinum"],"sponsors":["dinum"],"phases":[["construction","2022-01-01"]]}"#;
        for format in [1, 2] {
            let text = compact_with(services, "")
                .replace("\"format\":1", &format!("\"format\":{format}"))
                .replace("\"services\":", "\"organisations\":[{\"id\":\"dinum\",\"name\":\"DINUM\"}],\n\"services\":");
            let read = compact::read(&text).unwrap().dataset;
            assert_eq!(read.services.len(), 1, "format {format}");
            assert_eq!(read.published, beta_dashboard::data::Published::default(), "nothing of format 3 published");
            assert!(read.themes().is_empty());
            let service = &read.services[0];
            assert_eq!(service.ministries, [beta_dashboard::data::MinistryId::not_stated()]);
            assert!(service.themes.is_empty());
            assert_eq!(service.links, beta_dashboard::data::Links::default());
            assert_eq!(service.accessibility, beta_dashboard::data::Accessibility::NotStated);
            // Written again (format 3), still not published.
            let again = compact::read(&compact::write(&read, &info(), label)).unwrap().dataset;
            assert_eq!(again.published, read.published);
        }
    }

    #[test]
    fn a_format_3_file_is_still_read_its_incubators_without_owner() {
        let format_3 = compact::write(&V27, &info(), label)
            .replacen(&format!("{{\"format\":{FORMAT},"), "{\"format\":3,", 1)
            .lines()
            .map(|line| match line.find(",\"owner\":") {
                // An incubator's line as format 3 wrote it: id, title, label.
                Some(at) if line.starts_with("{\"id\":") && line.contains("\"label\":") => {
                    let end = if line.ends_with(',') { "}," } else { "}" };
                    format!("{}{end}", &line[..at])
                }
                _ => line.to_owned(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        assert!(format_3.starts_with("{\"format\":3,") && !format_3.contains("\"owner\""));
        let read = compact::read(&format_3).unwrap().dataset;
        assert_eq!(read.incubators.len(), V27.incubators.len());
        assert!(read.incubators.values().all(|i| i.owner.is_none()), "format 3 names no owner");
        assert_same_figures(&V27, &read);
    }

    #[test]
    fn a_format_1_file_is_still_read_its_problems_in_the_words_it_wrote() {
        let sentence = "champ «\u{a0}attributes.pitch\u{a0}»\u{a0}: caractères invisibles ou d'inversion du sens d'écriture retirés";
        let status = "indisponible\u{a0}: fichier introuvable (HTTP 404)";
        let report = format!(
            r#""report":{{"files":[{{"file":"startups"}},{{"file":"fast","problem":"{status}"}}],"sections":[{{"section":"services","read":2,"kept":2,"issues":[{{"index":1,"id":"a","outcome":"kept","problem":"{sentence}"}}]}}]}},"#
        );
        let text = compact_with(
            r#"{"id":"a","name":"A","incubators":["dinum"],"phases":[["construction","2022-01-01"]]}"#,
            "",
        )
        .replacen(",\n", &format!(",\n{report}\n"), 1);
        assert!(text.starts_with("{\"format\":1,"));
        let read = compact::read(&text).unwrap().dataset;
        assert_eq!(read.services.len(), 1);
        let fast = read.report.file_status(DataFile::Fast).unwrap();
        assert_eq!(fast, &FileStatus::Noted(status.into()));
        assert_eq!(fast.to_string(), status, "shown as it was written");
        let issue = &read.report.section(Section::Services).unwrap().issues[0];
        assert_eq!((issue.index, issue.id.as_deref(), issue.outcome), (1, Some("a"), Outcome::Kept));
        assert_eq!(issue.problem, Problem::Noted { text: sentence.into() });
        assert_eq!(issue.problem.to_string(), sentence);
        // Written again, a format 2 file keeps those words, as a problem of their own.
        let again = compact::read(&compact::write(&read, &info(), label)).unwrap().dataset;
        assert_eq!(again.report.section(Section::Services).unwrap().issues[0].problem, issue.problem);
        assert_eq!(again.report.file_status(DataFile::Fast), Some(fast));
    }
}
