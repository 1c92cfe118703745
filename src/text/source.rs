//! Where the data comes from and how fresh it is: the source line, updates, the offline copy.

use super::format::format_date_long;

pub const DATA_SOURCE: &str = "Source des données";

/// How `./dev data` names a copy of published files without a `source.json` of its own.
pub const PUBLISHED_COPY: &str = "Copie des données publiées par beta.gouv.fr";

/// How `./dev data --scale` names the synthetic copy it makes of `label`'s data.
pub fn synthetic_copy(label: &str, scale: usize) -> String {
    format!("Données synthétiques{}{label} × {scale}", super::COLON)
}

pub const SOURCE_BUNDLED_UNDESCRIBED: &str = "copie des données publiées par beta.gouv.fr, date inconnue.";

pub const SOURCE_COMMIT: &str = "version copiée";

pub const SOURCE_DATA_FILE: &str = "fichier des données (JSON)";

/// The bundled copy: "copie des données publiées par beta.gouv.fr, publiées le 20 août 2026 —".
pub fn source_bundled(label: &str, published: Option<crate::data::Date>) -> String {
    match published {
        Some(date) => format!("{label}, état du {}.", format_date_long(date)),
        None => format!("{label}, date inconnue."),
    }
}

/// The live API: "API en direct de beta.gouv.fr, modifiée le 20 août 2026."
pub fn source_live(last_modified: Option<crate::data::Date>) -> String {
    match last_modified {
        Some(date) => format!("API en direct de beta.gouv.fr, modifiée le {}.", format_date_long(date)),
        None => "API en direct de beta.gouv.fr, lue à l'ouverture de la page.".to_owned(),
    }
}

/// "Source\u{a0}: beta.gouv.fr, données du 20 août 2026", written in downloaded images.
pub fn source_short(published: Option<crate::data::Date>) -> String {
    match published {
        Some(date) => format!("Source\u{a0}: beta.gouv.fr, données du {}", format_date_long(date)),
        None => "Source\u{a0}: beta.gouv.fr".to_owned(),
    }
}

/// "14 h 05".
pub fn clock_time((hours, minutes): (u8, u8)) -> String {
    format!("{hours}\u{a0}h\u{a0}{minutes:02}")
}

/// "Mis à jour à 14 h 05".
pub fn updated_at(at: (u8, u8)) -> String {
    format!("Mis à jour à {}", clock_time(at))
}

/// "Échec de la mise à jour de 14 h 06 (…) : données de 14 h 05 affichées".
pub fn refresh_failed(at: (u8, u8), error: &str, shown: (u8, u8)) -> String {
    format!("Échec de la mise à jour de {} ({error})\u{a0}: données de {} affichées", clock_time(at), clock_time(shown))
}

pub const OFFLINE_HELP: &str = "Rechargez la page une fois en ligne pour les mettre à jour.";

pub const OFFLINE_UNAVAILABLE: &str = "Le mode hors ligne n'a pas pu être mis en place";

/// "données enregistrées par ce navigateur le 29 novembre 2026 à 14 h 05 (état du 20 août 2026)":
/// when the copy was saved, then the date of the data it holds, when known.
fn saved_data(copy: crate::data::SavedCopy, data_date: Option<crate::data::Date>) -> String {
    let saved = match copy.saved {
        Some(moment) => format!("le {} à {}", format_date_long(moment.date()), clock_time(moment.time())),
        None => "lors d'une visite précédente".to_owned(),
    };
    let state = data_date.map(|date| format!(" (état du {})", format_date_long(date))).unwrap_or_default();
    format!("données enregistrées par ce navigateur {saved}{state}")
}

/// "Hors ligne : données enregistrées par ce navigateur le 29 novembre 2026 à 14 h 05 (état du
/// 20 août 2026)." — said when the data came from the saved copy, the network having failed.
pub fn offline_notice(copy: crate::data::SavedCopy, data_date: Option<crate::data::Date>) -> String {
    format!("Hors ligne\u{a0}: {}.", saved_data(copy, data_date))
}

/// The presentation's status: "Hors ligne à 14 h 06 : données enregistrées par ce navigateur le
/// 29 novembre 2026 à 14 h 05 (état du 20 août 2026)".
pub fn refresh_offline(at: (u8, u8), copy: crate::data::SavedCopy, data_date: Option<crate::data::Date>) -> String {
    format!("Hors ligne à {}\u{a0}: {}", clock_time(at), saved_data(copy, data_date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refresh_messages_give_the_time_the_french_way() {
        assert_eq!(updated_at((14, 5)), "Mis à jour à 14\u{a0}h\u{a0}05");
        assert!(refresh_failed((9, 0), "HTTP 500", (8, 59)).ends_with("données de 8\u{a0}h\u{a0}59 affichées"));
    }

    #[test]
    fn offline_the_page_says_when_the_copy_was_saved_and_the_date_of_its_data() {
        use crate::data::{DateTime, SavedCopy};
        let saved = DateTime::new("2026-11-29".parse().unwrap(), 14, 5);
        let published = Some("2026-08-20".parse().unwrap());
        assert_eq!(
            offline_notice(SavedCopy { saved }, published),
            "Hors ligne\u{a0}: données enregistrées par ce navigateur le 29 novembre 2026 à 14\u{a0}h\u{a0}05 \
             (état du 20 août 2026)."
        );
        assert_eq!(
            refresh_offline((9, 0), SavedCopy { saved }, None),
            "Hors ligne à 9\u{a0}h\u{a0}00\u{a0}: données enregistrées par ce navigateur le 29 novembre 2026 à \
             14\u{a0}h\u{a0}05"
        );
        assert_eq!(
            offline_notice(SavedCopy { saved: None }, published),
            "Hors ligne\u{a0}: données enregistrées par ce navigateur lors d'une visite précédente (état du 20 août 2026)."
        );
    }
}
