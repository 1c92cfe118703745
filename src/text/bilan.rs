//! The bilan of a year (`/bilan`): its title, its sections, the rule each states, its controls
//! and its printed footer.

use super::format::{format_count, format_date_long, format_eur, plural};
use crate::data::Date;

/// "Bilan 2023 : état des lieux au 1er janvier 2024".
pub fn bilan_title(year: i32) -> String {
    format!("Bilan {year}\u{a0}: état des lieux au {}", format_date_long(Date::first_of_january(year + 1)))
}

/// The browser tab's title: "Bilan 2023 (état des lieux au 1er janvier 2024) — Tableau de bord de beta.gouv.fr".
pub fn bilan_document_title(year: i32) -> String {
    format!(
        "Bilan {year} (état des lieux au {}) — {}",
        format_date_long(Date::first_of_january(year + 1)),
        super::APP_TITLE
    )
}

pub fn bilan_description(year: i32) -> String {
    format!(
        "Le bilan {year} de beta.gouv.fr, calculé à partir des données publiées\u{a0}: état des lieux, services par \
         incubateur, réseau, services lancés, FAST et transparence. Prêt à imprimer."
    )
}

/// The default description, before the data says which year is shown.
pub const BILAN_DESCRIPTION: &str = "Le bilan annuel de beta.gouv.fr, calculé à partir des données publiées\u{a0}: \
     état des lieux, services par incubateur, réseau, services lancés, FAST et transparence. Prêt à imprimer.";

/// Under the title: how the bilan is made.
pub const BILAN_INTRO: &str = "Ce bilan est calculé à partir des données publiées par beta.gouv.fr, avec les règles du \
     tableau de bord\u{a0}: chaque chiffre se retrouve dans l'explorateur pour la même année. Chaque année a son bilan, à sa propre \
     adresse\u{a0}: choisir une autre année l'affiche aussitôt à la place de celui-ci.";

/// The footer's link, and the explorer's for a year: "Bilan de l'année 2023".
pub fn bilan_link(year: i32) -> String {
    format!("Bilan de l'année {year}")
}

pub const FOOTER_BILAN: &str = "Bilan annuel";

pub const BILAN_CONTROLS: &str = "Choisir l'année et imprimer";

pub const BILAN_PRINT: &str = "Imprimer ou enregistrer en PDF";

/// "Explorer les chiffres de 2023": the explorer at the bilan's year.
pub fn bilan_explore(year: i32) -> String {
    format!("Explorer les chiffres de {year}")
}

/// When the data covers no whole year yet.
pub const BILAN_NO_YEAR: &str = "Les données ne couvrent encore aucune année entière\u{a0}: aucun bilan ne peut être \
     calculé.";

/// The printed footer of every page: "Bilan 2023 de beta.gouv.fr · Source : beta.gouv.fr, données du 20 août 2026".
pub fn bilan_print_footer(year: i32, source: &str) -> String {
    format!("Bilan {year} de beta.gouv.fr · {source}")
}

/// "Page 3 sur 9", in the printed footer (`page` and `pages` are CSS counters).
pub const PRINT_PAGE: &str = "Page ";
pub const PRINT_OF: &str = " sur ";

/// The short text alternative of a chart of the bilan (RGAA 1.1, 1.6): what it is, and where its
/// values are.
pub fn bilan_chart_label(title: &str) -> String {
    format!(
        "Graphique en barres «\u{a0}{title}\u{a0}»\u{a0}: ses valeurs sont dans le résumé qui le précède et le tableau qui le suit"
    )
}

// ---- Section 2 ----------------------------------------------------------------------------------

/// "État des lieux au 1er janvier 2024".
pub fn state_title(date: Date) -> String {
    format!("État des lieux au {}", format_date_long(date))
}

/// The rule of section 2.
pub fn state_rule(date: Date) -> String {
    format!(
        "Un service est compté dans la phase où il se trouve au {}\u{a0}: la dernière phase commencée à cette date. \
         En accompagnement\u{a0}: construction et accélération\u{a0}; pérennisés\u{a0}: consolidation, transféré et opéré.",
        format_date_long(date)
    )
}

pub const STATE_INVESTIGATIONS: &str = "Investigations en cours";

pub const STATE_COUNTED: &str = "Services en cours d'accompagnement ou pérennisés";

/// "1er janvier 2023 : 290".
pub fn state_before(previous: Date, count: usize) -> String {
    format!("{}\u{a0}: {}", format_date_long(previous), format_count(count))
}

