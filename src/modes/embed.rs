//! Embeds: one block of the dashboard alone (`/embed/incubateurs?…`), sized by its host page.
//!
//! The block takes the explorer's filters (`incubateur`, `phase`, `annee`, `ministere`, `thematique`,
//! `source`) and its own options: `titre=0` (the host page has the title),
//! `theme=clair|sombre|auto`, `fond=transparent`, and `id`, echoed in the resize messages it posts
//! to its host so that a page can hold several.

use crate::data::query::url_query::{encode, query_pairs};
use crate::data::{DataSource, Filter};

pub const PARAM_TITLE: &str = "titre";
pub const PARAM_THEME: &str = "theme";
pub const PARAM_BACKGROUND: &str = "fond";
pub const PARAM_ID: &str = "id";

/// The `type` of the message an embed posts to its host page when its height changes.
pub const RESIZE_MESSAGE: &str = "beta-dashboard:resize";

/// The `type` of the message a host page (`integration.js`) posts to an embed with its theme.
pub const THEME_MESSAGE: &str = "beta-dashboard:theme";

/// The height of a snippet's iframe before its first resize message, in CSS pixels.
pub const INITIAL_HEIGHT: u32 = 480;

/// A block that can be embedded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Block {
    KeyFigures,
    Incubators,
    /// Services per ministry of their sponsors.
    Ministries,
    Funding,
    Evolution,
    /// What the services publish: statistics, budget, impact, source code, accessibility.
    Transparency,
}

impl Block {
    pub const ALL: [Block; 6] = [
        Block::KeyFigures,
        Block::Incubators,
        Block::Ministries,
        Block::Funding,
        Block::Evolution,
        Block::Transparency,
    ];

    /// Its name in the URL: `/embed/<slug>`.
    pub fn slug(self) -> &'static str {
        match self {
            Block::KeyFigures => "chiffres",
            Block::Incubators => "incubateurs",
            Block::Ministries => "ministeres",
            Block::Funding => "fast",
            Block::Evolution => "evolution",
            Block::Transparency => "transparence",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Block> {
        Block::ALL.into_iter().find(|b| b.slug() == slug.trim().to_lowercase())
    }

    /// Its title, as its heading gives it (the page's title names it).
    pub fn title(self) -> &'static str {
        match self {
            Block::KeyFigures => crate::text::KEY_FIGURES,
            Block::Incubators => crate::text::CHART_INCUBATORS,
            Block::Ministries => crate::text::CHART_MINISTRIES,
            Block::Funding => crate::text::CHART_FUNDING,
            Block::Evolution => crate::text::CHART_EVOLUTION,
            Block::Transparency => crate::text::CHART_TRANSPARENCY,
        }
    }
}

/// Light, dark, or as the visitor's system says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    System,
}

impl Theme {
    pub fn from_param(raw: &str) -> Option<Theme> {
        match raw.trim().to_lowercase().as_str() {
            "clair" | "light" => Some(Theme::Light),
            "sombre" | "dark" => Some(Theme::Dark),
            "auto" | "systeme" | "système" | "system" => Some(Theme::System),
            _ => None,
        }
    }

    pub fn param(self) -> &'static str {
        match self {
            Theme::Light => "clair",
            Theme::Dark => "sombre",
            Theme::System => "auto",
        }
    }
}

/// What an embed's URL asks for, besides the filters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOptions {
    /// Whether the block shows its title (`titre=0` hides it but for screen readers).
    pub titled: bool,
    pub theme: Theme,
    /// `fond=transparent`: the host page's background shows through.
    pub transparent: bool,
    /// Echoed in resize messages; letters, digits, `-` and `_` only, at most 64.
    pub id: Option<String>,
    /// Values that were not understood, `(parameter, value)`.
    pub ignored: Vec<(&'static str, String)>,
}

