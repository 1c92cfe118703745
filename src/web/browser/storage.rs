//! What the browser keeps for the visitor: the theme they chose.

const THEME_KEY: &str = "beta-dashboard:theme";

/// The theme the visitor chose here before: Some(true) for dark.
pub fn stored_dark_choice() -> Option<bool> {
    let storage = web_sys::window()?.local_storage().ok().flatten()?;
    match storage.get_item(THEME_KEY).ok().flatten()?.as_str() {
        "sombre" => Some(true),
        "clair" => Some(false),
        _ => None,
    }
}

pub fn store_dark_choice(dark: bool) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(THEME_KEY, if dark { "sombre" } else { "clair" });
    }
}
