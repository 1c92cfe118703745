//! Every word the dashboard shows, in French, in one place: labels, messages, and the wording of
//! the load report. Code names stay in English; what people read is here.

mod format;

use std::fmt;

pub use crate::data::fold::{fold_accent, search_key, slug, without_article};
pub use format::{UNIT_SPACE, format_count, format_date_long, format_eur, format_int, format_month, plural};

use crate::data::{
    DataFile, Encoding, FetchError, FileStatus, FormatError, JsonErrorKind, JsonKind, LoadError, Outcome, Phase,
    PhaseGroup, Problem, Section,
};

pub mod accessibility;

pub const APP_TITLE: &str = "Tableau de bord de beta.gouv.fr";
pub const APP_SUBTITLE: &str = "Les services numériques publics incubés par beta.gouv.fr et leur financement FAST";
pub const LOADING: &str = "Chargement des données…";
pub const LOADING_SLOW: &str = "Le serveur de données tarde à répondre\u{202f}; le chargement continue…";
pub const LOAD_FAILED: &str = "Les données n'ont pas pu être chargées";
pub const RETRY: &str = "Réessayer";
pub const CRASH_TITLE: &str = "Le tableau de bord s'est arrêté";
pub const CRASH_BODY: &str = "Une erreur l'a interrompu (le navigateur a pu manquer de mémoire, ou une donnée a pris le programme en défaut). Réessayer recharge la page\u{a0}; les données publiées restent disponibles sur beta.gouv.fr.";
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
pub const DATA_SOURCE: &str = "Source des données";
pub const LOAD_REPORT: &str = "Rapport de chargement";
pub const LOAD_REPORT_CLEAN: &str = "Toutes les données publiées ont été lues sans anomalie.";
pub const YEAR_LABEL: &str = "Année";
pub const TODAY: &str = "Aujourd'hui";
pub const SKIP_TO_CONTENT: &str = "Aller au contenu";
pub const SKIP_TO_CHARTS: &str = "Aller aux graphiques";
pub const SKIP_LINKS: &str = "Accès rapide";
pub const MARIANNE_1: &str = "République";
pub const MARIANNE_2: &str = "Française";
pub const HOME_LINK_TITLE: &str = "Accueil — tableau de bord de beta.gouv.fr";
/// A colon as French typography writes it, after a no-break space.
pub const COLON: &str = "\u{a0}: ";
pub const NO_ID: &str = "sans identifiant";
pub const UNKNOWN: &str = "inconnu";