impl EmbedOptions {
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> EmbedOptions {
        let mut ignored = Vec::new();
        let titled = match get(PARAM_TITLE).as_deref().map(str::trim) {
            None | Some("" | "1" | "oui" | "true") => true,
            Some("0" | "non" | "false") => false,
            Some(other) => {
                ignored.push((PARAM_TITLE, other.to_owned()));
                true
            }
        };
        let theme = match get(PARAM_THEME) {
            None => Theme::default(),
            Some(raw) => Theme::from_param(&raw).unwrap_or_else(|| {
                ignored.push((PARAM_THEME, raw));
                Theme::default()
            }),
        };
        let transparent = match get(PARAM_BACKGROUND).as_deref().map(str::trim) {
            None | Some("") => false,
            Some("transparent") => true,
            Some(other) => {
                ignored.push((PARAM_BACKGROUND, other.to_owned()));
                false
            }
        };
        let id = get(PARAM_ID).and_then(|raw| {
            let ok = !raw.is_empty()
                && raw.len() <= 64
                && raw.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !ok {
                ignored.push((PARAM_ID, raw.clone()));
            }
            ok.then_some(raw)
        });
        EmbedOptions { titled, theme, transparent, id, ignored }
    }
}

/// The address of a block's embed: `app` is the dashboard's address, ending with `/`; `query`
/// the filter and source parameters, already in order.
pub fn embed_url(app: &str, block: Block, query: &[(String, String)]) -> String {
    format!("{app}embed/{}{}", block.slug(), query_suffix(query))
}

/// The parameters an embed shares with the explorer: every filter of the view, as the explorer
/// writes it in its URL (unknown values left out, repeated ones merged), then the data's source
/// when it is not the default. Used for the "Intégrer" code and preview, and for an embed's link
/// back to the explorer, so that both show the same view.
pub fn shared_params(filter: &Filter, source: &DataSource) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> =
        query_pairs(filter).into_iter().map(|(key, value)| (key.to_owned(), value)).collect();
    if let Some(value) = source.to_param() {
        pairs.push((DataSource::PARAM.to_owned(), value));
    }
    pairs
}

/// `?k=v&…`, values percent-encoded; empty without pairs.
pub fn query_suffix(query: &[(String, String)]) -> String {
    if query.is_empty() {
        return String::new();
    }
    let pairs: Vec<String> = query.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect();
    format!("?{}", pairs.join("&"))
}

/// The host script, served beside `index.html`: a host page loads it once (`defer`), and it sizes
/// the dashboard's iframes and relays the page's DSFR theme to them (`public/integration.js`).
pub const HOST_SCRIPT_FILE: &str = "integration.js";

/// The HTML to paste in a page: the iframe of `url`, named `title` for screen readers, loaded
/// lazily, then the host script from `app` (the dashboard's address, ending with `/`). No inline
/// script or style, so that a host page under a strict Content-Security-Policy needs only to allow
/// the dashboard's origin (`script-src`, `frame-src`): the script gives the iframe its border and
/// height.
pub fn snippet(app: &str, url: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{INITIAL_HEIGHT}\"></iframe>\n<script src=\"{}\" defer></script>",
        attribute(url),
        attribute(title),
        attribute(&format!("{app}{HOST_SCRIPT_FILE}")),
    )
}

/// The theme a host page relays to its embeds (`{type: "beta-dashboard:theme", theme}`): its DSFR
/// theme, or `System` when it has none (the embed then follows the visitor's system).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostTheme {
    Light,
    Dark,
    System,
}

impl HostTheme {
    /// The theme of a message an embed received from its parent window: `None` unless the message
    /// is a theme message with a known value.
    pub fn from_message(kind: Option<&str>, theme: Option<&str>) -> Option<HostTheme> {
        if kind != Some(THEME_MESSAGE) {
            return None;
        }
        match theme? {
            "light" => Some(HostTheme::Light),
            "dark" => Some(HostTheme::Dark),
            "system" => Some(HostTheme::System),
            _ => None,
        }
    }

