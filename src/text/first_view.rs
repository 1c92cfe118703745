//! What a page's first view says (its HTML, before the app runs): where the app cannot run, what
//! the page shows instead.

use crate::data::Date;
use crate::text::format_date_long;

/// Without JavaScript (in `<noscript>`): the page shows its default view, said plainly, whatever
/// the address asks.
pub fn without_script(day: Date) -> String {
    format!(
        "JavaScript est désactivé\u{a0}: cette page montre sa vue par défaut, tous les services, situation au {}. \
         Les filtres, la recherche et le tri de la liste des services, les téléchargements et les paramètres d'une adresse partagée ont besoin de JavaScript et de WebAssembly.",
        format_date_long(day)
    )
}

/// In a browser that runs no WebAssembly (Lockdown Mode, a hardened policy): the same.
pub fn without_wasm(day: Date) -> String {
    format!(
        "Ce navigateur n'exécute pas WebAssembly\u{a0}: cette page montre sa vue par défaut, tous les services, situation au {}. \
         Les filtres, la recherche et le tri de la liste des services, les téléchargements et les paramètres d'une adresse partagée en ont besoin.",
        format_date_long(day)
    )
}
