//! What a page's first view says (its HTML, before the app runs): where the app cannot run, what
//! the page shows instead and what does nothing there. Each page says it of itself: the statement
//! needs no app and says nothing.

use crate::data::Date;
use crate::text::format_date_long;

/// The pages with a first view, as their notice speaks of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FirstViewPage {
    Explorer,
    Embed,
    Presentation,
    Bilan,
    /// The accessibility statement: text only, whole without the app.
    Statement,
}

/// What the page shows without its app, and what of it needs the app, for `day`.
fn shown_and_needing(page: FirstViewPage, day: Date) -> Option<(String, &'static str)> {
    let day = format_date_long(day);
    match page {
        FirstViewPage::Explorer => Some((
            format!("cette page montre sa vue par défaut, tous les services, situation au {day}"),
            "Les filtres, la recherche et le tri de la liste des services, les téléchargements et les paramètres d'une adresse partagée",
        )),
        FirstViewPage::Embed => Some((
            format!("cette page montre sa vue par défaut, tous les services, situation au {day}"),
            "Ses commandes et les paramètres de son adresse",
        )),
        FirstViewPage::Presentation => Some((
            format!("cette page montre sa vue par défaut, sa première diapositive, situation au {day}"),
            "Les autres diapositives, leurs commandes et les paramètres d'une adresse partagée",
        )),
        FirstViewPage::Bilan => Some((
            "cette page montre sa vue par défaut, le bilan de la dernière année écoulée".to_owned(),
            "Le choix de l'année, le bouton d'impression et les paramètres d'une adresse partagée",
        )),
        FirstViewPage::Statement => None,
    }
}

/// Without JavaScript (in `<noscript>`): the page shows its default view, said plainly, whatever
/// the address asks, and what does nothing there.
pub fn without_script(day: Date, page: FirstViewPage) -> Option<String> {
    shown_and_needing(page, day).map(|(shown, needing)| {
        format!("JavaScript est désactivé\u{a0}: {shown}. {needing} ont besoin de JavaScript et de WebAssembly.")
    })
}

/// In a browser that runs no WebAssembly (Lockdown Mode, a hardened policy): the same.
pub fn without_wasm(day: Date, page: FirstViewPage) -> Option<String> {
    shown_and_needing(page, day).map(|(shown, needing)| {
        format!("Ce navigateur n'exécute pas WebAssembly\u{a0}: {shown}. {needing} en ont besoin.")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_page_names_what_does_nothing_without_its_app_and_the_statement_says_nothing() {
        let day = Date::first_of_january(2026);
        let explorer = without_script(day, FirstViewPage::Explorer).unwrap();
        assert!(explorer.contains("la recherche et le tri de la liste"), "{explorer}");
        let bilan = without_wasm(day, FirstViewPage::Bilan).unwrap();
        assert!(bilan.contains("choix de l'année") && !bilan.contains("liste des services"), "{bilan}");
        let slides = without_script(day, FirstViewPage::Presentation).unwrap();
        assert!(slides.contains("première diapositive") && !slides.contains("filtres"), "{slides}");
        assert_eq!(without_script(day, FirstViewPage::Statement), None);
        assert_eq!(without_wasm(day, FirstViewPage::Statement), None);
    }
}