    /// The theme of a page as the DSFR marks it on its root element: `data-fr-theme` (what the
    /// DSFR shows), else `data-fr-scheme` when it names one, else none.
    pub fn of_page(data_fr_theme: Option<&str>, data_fr_scheme: Option<&str>) -> HostTheme {
        let named = |value: Option<&str>| match value {
            Some("dark") => Some(HostTheme::Dark),
            Some("light") => Some(HostTheme::Light),
            _ => None,
        };
        named(data_fr_theme).or(named(data_fr_scheme)).unwrap_or(HostTheme::System)
    }

    /// Its value in a theme message.
    pub fn value(self) -> &'static str {
        match self {
            HostTheme::Light => "light",
            HostTheme::Dark => "dark",
            HostTheme::System => "system",
        }
    }
}

/// Whether an embed shows dark: `theme=clair` and `sombre` say so; `auto` takes the host page's
/// theme when it relayed one, else the visitor's system.
pub fn shows_dark(theme: Theme, host: Option<HostTheme>, system_dark: bool) -> bool {
    match (theme, host) {
        (Theme::Light, _) => false,
        (Theme::Dark, _) => true,
        (Theme::System, Some(HostTheme::Light)) => false,
        (Theme::System, Some(HostTheme::Dark)) => true,
        (Theme::System, Some(HostTheme::System) | None) => system_dark,
    }
}

