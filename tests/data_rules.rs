//! The data rules, checked on small hand-written fixtures whose answers were worked out by hand.

// Tests sort with the standard library, an independent measure (clippy.toml keeps the
// program itself to one sort, `data::order`).
#![allow(clippy::disallowed_methods)]

use beta_dashboard::data::{
    DataFile, FastSource, FetchError, FileStatus, Filter, FormatError, IncubatorId, KeyFigures, LoadError,
    OrganisationId, Outcome, Phase, Problem, Section, SourceTexts, load,
};
use serde_json::{Value, json};

mod common;
use common::{ReportParts, TODAY, date};

fn startup(id: &str, incubators: &[&str], phases: &[(&str, &str)]) -> Value {
    json!({
        "id": id,
        "type": "startup",
        "attributes": {
            "name": format!("Service {id}"),
            "pitch": "Un pitch",
            "link": format!("https://{id}.example.gouv.fr "),
            "phases": phases.iter().map(|(name, start)| json!({"name": name, "start": start, "end": ""})).collect::<Vec<_>>(),
            "events": [],
            "sponsors": ["/organisations/dinum"],
        },
        "relationships": {
            "incubator": {"data": {"type": "incubator", "id": incubators[0]}},
            "incubators": {"data": incubators.iter().map(|id| json!({"type": "incubator", "id": id})).collect::<Vec<_>>()},
        }
    })
}

fn included(id: &str, title: &str) -> Value {
    json!({"id": id, "type": "incubator", "attributes": {"title": title, "owner": "", "website": "", "github": "", "contact": ""}})
}

/// Eight services whose situation on 1 January 2024 and on 28 November 2026 is worked out by hand.
fn fixture_startups() -> Value {
    json!({
        "links": {"self": "https://beta.gouv.fr/startups"},
        "data": [
            // construction on 2024-01-01 (acceleration starts later), acceleration today.
            startup("alpha", &["dinum"], &[("investigation", "2021-03-01"), ("construction", "2021-09-01"), ("acceleration", "2024-06-01")]),
            // co-incubated by ademe and mtes: abandoned in both.
            startup("beta", &["ademe", "mtes"], &[("investigation", "2022-01-10"), ("abandon-investigation", "2022-06-01")]),
            // two phases start the same day: the later in the life cycle (acceleration) wins.
            startup("gamma", &["/incubateurs/dinum"], &[("construction", "2023-02-01"), ("acceleration", "2023-02-01")]),
            // a phase dated far in the future is not current yet.
            startup("delta", &["anct"], &[("investigation", "2023-05-01"), ("transfere", "2029-01-01")]),
            // not in the programme on 2024-01-01.
            startup("epsilon", &["anct"], &[("investigation", "2025-02-01")]),
            // pérennisé since 2020, opéré since 2024-03-01.
            startup("zeta", &["mtes"], &[("consolidation", "2020-04-01"), ("opere", "2024-03-01")]),
            // unknown phase name: kept, in no group.
            startup("eta", &["dinum"], &[("investigation", "2022-01-01"), ("pivot", "2023-01-01")]),
            // abandoned before 2024, written in reverse order.
            startup("theta", &["ademe"], &[("abandon", "2023-12-31"), ("construction", "2022-06-01")]),
        ],
        "included": [included("/incubateurs/dinum", "DINUM"), included("/incubateurs/ademe", "ADEME"), included("/incubateurs/mtes", "MTES"), included("/incubateurs/anct", "ANCT ")]
    })
}

fn texts<'a>(startups: &'a str, fast: Option<&'a str>) -> SourceTexts<'a> {
    SourceTexts {
        startups: Ok(startups),
        incubators: Err(FetchError::Status(404)),
        organisations: Err(FetchError::Status(404)),
        fast: fast.ok_or(FetchError::Status(404)),
        today: date(TODAY),
    }
}

fn ids(list: &[&str]) -> std::collections::BTreeSet<IncubatorId> {
    list.iter().map(|id| IncubatorId(id.to_string())).collect()
}

#[test]
fn key_figures_of_a_year_describe_the_first_of_january_after_it() {
    let text = fixture_startups().to_string();
    let dataset = load(&texts(&text, None)).unwrap();
    let filter = Filter { year: Some(2023), ..Filter::default() };
    let situation = dataset.situation(&filter, date(TODAY));
    assert_eq!(situation.date, date("2024-01-01"));
    // alpha construction, beta abandon-investigation, gamma acceleration, delta investigation,
    // zeta consolidation, eta pivot, theta abandon; epsilon not started.
    assert_eq!(
        situation.key_figures(),
        KeyFigures { investigation: 1, accompaniment: 2, perennial: 1, abandoned: 2, other: 1, total: 7 }
    );
    assert_eq!(situation.key_figures().accompanied_or_perennial(), 3);
}

#[test]
fn key_figures_without_a_year_describe_today() {
    let text = fixture_startups().to_string();
    let dataset = load(&texts(&text, None)).unwrap();
    let filter = Filter::default();
    let situation = dataset.situation(&filter, date(TODAY));
    assert_eq!(situation.date, date(TODAY));
    // alpha acceleration, gamma acceleration, delta investigation (transfere is in 2029),
    // epsilon investigation, zeta opere, beta + theta abandoned, eta pivot.
    assert_eq!(
        situation.key_figures(),
        KeyFigures { investigation: 2, accompaniment: 2, perennial: 1, abandoned: 2, other: 1, total: 8 }
    );
}

