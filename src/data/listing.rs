//! The services list: one row per service of a situation, searchable by name and sortable.

use super::model::{Dataset, IncubatorId, Phase, ServiceId};
use super::query::Situation;
use crate::text::search_key;

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
    name_key: String,
}

/// Columns the list can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Name,
    Incubator,
    Phase,
}

pub fn service_rows(dataset: &Dataset, situation: &Situation) -> Vec<ServiceRow> {
    situation
        .entries
        .iter()
        .map(|entry| {
            let service = entry.service;
            ServiceRow {
                id: service.id.clone(),
                name: service.name.clone(),
                incubators: service
                    .incubators
                    .iter()
                    .map(|id| (id.clone(), dataset.incubator_title(id).to_owned()))
                    .collect(),
                phase: entry.phase.clone(),
                pitch: service.pitch.clone(),
                sponsors: service.sponsors.iter().map(|id| dataset.organisation_name(id).to_owned()).collect(),
                link: service.link.as_deref().and_then(web_address).map(str::to_owned),
                page: service.beta_url(),
                name_key: format!("{} {}", search_key(&service.name), service.id.0),
            }
        })
        .collect()
}

/// `link` if it is an http(s) address, the only kind the page makes clickable.
pub fn web_address(link: &str) -> Option<&str> {
    let lower = link.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(link.trim())
}

/// The rows whose name (or id) contains `query` (case and accents ignored), sorted.
pub fn search_and_sort<'a>(rows: &'a [ServiceRow], query: &str, key: SortKey, ascending: bool) -> Vec<&'a ServiceRow> {
    let query = search_key(query);
    let mut found: Vec<&ServiceRow> = rows.iter().filter(|r| query.is_empty() || r.name_key.contains(&query)).collect();
    let incubator_key = |r: &ServiceRow| r.incubators.first().map(|(_, title)| search_key(title)).unwrap_or_default();
    match key {
        SortKey::Name => found.sort_by(|a, b| a.name_key.cmp(&b.name_key)),
        SortKey::Incubator => found.sort_by_cached_key(|r| (incubator_key(r), r.name_key.clone())),
        SortKey::Phase => found.sort_by(|a, b| a.phase.cmp(&b.phase).then_with(|| a.name_key.cmp(&b.name_key))),
    }
    if !ascending {
        found.reverse();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, name: &str, incubator: &str, phase: Phase) -> ServiceRow {
        ServiceRow {
            id: ServiceId(id.into()),
            name: name.into(),
            incubators: vec![(IncubatorId(incubator.into()), incubator.into())],
            phase,
            pitch: String::new(),
            sponsors: vec![],
            link: None,
            page: String::new(),
            name_key: format!("{} {id}", search_key(name)),
        }
    }

    fn rows() -> Vec<ServiceRow> {
        vec![
            row("mobilic", "Mobilic", "Fabrique", Phase::Acceleration),
            row("ecobalyse", "Écobalyse", "ADEME", Phase::Investigation),
            row("aides-jeunes", "1jeune1solution", "DINUM", Phase::Opere),
        ]
    }

    fn names(found: &[&ServiceRow]) -> Vec<String> {
        found.iter().map(|r| r.name.clone()).collect()
    }

    #[test]
    fn search_ignores_case_and_accents_and_matches_ids() {
        let rows = rows();
        assert_eq!(names(&search_and_sort(&rows, "ECOBAL", SortKey::Name, true)), ["Écobalyse"]);
        assert_eq!(names(&search_and_sort(&rows, "aides", SortKey::Name, true)), ["1jeune1solution"]);
        assert_eq!(search_and_sort(&rows, "", SortKey::Name, true).len(), 3);
        assert!(search_and_sort(&rows, "zzz", SortKey::Name, true).is_empty());
    }

    #[test]
    fn sorts_by_name_incubator_or_life_cycle_either_way() {
        let rows = rows();
        assert_eq!(
            names(&search_and_sort(&rows, "", SortKey::Name, true)),
            ["1jeune1solution", "Écobalyse", "Mobilic"]
        );
        assert_eq!(
            names(&search_and_sort(&rows, "", SortKey::Incubator, true)),
            ["Écobalyse", "1jeune1solution", "Mobilic"]
        );
        assert_eq!(
            names(&search_and_sort(&rows, "", SortKey::Phase, false)),
            ["1jeune1solution", "Mobilic", "Écobalyse"]
        );
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert_eq!(web_address(" https://mobilic.beta.gouv.fr "), Some("https://mobilic.beta.gouv.fr"));
        assert_eq!(web_address("HTTP://x.fr"), Some("HTTP://x.fr"));
        assert_eq!(web_address("javascript:alert(1)"), None);
        assert_eq!(web_address("mobilic.fr"), None);
    }
}
