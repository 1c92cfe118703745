//! The page's frame: its title, loading and crash screens, header, footer, skip links, the page not found, and each page's description.

pub const APP_TITLE: &str = "Tableau de bord de beta.gouv.fr";

pub const APP_SUBTITLE: &str = "Les services numériques publics incubés par beta.gouv.fr et leur financement FAST";

pub const LOADING: &str = "Chargement des données…";

pub const LOADING_SLOW: &str = "Le serveur de données tarde à répondre\u{202f}; le chargement continue…";

pub const LOAD_FAILED: &str = "Les données n'ont pas pu être chargées";

pub const RETRY: &str = "Réessayer";

pub const CRASH_TITLE: &str = "Le tableau de bord s'est arrêté";

pub const CRASH_BODY: &str = "Une erreur l'a interrompu (le navigateur a pu manquer de mémoire, ou une donnée a pris le programme en défaut). Réessayer recharge la page\u{a0}; les données publiées restent disponibles sur beta.gouv.fr.";

pub const SKIP_TO_CONTENT: &str = "Aller au contenu";

pub const SKIP_TO_CHARTS: &str = "Aller aux graphiques";

pub const SKIP_LINKS: &str = "Accès rapide";

pub const MARIANNE_1: &str = "République";

pub const MARIANNE_2: &str = "Française";

pub const HOME_LINK_TITLE: &str = "Accueil — tableau de bord de beta.gouv.fr";

pub const HOME_TITLE: &str = "Les startups d'État en chiffres";

pub const FILTERS_LABEL: &str = "Filtres";

pub const FOOTER_ABOUT: &str = "Tableau de bord des données publiques de";

pub const FOOTER_OPEN_DATA: &str = "Données ouvertes (API)";

pub const FOOTER_PRESENTATION: &str = "Mode présentation";

pub const FOOTER_LICENCE: &str = "Sauf mention contraire, les contenus de ce site sont sous licence etalab-2.0. Les données viennent de beta.gouv.fr.";

pub const NOT_FOUND_TITLE: &str = "Page introuvable";

pub const NOT_FOUND_BODY: &str = "Cette adresse ne correspond à aucune page du tableau de bord.";

pub const BACK_HOME: &str = "Retour au tableau de bord";

/// The title of a page of the site other than the explorer: "Page introuvable — Tableau de bord
/// de beta.gouv.fr", its level-1 heading first (RGAA 8.6).
pub fn site_page_title(heading: &str) -> String {
    format!("{heading} — {APP_TITLE}")
}

/// The explorer's browser tab title: the site's name, and for a year the page's heading and that
/// year, "Les startups d'État en chiffres, année 2023 — Tableau de bord de beta.gouv.fr" (RGAA
/// 8.6): not "Bilan 2023", which is the title of another page, the bilan, and which the current
/// year is not yet.
pub fn document_title(year: Option<i32>) -> String {
    match year {
        Some(year) => format!("{HOME_TITLE}, année {year} — {APP_TITLE}"),
        None => APP_TITLE.to_owned(),
    }
}

pub const PRESENTATION_DESCRIPTION: &str = "Présentation plein écran des chiffres de beta.gouv.fr\u{a0}: chiffres clés, graphiques et historique du programme.";

pub const EMBED_DESCRIPTION: &str = "Un graphique du tableau de bord de beta.gouv.fr, à intégrer dans une page.";

pub const EXPLORER_DESCRIPTION: &str =
    "Les services numériques publics incubés par beta.gouv.fr, par incubateur et par phase, et leur financement FAST.";

pub const THEME_DARK_TOGGLE: &str = "Thème sombre";
