//! The URL is the state: the filter ⇄ the query string
//! (`?incubateur=dinum,anct&ministere=justice&thematique=education&phase=construction&annee=2023`).
//!
//! The services list's search, order and page are in the URL too (`?recherche=mob&tri=-phase&page=3`),
//! so that a link shows the very page of the list that was seen.
//!
//! Reading never fails: values the data does not know are left out of the filter and listed, so
//! the page can say what it ignored.
//!
//! A parameter given more than once (`?annee=2020&annee=2023`): a filter of several values
//! (`incubateur`, `ministere`, `thematique`, `phase`) takes the values of each, as if they were
//! written once, comma-separated; a parameter of one value (`annee`, `source`, `recherche`, `tri`,
//! `page`) takes the first, and the others are listed as ignored ([`IgnoredValue::Repeated`]).

use std::collections::{BTreeSet, HashSet};

use crate::data::model::date::Date;
use crate::data::model::ids::{IncubatorId, MinistryId, ThemeId};
use crate::data::model::{Dataset, Phase};
use crate::data::query::Filter;
use crate::data::query::listing::{ListView, SortKey};

pub const PARAM_INCUBATOR: &str = "incubateur";
/// `domaine_ministeriel` slugs (`non-renseigne` for the services whose sponsors name none).
pub const PARAM_MINISTRY: &str = "ministere";
/// Theme keys, folded (`education`).
pub const PARAM_THEME: &str = "thematique";
pub const PARAM_PHASE: &str = "phase";
pub const PARAM_YEAR: &str = "annee";
pub const PARAM_SEARCH: &str = "recherche";
/// `nom`, `incubateur` or `phase`; a `-` before it for the reverse order.
pub const PARAM_SORT: &str = "tri";
pub const PARAM_PAGE: &str = "page";

/// A query-string value the filter could not use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IgnoredValue {
    UnknownIncubator(String),
    UnknownMinistry(String),
    UnknownTheme(String),
    UnknownPhase(String),
    /// Not a year, or a year the data does not cover.
    BadYear(String),
    /// Not a year, or a year no bilan covers (`/bilan`): the bilan of `shown` is shown instead.
    BadBilanYear {
        raw: String,
        shown: i32,
    },
    /// A `source` on another site than beta.gouv.fr: the default data is shown instead.
    RejectedSource(String),
    /// A value an embed's or a presentation's option does not take: `(parameter, value)`.
    BadOption(&'static str, String),
    /// A parameter of one value given several times: the first is kept, the others ignored.
    Repeated {
        param: &'static str,
        kept: String,
        ignored: Vec<String>,
    },
}

/// The filter a URL asks for, and what it asked for that does not exist.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UrlFilter {
    pub filter: Filter,
    pub ignored: Vec<IgnoredValue>,
}

/// The years the year filter offers: from the first year of the data to the current year (never
/// before [`crate::data::FIRST_PLAUSIBLE_YEAR`], whatever a file says).
pub fn year_range(dataset: &Dataset, today: Date) -> std::ops::RangeInclusive<i32> {
    let first = dataset.first_year().unwrap_or(today.year()).max(crate::data::FIRST_PLAUSIBLE_YEAR);
    first.min(today.year())..=today.year()
}