pub const HOME_TITLE: &str = "Les startups d'État en chiffres";
pub const FILTERS_LABEL: &str = "Filtres";
/// What a reader can do about a load failure, by its cause.
pub fn load_failed_help(error: &LoadError) -> &'static str {
    match error {
        LoadError::Unavailable(_, FetchError::Network(_) | FetchError::Timeout(_) | FetchError::Pending) => {
            "Vérifiez votre connexion puis réessayez. Si le problème persiste, les données restent consultables sur beta.gouv.fr."
        }
        LoadError::Unavailable(_, FetchError::Status(404)) => {
            "Le fichier n'est pas à cette adresse\u{202f}: vérifiez le paramètre «\u{a0}source\u{a0}» de l'adresse, ou signalez-le aux responsables du site."
        }
        LoadError::Unavailable(_, FetchError::Status(_)) => {
            "Le serveur est en difficulté\u{202f}: réessayez dans quelques minutes. Les données restent consultables sur beta.gouv.fr."
        }
        LoadError::Unavailable(_, FetchError::TooLarge { .. }) => {
            "Le tableau de bord lit d'ordinaire une version compacte des données (quelques centaines de ko)\u{202f}: vérifiez le paramètre «\u{a0}source\u{a0}» de l'adresse."
        }
        LoadError::Malformed(_, FormatError::Html) => {
            "L'adresse mène à une page web et non au fichier de données\u{202f}: vérifiez le paramètre «\u{a0}source\u{a0}» de l'adresse."
        }
        LoadError::Malformed(_, FormatError::Encoding(Encoding::Gzip)) => {
            "Le serveur doit envoyer ce fichier avec l'en-tête «\u{a0}Content-Encoding: gzip\u{a0}», ou non compressé\u{202f}: signalez-le aux responsables du site."
        }
        LoadError::Malformed(_, FormatError::Encoding(_)) => {
            "Le fichier doit être enregistré en UTF-8 (ou UTF-16)\u{202f}: signalez-le aux responsables du site."
        }
        LoadError::Malformed(_, FormatError::UnsupportedFormat { .. }) => {
            "Ce fichier vient d'une version plus récente du tableau de bord\u{202f}: rechargez la page pour obtenir la dernière version."
        }
        LoadError::Malformed(_, FormatError::Syntax { kind: JsonErrorKind::UnexpectedEnd, .. }) => {
            "Le fichier est incomplet\u{202f}: réessayer peut suffire s'il a été coupé en route\u{202f}; sinon il doit être publié à nouveau."
        }
        LoadError::Malformed(_, FormatError::Syntax { .. }) => {
            "Le fichier n'est pas du JSON valide à l'endroit indiqué\u{202f}: il doit être corrigé puis publié à nouveau."
        }
        LoadError::Malformed(_, FormatError::Shape { .. } | FormatError::Field { .. }) => {
            "C'est du JSON, mais pas de la forme des données de beta.gouv.fr\u{202f}: vérifiez le paramètre «\u{a0}source\u{a0}» de l'adresse, ou signalez-le aux responsables du site."
        }
        LoadError::Reader(_) => {
            "Rechargez la page\u{202f}; si le problème persiste, le site sert mal le lecteur des fichiers publiés (reader_loader.js, reader.js, reader_bg.wasm)\u{202f}: signalez-le à ses responsables. Les données compactes du tableau de bord, sans paramètre «\u{a0}source\u{a0}», restent lisibles."
        }
    }
}
pub const FOOTER_ABOUT: &str = "Tableau de bord des données publiques de";
pub const FOOTER_OPEN_DATA: &str = "Données ouvertes (API)";
/// The RGAA status: without an audit, a site is "non conforme" (RGAA 4.1, section 3).
pub const ACCESSIBILITY_STATUS: &str = "Accessibilité\u{a0}: non conforme";
pub const FOOTER_PRESENTATION: &str = "Mode présentation";
pub const FOOTER_LICENCE: &str = "Sauf mention contraire, les contenus de ce site sont sous licence etalab-2.0. Les données viennent de beta.gouv.fr.";
pub const SOURCE_BUNDLED_UNDESCRIBED: &str = "copie des données publiées par beta.gouv.fr, date inconnue.";
pub const SOURCE_COMMIT: &str = "version copiée";
pub const SOURCE_DATA_FILE: &str = "fichier des données (JSON)";
pub const LOAD_REPORT_COUNTS: &str = "Enregistrements lus, gardés, réparés et écartés, par fichier";
pub const LOAD_REPORT_ISSUES: &str = "Détail des anomalies";
pub const REPORT_SECTION: &str = "Fichier\u{a0}: liste";
/// The same, as the label of a field of an anomaly's card on a phone.
pub const REPORT_LIST: &str = "Liste";
pub const REPORT_READ: &str = "Lus";
pub const REPORT_KEPT: &str = "Gardés";
pub const REPORT_REPAIRED: &str = "dont réparés";
pub const REPORT_SKIPPED: &str = "Écartés";
pub const REPORT_POSITION: &str = "N°";
pub const REPORT_ID: &str = "Identifiant";
pub const REPORT_OUTCOME: &str = "Sort";
pub const REPORT_REASON: &str = "Raison";
pub const IGNORED_PARAMS: &str = "Une partie de l'adresse n'a pas pu être appliquée\u{a0}:";
pub const NOT_FOUND_TITLE: &str = "Page introuvable";
pub const NOT_FOUND_BODY: &str = "Cette adresse ne correspond à aucune page du tableau de bord.";
pub const BACK_HOME: &str = "Retour au tableau de bord";

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

/// "1 fichier non lu, 2 anomalies".
pub fn load_report_summary(report: &crate::data::LoadReport) -> String {
    let issues = report.issue_count();
    let files = report.files.iter().filter(|f| f.status != FileStatus::Read).count();
    let mut parts = Vec::new();
    if files > 0 {
        parts.push(format!("{} {}", format_count(files), plural(files, "fichier non lu", "fichiers non lus")));
    }
    if issues > 0 {
        parts.push(format!("{} {}", format_count(issues), plural(issues, "anomalie", "anomalies")));
    }
    parts.join(", ")
}

