//! The modules: each kind of page is a wasm binary of its own (src/web/app.rs has their apps). A
//! leaf, which the pages read too: a link to another module's page is a full page load
//! ([`Module::rel`]).

use leptos::prelude::{provide_context, use_context};

/// A kind of page built as a wasm module of its own, with its own Trunk page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Module {
    /// The explorer, and the not-found page of any other address: `index.html` → `shell.html`
    /// (binary `beta-dashboard`).
    Explorer,
    /// The site's documents: the bilan (`/bilan`) and the accessibility statement
    /// (`/accessibilite`): `documents.html` (binary `documents`). Apart from the explorer, whose
    /// visitors seldom open them: 33 kB of the explorer's code (brotli 5).
    Documents,
    /// The embeds (`/embed/<bloc>`): `embed.html` (binary `embed`).
    Embed,
    /// The presentation (`/presentation`): `presentation.html` (binary `presentation`).
    Presentation,
}

impl Module {
    /// Every module.
    pub const ALL: [Module; 4] = [Module::Explorer, Module::Documents, Module::Embed, Module::Presentation];

    /// Its binary: Trunk names its files after it (`<bin>-<hash>.js`, `<bin>-<hash>_bg.wasm`).
    pub fn bin(self) -> &'static str {
        match self {
            Module::Explorer => "beta-dashboard",
            Module::Documents => "documents",
            Module::Embed => "embed",
            Module::Presentation => "presentation",
        }
    }

    /// Its page as Trunk built it (the app alone), under `dist/`: the template of its routes'
    /// first views, and the page the server sends for one of its addresses without a first view.
    pub fn template(self) -> &'static str {
        match self {
            Module::Explorer => "shell.html",
            Module::Documents => "documents.html",
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
    /// is `embed/<one segment>`, the presentation `presentation`, the documents `bilan` and
    /// `accessibilite`; any other address is the explorer's (its page, or not found).
    pub fn of_path(path: &str) -> Module {
        let path = path.trim_end_matches('/');
        match path.strip_prefix("embed/") {
            Some(bloc) if !bloc.is_empty() && !bloc.contains('/') => Module::Embed,
            _ if path == "presentation" => Module::Presentation,
            _ if path == "bilan" || path == "accessibilite" => Module::Documents,
            _ => Module::Explorer,
        }
    }

    /// Makes this the module of the app being built (each app does, first): [`Module::rel`] reads it.
    pub fn provide(self) {
        provide_context(self);
    }

    /// The `rel` of a link to `href` (relative to the app's base) from the app's module: `external`
    /// (a full page load, not the router's) when `href` is another module's page.
    pub fn rel(href: &str) -> Option<&'static str> {
        let here = use_context::<Module>().unwrap_or(Module::Explorer);
        (Module::of_href(href) != here).then_some("external")
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
        assert_eq!(Module::of_path("bilan"), Module::Documents);
        assert_eq!(Module::of_path("accessibilite/"), Module::Documents);
        for other in ["", "embed", "embed/", "embed/a/b", "presentation/x", "bilan/x", "ailleurs/embed/fast"] {
            assert_eq!(Module::of_path(other), Module::Explorer, "{other}");
        }
    }

    #[test]
    fn a_link_s_module_is_its_path_s() {
        assert_eq!(Module::of_href("embed/incubateurs?annee=2024#x"), Module::Embed);
        assert_eq!(Module::of_href("./presentation?auto=10"), Module::Presentation);
        assert_eq!(Module::of_href("bilan?annee=2023#x"), Module::Documents);
        assert_eq!(Module::of_href("accessibilite"), Module::Documents);
        for explorer in ["./", "./?annee=2023&phase=construction", "", "?annee=2023"] {
            assert_eq!(Module::of_href(explorer), Module::Explorer, "{explorer}");
        }
    }
}
