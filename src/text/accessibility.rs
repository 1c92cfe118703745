//! The accessibility statement (`/accessibilite`), after the RGAA 4.1 model ("modèle de
//! déclaration d'accessibilité"), and the footer's mention. The level, the rate and the counts
//! are those `crate::audit` computes from the published grid: nothing here is typed twice.

use crate::audit::{Counts, Level, Summary};

use super::format::{UNIT_SPACE, format_count, plural};

pub const TITLE: &str = "Déclaration d'accessibilité";
pub const DESCRIPTION: &str =
    "Déclaration d'accessibilité du tableau de bord de beta.gouv.fr (RGAA 4.1) et grille de l'audit.";
pub const INTRO: &str = "L'équipe de beta.gouv.fr s'engage à rendre ses services numériques accessibles, conformément à l'article 47 de la loi n°\u{a0}2005-102 du 11 février 2005.";
/// The model's "À cette fin, … met en œuvre la stratégie et les actions suivantes", with its links.
pub const STRATEGY: &str = "À cette fin, elle met en œuvre la stratégie et les actions suivantes\u{a0}:";
/// The programme's multi-year plan, which covers its own products (the dashboard among them):
/// its name and address.
pub const MULTI_YEAR_PLAN: (&str, &str) = (
    "schéma pluriannuel de mise en accessibilité 2024-2027 de beta.gouv.fr",
    "https://beta.gouv.fr/accessibilite/schema-pluriannuel",
);
/// The year of the action plan: the year of the audit.
pub const PLAN_YEAR: &str = "2026";
/// The dashboard's own plan for the year, and why it has no assessment of a year before.
pub fn action_plan() -> String {
    format!(
        "plan d'actions {PLAN_YEAR} du tableau de bord\u{a0}: corriger chacune des non-conformités énumérées ci-dessous, puis refaire l'audit des critères qu'elle touche et publier la grille mise à jour. Le tableau de bord ayant été mis en ligne en {PLAN_YEAR}, il n'y a pas de bilan des actions d'une année précédente."
    )
}
pub const SCOPE: &str = "Cette déclaration d'accessibilité s'applique au tableau de bord de beta.gouv.fr\u{a0}: l'explorateur des données, ses graphiques intégrables dans d'autres sites, son mode présentation et son bilan annuel imprimable.";

pub const STATUS_TITLE: &str = "État de conformité";
pub const RESULTS_TITLE: &str = "Résultats des tests";
pub const TOPICS_CAPTION: &str = "Résultats par thématique du RGAA 4.1";
pub const TOPICS_HEADERS: [&str; 5] = ["Thématique", "Critères", "Conformes", "Non conformes", "Non applicables"];
pub const TOPICS_TOTAL: &str = "Total";

pub const NOT_ACCESSIBLE_TITLE: &str = "Contenus non accessibles";
pub const NON_COMPLIANCE_TITLE: &str = "Non-conformités";
pub const NON_COMPLIANCE_NONE: &str = "Aucune.";
pub const DEROGATIONS_TITLE: &str = "Dérogations pour charge disproportionnée";
pub const DEROGATIONS: &str = "Aucune.";
pub const OUT_OF_SCOPE_TITLE: &str = "Contenus non soumis à l'obligation d'accessibilité";
pub const OUT_OF_SCOPE: &str = "Aucun.";

pub const ESTABLISHMENT_TITLE: &str = "Établissement de cette déclaration d'accessibilité";
/// The date of the audit, which is the date of the statement.
pub const AUDIT_DATE: &str = "3\u{a0}décembre\u{a0}2026";
/// The date of the last re-judgement of the grid (after an independent audit's findings).
pub const UPDATE_DATE: &str = "5\u{a0}décembre\u{a0}2026";
pub fn establishment() -> String {
    format!(
        "Cette déclaration a été établie le {AUDIT_DATE}, à l'issue d'un audit interne mené par l'équipe du tableau de bord de beta.gouv.fr, sur l'échantillon de pages ci-dessous. Elle a été mise à jour le {UPDATE_DATE}, après un nouvel audit mené par une personne qui n'avait pas construit les pages."
    )
}
pub const TECHNOLOGIES_TITLE: &str = "Technologies utilisées pour la réalisation du site";
pub const TECHNOLOGIES: [&str; 5] =
    ["HTML5", "CSS", "JavaScript", "WebAssembly", "SVG (icônes, graphiques du bilan) et canvas (graphiques)"];