#[test]
fn phases_are_read_whatever_their_order_and_ties_go_to_the_later_phase() {
    let text = fixture_startups().to_string();
    let dataset = load(&texts(&text, None)).unwrap();
    let service = |id: &str| dataset.services.iter().find(|s| s.id.0 == id).unwrap();
    assert_eq!(service("gamma").phase_at(date("2023-02-01")), Some(&Phase::Acceleration));
    assert_eq!(service("theta").phase_at(date("2023-06-01")), Some(&Phase::Construction));
    assert_eq!(service("theta").phase_at(date("2023-12-31")), Some(&Phase::Abandon));
    assert_eq!(service("delta").phase_at(date(TODAY)), Some(&Phase::Investigation));
}

#[test]
fn co_incubated_services_count_in_each_incubator_but_once_in_totals() {
    let text = fixture_startups().to_string();
    let dataset = load(&texts(&text, None)).unwrap();
    let filter = Filter { year: Some(2023), ..Filter::default() };
    let situation = dataset.situation(&filter, date(TODAY));
    let counts = situation.counts_by_incubator();
    let total_of = |id: &str| counts.iter().find(|c| c.incubator.0 == id).map_or(0, |c| c.total);
    assert_eq!(total_of("dinum"), 3); // alpha, gamma, eta
    assert_eq!(total_of("ademe"), 2); // beta, theta
    assert_eq!(total_of("mtes"), 2); // beta, zeta
    assert_eq!(total_of("anct"), 1); // delta
    assert_eq!(counts.iter().map(|c| c.total).sum::<usize>(), 8);
    assert_eq!(situation.key_figures().total, 7);
    // Largest first, ties by id.
    assert_eq!(counts.iter().map(|c| c.incubator.0.as_str()).collect::<Vec<_>>(), ["dinum", "ademe", "mtes", "anct"]);
    let mtes = counts.iter().find(|c| c.incubator.0 == "mtes").unwrap();
    assert_eq!(mtes.by_phase.get(&Phase::AbandonInvestigation), Some(&1));
    assert_eq!(mtes.by_phase.get(&Phase::Consolidation), Some(&1));
}

#[test]
fn filtering_on_one_incubator_shows_co_incubated_services_under_it_only() {
    let text = fixture_startups().to_string();
    let dataset = load(&texts(&text, None)).unwrap();
    let filter = Filter { incubators: ids(&["ademe"]), year: Some(2023), ..Filter::default() };
    let situation = dataset.situation(&filter, date(TODAY));
    assert_eq!(situation.key_figures().total, 2);
    let counts = situation.counts_by_incubator();
    assert_eq!(counts.len(), 1);
    assert_eq!(counts[0].incubator.0, "ademe");
    assert_eq!(counts[0].total, 2);
}

#[test]
fn filtering_on_phases_keeps_services_in_those_phases_on_the_date() {
    let text = fixture_startups().to_string();
    let dataset = load(&texts(&text, None)).unwrap();
    let phases = [Phase::Construction, Phase::Acceleration].into_iter().collect();
    let filter = Filter { phases, year: Some(2023), ..Filter::default() };
    let situation = dataset.situation(&filter, date(TODAY));
    let mut found: Vec<&str> = situation.entries.iter().map(|e| e.service.id.0.as_str()).collect();
    found.sort();
    assert_eq!(found, ["alpha", "gamma"]);
}

#[test]
fn ids_are_normalised_titles_and_links_trimmed() {
    let text = fixture_startups().to_string();
    let dataset = load(&texts(&text, None)).unwrap();
    let ids: Vec<&str> = dataset.incubators.keys().map(|id| id.0.as_str()).collect();
    assert_eq!(ids, ["ademe", "anct", "dinum", "mtes"]);
    assert_eq!(dataset.incubators[&IncubatorId("anct".into())].title, "ANCT");
    let gamma = dataset.services.iter().find(|s| s.id.0 == "gamma").unwrap();
    assert_eq!(gamma.incubators, [IncubatorId("dinum".into())]);
    assert_eq!(gamma.link.as_deref(), Some("https://gamma.example.gouv.fr"));
    assert_eq!(gamma.sponsors, [OrganisationId("dinum".to_owned())]);
}

#[test]
fn an_incubators_owner_is_read_as_an_organisation_id_and_incubators_json_has_the_last_word() {
    let mut doc = fixture_startups();
    // `included` names owners as the API does; incubators.json renames one and blanks another.
    for (item, owner) in doc["included"].as_array_mut().unwrap().iter_mut().zip([
        "/organisations/dinum",
        " ademe ",
        "/organisations/mtes",
        "",
    ]) {
        item["attributes"]["owner"] = json!(owner);
    }
    let text = doc.to_string();
    let incubators = json!({
        "mtes": {"title": "La Fabrique", "owner": "/organisations/mte", "startups": []},
        "ademe": {"title": "ADEME", "owner": "", "startups": []},
        "hidden": {"startups": []},
    })
    .to_string();
    let dataset = load(&SourceTexts { incubators: Ok(&incubators), ..texts(&text, None) }).unwrap();
    let owner = |id: &str| dataset.incubators[&IncubatorId(id.into())].owner.as_ref().map(|o| o.as_str().to_owned());
    assert_eq!(owner("dinum").as_deref(), Some("dinum"), "`/organisations/` prefix dropped");
    assert_eq!(owner("mtes").as_deref(), Some("mte"), "incubators.json has the last word");
    assert_eq!(owner("ademe").as_deref(), Some("ademe"), "an empty owner does not erase a known one");
    assert_eq!(owner("anct"), None, "an empty owner is none");
    assert_eq!(owner("hidden"), None, "no owner field");
}