/// "+12 en un an", "−3 en un an", "stable en un an".
pub fn change_in_a_year(before: usize, now: usize) -> String {
    match now.cmp(&before) {
        std::cmp::Ordering::Greater => format!("+{} en un an", format_count(now - before)),
        std::cmp::Ordering::Less => format!("\u{2212}{} en un an", format_count(before - now)),
        std::cmp::Ordering::Equal => "stable en un an".to_owned(),
    }
}

// ---- Section 3 ----------------------------------------------------------------------------------

pub const INCUBATORS_TITLE: &str = "Répartition des services par incubateur (hors investigations)";

pub fn incubators_rule(date: Date) -> String {
    format!(
        "Un service en accompagnement ou pérennisé au {} est compté dans chacun de ses incubateurs\u{a0}; les \
         investigations et les services abandonnés ne sont pas comptés.",
        format_date_long(date)
    )
}

// ---- Section 4 ----------------------------------------------------------------------------------

pub const NETWORK_TITLE: &str = "Le réseau";

pub fn network_rule(date: Date) -> String {
    format!(
        "Un incubateur fait partie du réseau s'il porte au moins un service en accompagnement ou pérennisé au {} \
         (les investigations ne comptent pas)\u{a0}; l'organisation qui le porte est celle que publie beta.gouv.fr.",
        format_date_long(date)
    )
}

/// "22 incubateurs portent au moins un service en accompagnement ou pérennisé."
pub fn network_count(incubators: usize) -> String {
    format!(
        "{} {} au moins un service en accompagnement ou pérennisé.",
        format_count(incubators),
        plural(incubators, "incubateur porte", "incubateurs portent")
    )
}

pub fn network_caption(date: Date) -> String {
    format!("Incubateurs du réseau et organisations qui les portent — situation au {}", format_date_long(date))
}

pub const COLUMN_OWNER: &str = "Organisation qui le porte";

/// An organisation's name with its acronym: "Direction interministérielle du numérique (DINUM)".
pub fn organisation_with_acronym(name: &str, acronym: Option<&str>) -> String {
    match acronym {
        Some(acronym) if acronym != name && !name.contains(acronym) => format!("{name} ({acronym})"),
        _ => name.to_owned(),
    }
}

/// An incubator whose data names no owner.
pub const OWNER_NOT_STATED: &str = "Non renseignée";

// ---- Section 5 ----------------------------------------------------------------------------------

/// "Les services lancés en 2023".
pub fn launches_title(year: i32) -> String {
    format!("Les services lancés en {year}")
}

pub fn launches_rule(year: i32, date: Date) -> String {
    format!(
        "Un service est lancé en {year} si sa première phase de construction commence en {year}\u{a0}; il est encore \
         actif s'il est en accompagnement ou pérennisé au {}.",
        format_date_long(date)
    )
}

/// "42 services lancés en 2023, dont 38 encore actifs au 1er janvier 2024."
pub fn launches_count(launched: usize, active: usize, year: i32, date: Date) -> String {
    if launched == 0 {
        return format!("Aucun service lancé en {year}.");
    }
    format!(
        "{} {} en {year}, dont {} encore {} au {}.",
        format_count(launched),
        plural(launched, "service lancé", "services lancés"),
        format_count(active),
        plural(active, "actif", "actifs"),
        format_date_long(date)
    )
}

pub fn launches_caption(year: i32) -> String {
    format!("Services lancés en {year}")
}

pub const COLUMN_LAUNCHED: &str = "Début de la construction";

/// "Au 1er janvier 2024".
pub fn column_phase_on(date: Date) -> String {
    format!("Au {}", format_date_long(date))
}

pub const ACTIVE: &str = "actif";

pub const NOT_ACTIVE: &str = "plus actif";

/// The phase of a launched service on the date and whether it is still active: "Accélération (actif)".
pub fn launch_status(phase: Option<&str>, active: bool) -> String {
    let status = if active { ACTIVE } else { NOT_ACTIVE };
    match phase {
        Some(phase) => format!("{phase} ({status})"),
        None => status.to_owned(),
    }
}

// ---- Section 6 ----------------------------------------------------------------------------------

/// "Le FAST en 2023".
pub fn fast_title(year: i32) -> String {
    format!("Le FAST en {year}")
}