pub const ENVIRONMENT_TITLE: &str = "Environnement de test";
pub const ENVIRONMENT_INTRO: &str = "Les vérifications de restitution de contenus ont été réalisées avec\u{a0}:";
pub const ENVIRONMENT: [&str; 3] = [
    "Chromium\u{a0}148 (Debian\u{a0}12), sans interface, piloté par playwright-core, en 375 et 1280\u{a0}pixels de large, thème clair et sombre\u{a0};",
    "Firefox ESR\u{a0}153 et WebKitGTK\u{a0}2.50 (MiniBrowser), par la suite de tests multi-navigateurs du projet (chiffres clés, filtres, intégration dans un autre site, touches de la présentation)\u{a0};",
    "aucun lecteur d'écran (NVDA, VoiceOver, JAWS) n'a été utilisé pour cet audit\u{a0}: ce que les technologies d'assistance reçoivent (nom, rôle, état de chaque élément) a été lu dans l'arbre d'accessibilité de Chromium.",
];
pub const TOOLS_TITLE: &str = "Outils pour évaluer l'accessibilité";
pub const TOOLS: [&str; 6] = [
    "axe-core\u{a0}4.14 (règles WCAG\u{a0}2.2 niveaux A et AA), sur chaque page de l'échantillon, à chaque modification\u{a0};",
    "l'arbre d'accessibilité de Chromium, lu par le protocole DevTools (Accessibility.getFullAXTree), pour le nom, le rôle et l'état de chaque contrôle\u{a0};",
    "html-validate\u{a0}10, sur le code généré des pages, pour la validité du code\u{a0};",
    "la navigation au clavier seul, avec le contrôle de la prise de focus\u{a0};",
    "le texte agrandi à 200\u{a0}%, une fenêtre de 320\u{a0}pixels de large, les espacements de texte redéfinis (critère 10.12) et les couleurs forcées (contraste élevé)\u{a0};",
    "des captures d'écran de chaque page à 375 et 1280\u{a0}pixels, en thème clair et sombre, examinées une à une.",
];
pub const PAGES_TITLE: &str = "Pages du site ayant fait l'objet de la vérification de conformité";
/// The sample: what each page is, and its address (relative to the app's base; `None` for
/// a state, not an address).
pub const PAGES: [(&str, Option<&str>); 8] = [
    ("Explorateur, vue par défaut", Some("./")),
    (
        "Explorateur filtré (bilan 2023, phases construction et accélération)",
        Some("./?annee=2023&phase=construction,acceleration"),
    ),
    ("Explorateur avec les tableaux des graphiques affichés et le dialogue «\u{a0}Intégrer\u{a0}» ouvert", None),
    ("Graphique intégré «\u{a0}Services par incubateur\u{a0}»", Some("embed/incubateurs")),
    ("Mode présentation", Some("presentation")),
    ("Déclaration d'accessibilité", Some("accessibilite")),
    ("Bilan annuel (bilan 2023), à l'écran et imprimé", Some("bilan?annee=2023")),
    ("Message d'erreur affiché quand le fichier des données est illisible", None),
];

pub const CONTACT_TITLE: &str = "Retour d'information et contact";
pub const CONTACT: &str = "Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter l'équipe de beta.gouv.fr, responsable du tableau de bord, pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme\u{a0}:";
/// The programme's published contact address: the one `incubators.json` gives for the DINUM's
/// incubator, whose website is beta.gouv.fr (a native test checks it against the bundled file).
pub const CONTACT_ADDRESS: &str = "contact@beta.gouv.fr";
/// Before the address, and after it: what to say in the message, so that the team can answer.
pub const CONTACT_BEFORE: &str = "Envoyer un message électronique à";
pub const CONTACT_AFTER: &str = ", en précisant la page, le contenu concerné et le problème rencontré.";
/// The subject a message starts with (the mail link fills it in).
pub const CONTACT_SUBJECT: &str = "Accessibilité du tableau de bord";

pub const REMEDIES_TITLE: &str = "Voies de recours";
pub const REMEDIES: &str = "Cette procédure est à utiliser dans le cas suivant\u{a0}: vous avez signalé au responsable du site un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un des services du tableau de bord et vous n'avez pas obtenu de réponse satisfaisante. Vous pouvez alors\u{a0}:";
pub const REMEDY_FORM: &str = "écrire un message au Défenseur des droits";
pub const REMEDY_DELEGATE: &str = "contacter le délégué du Défenseur des droits dans votre région";
pub const REMEDY_MAIL: &str = "envoyer un courrier par la poste (gratuit, ne pas mettre de timbre)\u{a0}: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.";

/// "totalement conforme", "partiellement conforme", "non conforme".
pub fn level_words(level: Level) -> &'static str {
    match level {
        Level::Full => "totalement conforme",
        Level::Partial => "partiellement conforme",
        Level::None => "non conforme",
    }
}

/// The footer's mention: "Accessibilité : partiellement conforme".
pub fn footer_status(level: Level) -> String {
    format!("Accessibilité\u{a0}: {}", level_words(level))
}

