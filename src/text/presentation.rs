//! The presentation and the time-lapse.

use super::figures::TODAY;
use super::format::format_date_long;

pub const PRESENTATION_TITLE: &str = "Présentation du tableau de bord de beta.gouv.fr";

pub const PREVIOUS_SLIDE: &str = "Diapositive précédente";

pub const NEXT_SLIDE: &str = "Diapositive suivante";

pub const PAUSE_SLIDES: &str = "Pause";

pub const RESUME_SLIDES: &str = "Reprendre";

pub const FULL_SCREEN: &str = "Plein écran";

/// The button that stops and restarts re-reading the data (`rafraichir`).
pub const STOP_REFRESH: &str = "Suspendre l'actualisation";
pub const RESUME_REFRESH: &str = "Reprendre l'actualisation";

/// The toggle of the one-letter shortcuts (pressed: on).
pub const LETTER_SHORTCUTS: &str = "Raccourcis F et P";

pub const LETTER_SHORTCUTS_HELP: &str = "F\u{a0}: plein écran, P\u{a0}: pause. Désactivez-les si une commande vocale ou une saisie les déclenche\u{a0}; les flèches, Page préc./suiv., Début et Fin restent actives.";

pub const PLAY: &str = "Lecture";

pub const PAUSE: &str = "Pause";

pub const TIMELAPSE_TITLE: &str = "Historique du programme, année par année";

pub const TIMELAPSE_HELP: &str = "Rejoue les services par incubateur et l'évolution du 1er janvier 2014 à aujourd'hui.";

/// What a screen reader hears when the slide changes: "Diapositive 2 sur 6 : Services par
/// incubateur" (the slide itself is not read out: a time-lapse would never stop talking).
pub fn slide_announcement(current: usize, count: usize, title: &str) -> String {
    format!("Diapositive {current} sur {count}\u{a0}: {title}")
}

/// "2 / 5".
pub fn slide_count(current: usize, count: usize) -> String {
    format!("{current}\u{a0}/\u{a0}{count}")
}

/// The date of a time-lapse frame, large: "1er janvier 2014", or "Aujourd'hui, 29 novembre 2026".
pub fn timelapse_date(date: crate::data::Date, today: crate::data::Date) -> String {
    if date == today { format!("{TODAY}, {}", format_date_long(date)) } else { format_date_long(date) }
}

/// The last bar of a chart folded to fit a screen, as written beside it: "12 autres".
pub fn other_bars(n: usize) -> String {
    format!("{n} autres")
}

/// The same bar in its tooltip and accessible name, naming what it stands for: "3 autres
/// (Accélérema, ALLiaNCE et Incubateur du MEFR (Bercy))".
pub fn other_bars_named(names: &[&str]) -> String {
    let list = match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} et {last}", rest.join(", ")),
        _ => names.concat(),
    };
    format!("{} ({list})", other_bars(names.len()))
}

/// A count of services each counted once, in a bar standing for several groups that share some:
/// "12 services distincts".
pub fn distinct_services(n: usize) -> String {
    format!("{} {}", super::format_count(n), super::plural(n, "service distinct", "services distincts"))
}
