//! The filters: incubators, phases, years, and the parts of an address that could not be applied.

use super::format::format_count;
use super::format::plural;

pub const IGNORED_PARAMS: &str = "Une partie de l'adresse n'a pas pu être appliquée\u{a0}:";

/// What the page says of a URL value it ignored.
pub fn ignored_value(value: &crate::data::query::url_query::IgnoredValue) -> String {
    use crate::data::query::url_query::IgnoredValue;
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
        IgnoredValue::BadBilanYear { raw, shown } => format!(
            "année «\u{a0}{raw}\u{a0}» non reconnue ou sans bilan (seules les années terminées que couvrent les données en ont un)\u{a0}: bilan {shown} affiché"
        ),
        IgnoredValue::RejectedSource(source) => format!(
            "source «\u{a0}{source}\u{a0}» refusée\u{a0}: le tableau de bord ne lit que des données de beta.gouv.fr ou de ce site\u{a0}; il affiche celles qu'il publie"
        ),
        IgnoredValue::BadOption(param, value) => ignored_option(param, value),
        IgnoredValue::Repeated { param, kept, ignored } => {
            let times = match ignored.len() + 1 {
                2 => "deux fois".to_owned(),
                3 => "trois fois".to_owned(),
                n => format!("{}\u{a0}fois", format_count(n)),
            };
            let shown: Vec<&str> = ignored.iter().take(MAX_IGNORED_SHOWN).map(String::as_str).collect();
            let others = ignored.len() - shown.len();
            let list = if others > 0 {
                format!("{} et {}\u{a0}{}", shown.join(", "), format_count(others), plural(others, "autre", "autres"))
            } else {
                match shown.split_last() {
                    Some((last, [])) => (*last).to_owned(),
                    Some((last, rest)) => format!("{} et {last}", rest.join(", ")),
                    None => String::new(),
                }
            };
            format!(
                "paramètre «\u{a0}{param}\u{a0}» donné {times}\u{a0}: {kept} retenu, {list} {}",
                plural(ignored.len(), "ignoré", "ignorés")
            )
        }
    }
}

/// The most values of an address the page lists when it ignores some (an address may carry
/// thousands): the others are counted.
pub const MAX_IGNORED_SHOWN: usize = 5;

/// The lines of the notice of ignored values: the first [`MAX_IGNORED_SHOWN`], then how many
/// others ("et 19 995 autres valeurs ignorées").
pub fn ignored_lines(values: &[crate::data::query::url_query::IgnoredValue]) -> Vec<String> {
    let mut lines: Vec<String> = values.iter().take(MAX_IGNORED_SHOWN).map(ignored_value).collect();
    let others = values.len().saturating_sub(MAX_IGNORED_SHOWN);
    if others > 0 {
        lines.push(format!(
            "et {}\u{a0}{}",
            format_count(others),
            plural(others, "autre valeur ignorée", "autres valeurs ignorées")
        ));
    }
    lines
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

/// "16 ministères", or "2 sur 16 ministères" while searching.
pub fn ministries_listed(matching: usize, all: usize) -> String {
    listed(matching, all, "ministère", "ministères")
}

/// "91 thématiques", or "3 sur 91 thématiques" while searching.
pub fn themes_listed(matching: usize, all: usize) -> String {
    listed(matching, all, "thématique", "thématiques")
}

/// "16 ministères, et « Non renseigné »": a list's count, and the value counted apart from the
/// others (the services whose sponsors name no ministry are not a ministry).
pub fn listed_with_apart(listed: &str, apart: &str) -> String {
    format!("{listed}, et «\u{a0}{apart}\u{a0}»")
}

/// What a folded filter says of its ticked values: nothing, "1 sélectionné", "2 sélectionnées".
pub fn ticked_values(n: usize, feminine: bool) -> String {
    let (one, many) =
        if feminine { ("sélectionnée", "sélectionnées") } else { ("sélectionné", "sélectionnés") };
    if n == 0 { String::new() } else { format!("{} {}", format_count(n), plural(n, one, many)) }
}

/// The link from the foot of the filters to the results.
pub const SEE_RESULTS: &str = "Voir les résultats";

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::query::url_query::IgnoredValue;

    #[test]
    fn a_folded_filter_says_how_many_of_its_values_are_ticked_in_their_gender() {
        assert_eq!(ticked_values(0, true), "");
        assert_eq!(ticked_values(1, false), "1 sélectionné");
        assert_eq!(ticked_values(2, true), "2 sélectionnées");
        assert_eq!(
            listed_with_apart(&ministries_listed(16, 16), "Non renseigné"),
            "16 ministères, et «\u{a0}Non renseigné\u{a0}»"
        );
    }

    #[test]
    fn the_notice_names_five_ignored_values_then_counts_the_others() {
        let values: Vec<IgnoredValue> = (0..20_000).map(|i| IgnoredValue::UnknownPhase(format!("x{i}"))).collect();
        let lines = ignored_lines(&values);
        assert_eq!(lines.len(), MAX_IGNORED_SHOWN + 1);
        assert_eq!(lines[0], "phase «\u{a0}x0\u{a0}» inconnue\u{a0}: ignorée");
        assert_eq!(lines[5], "et 19\u{202f}995\u{a0}autres valeurs ignorées");
        assert_eq!(ignored_lines(&values[..5]).len(), 5);
        assert_eq!(ignored_lines(&values[..6])[5], "et 1\u{a0}autre valeur ignorée");
    }

    #[test]
    fn a_repeated_parameter_says_which_value_was_kept_and_which_ignored() {
        let twice = IgnoredValue::Repeated { param: "annee", kept: "2020".into(), ignored: vec!["2023".into()] };
        assert_eq!(
            ignored_value(&twice),
            "paramètre «\u{a0}annee\u{a0}» donné deux fois\u{a0}: 2020 retenu, 2023 ignoré"
        );
        let thrice =
            IgnoredValue::Repeated { param: "tri", kept: "nom".into(), ignored: vec!["-phase".into(), "phase".into()] };
        assert_eq!(
            ignored_value(&thrice),
            "paramètre «\u{a0}tri\u{a0}» donné trois fois\u{a0}: nom retenu, -phase et phase ignorés"
        );
        let many = IgnoredValue::Repeated {
            param: "annee",
            kept: "2020".into(),
            ignored: (0..10).map(|i| (2010 + i).to_string()).collect(),
        };
        assert_eq!(
            ignored_value(&many),
            "paramètre «\u{a0}annee\u{a0}» donné 11\u{a0}fois\u{a0}: 2020 retenu, 2010, 2011, 2012, 2013, 2014 et 5\u{a0}autres ignorés"
        );
    }
}