/// Reads the filter from query parameters (`all` gives each value of a parameter, in the order of
/// the address: none when absent, several when repeated). Linear in the length of the address.
pub fn filter_from_params(all: impl Fn(&str) -> Vec<String>, dataset: &Dataset, today: Date) -> UrlFilter {
    let mut ignored = Vec::new();
    let mut incubators = BTreeSet::new();
    for raw in list(all(PARAM_INCUBATOR)) {
        let id = IncubatorId::normalised(&raw);
        if dataset.incubators.contains_key(&id) {
            incubators.insert(id);
        } else {
            ignored.push(IgnoredValue::UnknownIncubator(raw));
        }
    }
    let mut ministries = BTreeSet::new();
    for raw in list(all(PARAM_MINISTRY)) {
        let id = MinistryId(raw.clone());
        if dataset.knows_ministry(&id) {
            ministries.insert(id);
        } else {
            ignored.push(IgnoredValue::UnknownMinistry(raw));
        }
    }
    let mut themes = BTreeSet::new();
    for raw in list(all(PARAM_THEME)) {
        let id = ThemeId(raw.clone());
        if dataset.themes().contains_key(&id) {
            themes.insert(id);
        } else {
            ignored.push(IgnoredValue::UnknownTheme(raw));
        }
    }
    let mut phases = BTreeSet::new();
    // The phases the data uses (kept unknown names too), gathered once, when first needed.
    let mut in_data: Option<HashSet<Phase>> = None;
    for raw in list(all(PARAM_PHASE)) {
        let phase = Phase::from_name(&raw);
        let known = phase.is_known()
            || in_data
                .get_or_insert_with(|| {
                    dataset.services.iter().flat_map(|s| s.phases.iter().map(|p| p.phase.clone())).collect()
                })
                .contains(&phase);
        if known {
            phases.insert(phase);
        } else {
            ignored.push(IgnoredValue::UnknownPhase(raw));
        }
    }
    let year = single(&all, PARAM_YEAR, &mut ignored)
        .map(|raw| raw.trim().to_owned())
        .filter(|raw| !raw.is_empty())
        .and_then(|raw| match raw.parse::<i32>() {
            Ok(year) if year_range(dataset, today).contains(&year) => Some(year),
            _ => {
                ignored.push(IgnoredValue::BadYear(raw));
                None
            }
        });
    if let Some(Err(rejected)) = single(&all, crate::data::DataSource::PARAM, &mut ignored)
        .map(|raw| crate::data::DataSource::from_param(Some(&raw)))
    {
        ignored.push(IgnoredValue::RejectedSource(rejected.0));
    }
    UrlFilter { filter: Filter { incubators, ministries, themes, phases, year }, ignored }
}

/// The value of a parameter of one value: the first given; the others are listed as ignored.
fn single(all: &impl Fn(&str) -> Vec<String>, param: &'static str, ignored: &mut Vec<IgnoredValue>) -> Option<String> {
    let mut values = all(param).into_iter();
    let kept = values.next()?;
    let others: Vec<String> = values.collect();
    if !others.is_empty() {
        ignored.push(IgnoredValue::Repeated { param, kept: kept.clone(), ignored: others });
    }
    Some(kept)
}

/// The first value of a parameter, which is the one used when it is repeated.
pub fn first_value(values: Option<Vec<String>>) -> Option<String> {
    values.and_then(|v| v.into_iter().next())
}

/// Splits comma-separated values (of one parameter given once or more), dropping empty items and
/// repeats, in linear time.
fn list(values: Vec<String>) -> Vec<String> {
    let mut seen: HashSet<&str> = HashSet::new();
    let mut items: Vec<String> = Vec::new();
    for value in &values {
        for item in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            if seen.insert(item) {
                items.push(item.to_owned());
            }
        }
    }
    items
}

/// The query parameters of a filter, in a stable order; "all" and "today" are left out.
pub fn query_pairs(filter: &Filter) -> Vec<(&'static str, String)> {
    let mut pairs = Vec::new();
    if !filter.incubators.is_empty() {
        let ids: Vec<&str> = filter.incubators.iter().map(|id| id.0.as_str()).collect();
        pairs.push((PARAM_INCUBATOR, ids.join(",")));
    }
    if !filter.ministries.is_empty() {
        let ids: Vec<&str> = filter.ministries.iter().map(MinistryId::as_str).collect();
        pairs.push((PARAM_MINISTRY, ids.join(",")));
    }
    if !filter.themes.is_empty() {
        let ids: Vec<&str> = filter.themes.iter().map(ThemeId::as_str).collect();
        pairs.push((PARAM_THEME, ids.join(",")));
    }
    if !filter.phases.is_empty() {
        let names: Vec<&str> = filter.phases.iter().map(Phase::name).collect();
        pairs.push((PARAM_PHASE, names.join(",")));
    }
    if let Some(year) = filter.year {
        pairs.push((PARAM_YEAR, year.to_string()));
    }
    pairs
}