pub const FAST_RULE: &str = "Une promotion du Fonds d'accélération des startups d'État (FAST) compte pour l'année de \
     son mois\u{a0}; chaque lauréat compte une fois, avec le montant que publie beta.gouv.fr (fast.json).";

/// "2 promotions : FAST 12 - Janvier 2023 et FAST 13 - Septembre 2023."
pub fn fast_promotions(titles: &[String]) -> String {
    let list = match titles.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} et {last}", rest.join(", ")),
        _ => titles.concat(),
    };
    format!("{} {}\u{a0}: {list}.", format_count(titles.len()), plural(titles.len(), "promotion", "promotions"))
}

/// "No promotion in 2021."
pub fn fast_none(year: i32) -> String {
    format!("Aucune promotion FAST en {year}.")
}

/// A promotion's heading: "FAST 12 - Janvier 2023 : 9 lauréats, 2 310 000 €".
pub fn promotion_heading(name: &str, laureates: usize, amount: u64) -> String {
    format!(
        "{name}\u{a0}: {} {}, {}",
        format_count(laureates),
        plural(laureates, "lauréat", "lauréats"),
        format_eur(amount)
    )
}

pub fn promotion_caption(name: &str) -> String {
    format!("Lauréats de {name}")
}

pub const COLUMN_LAUREATE: &str = "Lauréat";

// ---- Section 7 ----------------------------------------------------------------------------------

pub const TRANSPARENCY_TITLE: &str = "Transparence";

/// The transparency block's first line, in the bilan: (its bar, its full name).
pub const BILAN_TRANSPARENCY_TOTAL: (&str, &str) = ("Services comptés", "Services en accompagnement ou pérennisés");

pub fn transparency_rule(date: Date, published: Option<Date>) -> String {
    let links = match published {
        Some(published) => format!("tels que publiés au {}", format_date_long(published)),
        None => "tels que publiés aujourd'hui".to_owned(),
    };
    format!(
        "Pour les services en accompagnement ou pérennisés au {}\u{a0}: ce qu'ils publient (liens {links}, non \
         datés) et l'accessibilité qu'ils déclarent.",
        format_date_long(date)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> String {
        text.replace(['\u{a0}', '\u{202f}'], " ")
    }

    #[test]
    fn the_title_names_the_year_and_the_first_of_january_after_it() {
        assert_eq!(plain(&bilan_title(2023)), "Bilan 2023 : état des lieux au 1er janvier 2024");
        assert!(bilan_document_title(2023).ends_with("— Tableau de bord de beta.gouv.fr"));
    }

    #[test]
    fn a_change_in_a_year_is_signed_or_stable() {
        assert_eq!(change_in_a_year(290, 302), "+12 en un an");
        assert_eq!(change_in_a_year(1300, 1297), "\u{2212}3 en un an");
        assert_eq!(change_in_a_year(5, 5), "stable en un an");
        assert_eq!(plain(&change_in_a_year(0, 1200)), "+1 200 en un an");
    }

    #[test]
    fn counts_agree_with_their_number() {
        assert_eq!(network_count(1), "1 incubateur porte au moins un service en accompagnement ou pérennisé.");
        assert_eq!(
            plain(&launches_count(1, 0, 2023, Date::first_of_january(2024))),
            "1 service lancé en 2023, dont 0 encore actif au 1er janvier 2024."
        );
        assert_eq!(launches_count(0, 0, 2023, Date::first_of_january(2024)), "Aucun service lancé en 2023.");
        assert_eq!(plain(&fast_promotions(&["A".into(), "B".into(), "C".into()])), "3 promotions : A, B et C.");
        assert_eq!(plain(&fast_promotions(&["A".into()])), "1 promotion : A.");
        assert_eq!(plain(&promotion_heading("FAST 12", 9, 2_310_000)), "FAST 12 : 9 lauréats, 2 310 000 €");
    }

    #[test]
    fn an_acronym_is_added_unless_the_name_has_it() {
        assert_eq!(
            organisation_with_acronym("Direction interministérielle du numérique", Some("DINUM")),
            "Direction interministérielle du numérique (DINUM)"
        );
        assert_eq!(organisation_with_acronym("France travail", Some("France travail")), "France travail");
        assert_eq!(organisation_with_acronym("Incubateur (ANCT)", Some("ANCT")), "Incubateur (ANCT)");
        assert_eq!(organisation_with_acronym("Agence", None), "Agence");
    }
}
