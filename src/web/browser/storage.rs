//! What the browser keeps for the visitor: the theme they chose, and whether the presentation's
//! letter shortcuts are on.

const THEME_KEY: &str = "beta-dashboard:theme";
const LETTER_SHORTCUTS_KEY: &str = "beta-dashboard:raccourcis-lettres";

fn local_storage() -> Option<web_sys::Storage> {
    super::window()?.local_storage().ok().flatten()
}

/// Whether the presentation's one-letter shortcuts are on: yes unless the visitor turned them off.
pub fn stored_letter_shortcuts() -> bool {
    local_storage().and_then(|s| s.get_item(LETTER_SHORTCUTS_KEY).ok().flatten()).as_deref() != Some("non")
}

pub fn store_letter_shortcuts(on: bool) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(LETTER_SHORTCUTS_KEY, if on { "oui" } else { "non" });
    }
}

/// The theme the visitor chose here before: Some(true) for dark.
pub fn stored_dark_choice() -> Option<bool> {
    match local_storage()?.get_item(THEME_KEY).ok().flatten()?.as_str() {
        "sombre" => Some(true),
        "clair" => Some(false),
        _ => None,
    }
}

pub fn store_dark_choice(dark: bool) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(THEME_KEY, if dark { "sombre" } else { "clair" });
    }
}
