//! The key figures and the situation at a date: phases, promotions, years.

use super::format::format_count;
use super::format::format_date_long;
use super::format::plural;
use crate::data::Phase;
use crate::data::PhaseGroup;

pub const KEY_FIGURES: &str = "Chiffres clés";

pub const INVESTIGATIONS: &str = "En investigation";

pub const ACCOMPANIMENT: &str = "En accompagnement";

pub const PERENNIAL: &str = "Pérennisés";

pub const ABANDONED: &str = "Abandonnés";

pub const ACCOMPANIED_OR_PERENNIAL: &str = "En accompagnement ou pérennisés";

pub const TOTAL_IN_PROGRAMME: &str = "Total, tous états confondus";

pub const OTHER_PHASES: &str = "Autres phases";

pub const UNKNOWN_PROMOTION: &str = "Promotion inconnue";

pub const NO_INCUBATOR: &str = "Sans incubateur";

pub const YEAR_LABEL: &str = "Année";

pub const TODAY: &str = "Aujourd'hui";

/// "Situation au 1er janvier 2024 (bilan 2023)", "Situation au 28 novembre 2026 (aujourd'hui)", or
/// for the current year, not over yet, "Situation au 28 novembre 2026 (année 2026 en cours)".
pub fn situation_caption(year: Option<i32>, date: crate::data::Date) -> String {
    match year {
        Some(year) if date == crate::data::Date::first_of_january(year + 1) => {
            format!("{} (bilan {year})", situation_on(date))
        }
        Some(year) => format!("{} (année {year} en cours)", situation_on(date)),
        None => format!("{} (aujourd'hui)", situation_on(date)),
    }
}

/// "2023 (au 1er janvier 2024)", an entry of the year selector; "2026 (en cours)" for a year not over.
pub fn year_option(year: i32, today: crate::data::Date) -> String {
    let end = crate::data::Date::first_of_january(year + 1);
    if end > today { format!("{year} (en cours)") } else { format!("{year} (au {})", format_date_long(end)) }
}

/// "3 services sont dans une phase hors des quatre groupes (…)".
pub fn other_phases_note(count: usize) -> String {
    format!(
        "{} {} dans une phase hors des quatre groupes (ancien nom ou phase inconnue)\u{a0}: {} dans le total seulement.",
        format_count(count),
        plural(count, "service est", "services sont"),
        plural(count, "compté", "comptés")
    )
}

/// "Situation au 1er janvier 2024".
pub fn situation_on(date: crate::data::Date) -> String {
    format!("Situation au {}", format_date_long(date))
}

/// "FAST 13", the name of a promotion known only by its number.
pub fn fast_promotion_title(number: u32) -> String {
    format!("FAST {number}")
}

/// What a promotion is called: its published title, else "FAST 13", else "Promotion inconnue".
pub fn promotion_name(number: Option<u32>, title: Option<&str>) -> String {
    match (title, number) {
        (Some(title), _) => title.to_owned(),
        (None, Some(number)) => fast_promotion_title(number),
        (None, None) => UNKNOWN_PROMOTION.to_owned(),
    }
}

/// The label of a phase, as beta.gouv.fr writes it; unknown names as written.
pub fn phase_label(phase: &Phase) -> &str {
    match phase {
        Phase::Investigation => "Investigation",
        Phase::Construction => "Construction",
        Phase::Acceleration => "Accélération",
        Phase::Consolidation => "Consolidation",
        Phase::Success => "Pérennisé (ancien nom)",
        Phase::Transfere => "Transféré",
        Phase::Transfer => "Transféré (ancien nom)",
        Phase::Opere => "Opéré",
        Phase::Alumni => "Partenariat terminé (ancien nom)",
        Phase::AbandonInvestigation => "Abandon en investigation",
        Phase::Abandon => "Abandon",
        Phase::Other(name) => name,
    }
}

pub fn phase_group_label(group: PhaseGroup) -> &'static str {
    match group {
        PhaseGroup::Investigation => INVESTIGATIONS,
        PhaseGroup::Accompaniment => ACCOMPANIMENT,
        PhaseGroup::Perennial => PERENNIAL,
        PhaseGroup::Abandoned => ABANDONED,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_current_phase_has_a_french_label() {
        for phase in Phase::CURRENT {
            assert_ne!(phase_label(&phase), phase.name(), "{phase} keeps its code name");
        }
        assert_eq!(phase_label(&Phase::Other("pivot".into())), "pivot");
    }
}
