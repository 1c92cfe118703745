//! The modules: each kind of page is a wasm binary of its own (src/web/app.rs has their apps). A
//! leaf, which the pages read too: a link to another module's page is a full page load.

/// A kind of page built as a wasm module of its own, with its own Trunk page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Module {
    /// The explorer, the bilan, the accessibility statement, and the not-found page of any other
    /// address: `index.html` → `shell.html` (binary `beta-dashboard`).
    Explorer,
    /// The embeds (`/embed/<bloc>`): `embed.html` (binary `embed`).
    Embed,
    /// The presentation (`/presentation`): `presentation.html` (binary `presentation`).
    Presentation,
}

impl Module {
    /// Every module.
    pub const ALL: [Module; 3] = [Module::Explorer, Module::Embed, Module::Presentation];

    /// Its binary: Trunk names its files after it (`<bin>-<hash>.js`, `<bin>-<hash>_bg.wasm`).
    pub fn bin(self) -> &'static str {
        match self {
            Module::Explorer => "beta-dashboard",
            Module::Embed => "embed",
            Module::Presentation => "presentation",
        }
    }

    /// Its page as Trunk built it (the app alone), under `dist/`: the template of its routes'
    /// first views, and the page the server sends for one of its addresses without a first view.
    pub fn template(self) -> &'static str {
        match self {
            Module::Explorer => "shell.html",
            Module::Embed => "embed.html",
            Module::Presentation => "presentation.html",
        }
    }

    /// The module of a link's address relative to the app's base (`embed/fast`, `./?annee=2023`,
    /// `bilan?annee=2023#x`): its path's module.
    pub fn of_href(href: &str) -> Module {
        let path = href.split(['?', '#']).next().unwrap_or_default();
        Module::of_path(path.trim_start_matches("./"))
    }

    /// The module whose router has `path` (under the app's base, without a leading `/`): an embed
    /// is `embed/<one segment>`, the presentation `presentation`; any other address is the
    /// explorer's (its pages, or not found).
    pub fn of_path(path: &str) -> Module {
        let path = path.trim_end_matches('/');
        match path.strip_prefix("embed/") {
            Some(bloc) if !bloc.is_empty() && !bloc.contains('/') => Module::Embed,
            _ if path == "presentation" => Module::Presentation,
            _ => Module::Explorer,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_one_segment_under_embed_is_an_embed_and_only_presentation_the_presentation() {
        assert_eq!(Module::of_path("embed/fast"), Module::Embed);
        assert_eq!(Module::of_path("embed/inconnu/"), Module::Embed);
        assert_eq!(Module::of_path("presentation/"), Module::Presentation);
        for other in ["", "embed", "embed/", "embed/a/b", "presentation/x", "bilan", "ailleurs/embed/fast"] {
            assert_eq!(Module::of_path(other), Module::Explorer, "{other}");
        }
    }

    #[test]
    fn a_link_s_module_is_its_path_s() {
        assert_eq!(Module::of_href("embed/incubateurs?annee=2024#x"), Module::Embed);
        assert_eq!(Module::of_href("./presentation?auto=10"), Module::Presentation);
        for explorer in ["./", "./?annee=2023&phase=construction", "bilan?annee=2023", "accessibilite"] {
            assert_eq!(Module::of_href(explorer), Module::Explorer, "{explorer}");
        }
    }
}