/// A rate in percent, as French writes it, to one decimal: `97,2 %`; a whole number without
/// decimals: `100 %`.
pub fn percent(rate: f64) -> String {
    let tenths = (rate * 10.0).round() as i64;
    let number = if tenths % 10 == 0 { (tenths / 10).to_string() } else { format!("{},{}", tenths / 10, tenths % 10) };
    format!("{number}{UNIT_SPACE}%")
}

/// The name of the statement's link in an embed: its text, then where it leads.
pub fn statement_link_new_tab(label: &str) -> String {
    format!("{label} — déclaration d'accessibilité du tableau de bord (nouvel onglet)")
}

/// The statement's "État de conformité" sentence.
pub fn status_sentence(level: Level) -> String {
    let rgaa = "le référentiel général d'amélioration de l'accessibilité (RGAA), version\u{a0}4.1";
    match level {
        Level::Full => format!("Le tableau de bord de beta.gouv.fr est totalement conforme avec {rgaa}."),
        level => format!(
            "Le tableau de bord de beta.gouv.fr est {} avec {rgaa}, en raison des non-conformités énumérées ci-dessous.",
            level_words(level)
        ),
    }
}

/// "L'audit … révèle que 97,2 % des critères du RGAA version 4.1 sont respectés."
pub fn results_sentence(audit: &Summary) -> String {
    match audit.rate() {
        Some(rate) => format!(
            "L'audit de conformité réalisé par l'équipe du tableau de bord révèle que {} des critères du RGAA version\u{a0}4.1 sont respectés (critères conformes rapportés aux critères applicables).",
            percent(rate)
        ),
        None => "L'audit de conformité n'a trouvé aucun critère applicable.".to_owned(),
    }
}

/// The counts, one item each: "69 critères conformes", …, "sur 106 critères".
pub fn counts_items(counts: &Counts) -> [String; 3] {
    let item = |n: usize, one: &str, many: &str| format!("{} {}", format_count(n), plural(n, one, many));
    [
        item(counts.compliant, "critère conforme", "critères conformes"),
        item(counts.not_compliant, "critère non conforme", "critères non conformes"),
        item(counts.not_applicable, "critère non applicable", "critères non applicables"),
    ]
}

/// "sur 106 critères, 72 applicables".
pub fn counts_total(counts: &Counts) -> String {
    format!(
        "Sur {} critères, {} {}\u{a0}:",
        format_count(counts.total()),
        format_count(counts.applicable()),
        plural(counts.applicable(), "est applicable", "sont applicables")
    )
}

/// The grid's download link: what it is, then its format and size.
pub const GRID_LINK: &str = "Télécharger la grille d'audit RGAA";
/// "CSV, 25 ko" (UTF-8, `;`-separated, as the dashboard's other downloads).
pub fn grid_link_detail(bytes: usize) -> String {
    let kilobytes = bytes.div_ceil(1000).max(1);
    format!("CSV, {}{UNIT_SPACE}ko", format_count(kilobytes))
}
pub const GRID_NOTE: &str = "La grille donne, pour chacun des 106 critères, son statut, les pages concernées et ce qui a été vérifié, et comment. Fichier texte en UTF-8, colonnes séparées par des points-virgules, qui s'ouvre dans un tableur.";

/// A criterion not met, in the statement's list: "Critère 12.10 (Navigation) — présentation".
pub fn non_compliance_heading(label: &str, topic: &str, pages: &str) -> String {
    format!("Critère {label} ({topic}) — {pages}\u{a0}:")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_written_in_french_to_one_decimal() {
        assert_eq!(percent(100.0 * 69.0 / 72.0), "95,8\u{a0}%");
        assert_eq!(percent(100.0), "100\u{a0}%");
        assert_eq!(percent(50.0), "50\u{a0}%");
        assert_eq!(percent(100.0 / 3.0), "33,3\u{a0}%");
    }

    #[test]
    fn the_level_reads_the_same_in_the_footer_and_the_statement() {
        for level in [Level::Full, Level::Partial, Level::None] {
            let words = level_words(level);
            assert_eq!(footer_status(level), format!("Accessibilité\u{a0}: {words}"));
            assert!(status_sentence(level).contains(&format!("est {words} avec")));
        }
    }

    #[test]
    fn the_grid_link_says_its_format_and_size() {
        assert_eq!(grid_link_detail(25_485), "CSV, 26\u{a0}ko");
        assert_eq!(grid_link_detail(10), "CSV, 1\u{a0}ko");
        let counts = Counts { compliant: 1, not_compliant: 0, not_applicable: 2 };
        assert_eq!(counts_items(&counts)[0], "1 critère conforme");
        assert_eq!(counts_total(&counts), "Sur 3 critères, 1 est applicable\u{a0}:");
    }
}
