//! The URL is the state: filter → query string → filter gives the same filter, and bad values
//! are ignored and listed, never fatal.

use std::sync::LazyLock;

use beta_dashboard::data::query::listing::{ListView, SortKey};
use beta_dashboard::data::query::url_query::{
    IgnoredValue, encode, filter_from_params, list_from_params, list_query, merge_query,
};
use beta_dashboard::data::{Dataset, Filter, IncubatorId, MinistryId, Phase, SourceTexts, ThemeId, load};
use proptest::prelude::*;

mod common;
use common::{published_file, today};

static DATASET: LazyLock<Dataset> = LazyLock::new(|| {
    let (startups, incubators) = (published_file("startups.json"), published_file("incubators.json"));
    let organisations = published_file("organisations.json");
    load(&SourceTexts {
        startups: Ok(&startups),
        incubators: Ok(&incubators),
        organisations: Ok(&organisations),
        fast: Err(beta_dashboard::data::FetchError::Status(404)),
        today: today(),
    })
    .unwrap()
});

/// Decoded query pairs as the browser reads them (the WHATWG form-urlencoded parser of
/// `URLSearchParams`), a repeated key keeping its last value, as leptos_router's `ParamsMap::get`.
fn parse_query(query: &str) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()).into_owned() {
        match pairs.iter_mut().find(|(k, _)| *k == key) {
            Some(pair) => pair.1 = value,
            None => pairs.push((key, value)),
        }
    }
    pairs
}

/// Every value of each parameter, in order, as leptos_router's `ParamsMap::get_all` gives them.
fn all_values(query: &str) -> impl Fn(&str) -> Vec<String> {
    let pairs: Vec<(String, String)> =
        form_urlencoded::parse(query.trim_start_matches('?').as_bytes()).into_owned().collect();
    move |key| pairs.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect()
}

/// Reads the filter from a query string, as the explorer does.
fn read_query(query: &str) -> beta_dashboard::data::query::url_query::UrlFilter {
    filter_from_params(all_values(query), &DATASET, today())
}

fn decode(value: &str) -> String {
    form_urlencoded::parse(format!("x={value}").as_bytes()).next().map(|(_, v)| v.into_owned()).unwrap_or_default()
}

/// Reads the list's view from a query string, as the explorer does.
fn read_list(query: &str) -> (ListView, Vec<IgnoredValue>) {
    list_from_params(all_values(query))
}

fn any_list_view() -> impl Strategy<Value = ListView> {
    let keys = proptest::sample::select(vec![SortKey::Name, SortKey::Incubator, SortKey::Phase]);
    ("\\PC*", keys, proptest::bool::ANY, 1usize..100_000).prop_map(|(search, sort, ascending, page)| ListView {
        search,
        sort,
        ascending,
        page,
    })
}

fn incubator_ids() -> Vec<IncubatorId> {
    DATASET.incubators.keys().cloned().collect()
}

fn ministry_ids() -> Vec<MinistryId> {
    let ids: std::collections::BTreeSet<MinistryId> =
        DATASET.services.iter().flat_map(|s| s.ministries.iter().cloned()).collect();
    ids.into_iter().collect()
}

fn theme_ids() -> Vec<ThemeId> {
    DATASET.themes().keys().cloned().collect()
}

fn any_filter() -> impl Strategy<Value = Filter> {
    let ids = incubator_ids();
    let (ministries, themes) = (ministry_ids(), theme_ids());
    let first = DATASET.first_year().unwrap();
    (
        proptest::sample::subsequence(ids.clone(), 0..=ids.len().min(5)),
        proptest::sample::subsequence(ministries.clone(), 0..=ministries.len().min(4)),
        proptest::sample::subsequence(themes.clone(), 0..=themes.len().min(4)),
        proptest::sample::subsequence(Phase::CURRENT.to_vec(), 0..=4),
        proptest::option::of(first..=2026),
    )
        .prop_map(|(incubators, ministries, themes, phases, year)| Filter {
            incubators: incubators.into_iter().collect(),
            ministries: ministries.into_iter().collect(),
            themes: themes.into_iter().collect(),
            phases: phases.into_iter().collect(),
            year,
        })
}