#[test]
fn an_unknown_phase_is_kept_and_reported() {
    let text = fixture_startups().to_string();
    let dataset = load(&texts(&text, None)).unwrap();
    let services = dataset.report.section(Section::Services).unwrap();
    let issue = services.issues.iter().find(|i| i.id.as_deref() == Some("eta")).unwrap();
    assert_eq!(issue.problem, Problem::UnknownPhase { name: "pivot".into() });
    assert_eq!(issue.outcome, Outcome::Kept);
    assert_eq!(services.repaired(), 1);
}

// ---------------------------------------------------------------------------------------------
// v2.6 and v2.5 shapes

#[test]
fn v2_6_single_incubator_and_prefixed_included_ids_are_read() {
    let mut doc = fixture_startups();
    for record in doc["data"].as_array_mut().unwrap() {
        record["relationships"].as_object_mut().unwrap().remove("incubators");
    }
    let text = doc.to_string();
    let dataset = load(&texts(&text, None)).unwrap();
    let beta = dataset.services.iter().find(|s| s.id.0 == "beta").unwrap();
    assert_eq!(beta.incubators, [IncubatorId("ademe".into())]);
    let filter = Filter { year: Some(2023), ..Filter::default() };
    assert_eq!(dataset.situation(&filter, date(TODAY)).key_figures().total, 7);
    // Only eta's unknown phase is worth a note.
    assert_eq!(dataset.report.section(Section::Services).unwrap().issues.len(), 1);
}

#[test]
fn v2_5_records_without_sponsors_thematiques_or_impact_are_read() {
    let mut doc = fixture_startups();
    for record in doc["data"].as_array_mut().unwrap() {
        let attributes = record["attributes"].as_object_mut().unwrap();
        attributes.remove("sponsors");
        attributes.remove("link");
        record["relationships"].as_object_mut().unwrap().remove("incubators");
    }
    let text = doc.to_string();
    let dataset = load(&texts(&text, None)).unwrap();
    assert_eq!(dataset.services.len(), 8);
    assert!(dataset.services.iter().all(|s| s.sponsors.is_empty() && s.link.is_none()));
}

// ---------------------------------------------------------------------------------------------
// Bad input

#[test]
fn bad_records_are_skipped_or_repaired_and_every_one_is_reported() {
    let doc = json!({
        "data": [
            42,
            {"type": "startup", "attributes": {"name": "Sans id"}},
            startup("ok", &["dinum"], &[("investigation", "2022-01-01")]),
            startup("ok", &["dinum"], &[("construction", "2022-01-01")]),
            {"id": "typed", "attributes": {"name": 7, "phases": [{"name": "investigation", "start": "2022-13-45"}, {"name": "construction", "start": "2022-02-01", "end": "bientôt"}, "oops"]}, "relationships": {"incubator": {"data": {"id": "ghost"}}}},
            {"id": "nophase", "attributes": {"name": "Sans phase", "phases": "aucune"}, "relationships": {}},
            {"id": "<script>alert(1)</script>", "attributes": {"name": "<img src=x onerror=alert(1)>", "phases": [{"name": "investigation", "start": "2022-01-01"}]}, "relationships": {"incubator": {"data": {"id": "dinum"}}}}
        ],
        "included": [included("/incubateurs/dinum", "DINUM"), "pas un incubateur"]
    });
    let text = doc.to_string();
    let dataset = load(&texts(&text, None)).unwrap();
    let services = dataset.report.section(Section::Services).unwrap();
    assert_eq!(services.read, 7);
    assert_eq!(services.kept, 4);
    assert_eq!(services.skipped(), 3);
    assert_eq!(services.read, services.kept + services.skipped());
    let problems_of = |id: Option<&str>| -> Vec<&Problem> {
        services.issues.iter().filter(|i| i.id.as_deref() == id).map(|i| &i.problem).collect()
    };
    assert!(problems_of(Some("ok")).contains(&&Problem::DuplicateId));
    let typed = problems_of(Some("typed"));
    assert!(typed.iter().any(|p| matches!(p, Problem::WrongType { field, .. } if field == "attributes.name")));
    assert!(typed.iter().any(|p| matches!(p, Problem::BadDate { text, .. } if text == "2022-13-45")));
    assert!(typed.iter().any(|p| matches!(p, Problem::BadDate { text, .. } if text == "bientôt")));
    assert!(typed.iter().any(|p| matches!(p, Problem::UnknownIncubator { id } if id.0 == "ghost")));
    assert!(problems_of(Some("nophase")).contains(&&Problem::NoPhase));
    assert!(problems_of(Some("nophase")).contains(&&Problem::NoIncubator));
    // The repaired record keeps its valid phase (construction, with no end) and its id as name.
    let typed = dataset.services.iter().find(|s| s.id.0 == "typed").unwrap();
    assert_eq!(typed.name, "typed");
    assert_eq!(typed.phases.len(), 1);
    assert_eq!(typed.phases[0].end, None);
    assert_eq!(dataset.incubator_title(&IncubatorId("ghost".into())), "ghost");
    // Hostile strings are data, kept verbatim (the view escapes them).
    assert!(dataset.services.iter().any(|s| s.name == "<img src=x onerror=alert(1)>"));
    let included = dataset.report.section(Section::IncludedIncubators).unwrap();
    assert_eq!((included.read, included.kept, included.skipped()), (2, 1, 1));
}