/// Percent-encodes a query value, leaving unreserved characters and commas as they are.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The query string for `filter`, keeping the parameters of `current` that are not filters
/// (`source=…`, the list's search and order, any other) in place. The list's page is dropped:
/// other filters, other services, from the first page.
pub fn merge_query(current: &[(String, String)], filter: &Filter) -> String {
    let replaced =
        |key: &str| [PARAM_INCUBATOR, PARAM_MINISTRY, PARAM_THEME, PARAM_PHASE, PARAM_YEAR, PARAM_PAGE].contains(&key);
    with_pairs(current, replaced, query_pairs(filter))
}

/// `current`'s pairs but those `replaced` drops, then `pairs`, as a query string (`?…`, or empty).
fn with_pairs(
    current: &[(String, String)],
    replaced: impl Fn(&str) -> bool,
    pairs: Vec<(&'static str, String)>,
) -> String {
    let mut parts: Vec<String> =
        current.iter().filter(|(k, _)| !replaced(k)).map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect();
    parts.extend(pairs.into_iter().map(|(k, v)| format!("{k}={}", encode(&v))));
    if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
}

/// The name of a sort key in the URL.
fn sort_name(key: SortKey) -> &'static str {
    match key {
        SortKey::Name => "nom",
        SortKey::Incubator => "incubateur",
        SortKey::Phase => "phase",
    }
}

/// The services list's view, from each value of the query's parameters (see
/// [`filter_from_params`]), with the values it could not use (a page that is not a number from 1,
/// an order it does not know; a parameter given twice takes its first value, and says so). A page
/// past the last is not an error: the list shows its last page.
pub fn list_from_params(all: impl Fn(&str) -> Vec<String>) -> (ListView, Vec<IgnoredValue>) {
    let mut view = ListView::default();
    let mut ignored = Vec::new();
    if let Some(search) = single(&all, PARAM_SEARCH, &mut ignored) {
        view.search = search;
    }
    if let Some(raw) = single(&all, PARAM_SORT, &mut ignored).filter(|raw| !raw.trim().is_empty()) {
        let value = raw.trim();
        let (ascending, name) = value.strip_prefix('-').map_or((true, value), |name| (false, name));
        match [SortKey::Name, SortKey::Incubator, SortKey::Phase].into_iter().find(|&k| sort_name(k) == name) {
            Some(key) => (view.sort, view.ascending) = (key, ascending),
            None => ignored.push(IgnoredValue::BadOption(PARAM_SORT, raw)),
        }
    }
    if let Some(raw) = single(&all, PARAM_PAGE, &mut ignored).filter(|raw| !raw.trim().is_empty()) {
        match raw.trim().parse::<usize>() {
            Ok(page) if page >= 1 => view.page = page,
            _ => ignored.push(IgnoredValue::BadOption(PARAM_PAGE, raw)),
        }
    }
    (view, ignored)
}

/// The query parameters of a list view, defaults left out: no search, by name A to Z, page 1.
pub fn list_pairs(view: &ListView) -> Vec<(&'static str, String)> {
    let mut pairs = Vec::new();
    if !view.search.is_empty() {
        pairs.push((PARAM_SEARCH, view.search.clone()));
    }
    if (view.sort, view.ascending) != (SortKey::Name, true) {
        let sign = if view.ascending { "" } else { "-" };
        pairs.push((PARAM_SORT, format!("{sign}{}", sort_name(view.sort))));
    }
    if view.page > 1 {
        pairs.push((PARAM_PAGE, view.page.to_string()));
    }
    pairs
}

/// The query string for the list `view`, keeping the parameters of `current` that are not the
/// list's (the filters, `source=…`, any other) in place.
pub fn list_query(current: &[(String, String)], view: &ListView) -> String {
    with_pairs(current, |key| [PARAM_SEARCH, PARAM_SORT, PARAM_PAGE].contains(&key), list_pairs(view))
}