proptest! {
    #[test]
    fn any_filter_survives_a_round_trip_through_the_url(filter in any_filter()) {
        let query = merge_query(&[], &filter);
        let read = read_query(&query);
        prop_assert_eq!(read.ignored, vec![]);
        prop_assert_eq!(read.filter, filter);
    }

    #[test]
    fn other_parameters_are_kept_when_the_filter_changes(filter in any_filter()) {
        let current = vec![("source".to_owned(), "beta.gouv.fr".to_owned()), ("annee".to_owned(), "1999".to_owned())];
        let query = merge_query(&current, &filter);
        prop_assert!(query.starts_with("?source=beta.gouv.fr"));
        prop_assert_eq!(read_query(&query).filter, filter);
    }

    #[test]
    fn any_list_view_survives_a_round_trip_through_the_url_beside_a_filter(
        view in any_list_view(),
        filter in any_filter(),
    ) {
        let query = list_query(&parse_query(&merge_query(&[], &filter)), &view);
        prop_assert_eq!(read_list(&query), (view, vec![]));
        prop_assert_eq!(read_query(&query).filter, filter);
    }

    #[test]
    fn any_query_string_reads_without_panicking(query in "\\PC*") {
        read_list(&query);
        let read = read_query(&query);
        // Whatever it ignored, what it kept exists.
        prop_assert!(read.filter.incubators.iter().all(|id| DATASET.incubators.contains_key(id)));
        prop_assert!(read.filter.ministries.iter().all(|id| DATASET.knows_ministry(id)));
        prop_assert!(read.filter.themes.iter().all(|id| DATASET.themes().contains_key(id)));
    }

    #[test]
    fn percent_encoding_round_trips(text in "\\PC*") {
        prop_assert_eq!(decode(&encode(&text)), text);
    }
}

#[test]
fn the_default_filter_is_an_empty_query() {
    assert_eq!(merge_query(&[], &Filter::default()), "");
    assert_eq!(read_query("").filter, Filter::default());
}

#[test]
fn a_readable_url_gives_the_expected_filter() {
    let read = read_query("?incubateur=dinum,%2Fincubateurs%2Fanct&phase=construction,acceleration&annee=2023");
    assert_eq!(read.ignored, vec![]);
    let ids: Vec<&str> = read.filter.incubators.iter().map(|i| i.0.as_str()).collect();
    assert_eq!(ids, ["anct", "dinum"]);
    assert_eq!(read.filter.phases.len(), 2);
    assert_eq!(read.filter.year, Some(2023));
    assert_eq!(merge_query(&[], &read.filter), "?incubateur=anct,dinum&phase=construction,acceleration&annee=2023");
}

#[test]
fn unknown_ids_phases_and_years_are_ignored_and_listed() {
    let read = read_query("?incubateur=dinum,nulle-part&phase=pivot,construction&annee=1815");
    assert_eq!(
        read.ignored,
        vec![
            IgnoredValue::UnknownIncubator("nulle-part".into()),
            IgnoredValue::UnknownPhase("pivot".into()),
            IgnoredValue::BadYear("1815".into()),
        ]
    );
    assert_eq!(read.filter.incubators.len(), 1);
    assert_eq!(read.filter.phases.len(), 1);
    assert_eq!(read.filter.year, None);
    for bad in ["annee=abc", "annee=2027", "annee=20%2023", "annee=-1"] {
        assert!(matches!(read_query(bad).ignored.as_slice(), [IgnoredValue::BadYear(_)]), "{bad}");
    }
}

#[test]
fn hostile_values_are_ignored_not_interpreted() {
    let read = read_query("?incubateur=%3Cscript%3Ealert(1)%3C%2Fscript%3E&phase=%22onload%3D");
    assert_eq!(read.filter, Filter::default());
    assert_eq!(read.ignored.len(), 2);
    assert_eq!(read.ignored[0], IgnoredValue::UnknownIncubator("<script>alert(1)</script>".into()));
}

#[test]
fn a_parameter_of_one_value_given_twice_keeps_its_first_and_lists_the_others() {
    let read = read_query("?annee=2020&annee=2021&annee=2023");
    assert_eq!(read.filter.year, Some(2020));
    assert_eq!(
        read.ignored,
        [IgnoredValue::Repeated { param: "annee", kept: "2020".into(), ignored: vec!["2021".into(), "2023".into()] }]
    );
    let (view, ignored) = read_list("?page=2&page=5&tri=nom&tri=-phase");
    assert_eq!((view.page, view.sort, view.ascending), (2, SortKey::Name, true));
    assert_eq!(ignored.len(), 2);
    // Given once, nothing is said.
    assert!(read_query("?annee=2020").ignored.is_empty());
}