/// What the page says of a URL value it ignored.
pub fn ignored_value(value: &crate::data::url_query::IgnoredValue) -> String {
    use crate::data::url_query::IgnoredValue;
    match value {
        IgnoredValue::UnknownIncubator(id) => format!("incubateur «\u{a0}{id}\u{a0}» inconnu\u{a0}: ignoré"),
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

pub const CHART_INCUBATORS: &str = "Services par incubateur";
pub const CHART_FUNDING: &str = "Financement FAST par promotion";
pub const CHART_FUNDING_BY_INCUBATOR: &str = "Financement FAST par incubateur";
pub const CHART_EVOLUTION: &str = "Évolution des services par phase";
pub const COLUMN_INCUBATOR: &str = "Incubateur";
pub const COLUMN_TOTAL: &str = "Total";
pub const COLUMN_PROMOTION: &str = "Promotion";
pub const COLUMN_MONTH: &str = "Date";
pub const COLUMN_AMOUNT: &str = "Montant (€)";
pub const COLUMN_LAUREATES: &str = "Lauréats";
pub const COLUMN_UNKNOWN_AMOUNT: &str = "dont montant inconnu";
pub const COLUMN_DATE: &str = "Date";
pub const NO_SERVICE: &str = "Aucun service ne correspond à ces filtres.";
pub const NO_FAST: &str = "Aucun lauréat FAST ne correspond à ces filtres.";
pub const TODAY_SHORT: &str = "Auj.";
pub const UNKNOWN_SHORT: &str = "Inconnue";

/// "Services par incubateur — situation au 1er janvier 2024".
pub fn chart_caption(title: &str, date: crate::data::Date) -> String {
    format!("{title} — situation au {}", format_date_long(date))
}

/// "Financement FAST par promotion — promotions de 2023" (or "— toutes les promotions").
pub fn funding_caption(title: &str, year: Option<i32>) -> String {
    match year {
        Some(year) => format!("{title} — promotions de {year}"),
        None => format!("{title} — toutes les promotions"),
    }
}

/// "9 lauréats" or "9 lauréats, dont 1 au montant inconnu".
pub fn laureates_note(laureates: usize, unknown: usize) -> String {
    let base = format!("{} {}", format_count(laureates), plural(laureates, "lauréat", "lauréats"));
    if unknown == 0 { base } else { format!("{base}, dont {} au montant inconnu", format_count(unknown)) }
}

/// "4 160 000 € pour 46 lauréats." then, if some amounts are unknown, how they are counted.
pub fn funding_summary(amount: u64, laureates: usize, unknown: usize) -> String {
    if laureates == 0 {
        return NO_FAST.to_owned();
    }
    let mut text = format!("{} pour {}.", format_eur(amount), laureates_note(laureates, 0));
    if unknown > 0 {
        text.push_str(&format!(
            " {} {} au montant inconnu\u{a0}: {} dans le nombre de lauréats, pas dans les montants.",
            format_count(unknown),
            plural(unknown, "lauréat", "lauréats"),
            plural(unknown, "compté", "comptés"),
        ));
    }
    text
}

/// "Les lauréats de FAST 1 à FAST 11 ne sont pas publiés dans les données."
pub fn unpublished_promotions(numbers: &[u32]) -> String {
    // Runs of consecutive numbers: "FAST 1 à FAST 4"; pairs and single ones are listed.
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < numbers.len() {
        let mut j = i;
        while j + 1 < numbers.len() && numbers[j + 1] == numbers[j] + 1 {
            j += 1;
        }
        if j - i >= 2 {
            parts.push(format!("{} à {}", fast_promotion_title(numbers[i]), fast_promotion_title(numbers[j])));
        } else {
            parts.extend(numbers[i..=j].iter().map(|&n| fast_promotion_title(n)));
        }
        i = j + 1;
    }
    let list = match parts.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} et {last}", rest.join(", ")),
        _ => parts.concat(),
    };
    format!("Les lauréats de {list} ne sont pas publiés dans les données.")
}

/// "21 incubateurs\u{202f}; le plus grand, L'Incubateur des Territoires (ANCT), compte 106 services."
pub fn incubators_summary(incubators: usize, largest: &str, largest_total: usize) -> String {
    format!(
        "{} {}\u{202f}; le plus grand, {largest}, compte {} {}.",
        format_count(incubators),
        plural(incubators, "incubateur", "incubateurs"),
        format_count(largest_total),
        plural(largest_total, "service", "services")
    )
}