#[test]
fn unusable_startups_file_is_a_load_error_never_a_panic() {
    let bad = |text: &str| load(&texts(text, None)).unwrap_err();
    assert!(matches!(bad("{\"data\": [1, 2"), LoadError::Malformed(_, _)));
    assert_eq!(
        bad("<!DOCTYPE html><title>Page introuvable</title>"),
        LoadError::Malformed(DataFile::Startups, FormatError::Html)
    );
    assert!(matches!(bad("[]"), LoadError::Malformed(_, _)));
    assert!(matches!(bad("{\"data\": {}}"), LoadError::Malformed(_, _)));
    assert!(matches!(bad(""), LoadError::Malformed(_, _)));
    let unavailable = SourceTexts { startups: Err(FetchError::Timeout(20)), ..texts("", None) };
    assert_eq!(load(&unavailable).unwrap_err(), LoadError::Unavailable(DataFile::Startups, FetchError::Timeout(20)));
}

#[test]
fn broken_optional_files_are_reported_and_the_rest_still_loads() {
    let text = fixture_startups().to_string();
    let sources = SourceTexts {
        startups: Ok(&text),
        incubators: Ok("{ pas du json"),
        organisations: Ok("{\"not\": \"an array\"}"),
        fast: Err(FetchError::Network("Failed to fetch".into())),
        today: date(TODAY),
    };
    let dataset = load(&sources).unwrap();
    assert_eq!(dataset.services.len(), 8);
    assert!(matches!(
        dataset.report.file_status(beta_dashboard::data::DataFile::Incubators),
        Some(FileStatus::Malformed(_))
    ));
    assert!(matches!(
        dataset.report.file_status(beta_dashboard::data::DataFile::Organisations),
        Some(FileStatus::Malformed(_))
    ));
    assert_eq!(dataset.fast_source, FastSource::Events);
    assert!(!dataset.report.is_clean());
}

#[test]
fn a_byte_order_mark_does_not_prevent_reading() {
    let text = format!("\u{feff}{}", fixture_startups());
    assert!(load(&texts(&text, None)).is_ok());
}

// ---------------------------------------------------------------------------------------------
// FAST

fn with_fast_events(events: &[(&str, &str, &str)]) -> String {
    let mut doc = fixture_startups();
    for (service, event_date, comment) in events {
        let record = doc["data"].as_array_mut().unwrap().iter_mut().find(|r| r["id"] == *service).unwrap();
        record["attributes"]["events"]
            .as_array_mut()
            .unwrap()
            .push(json!({"name": "fast", "date": event_date, "comment": comment}));
    }
    doc.to_string()
}

#[test]
fn without_fast_json_awards_are_read_from_event_text() {
    let text = with_fast_events(&[
        ("alpha", "2023-09-01", "Montant de 300 000€ pour la promotion 13"),
        ("gamma", "2024-01-01", "Montant de 200\u{a0}000€ pour la promotion 13"),
        ("zeta", "2024-01-01", "Lauréat du FAST 13. "),
        ("beta", "2022-07-01", "Montant de 370000€"),
        ("delta", "2025-10-01", ""),
    ]);
    let dataset = load(&texts(&text, None)).unwrap();
    assert_eq!(dataset.fast_source, FastSource::Events);
    let rows = dataset.fast_by_promotion(&Filter::default());
    assert_eq!(rows.len(), 2);
    assert_eq!((rows[0].promotion, rows[0].title.as_deref()), (Some(13), None));
    assert_eq!((rows[0].amount_eur, rows[0].laureates, rows[0].laureates_with_unknown_amount), (500_000, 3, 1));
    assert_eq!(rows[1].promotion, None);
    assert_eq!((rows[1].amount_eur, rows[1].laureates, rows[1].laureates_with_unknown_amount), (370_000, 2, 1));
    // Unknown amounts are reported, never counted as 0 € silently.
    let events = dataset.report.section(Section::FastEvents).unwrap();
    assert_eq!(events.read, 5);
    let unknown_amounts = events.issues.iter().filter(|i| matches!(i.problem, Problem::UnknownAmount { .. })).count();
    assert_eq!(unknown_amounts, 2);
}

#[test]
fn without_promotion_months_the_year_of_an_award_is_its_event_year() {
    let text = with_fast_events(&[
        ("alpha", "2023-09-01", "Montant de 300 000€ pour la promotion 13"),
        ("beta", "2022-07-01", "Montant de 370000€"),
    ]);
    let dataset = load(&texts(&text, None)).unwrap();
    let filter = Filter { year: Some(2022), ..Filter::default() };
    let rows = dataset.fast_by_promotion(&filter);
    assert_eq!(rows.len(), 1);
    assert_eq!((rows[0].promotion, rows[0].amount_eur), (None, 370_000));
}

fn fast_file() -> String {
    json!({
        "promotions": [
            {"promotion": 12, "title": "FAST 12 - Janvier 2023", "month": "2023-01"},
            {"promotion": 13, "title": "FAST 13 - Septembre 2023", "month": "2023-09"},
            {"promotion": 14, "title": "FAST 14 - Janvier 2024", "month": "2024-01"},
            {"promotion": 14, "title": "doublon", "month": "2024-01"},
            {"title": "sans numéro"}
        ],
        "awards": [
            {"startup": "alpha", "promotion": 12, "amount_eur": 230000},
            {"startup": "beta", "promotion": 13, "amount_eur": 300000},
            {"startup": "gamma", "promotion": 13, "amount_eur": null},
            {"startup": "zeta", "promotion": 14, "amount_eur": "125 000 €"},
            {"startup": "inconnu", "promotion": 14, "amount_eur": 50000},
            {"startup": "theta", "promotion": 99, "amount_eur": 10000},
            {"promotion": 14, "amount_eur": 1}
        ]
    })
    .to_string()
}