#[test]
fn a_filter_of_several_values_given_twice_takes_the_values_of_each() {
    let read = read_query("?phase=construction&phase=acceleration,construction&incubateur=dinum&incubateur=anct");
    assert_eq!(read.filter.phases.iter().map(Phase::name).collect::<Vec<_>>(), ["construction", "acceleration"]);
    assert_eq!(read.filter.incubators.len(), 2);
    assert!(read.ignored.is_empty());
}

#[test]
fn twenty_thousand_unknown_phases_are_each_listed_once_without_a_quadratic_pass() {
    // 100 000 items, a fifth of them repeats: a pass comparing each item with those before it
    // would make billions of comparisons; the reading is linear.
    let names: Vec<String> = (0..100_000).map(|i| format!("inconnue{}", i % 80_000)).collect();
    let read = read_query(&format!("?phase={}", names.join(",")));
    assert!(read.filter.phases.is_empty());
    assert_eq!(read.ignored.len(), 80_000);
    assert_eq!(read.ignored[0], IgnoredValue::UnknownPhase("inconnue0".into()));
}

#[test]
fn repeated_and_empty_items_are_dropped() {
    let read = read_query("?incubateur=dinum,,dinum,&phase=,");
    assert_eq!(read.filter.incubators.len(), 1);
    assert!(read.filter.phases.is_empty());
    assert!(read.ignored.is_empty());
}

#[test]
fn a_readable_url_gives_the_list_page_order_and_search() {
    let (view, ignored) = read_list("?incubateur=dinum&recherche=aides%20jeunes&tri=-phase&page=3");
    assert_eq!(ignored, vec![]);
    assert_eq!(view, ListView { search: "aides jeunes".into(), sort: SortKey::Phase, ascending: false, page: 3 });
    assert_eq!(read_list("").0, ListView::default());
    assert_eq!(read_list("?tri=incubateur").0.sort, SortKey::Incubator);
    assert_eq!(list_query(&[], &ListView::default()), "", "the default view writes nothing");
}

#[test]
fn bad_pages_and_orders_are_ignored_and_listed() {
    for (query, param) in [("?page=0", "page"), ("?page=deux", "page"), ("?page=-2", "page"), ("?tri=prix", "tri")] {
        let (view, ignored) = read_list(query);
        assert_eq!(view, ListView::default(), "{query}");
        assert!(matches!(ignored.as_slice(), [IgnoredValue::BadOption(p, _)] if *p == param), "{query}: {ignored:?}");
    }
    // A page past the last is no error: the list shows its last page.
    assert_eq!(read_list("?page=999999").1, vec![]);
}

#[test]
fn a_filter_change_starts_the_list_again_from_its_first_page_keeping_its_search_and_order() {
    let current = parse_query("?source=beta.gouv.fr&recherche=mob&tri=-phase&page=4&annee=2020");
    let next = Filter { year: Some(2021), ..Filter::default() };
    let query = merge_query(&current, &next);
    assert_eq!(query, "?source=beta.gouv.fr&recherche=mob&tri=-phase&annee=2021");
    assert_eq!(read_list(&query).0, ListView { search: "mob".into(), sort: SortKey::Phase, ascending: false, page: 1 });
}

#[test]
fn a_list_change_keeps_the_filters_and_the_source() {
    let current = parse_query("?source=beta.gouv.fr&incubateur=dinum&page=4");
    let query = list_query(&current, &ListView::default().on_page(5));
    assert_eq!(query, "?source=beta.gouv.fr&incubateur=dinum&page=5");
    assert_eq!(read_query(&query).filter.incubators.len(), 1);
}

#[test]
fn ministries_and_themes_are_read_and_written_like_incubators() {
    let read = read_query(
        "?incubateur=dinum&ministere=justice,education,nulle-part&thematique=education,zzz&phase=construction",
    );
    assert_eq!(
        read.ignored,
        vec![IgnoredValue::UnknownMinistry("nulle-part".into()), IgnoredValue::UnknownTheme("zzz".into())]
    );
    let ministries: Vec<&str> = read.filter.ministries.iter().map(MinistryId::as_str).collect();
    assert_eq!(ministries, ["education", "justice"]);
    assert_eq!(read.filter.themes.iter().map(ThemeId::as_str).collect::<Vec<_>>(), ["education"]);
    assert_eq!(
        merge_query(&[], &read.filter),
        "?incubateur=dinum&ministere=education,justice&thematique=education&phase=construction"
    );
    // The services whose sponsors name no ministry have a key of their own.
    assert!(read_query("?ministere=non-renseigne").ignored.is_empty());
    let current = parse_query("?ministere=justice&thematique=education&page=2");
    assert_eq!(merge_query(&current, &Filter::default()), "");
}
