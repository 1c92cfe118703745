//! The embed blocks and the "Intégrer" dialog.

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

/// "Ce bloc n'existe pas : les blocs à intégrer sont chiffres, incubateurs, … et transparence."
pub fn unknown_embed(blocks: &[&str]) -> String {
    let listed = match blocks.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} et {last}", rest.join(", ")),
        None => String::new(),
    };
    format!("Ce bloc n'existe pas\u{a0}: les blocs à intégrer sont {listed}.")
}

pub const OPEN_EXPLORER_TITLE: &str = "Ouvrir le tableau de bord avec ces filtres (nouvel onglet)";

/// The name of an embed's source link: its visible text, then where it leads.
pub fn source_link_name(source_line: &str) -> String {
    format!("{source_line} — ouvrir le tableau de bord avec ces filtres (nouvel onglet)")
}

/// The page title of an embed whose block does not exist.
pub const UNKNOWN_EMBED_TITLE: &str = "Bloc introuvable";

/// "Services par incubateur — tableau de bord de beta.gouv.fr", the title of an iframe.
pub fn embed_frame_title(block_title: &str) -> String {
    format!("{block_title} — tableau de bord de beta.gouv.fr")
}

/// "Intégrer « Services par incubateur »".
pub fn embed_dialog_title(block_title: &str) -> String {
    format!("Intégrer «\u{a0}{block_title}\u{a0}»")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_block_lists_the_blocks_with_a_final_et() {
        assert_eq!(
            unknown_embed(&["chiffres", "fast", "transparence"]).replace('\u{a0}', " "),
            "Ce bloc n'existe pas : les blocs à intégrer sont chiffres, fast et transparence."
        );
        assert!(unknown_embed(&["chiffres"]).ends_with("sont chiffres."));
    }
}
