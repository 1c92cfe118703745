//! The services list: the services of a situation, searchable by name and sortable, of which
//! only the rows on screen are ever built.
//!
//! A filter change yields [`ServiceMatch`]es (an index and a phase: no string copied); search
//! and sort work on those, with keys computed once per dataset ([`ServiceIndex`]); a
//! [`ServiceRow`] is built for a shown line only.

use super::fold::search_key;
use super::model::{Dataset, IncubatorId, Phase, ServiceId};

/// A service of a situation: its place in `Dataset::services` and its phase on the date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceMatch {
    pub index: usize,
    pub phase: Phase,
}

/// What the list shows of one service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceRow {
    pub id: ServiceId,
    pub name: String,
    /// Its incubators, with their titles.
    pub incubators: Vec<(IncubatorId, String)>,
    /// Its phase on the situation's date.
    pub phase: Phase,
    pub pitch: String,
    /// Its sponsoring organisations: acronym, or name, or id when `organisations.json` lacks it.
    pub sponsors: Vec<String>,
    /// The service's own address, only when it is a web address (`http(s)://`).
    pub link: Option<String>,
    /// Its page on beta.gouv.fr.
    pub page: String,
}

/// Columns the list can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Name,
    Incubator,
    Phase,
}

/// Search and sort keys of every service, computed once per dataset.
#[derive(Debug, Clone)]
pub struct ServiceIndex {
    /// Name and id, case and accents folded, by service.
    search: Vec<String>,
    /// Place of each service in name order.
    name_rank: Vec<u32>,
    /// Place of each service's first incubator in title order (services without one last).
    incubator_rank: Vec<u32>,
}

impl ServiceIndex {
    pub fn new(dataset: &Dataset) -> ServiceIndex {
        let search: Vec<String> =
            dataset.services.iter().map(|s| format!("{} {}", search_key(&s.name), s.id.0)).collect();
        let mut by_name: Vec<usize> = (0..search.len()).collect();
        by_name.sort_by(|&a, &b| search[a].cmp(&search[b]));
        let mut name_rank = vec![0; search.len()];
        for (rank, &i) in by_name.iter().enumerate() {
            name_rank[i] = rank as u32;
        }
        let mut titles: Vec<(String, &IncubatorId)> =
            dataset.incubators.values().map(|i| (search_key(&i.title), &i.id)).collect();
        titles.sort();
        let incubator_rank = dataset
            .services
            .iter()
            .map(|s| {
                let first = s.incubators.first();
                first.and_then(|id| titles.iter().position(|(_, t)| *t == id)).map_or(u32::MAX, |p| p as u32)
            })
            .collect();
        ServiceIndex { search, name_rank, incubator_rank }
    }
}

/// The matches whose name (or id) contains `query` (case and accents ignored), sorted.
pub fn search_and_sort(
    index: &ServiceIndex,
    matches: &[ServiceMatch],
    query: &str,
    key: SortKey,
    ascending: bool,
) -> Vec<ServiceMatch> {
    let query = search_key(query);
    let mut found: Vec<ServiceMatch> =
        matches.iter().filter(|m| query.is_empty() || index.search[m.index].contains(&query)).cloned().collect();
    let name = |m: &ServiceMatch| index.name_rank[m.index];
    match key {
        SortKey::Name => found.sort_by_key(name),
        SortKey::Incubator => found.sort_by_key(|m| (index.incubator_rank[m.index], name(m))),
        SortKey::Phase => found.sort_by(|a, b| a.phase.cmp(&b.phase).then_with(|| name(a).cmp(&name(b)))),
    }
    if !ascending {
        found.reverse();
    }
    found
}