/// "Bilan 2023 (1er janvier 2024)" or "Aujourd'hui (28 novembre 2026)".
pub fn evolution_point(year: Option<i32>, date: crate::data::Date) -> String {
    match year {
        Some(year) => format!("Bilan {year} ({})", format_date_long(date)),
        None => format!("{TODAY} ({})", format_date_long(date)),
    }
}

/// "De 4 services au 1er janvier 2014 à 662 aujourd'hui, tous états confondus."
/// "De 4 services au 1er janvier 2014 à 662 aujourd'hui" (`to` is None for today, else the
/// last bilan's date).
pub fn evolution_summary(
    from: crate::data::Date,
    from_total: usize,
    to: Option<crate::data::Date>,
    to_total: usize,
) -> String {
    let when = to.map_or_else(|| "aujourd'hui".to_owned(), |date| format!("au {}", format_date_long(date)));
    format!(
        "De {} {} au {} à {} {when}, tous états confondus.",
        format_count(from_total),
        plural(from_total, "service", "services"),
        format_date_long(from),
        format_count(to_total)
    )
}

pub const CHART_DRAW_FAILED: &str = "Le graphique n'a pas pu être dessiné";
pub const TABLE_VIEW: &str = "Vue tableau";
pub const DOWNLOAD_CSV: &str = "Données (CSV)";
pub const DOWNLOAD_PNG: &str = "Image (PNG)";
pub const CHART_PIECES: &str = "barres du graphique (flèches pour passer de l'une à l'autre)";
pub const FILTER_INCUBATOR: &str = "Incubateur";
pub const SEARCH_INCUBATOR: &str = "Rechercher un incubateur";
pub const FILTER_PHASE: &str = "Phase";
pub const ACTIVE_FILTERS: &str = "Filtres actifs";
pub const RESET_FILTERS: &str = "Réinitialiser les filtres";
pub const SERVICES_TITLE: &str = "Liste des services";
pub const SEARCH_SERVICE: &str = "Rechercher un service par son nom";
pub const COLUMN_SERVICE: &str = "Service";
pub const COLUMN_PHASE: &str = "Phase";
pub const COLUMN_PITCH: &str = "En bref";
pub const COLUMN_LINKS: &str = "Liens";
pub const SERVICE_SITE: &str = "Site";
pub const SERVICE_PAGE: &str = "Fiche beta.gouv.fr";
pub const HINT_FOCUS_INCUBATOR: &str =
    "Cliquer sur une barre (ou Entrée) affiche seulement cet incubateur\u{202f}; un second clic les affiche tous.";
pub const HINT_PICK_PROMOTION_YEAR: &str =
    "Cliquer sur une barre (ou Entrée) affiche l'année de cette promotion, quand sa date est connue.";
pub const HINT_PICK_YEAR: &str = "Cliquer sur une barre (ou Entrée) affiche les chiffres de cette année.";
pub const FUNDING_VIEW_LABEL: &str = "Regrouper les montants";
pub const FUNDING_BY_PROMOTION: &str = "Par promotion";
pub const FUNDING_BY_INCUBATOR: &str = "Par incubateur";
pub const EVOLUTION_SUBTITLE: &str = "Au 1er janvier de chaque année (bilan de l'année précédente), et aujourd'hui";

/// "22 incubateurs", or "2 sur 22 incubateurs" while searching.
pub fn incubators_listed(matching: usize, all: usize) -> String {
    if matching == all {
        format!("{} {}", format_count(all), plural(all, "incubateur", "incubateurs"))
    } else {
        format!("{} sur {} {}", format_count(matching), format_count(all), plural(all, "incubateur", "incubateurs"))
    }
}

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

/// " (2 actifs)" after "Filtres", or nothing.
pub fn active_filters_count(filter: &crate::data::Filter) -> String {
    let n = filter.incubators.len() + filter.phases.len() + usize::from(filter.year.is_some());
    if n == 0 { String::new() } else { format!(" ({} {})", format_count(n), plural(n, "actif", "actifs")) }
}

/// "Liste des services — situation au 1er janvier 2024 (bilan 2023)", the list's caption.
pub fn services_caption(situation: &str) -> String {
    let mut chars = situation.chars();
    let lowered: String = chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default();
    format!("{SERVICES_TITLE} — {lowered}")
}