#[test]
fn fast_json_is_authoritative_and_its_year_is_the_promotion_month() {
    let startups = with_fast_events(&[("alpha", "2023-09-01", "Montant de 999 999€ pour la promotion 12")]);
    let fast = fast_file();
    let dataset = load(&texts(&startups, Some(&fast))).unwrap();
    assert_eq!(dataset.fast_source, FastSource::File);
    let all = dataset.fast_by_promotion(&Filter::default());
    let summary: Vec<_> =
        all.iter().map(|r| (r.promotion, r.amount_eur, r.laureates, r.laureates_with_unknown_amount)).collect();
    assert_eq!(
        summary,
        [(Some(12), 230_000, 1, 0), (Some(13), 300_000, 2, 1), (Some(14), 175_000, 2, 0), (Some(99), 10_000, 1, 0)]
    );
    assert_eq!(all[0].title.as_deref(), Some("FAST 12 - Janvier 2023"));
    // Promotion 99 is not in fast.json's list: it has no published title.
    assert_eq!(all[3].title, None);

    let year_2023 = Filter { year: Some(2023), ..Filter::default() };
    let rows = dataset.fast_by_promotion(&year_2023);
    assert_eq!(rows.iter().map(|r| r.promotion).collect::<Vec<_>>(), [Some(12), Some(13)]);

    let report = |section| dataset.report.section(section).unwrap();
    let promotions = report(Section::FastPromotions);
    assert_eq!((promotions.read, promotions.kept, promotions.skipped()), (5, 3, 2));
    let awards = report(Section::FastAwards);
    assert_eq!((awards.read, awards.kept, awards.skipped()), (7, 6, 1));
    let problems: Vec<&Problem> = awards.issues.iter().map(|i| &i.problem).collect();
    assert!(problems.contains(&&Problem::UnknownService { id: "inconnu".into() }));
    assert!(problems.contains(&&Problem::UnknownPromotion { number: 99 }));
    assert!(problems.iter().any(|p| matches!(p, Problem::UnknownAmount { .. })));
}

#[test]
fn fast_by_incubator_follows_the_incubator_filter_and_co_incubation() {
    let startups = fixture_startups().to_string();
    let fast = fast_file();
    let dataset = load(&texts(&startups, Some(&fast))).unwrap();
    let rows = dataset.fast_by_incubator(&Filter::default());
    let find = |id: Option<&str>| rows.iter().find(|r| r.incubator.as_ref().map(|i| i.0.as_str()) == id).unwrap();
    // beta (co-incubated ademe + mtes) counts in both.
    assert_eq!((find(Some("ademe")).amount_eur, find(Some("ademe")).laureates), (310_000, 2));
    assert_eq!((find(Some("mtes")).amount_eur, find(Some("mtes")).laureates), (425_000, 2));
    assert_eq!(
        (
            find(Some("dinum")).amount_eur,
            find(Some("dinum")).laureates,
            find(Some("dinum")).laureates_with_unknown_amount
        ),
        (230_000, 2, 1)
    );
    assert_eq!(find(None).amount_eur, 50_000);

    let only_mtes = Filter { incubators: ids(&["mtes"]), ..Filter::default() };
    let rows = dataset.fast_by_incubator(&only_mtes);
    assert_eq!(rows.len(), 1);
    let promotions = dataset.fast_by_promotion(&only_mtes);
    let summary: Vec<_> = promotions.iter().map(|r| (r.promotion, r.laureates)).collect();
    // Every promotion with laureates is listed, with 0 where mtes has none.
    assert_eq!(summary, [(Some(12), 0), (Some(13), 1), (Some(14), 1), (Some(99), 0)]);
}

// ---------------------------------------------------------------------------------------------
// Changing the filter

#[test]
fn a_group_box_selects_all_its_phases_then_none() {
    use beta_dashboard::data::Selection;
    let phases = &[Phase::Construction, Phase::Acceleration];
    let none = Filter::default();
    assert_eq!(none.selection_of(phases), Selection::None);
    let all = none.toggle_phases(phases);
    assert_eq!(all.selection_of(phases), Selection::All);
    let some = all.toggle_phase(&Phase::Construction);
    assert_eq!(some.selection_of(phases), Selection::Some);
    assert_eq!(some.toggle_phases(phases).selection_of(phases), Selection::All, "a partial group completes first");
    assert_eq!(all.toggle_phases(phases), none);
}

#[test]
fn clicking_an_incubator_bar_focuses_it_then_shows_all_again() {
    let dinum = IncubatorId("dinum".into());
    let both = Filter { incubators: ids(&["dinum", "anct"]), year: Some(2022), ..Filter::default() };
    let focused = both.focus_incubator(&dinum);
    assert_eq!(focused.incubators, ids(&["dinum"]));
    assert_eq!(focused.year, Some(2022), "other filters stay");
    assert!(focused.focus_incubator(&dinum).incubators.is_empty());
    assert_eq!(focused.toggle_incubator(&dinum).toggle_incubator(&dinum), focused);
}

#[test]
fn filter_options_count_what_each_choice_would_show() {
    let text = fixture_startups().to_string();
    let dataset = load(&texts(&text, None)).unwrap();
    let filter = Filter { incubators: ids(&["anct"]), year: Some(2023), ..Filter::default() };
    // Incubator counts ignore the incubator selection: every incubator keeps its count.
    let incubators = dataset.incubator_options(&filter, date(TODAY));
    let count = |id: &str| incubators.iter().find(|(i, _)| i.0 == id).map(|(_, n)| *n);
    assert_eq!((count("dinum"), count("ademe"), count("mtes"), count("anct")), (Some(3), Some(2), Some(2), Some(1)));
    // Phase counts follow the incubator selection (anct: delta in investigation on 2024-01-01).
    let phases = dataset.phase_options(&filter, date(TODAY));
    let of = |p: Phase| phases.iter().find(|(q, _)| *q == p).map(|(_, n)| *n);
    assert_eq!(of(Phase::Investigation), Some(1));
    assert_eq!(of(Phase::Construction), Some(0));
    assert_eq!(of(Phase::Other("pivot".into())), Some(0), "phases the data uses are offered too");
}

