//! The services list: its columns, counts, pages and links.

use super::format::format_count;
use super::format::plural;

pub const SERVICES_TITLE: &str = "Liste des services";

pub const SEARCH_SERVICE: &str = "Rechercher un service par son nom";

pub const COLUMN_SERVICE: &str = "Service";

pub const COLUMN_PHASE: &str = "Phase";

pub const COLUMN_PITCH: &str = "En bref";

pub const COLUMN_LINKS: &str = "Liens";

pub const SERVICE_SITE: &str = "Site";

pub const SERVICE_PAGE: &str = "Fiche beta.gouv.fr";

/// "12 services", said for a count in parentheses.
pub fn services_count_label(n: usize) -> String {
    format!("{} {}", format_count(n), plural(n, "service", "services"))
}

/// "124 services correspondent".
pub fn matching_services(n: usize) -> String {
    format!("{} {}", format_count(n), plural(n, "service correspond", "services correspondent"))
}

/// "124 services", or "45 services sur 124" while searching.
pub fn services_listed(shown: usize, all: usize) -> String {
    if shown == all {
        format!("{} {}", format_count(all), plural(all, "service", "services"))
    } else {
        format!("{} sur {}", services_count_label(shown), format_count(all))
    }
}

/// "Liste des services — situation au 1er janvier 2024 (bilan 2023)", the list's caption.
pub fn services_caption(situation: &str) -> String {
    let mut chars = situation.chars();
    let lowered: String = chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default();
    format!("{SERVICES_TITLE} — {lowered}")
}

pub const PAGINATION: &str = "Pages de la liste des services";

pub const FIRST_PAGE: &str = "Première page";

pub const PREVIOUS_PAGE: &str = "Page précédente";

pub const NEXT_PAGE: &str = "Page suivante";

pub const LAST_PAGE: &str = "Dernière page";

/// "Page 3", a page link's title.
pub fn page_title(number: usize) -> String {
    format!("Page {}", format_count(number))
}

/// "Services 101 à 150 sur 662", above the pagination (`first` and `last` from 1).
pub fn page_range(first: usize, last: usize, all: usize) -> String {
    if first == last {
        format!("Service {} sur {}", format_count(first), format_count(all))
    } else {
        format!("Services {} à {} sur {}", format_count(first), format_count(last), format_count(all))
    }
}

/// "Liste des services, page 3 sur 14": the name of the list's table, where the focus goes when
/// the page changes.
pub fn services_page_label(page: usize, pages: usize) -> String {
    if pages <= 1 {
        SERVICES_TITLE.to_owned()
    } else {
        format!("{SERVICES_TITLE}, page {} sur {}", format_count(page), format_count(pages))
    }
}

pub fn service_site_label(name: &str) -> String {
    format!("Site de {name}")
}

pub fn service_page_label(name: &str) -> String {
    format!("{SERVICE_PAGE} de {name}")
}

/// "Sponsors\u{a0}: DINUM, ANCT".
pub fn sponsors_line(sponsors: &[String]) -> String {
    format!("{}\u{a0}: {}", plural(sponsors.len(), "Sponsor", "Sponsors"), sponsors.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_the_list_says_which_services_it_shows() {
        assert_eq!(page_range(101, 150, 662), "Services 101 à 150 sur 662");
        assert_eq!(page_range(651, 651, 651), "Service 651 sur 651");
        assert_eq!(page_range(1, 50, 66_200), "Services 1 à 50 sur 66\u{202f}200");
        assert_eq!(services_page_label(3, 14), "Liste des services, page 3 sur 14");
        assert_eq!(services_page_label(1, 1), "Liste des services", "one page needs no number");
    }
}