/// Escapes text for a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(query: &[(&str, &str)]) -> EmbedOptions {
        EmbedOptions::from_query(|key| query.iter().find(|(k, _)| *k == key).map(|(_, v)| (*v).to_owned()))
    }

    #[test]
    fn every_block_is_found_by_its_slug() {
        for block in Block::ALL {
            assert_eq!(Block::from_slug(block.slug()), Some(block));
        }
        assert_eq!(Block::from_slug("FAST"), Some(Block::Funding));
        assert_eq!(Block::from_slug("carte"), None);
    }

    #[test]
    fn options_default_to_a_titled_light_opaque_block() {
        let o = options(&[]);
        assert!(o.titled && !o.transparent);
        assert_eq!((o.theme, o.id, o.ignored.len()), (Theme::Light, None, 0));
    }

    #[test]
    fn options_are_read_and_odd_values_listed() {
        let o = options(&[("titre", "0"), ("theme", "sombre"), ("fond", "transparent"), ("id", "fast-2024")]);
        assert!(!o.titled && o.transparent);
        assert_eq!((o.theme, o.id.as_deref()), (Theme::Dark, Some("fast-2024")));
        let odd = options(&[("titre", "peut-être"), ("theme", "rose"), ("fond", "rouge"), ("id", "<script>")]);
        assert!(odd.titled && !odd.transparent && odd.id.is_none());
        assert_eq!(odd.ignored.len(), 4);
        assert_eq!(options(&[("theme", "auto")]).theme, Theme::System);
    }

    #[test]
    fn an_embed_shares_every_filter_of_the_view_and_its_source() {
        use crate::data::{IncubatorId, MinistryId, Phase, ThemeId};
        let filter = Filter {
            incubators: [IncubatorId("dinum".into()), IncubatorId("anct".into())].into(),
            ministries: [MinistryId("environnement".into())].into(),
            themes: [ThemeId("education".into())].into(),
            phases: [Phase::Construction, Phase::Acceleration].into(),
            year: Some(2023),
        };
        let source = DataSource::from_param(Some("data/copie/")).unwrap();
        let pairs = shared_params(&filter, &source);
        let keys: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["incubateur", "ministere", "thematique", "phase", "annee", "source"]);
        // Every filter the explorer writes in its URL, read back as the same filter.
        let explorer: Vec<(&str, String)> = query_pairs(&filter);
        assert_eq!(pairs[..5].iter().map(|(k, v)| (k.as_str(), v.clone())).collect::<Vec<_>>(), explorer);
        assert_eq!(pairs[5].1, "data/copie/");
        // The default view shares nothing; the default data is not named.
        assert!(shared_params(&Filter::default(), &DataSource::default()).is_empty());
        assert_eq!(
            shared_params(&Filter::default(), &DataSource::Live),
            [("source".to_owned(), "beta.gouv.fr".to_owned())]
        );
    }

    #[test]
    fn the_snippet_escapes_its_attributes_and_loads_the_host_script_file() {
        let query = vec![("incubateur".to_owned(), "dinum,anct".to_owned()), ("annee".to_owned(), "2024".to_owned())];
        let app = "https://example.org/tableau/";
        let url = embed_url(app, Block::Incubators, &query);
        assert_eq!(url, "https://example.org/tableau/embed/incubateurs?incubateur=dinum,anct&annee=2024");
        let html = snippet(app, &url, "Services \"par\" incubateur <b>");
        assert!(
            html.contains("src=\"https://example.org/tableau/embed/incubateurs?incubateur=dinum,anct&amp;annee=2024\"")
        );
        assert!(html.contains("title=\"Services &quot;par&quot; incubateur &lt;b&gt;\""));
        assert!(html.contains("loading=\"lazy\""));
        assert!(html.ends_with("<script src=\"https://example.org/tableau/integration.js\" defer></script>"));
        // Nothing a strict Content-Security-Policy would refuse: no inline script or style.
        assert!(!html.contains("style=") && !html.contains("<script>"));
    }

    #[test]
    fn an_embed_takes_only_a_theme_message_with_a_known_value() {
        assert_eq!(HostTheme::from_message(Some(THEME_MESSAGE), Some("dark")), Some(HostTheme::Dark));
        assert_eq!(HostTheme::from_message(Some(THEME_MESSAGE), Some("light")), Some(HostTheme::Light));
        assert_eq!(HostTheme::from_message(Some(THEME_MESSAGE), Some("system")), Some(HostTheme::System));
        for odd in [Some("Dark"), Some("sombre"), Some(""), Some("dark "), None] {
            assert_eq!(HostTheme::from_message(Some(THEME_MESSAGE), odd), None, "{odd:?}");
        }
        assert_eq!(HostTheme::from_message(Some(RESIZE_MESSAGE), Some("dark")), None);
        assert_eq!(HostTheme::from_message(None, Some("dark")), None);
        for theme in [HostTheme::Light, HostTheme::Dark, HostTheme::System] {
            assert_eq!(HostTheme::from_message(Some(THEME_MESSAGE), Some(theme.value())), Some(theme));
        }
    }

    #[test]
    fn a_page_theme_is_its_dsfr_theme_else_its_named_scheme_else_none() {
        assert_eq!(HostTheme::of_page(Some("dark"), Some("system")), HostTheme::Dark);
        assert_eq!(HostTheme::of_page(Some("light"), Some("dark")), HostTheme::Light);
        assert_eq!(HostTheme::of_page(None, Some("dark")), HostTheme::Dark);
        assert_eq!(HostTheme::of_page(None, Some("light")), HostTheme::Light);
        assert_eq!(HostTheme::of_page(None, Some("system")), HostTheme::System);
        assert_eq!(HostTheme::of_page(Some("rose"), None), HostTheme::System);
        assert_eq!(HostTheme::of_page(None, None), HostTheme::System);
    }

    #[test]
    fn only_auto_embeds_follow_the_host_page_and_without_one_the_system() {
        for host in [None, Some(HostTheme::Light), Some(HostTheme::Dark), Some(HostTheme::System)] {
            for system in [false, true] {
                assert!(!shows_dark(Theme::Light, host, system));
                assert!(shows_dark(Theme::Dark, host, system));
            }
        }
        assert!(shows_dark(Theme::System, Some(HostTheme::Dark), false));
        assert!(!shows_dark(Theme::System, Some(HostTheme::Light), true));
        assert!(shows_dark(Theme::System, Some(HostTheme::System), true));
        assert!(shows_dark(Theme::System, None, true));
        assert!(!shows_dark(Theme::System, None, false));
    }
}