#[test]
fn the_current_year_describes_today_never_a_day_to_come() {
    let text = fixture_startups().to_string();
    let dataset = load(&texts(&text, None)).unwrap();
    let current = Filter { year: Some(2026), ..Filter::default() };
    assert_eq!(current.reference_date(date(TODAY)), date(TODAY));
    let past = Filter { year: Some(2025), ..Filter::default() };
    assert_eq!(past.reference_date(date(TODAY)), date("2026-01-01"));
    assert_eq!(
        dataset.situation(&current, date(TODAY)).key_figures(),
        dataset.situation(&Filter::default(), date(TODAY)).key_figures()
    );
}

#[test]
fn a_repeated_fast_award_and_an_absurd_amount_are_reported_not_added() {
    let startups = fixture_startups().to_string();
    let fast = json!({
        "promotions": [{"promotion": 12, "title": "FAST 12", "month": "2023-01"}],
        "awards": [
            {"startup": "alpha", "promotion": 12, "amount_eur": 100000},
            {"startup": "alpha", "promotion": 12, "amount_eur": 100000},
            {"startup": "alpha", "promotion": "12", "amount_eur": 100000},
            {"startup": "beta", "promotion": 12, "amount_eur": 1e30},
            {"startup": "gamma", "promotion": 12, "amount_eur": 3000000000u64}
        ]
    })
    .to_string();
    let dataset = load(&texts(&startups, Some(&fast))).unwrap();
    let awards = dataset.report.section(Section::FastAwards).unwrap();
    assert_eq!((awards.read, awards.kept, awards.skipped()), (5, 3, 2), "a repeat written \"12\" is a repeat too");
    let repeats =
        awards.issues.iter().filter(|i| i.problem == Problem::DuplicateId && i.id.as_deref() == Some("alpha"));
    assert_eq!(repeats.count(), 2);
    // 3 000 000 000 € is no FAST award: unknown, and said so.
    assert!(
        awards
            .issues
            .iter()
            .any(|i| matches!(&i.problem, Problem::UnknownAmount { .. }) && i.id.as_deref() == Some("gamma"))
    );
    let rows = dataset.fast_by_promotion(&Filter::default());
    assert_eq!((rows[0].amount_eur, rows[0].laureates, rows[0].laureates_with_unknown_amount), (100_000, 3, 2));
}

#[test]
fn legacy_phase_names_count_in_their_group() {
    let mut doc = fixture_startups();
    doc["data"].as_array_mut().unwrap().push(startup("old", &["dinum"], &[("success", "2019-01-01")]));
    doc["data"].as_array_mut().unwrap().push(startup("older", &["dinum"], &[("transfer", "2019-01-01")]));
    let text = doc.to_string();
    let dataset = load(&texts(&text, None)).unwrap();
    let figures = dataset.situation(&Filter::default(), date(TODAY)).key_figures();
    assert_eq!(figures.perennial, 3, "zeta (opere), old (success), older (transfer)");
    // The phase options offer them, so that the pérennisé group can select them.
    let options = dataset.phase_options(&Filter::default(), date(TODAY));
    let perennial: Vec<&Phase> = options
        .iter()
        .map(|(p, _)| p)
        .filter(|p| p.group() == Some(beta_dashboard::data::PhaseGroup::Perennial))
        .collect();
    assert_eq!(perennial, [&Phase::Consolidation, &Phase::Success, &Phase::Transfere, &Phase::Transfer, &Phase::Opere]);
    let filter = Filter { phases: perennial.into_iter().cloned().collect(), ..Filter::default() };
    assert_eq!(dataset.situation(&filter, date(TODAY)).key_figures().total, 3);
    // Legacy names are known: only eta's "pivot" is worth a note.
    assert_eq!(dataset.report.section(Section::Services).unwrap().issues.len(), 1);
}

#[test]
fn bidi_controls_and_zero_width_characters_are_removed_from_shown_names_and_reported() {
    let mut doc = fixture_startups();
    doc["data"][0]["attributes"]["name"] = json!("Mobi\u{200B}lic");
    doc["data"][1]["attributes"]["name"] = json!("\u{202E}cilibom\u{202C}");
    doc["data"][1]["attributes"]["pitch"] = json!("Un\u{2066} service");
    doc["included"][0]["attributes"]["title"] = json!("DI\u{FEFF}NUM");
    let startups = doc.to_string();
    let organisations = r#"[{"id": "dinum", "name": "Direction &#8238;numérique", "acronym": "DI&#x200B;NUM"}]"#;
    let dataset = load(&SourceTexts { organisations: Ok(organisations), ..texts(&startups, None) }).unwrap();
    let alpha = dataset.service(&beta_dashboard::data::ServiceId("alpha".into())).unwrap();
    let beta = dataset.service(&beta_dashboard::data::ServiceId("beta".into())).unwrap();
    assert_eq!((alpha.name.as_str(), beta.name.as_str(), beta.pitch.as_str()), ("Mobilic", "cilibom", "Un service"));
    assert_eq!(dataset.incubator_title(&IncubatorId("dinum".into())), "DINUM");
    assert_eq!(dataset.organisation_name(&OrganisationId("dinum".to_owned())), "DINUM");
    assert_eq!(dataset.organisations[0].name, "Direction numérique");
    let hidden = |section: Section| -> Vec<String> {
        let report = dataset.report.section(section).unwrap();
        report
            .issues
            .iter()
            .filter_map(|i| match &i.problem {
                Problem::HiddenCharacters { field } => Some(format!("{} {field}", i.id.as_deref().unwrap_or("?"))),
                _ => None,
            })
            .collect()
    };
    assert_eq!(hidden(Section::Services), ["alpha attributes.name", "beta attributes.name", "beta attributes.pitch"]);
    assert_eq!(hidden(Section::IncludedIncubators), ["dinum attributes.title"]);
    assert_eq!(hidden(Section::Organisations), ["dinum name", "dinum acronym"]);
}