/// A tooltip on a piece of a stacked bar: "DINUM — Construction\u{a0}: 12 services (sur 45)".
pub fn tooltip_piece(bar: &str, series: &str, value: &str, total: &str) -> String {
    format!("{bar} — {series}{COLON}{value} (sur {total})")
}

/// A tooltip on a whole bar: "FAST 12 - Janvier 2023\u{a0}: 1 630 000 € (9 lauréats)".
pub fn tooltip_bar(bar: &str, value: &str, note: Option<&str>) -> String {
    match note {
        Some(note) => format!("{bar}{COLON}{value} ({note})"),
        None => format!("{bar}{COLON}{value}"),
    }
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

/// "Bilan 2023", the chip of a selected year.
pub fn year_chip(year: i32) -> String {
    format!("Bilan {year}")
}

/// "Retirer le filtre DINUM".
pub fn remove_filter(label: &str) -> String {
    format!("Retirer le filtre {label}")
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

/// The browser tab's title.
pub fn document_title(year: Option<i32>) -> String {
    match year {
        Some(year) => format!("Bilan {year} — {APP_TITLE}"),
        None => APP_TITLE.to_owned(),
    }
}

/// "Promotions FAST de 2023" or "Toutes les promotions FAST".
pub fn funding_subtitle(year: Option<i32>) -> String {
    match year {
        Some(year) => format!("Promotions FAST de {year}"),
        None => "Toutes les promotions FAST".to_owned(),
    }
}

/// "Source\u{a0}: beta.gouv.fr, données du 20 août 2026", written in downloaded images.
pub fn source_short(published: Option<crate::data::Date>) -> String {
    match published {
        Some(date) => format!("Source\u{a0}: beta.gouv.fr, données du {}", format_date_long(date)),
        None => "Source\u{a0}: beta.gouv.fr".to_owned(),
    }
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

pub fn section_label(section: Section) -> &'static str {
    match section {
        Section::Services => "startups.json\u{a0}: services",
        Section::IncludedIncubators => "startups.json\u{a0}: incubateurs inclus",
        Section::Incubators => "incubators.json\u{a0}: incubateurs",
        Section::Organisations => "organisations.json\u{a0}: organisations",
        Section::FastPromotions => "fast.json\u{a0}: promotions",
        Section::FastAwards => "fast.json\u{a0}: lauréats",
        Section::FastEvents => "startups.json\u{a0}: événements FAST",
        Section::CompactIncubators => "tableau-de-bord.json\u{a0}: incubateurs",
        Section::CompactOrganisations => "tableau-de-bord.json\u{a0}: organisations",
        Section::CompactServices => "tableau-de-bord.json\u{a0}: services",
        Section::CompactFastPromotions => "tableau-de-bord.json\u{a0}: promotions FAST",
        Section::CompactFastAwards => "tableau-de-bord.json\u{a0}: lauréats FAST",
    }
}

pub fn outcome_label(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Kept => "gardé",
        Outcome::Skipped => "écarté",
    }
}

/// What the absence of an optional file means for the reader (organisations name the sponsors
/// in the services list).
pub fn file_consequence(file: DataFile) -> &'static str {
    match file {
        DataFile::Startups => "Sans ce fichier, aucun chiffre ne peut être affiché.",
        DataFile::Incubators => "Les noms des incubateurs viennent de startups.json.",
        DataFile::Organisations => "Les sponsors sont désignés par leur identifiant.",
        DataFile::Fast => "Les montants FAST sont lus dans le texte des événements de startups.json.",
        DataFile::Compact => "Sans ce fichier, aucun chiffre ne peut être affiché.",
    }
}

impl fmt::Display for crate::data::DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "«\u{a0}{}\u{a0}» n'est pas une date AAAA-MM-JJ", self.text)
    }
}

impl std::error::Error for crate::data::DateError {}

