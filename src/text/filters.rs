//! The filters: incubators, phases, years, and the parts of an address that could not be applied.

use super::format::format_count;
use super::format::plural;

pub const IGNORED_PARAMS: &str = "Une partie de l'adresse n'a pas pu être appliquée\u{a0}:";

/// What the page says of a URL value it ignored.
pub fn ignored_value(value: &crate::data::url_query::IgnoredValue) -> String {
    use crate::data::url_query::IgnoredValue;
    match value {
        IgnoredValue::UnknownIncubator(id) => format!("incubateur «\u{a0}{id}\u{a0}» inconnu\u{a0}: ignoré"),
        IgnoredValue::UnknownMinistry(id) => format!("ministère «\u{a0}{id}\u{a0}» inconnu\u{a0}: ignoré"),
        IgnoredValue::UnknownTheme(id) => format!("thématique «\u{a0}{id}\u{a0}» inconnue\u{a0}: ignorée"),
        IgnoredValue::UnknownPhase(name) => format!("phase «\u{a0}{name}\u{a0}» inconnue\u{a0}: ignorée"),
        IgnoredValue::BadYear(year) => {
            format!(
                "année «\u{a0}{year}\u{a0}» non reconnue ou hors des années couvertes\u{a0}: les chiffres sont ceux d'aujourd'hui"
            )
        }
        IgnoredValue::RejectedSource(source) => format!(
            "source «\u{a0}{source}\u{a0}» refusée\u{a0}: le tableau de bord ne lit que des données de beta.gouv.fr ou de ce site\u{a0}; il affiche celles qu'il publie"
        ),
        IgnoredValue::BadOption(param, value) => ignored_option(param, value),
    }
}

/// "valeur « rose » de « theme » non reconnue : ignorée".
pub fn ignored_option(param: &str, value: &str) -> String {
    format!("valeur «\u{a0}{value}\u{a0}» de «\u{a0}{param}\u{a0}» non reconnue\u{a0}: ignorée")
}

pub const FILTER_INCUBATOR: &str = "Incubateur";

pub const SEARCH_INCUBATOR: &str = "Rechercher un incubateur";

pub const FILTER_PHASE: &str = "Phase";

pub const FILTER_MINISTRY: &str = "Ministère";

pub const SEARCH_MINISTRY: &str = "Rechercher un ministère";

pub const FILTER_THEME: &str = "Thématique";

pub const SEARCH_THEME: &str = "Rechercher une thématique";

/// What the page says of a figure whose field the data's version does not publish (never 0).
pub const NOT_PUBLISHED: &str = "non publié par cette version des données";

/// The French name of a ministry, from its `domaine_ministeriel` slug; the slug itself for one
/// the dashboard does not know.
pub fn ministry_label(slug: &str) -> String {
    let label = match slug {
        crate::data::MinistryId::NOT_STATED => "Non renseigné",
        "affaires-etrangeres" => "Europe et affaires étrangères",
        "agriculture" => "Agriculture et alimentation",
        "armees" => "Armées",
        "autres" => "Autres",
        "bercy" => "Économie et finances",
        "culture" => "Culture",
        "education" => "Éducation nationale",
        "enseignement-sup" => "Enseignement supérieur et recherche",
        "environnement" => "Transition écologique",
        "interieur" => "Intérieur",
        "justice" => "Justice",
        "solidarite-sante" => "Solidarités et santé",
        "spm" => "Services du Premier ministre",
        "sport" => "Sports",
        "territoires" => "Cohésion des territoires",
        "travail" => "Travail et emploi",
        other => other,
    };
    label.to_owned()
}

pub const ACTIVE_FILTERS: &str = "Filtres actifs";

pub const RESET_FILTERS: &str = "Réinitialiser les filtres";

/// "22 incubateurs", or "2 sur 22 incubateurs" while searching.
pub fn incubators_listed(matching: usize, all: usize) -> String {
    listed(matching, all, "incubateur", "incubateurs")
}

/// "17 ministères", or "2 sur 17 ministères" while searching.
pub fn ministries_listed(matching: usize, all: usize) -> String {
    listed(matching, all, "ministère", "ministères")
}

/// "91 thématiques", or "3 sur 91 thématiques" while searching.
pub fn themes_listed(matching: usize, all: usize) -> String {
    listed(matching, all, "thématique", "thématiques")
}

fn listed(matching: usize, all: usize, one: &str, many: &str) -> String {
    if matching == all {
        format!("{} {}", format_count(all), plural(all, one, many))
    } else {
        format!("{} sur {} {}", format_count(matching), format_count(all), plural(all, one, many))
    }
}

/// " (2 actifs)" after "Filtres", or nothing.
pub fn active_filters_count(filter: &crate::data::Filter) -> String {
    let n = filter.incubators.len()
        + filter.ministries.len()
        + filter.themes.len()
        + filter.phases.len()
        + usize::from(filter.year.is_some());
    if n == 0 { String::new() } else { format!(" ({} {})", format_count(n), plural(n, "actif", "actifs")) }
}

/// "Bilan 2023", the chip of a selected year.
pub fn year_chip(year: i32) -> String {
    format!("Bilan {year}")
}

/// "Retirer le filtre DINUM".
pub fn remove_filter(label: &str) -> String {
    format!("Retirer le filtre {label}")
}