/// A service of 2022 in construction, with these sponsors and attributes added.
fn sponsored(id: &str, sponsors: &[&str], extra: Value) -> Value {
    let mut service = startup(id, &["dinum"], &[("construction", "2022-01-01")]);
    let attributes = service["attributes"].as_object_mut().unwrap();
    attributes.insert("sponsors".into(), json!(sponsors));
    for (key, value) in extra.as_object().unwrap() {
        attributes.insert(key.clone(), value.clone());
    }
    service
}

fn organisations_json() -> String {
    json!([
        {"id": "dinum", "name": "DINUM", "domaine_ministeriel": "spm"},
        {"id": "anct", "name": "ANCT", "domaine_ministeriel": "territoires"},
        {"id": "dgfip", "name": "DGFiP", "domaine_ministeriel": "bercy"},
        {"id": "dge", "name": "DGE", "domaine_ministeriel": " bercy "},
        {"id": "asso", "name": "Une association", "domaine_ministeriel": ""},
        {"id": "mairie", "name": "Une mairie"},
    ])
    .to_string()
}

/// Six services: ministries of several sponsors, none, unknown; themes spelt several ways;
/// transparency links and accessibility statuses.
fn transparency_startups() -> String {
    json!({"data": [
        sponsored("a", &["/organisations/dgfip", "dge", "dinum"], json!({
            "thematiques": ["Éducation", "Emploi"], "stats_url": "https://a/stats", "budget_url": " ",
            "impact_url": "https://a/impact", "repository": "https://github.com/a", "accessibility_status": "Totalement  conforme"})),
        sponsored("b", &["anct"], json!({
            "thematiques": ["Education", "education ", "  "], "stats_url": "", "repository": "https://github.com/b",
            "accessibility_status": "partiellement conforme"})),
        sponsored("c", &["asso", "mairie", "inconnue"], json!({
            "thematiques": ["education"], "accessibility_status": "non conforme"})),
        sponsored("d", &[], json!({"thematiques": ["Santé", "Sante"], "accessibility_status": ""})),
        sponsored("e", &["anct", "dinum"], json!({"thematiques": ["Sante", "Santé"], "accessibility_status": "en cours"})),
        sponsored("f", &["dinum"], json!({"thematiques": [], "stats_url": "https://f/stats", "budget_url": "https://f/budget"})),
    ]})
    .to_string()
}

fn load_transparency(startups: &str, organisations: &str) -> beta_dashboard::data::Dataset {
    load(&SourceTexts { organisations: Ok(organisations), ..texts(startups, None) }).unwrap()
}

fn ministry_ids(list: &[&str]) -> Vec<beta_dashboard::data::MinistryId> {
    list.iter().map(|id| beta_dashboard::data::MinistryId(id.to_string())).collect()
}

#[test]
fn a_service_counts_once_under_each_ministry_of_its_sponsors() {
    use beta_dashboard::data::MinistryId;
    let (startups, organisations) = (transparency_startups(), organisations_json());
    let dataset = load_transparency(&startups, &organisations);
    let of = |id: &str| dataset.services.iter().find(|s| s.id.0 == id).unwrap().ministries.clone();
    assert_eq!(of("a"), ministry_ids(&["bercy", "spm"]), "two sponsors of bercy count once");
    assert_eq!(of("b"), ministry_ids(&["territoires"]));
    assert_eq!(of("c"), ministry_ids(&["non-renseigne"]), "empty, absent, unknown");
    assert_eq!(of("d"), ministry_ids(&["non-renseigne"]), "no sponsor");
    assert_eq!(of("e"), ministry_ids(&["spm", "territoires"]));

    let today = date(TODAY);
    let options = dataset.ministry_options(&Filter::default(), today);
    let expected: Vec<(MinistryId, usize)> =
        ministry_ids(&["bercy", "non-renseigne", "spm", "territoires"]).into_iter().zip([1, 2, 3, 2]).collect();
    assert_eq!(options, expected);

    let filter =
        Filter { ministries: ministry_ids(&["spm", "territoires"]).into_iter().collect(), ..Filter::default() };
    let situation = dataset.situation(&filter, today);
    assert_eq!(situation.key_figures().total, 4, "a, b, e, f: e once");
    let rows: Vec<(String, usize)> =
        situation.counts_by_ministry().into_iter().map(|r| (r.ministry.0, r.total)).collect();
    assert_eq!(rows, [("spm".to_owned(), 3), ("territoires".to_owned(), 2)]);
    assert!(rows.iter().all(|(m, _)| filter.ministries.contains(&MinistryId(m.clone()))));
    // Combined with AND with the other filters; the options of the others follow.
    let with_theme =
        Filter { themes: [beta_dashboard::data::ThemeId("sante".into())].into_iter().collect(), ..filter.clone() };
    assert_eq!(dataset.situation(&with_theme, today).key_figures().total, 1, "e");
    let incubators = dataset.incubator_options(&with_theme, today);
    assert_eq!(incubators.iter().find(|(id, _)| id.0 == "dinum").map(|(_, n)| *n), Some(1));
}