impl fmt::Display for JsonKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            JsonKind::Null => "vide (null)",
            JsonKind::Bool => "un booléen",
            JsonKind::Number => "un nombre",
            JsonKind::String => "un texte",
            JsonKind::Array => "un tableau",
            JsonKind::Object => "un objet",
        })
    }
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Status(404) => write!(f, "fichier introuvable (HTTP 404)"),
            FetchError::Status(status) => write!(f, "le serveur a répondu par une erreur (HTTP {status})"),
            // The browser's own words (English) go to the console only.
            FetchError::Network(_) => {
                f.write_str("le serveur n'a pas pu être joint (réseau indisponible ou accès refusé)")
            }
            FetchError::Timeout(seconds) => write!(f, "pas de réponse complète en {seconds} secondes"),
            FetchError::Pending => f.write_str("en cours de chargement"),
            FetchError::TooLarge { bytes, limit } => write!(
                f,
                "fichier trop volumineux pour un navigateur ({}\u{a0}Mo, limite {}\u{a0}Mo)",
                bytes.div_ceil(1_000_000),
                limit / 1_000_000
            ),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::Syntax { line, column, kind } => {
                let what = match kind {
                    JsonErrorKind::UnexpectedEnd => "fichier tronqué",
                    JsonErrorKind::Syntax => "syntaxe incorrecte",
                    JsonErrorKind::NumberOutOfRange => "nombre hors des limites d'un nombre à virgule",
                    JsonErrorKind::Other => "contenu illisible",
                };
                write!(f, "JSON invalide ({what}), ligne {line}, colonne {column}")
            }
            FormatError::Shape { path, expected, found } => {
                write!(f, "{path} devrait être {expected}, c'est {found}")
            }
            // The parser's own words (English) name the field and what it expected.
            FormatError::Field { detail } => write!(f, "champ absent ou d'un autre type ({detail})"),
            FormatError::Html => f.write_str("page HTML reçue au lieu de données JSON"),
            FormatError::Encoding(Encoding::Utf32) => f.write_str("texte en UTF-32, un encodage non pris en charge"),
            FormatError::Encoding(Encoding::Gzip) => {
                f.write_str("fichier compressé (gzip) envoyé sans l'indiquer, que le navigateur n'a pas décompressé")
            }
            FormatError::Encoding(Encoding::Binary) => f.write_str("contenu binaire, pas du texte"),
            FormatError::UnsupportedFormat { found, known } => write!(
                f,
                "format {found}, plus récent que celui que cette version du tableau de bord sait lire ({known})"
            ),
        }
    }
}