/// The row of one shown service.
pub fn service_row(dataset: &Dataset, found: &ServiceMatch) -> ServiceRow {
    let service = &dataset.services[found.index];
    ServiceRow {
        id: service.id.clone(),
        name: service.name.clone(),
        incubators: service.incubators.iter().map(|id| (id.clone(), dataset.incubator_title(id).to_owned())).collect(),
        phase: found.phase.clone(),
        pitch: service.pitch.clone(),
        sponsors: service.sponsors.iter().map(|id| dataset.organisation_name(id).to_owned()).collect(),
        link: service.link.as_deref().and_then(web_address).map(str::to_owned),
        page: service.beta_url(),
    }
}

/// `link` if it is an http(s) address, the only kind the page makes clickable.
pub fn web_address(link: &str) -> Option<&str> {
    let lower = link.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(link.trim())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Filter, PhaseSpan, Service};

    fn service(id: &str, name: &str, incubator: &str, phase: &str) -> Service {
        Service {
            id: ServiceId(id.into()),
            name: name.into(),
            pitch: String::new(),
            link: None,
            incubators: vec![IncubatorId(incubator.into())],
            phases: vec![PhaseSpan { phase: Phase::from_name(phase), start: "2020-01-01".parse().unwrap(), end: None }],
            sponsors: vec![],
        }
    }

    fn dataset() -> Dataset {
        let services = vec![
            service("aides-jeunes", "1jeune1solution", "dinum", "opere"),
            service("ecobalyse", "Écobalyse", "ademe", "investigation"),
            service("mobilic", "Mobilic", "fabrique", "acceleration"),
        ];
        Dataset::of(services, &[("dinum", "DINUM"), ("ademe", "ADEME"), ("fabrique", "Fabrique")])
    }

    fn names(dataset: &Dataset, query: &str, key: SortKey, ascending: bool) -> Vec<String> {
        let filter = Filter::default();
        let matches = dataset.matches(&filter, "2024-01-01".parse().unwrap());
        let index = ServiceIndex::new(dataset);
        search_and_sort(&index, &matches, query, key, ascending).iter().map(|m| service_row(dataset, m).name).collect()
    }

    #[test]
    fn search_ignores_case_and_accents_and_matches_ids() {
        let d = dataset();
        assert_eq!(names(&d, "ECOBAL", SortKey::Name, true), ["Écobalyse"]);
        assert_eq!(names(&d, "aides", SortKey::Name, true), ["1jeune1solution"]);
        assert_eq!(names(&d, "", SortKey::Name, true).len(), 3);
        assert!(names(&d, "zzz", SortKey::Name, true).is_empty());
    }

    #[test]
    fn sorts_by_name_incubator_or_life_cycle_either_way() {
        let d = dataset();
        assert_eq!(names(&d, "", SortKey::Name, true), ["1jeune1solution", "Écobalyse", "Mobilic"]);
        assert_eq!(names(&d, "", SortKey::Incubator, true), ["Écobalyse", "1jeune1solution", "Mobilic"]);
        assert_eq!(names(&d, "", SortKey::Phase, false), ["1jeune1solution", "Mobilic", "Écobalyse"]);
    }

    #[test]
    fn a_row_carries_the_phase_of_the_date_and_only_web_links() {
        let mut d = dataset();
        d.services[2].link = Some("javascript:alert(1)".into());
        let row = service_row(&d, &ServiceMatch { index: 2, phase: Phase::Construction });
        assert_eq!((row.name.as_str(), row.phase, row.link), ("Mobilic", Phase::Construction, None));
        assert_eq!(row.incubators, [(IncubatorId("fabrique".into()), "Fabrique".to_owned())]);
        assert_eq!(row.page, "https://beta.gouv.fr/startups/mobilic.html");
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert_eq!(web_address(" https://mobilic.beta.gouv.fr "), Some("https://mobilic.beta.gouv.fr"));
        assert_eq!(web_address("HTTP://x.fr"), Some("HTTP://x.fr"));
        assert_eq!(web_address("javascript:alert(1)"), None);
        assert_eq!(web_address("mobilic.fr"), None);
    }
}