#[test]
fn themes_are_folded_and_labelled_by_their_most_used_spelling() {
    use beta_dashboard::data::ThemeId;
    let (startups, organisations) = (transparency_startups(), organisations_json());
    let dataset = load_transparency(&startups, &organisations);
    let labels: Vec<(&str, &str)> = dataset.themes().iter().map(|(k, l)| (k.as_str(), l.as_str())).collect();
    // education: "Éducation" 1, "Education" 1, "education" 2 → "education"; sante: a tie of 2 and 2 →
    // the smallest in `str` order, "Sante".
    assert_eq!(labels, [("education", "education"), ("emploi", "Emploi"), ("sante", "Sante")]);
    let of = |id: &str| dataset.services.iter().find(|s| s.id.0 == id).unwrap().themes.clone();
    assert_eq!(of("b"), [ThemeId("education".into())], "each key once, blanks dropped");
    assert!(of("f").is_empty());
    let options = dataset.theme_options(&Filter::default(), date(TODAY));
    let options: Vec<(&str, usize)> = options.iter().map(|(k, n)| (k.as_str(), *n)).collect();
    assert_eq!(options, [("education", 3), ("emploi", 1), ("sante", 2)]);
    let filter = Filter { themes: [ThemeId("emploi".into()), ThemeId("sante".into())].into(), ..Filter::default() };
    assert_eq!(dataset.situation(&filter, date(TODAY)).key_figures().total, 3, "a, d, e");
}

#[test]
fn transparency_counts_the_services_of_the_key_figures() {
    use beta_dashboard::data::Accessibility;
    let (startups, organisations) = (transparency_startups(), organisations_json());
    let dataset = load_transparency(&startups, &organisations);
    assert_eq!(dataset.published, beta_dashboard::data::Published::ALL);
    let filter = Filter::default();
    let situation = dataset.situation(&filter, date(TODAY));
    let t = situation.transparency(dataset.published);
    assert_eq!(t.total, situation.key_figures().total);
    assert_eq!((t.total, t.stats, t.budget, t.impact, t.repository), (6, 2, 1, 1, 2));
    assert_eq!(
        Accessibility::ALL.map(|a| t.of_status(a)),
        [1, 1, 1, 3],
        "totalement (spaces folded), partiellement, non conforme; empty, other, absent: not stated"
    );
    assert_eq!(beta_dashboard::text::share_tenths(t.stats, t.total), Some(333));
    // Before the services existed: nothing, no share.
    let t = dataset.situation(&Filter { year: Some(2020), ..filter }, date(TODAY)).transparency(dataset.published);
    assert_eq!((t.total, beta_dashboard::text::share_tenths(0, t.total)), (0, None));
}

#[test]
fn fields_a_version_does_not_publish_are_said_so_not_counted_as_zero() {
    // v2.5: no thematiques, budget_url, impact_url; organisations as sponsors.json, keyed by id.
    let startups = json!({"data": [
        sponsored("a", &["/organisations/dinum"], json!({"stats_url": "https://a", "repository": "", "accessibility_status": "non conforme"})),
        sponsored("b", &["anct"], json!({})),
    ]})
    .to_string();
    let sponsors = json!({
        "dinum": {"name": "DINUM", "acronym": "DINUM", "domaine_ministeriel": "spm"},
        "anct": {"name": "ANCT", "domaine_ministeriel": "territoires"},
    })
    .to_string();
    let dataset = load_transparency(&startups, &sponsors);
    let section = dataset.report.section(Section::Organisations).unwrap();
    assert_eq!((section.read, section.kept, section.issues.len()), (2, 2, 0));
    assert!(matches!(dataset.report.file_status(DataFile::Organisations), Some(FileStatus::Read)));
    assert_eq!(dataset.organisations.len(), 2);
    assert_eq!(dataset.organisation_name(&OrganisationId("anct".into())), "ANCT");
    assert_eq!(dataset.services[0].ministries, ministry_ids(&["spm"]));
    assert_eq!(dataset.services[1].ministries, ministry_ids(&["territoires"]));
    let published = dataset.published;
    assert!(!published.themes && !published.budget && !published.impact);
    assert!(published.ministries && published.stats && published.repository && published.accessibility);
    assert!(dataset.themes().is_empty());
    let t = dataset.situation(&Filter::default(), date(TODAY)).transparency(published);
    assert_eq!((t.stats, t.repository, t.published), (1, 0, published));

    // Without organisations at all, nothing names a ministry: not published, all "non renseigné".
    let dataset = load(&texts(&startups, None)).unwrap();
    assert!(!dataset.published.ministries);
    assert!(dataset.services.iter().all(|s| s.ministries == ministry_ids(&["non-renseigne"])));
}

#[test]
fn ministries_have_french_labels_and_unknown_ones_their_slug() {
    use beta_dashboard::text::ministry_label;
    assert_eq!(ministry_label("spm"), "Services du Premier ministre");
    assert_eq!(ministry_label("bercy"), "Économie et finances");
    assert_eq!(ministry_label("non-renseigne"), "Non renseigné");
    assert_eq!(ministry_label("nouveau-ministere"), "nouveau-ministere");
    let organisations: Value = serde_json::from_str(&common::published_file("organisations.json")).unwrap();
    for slug in organisations.as_array().unwrap().iter().filter_map(|o| o["domaine_ministeriel"].as_str()) {
        assert_ne!(ministry_label(slug), slug, "{slug} has a French label");
    }
}