impl fmt::Display for FileStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileStatus::Read => f.write_str("lu"),
            FileStatus::Unavailable(error) => write!(f, "indisponible\u{a0}: {error}"),
            FileStatus::Malformed(error) => write!(f, "illisible\u{a0}: {error}"),
            FileStatus::Noted(text) => f.write_str(text),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Unavailable(file, error) => write!(f, "{} est indisponible\u{a0}: {error}.", file.file_name()),
            LoadError::Malformed(file, error) => write!(f, "{} est illisible\u{a0}: {error}.", file.file_name()),
            LoadError::Reader(detail) => {
                write!(f, "le lecteur des fichiers publiés n'a pas pu s'exécuter\u{a0}: {detail}.")
            }
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NotAnObject { found } => write!(f, "l'enregistrement est {found}, pas un objet"),
            Problem::MissingId => f.write_str("pas d'identifiant"),
            Problem::DuplicateId => f.write_str("identifiant en double\u{a0}: seul le premier est gardé"),
            Problem::MissingField { field } => write!(f, "champ «\u{a0}{field}\u{a0}» absent"),
            Problem::WrongType { field, expected, found } => {
                write!(f, "champ «\u{a0}{field}\u{a0}»\u{a0}: {expected} attendu, {found} trouvé")
            }
            Problem::BadDate { field, text } => {
                write!(f, "champ «\u{a0}{field}\u{a0}»\u{a0}: «\u{a0}{text}\u{a0}» n'est pas une date valide")
            }
            Problem::ImplausibleDate { field, text } => write!(
                f,
                "champ «\u{a0}{field}\u{a0}»\u{a0}: date invraisemblable «\u{a0}{text}\u{a0}» (attendue de {} à {} ans après aujourd'hui), ignorée",
                crate::data::FIRST_PLAUSIBLE_YEAR,
                crate::data::YEARS_AHEAD
            ),
            Problem::UnknownPhase { name } => {
                write!(f, "phase «\u{a0}{name}\u{a0}» inconnue\u{a0}: gardée telle quelle, hors des quatre groupes")
            }
            Problem::NoPhase => f.write_str("aucune phase datée\u{a0}: le service n'est compté à aucune date"),
            Problem::NoIncubator => f.write_str("aucun incubateur\u{a0}: compté dans les totaux seulement"),
            Problem::UnknownIncubator { id } => {
                write!(
                    f,
                    "incubateur «\u{a0}{id}\u{a0}», qui n'est décrit nulle part\u{a0}: affiché sous son identifiant"
                )
            }
            Problem::NoTitle => f.write_str("pas de titre\u{a0}: l'identifiant le remplace"),
            Problem::UnknownService { id } => write!(f, "service «\u{a0}{id}\u{a0}» absent de startups.json"),
            Problem::UnknownPromotion { number } => write!(f, "promotion {number} absente de la liste des promotions"),
            Problem::UnknownAmount { text } if text.is_empty() => {
                f.write_str("montant non indiqué\u{a0}: compté comme lauréat au montant inconnu")
            }
            Problem::UnknownAmount { text } => {
                write!(
                    f,
                    "aucun montant plausible (de 0 à {}\u{a0}M€) dans «\u{a0}{text}\u{a0}»\u{a0}: compté comme lauréat au montant inconnu",
                    crate::data::MAX_PLAUSIBLE_EUR / 1_000_000
                )
            }
            Problem::AmbiguousText { text } => write!(
                f,
                "«\u{a0}{text}\u{a0}» nomme deux promotions ou deux montants\u{a0}: cette partie reste inconnue"
            ),
            Problem::NotAnAward { text } => {
                write!(f, "«\u{a0}{text}\u{a0}» ne nomme ni montant, ni promotion, ni lauréat\u{a0}: non compté")
            }
            Problem::NoPromotion { text } if text.is_empty() => f.write_str("promotion non indiquée"),
            Problem::NoPromotion { text } => write!(f, "promotion introuvable dans «\u{a0}{text}\u{a0}»"),
            Problem::Noted { text } => f.write_str(text),
            Problem::HiddenCharacters { field } => write!(
                f,
                "champ «\u{a0}{field}\u{a0}»\u{a0}: caractères invisibles ou d'inversion du sens d'écriture retirés"
            ),
            Problem::Unreadable { error } => write!(f, "enregistrement illisible\u{a0}: {error}"),
            Problem::TooLong { bytes, limit } => write!(
                f,
                "enregistrement trop long ({}\u{a0}ko, limite {}\u{a0}ko)\u{a0}: ignoré sans être lu",
                format_int(bytes.div_ceil(1000) as u64),
                format_int((limit / 1000) as u64)
            ),
            Problem::TooDeep { limit } => {
                write!(f, "enregistrement imbriqué sur plus de {limit} niveaux\u{a0}: ignoré sans être lu")
            }
            Problem::BadNumber { field, text } => {
                write!(f, "champ «\u{a0}{field}\u{a0}»\u{a0}: «\u{a0}{text}\u{a0}» n'est pas un nombre valable")
            }
        }
    }
}

// Embeds and the "Intégrer" dialog.
pub const EMBED: &str = "Intégrer";
pub const CLOSE: &str = "Fermer";
pub const EMBED_HELP: &str = "Collez ce code dans une page\u{a0}: le bloc y montre la vue actuelle (mêmes filtres), à jour des données publiées, et prend la hauteur de son contenu.";
pub const EMBED_SHOW_TITLE: &str = "Afficher le titre";
pub const EMBED_THEME: &str = "Thème";
pub const THEME_LIGHT: &str = "Clair";
pub const THEME_DARK: &str = "Sombre";
pub const THEME_SYSTEM: &str = "Celui du système";
pub const EMBED_PREVIEW: &str = "Aperçu";
pub const EMBED_CODE: &str = "Code à coller";
pub const COPY_CODE: &str = "Copier le code";
pub const CODE_COPIED: &str = "Code copié.";
pub const CODE_SELECTED: &str = "Le code est sélectionné\u{a0}: copiez-le avec Ctrl+C (⌘+C sur Mac).";
pub const UNKNOWN_EMBED: &str =
    "Ce bloc n'existe pas\u{a0}: les blocs à intégrer sont chiffres, incubateurs, fast et evolution.";
pub const OPEN_EXPLORER_TITLE: &str = "Ouvrir le tableau de bord avec ces filtres (nouvel onglet)";

/// "Services par incubateur — tableau de bord de beta.gouv.fr", the title of an iframe.
pub fn embed_frame_title(block_title: &str) -> String {
    format!("{block_title} — tableau de bord de beta.gouv.fr")
}

/// "Intégrer « Services par incubateur »".
pub fn embed_dialog_title(block_title: &str) -> String {
    format!("Intégrer «\u{a0}{block_title}\u{a0}»")
}

// The presentation and the time-lapse.
pub const PRESENTATION_DESCRIPTION: &str = "Présentation plein écran des chiffres de beta.gouv.fr\u{a0}: chiffres clés, graphiques et historique du programme.";
pub const EMBED_DESCRIPTION: &str = "Un graphique du tableau de bord de beta.gouv.fr, à intégrer dans une page.";
pub const EXPLORER_DESCRIPTION: &str =
    "Les services numériques publics incubés par beta.gouv.fr, par incubateur et par phase, et leur financement FAST.";
pub const THEME_DARK_TOGGLE: &str = "Thème sombre";
pub const PRESENTATION_TITLE: &str = "Présentation du tableau de bord de beta.gouv.fr";
pub const PREVIOUS_SLIDE: &str = "Diapositive précédente";
pub const NEXT_SLIDE: &str = "Diapositive suivante";
pub const PAUSE_SLIDES: &str = "Pause";
pub const RESUME_SLIDES: &str = "Reprendre";
pub const FULL_SCREEN: &str = "Plein écran";
pub const PLAY: &str = "Lecture";
pub const PAUSE: &str = "Pause";
pub const TIMELAPSE_TITLE: &str = "Historique du programme, année par année";
pub const TIMELAPSE_HELP: &str = "Rejoue les services par incubateur et l'évolution du 1er janvier 2014 à aujourd'hui.";

/// "2 / 5".
pub fn slide_count(current: usize, count: usize) -> String {
    format!("{current}\u{a0}/\u{a0}{count}")
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

/// The date of a time-lapse frame, large: "1er janvier 2014", or "Aujourd'hui, 29 novembre 2026".
pub fn timelapse_date(date: crate::data::Date, today: crate::data::Date) -> String {
    if date == today { format!("{TODAY}, {}", format_date_long(date)) } else { format_date_long(date) }
}

/// The last bar of a chart folded to fit a screen: "12 autres".
pub fn other_bars(n: usize) -> String {
    format!("{n} autres")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_read_as_french_sentences() {
        let p =
            Problem::WrongType { field: "attributes.name".into(), expected: JsonKind::String, found: JsonKind::Number };
        assert_eq!(p.to_string(), "champ «\u{a0}attributes.name\u{a0}»\u{a0}: un texte attendu, un nombre trouvé");
        assert_eq!(FetchError::Status(404).to_string(), "fichier introuvable (HTTP 404)");
        let too_large = FetchError::TooLarge { bytes: 460_000_000, limit: crate::data::MAX_FILE_BYTES };
        assert_eq!(
            too_large.to_string(),
            "fichier trop volumineux pour un navigateur (460\u{a0}Mo, limite 50\u{a0}Mo)"
        );
    }

    #[test]
    fn unpublished_promotions_are_listed_as_ranges() {
        assert_eq!(
            unpublished_promotions(&[1, 2, 3, 4, 7, 9, 10]),
            "Les lauréats de FAST 1 à FAST 4, FAST 7, FAST 9 et FAST 10 ne sont pas publiés dans les données."
        );
        assert_eq!(
            unpublished_promotions(&[1, 3]),
            "Les lauréats de FAST 1 et FAST 3 ne sont pas publiés dans les données."
        );
        assert_eq!(unpublished_promotions(&[5]), "Les lauréats de FAST 5 ne sont pas publiés dans les données.");
    }

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

    #[test]
    fn a_page_of_the_list_says_which_services_it_shows() {
        assert_eq!(page_range(101, 150, 662), "Services 101 à 150 sur 662");
        assert_eq!(page_range(651, 651, 651), "Service 651 sur 651");
        assert_eq!(page_range(1, 50, 66_200), "Services 1 à 50 sur 66\u{202f}200");
        assert_eq!(services_page_label(3, 14), "Liste des services, page 3 sur 14");
        assert_eq!(services_page_label(1, 1), "Liste des services", "one page needs no number");
    }

    #[test]
    fn every_current_phase_has_a_french_label() {
        for phase in Phase::CURRENT {
            assert_ne!(phase_label(&phase), phase.name(), "{phase} keeps its code name");
        }
        assert_eq!(phase_label(&Phase::Other("pivot".into())), "pivot");
    }
}
