//! Each page's first view, rendered natively at build time into the HTML file the server sends
//! for it (`src/bin/prerender.rs`, run by `./dev build`): the same components, the same `text`
//! and `charts` as in the browser, with the bundled data and the day of the build.
//!
//! A page's file is Trunk's page (`shell.html`, the app alone) with the first view in its body:
//! `<div id="premier-rendu">`, which the app replaces once it has drawn the same page
//! (`browser::take_over`). Its root names the route it was rendered for and the parameters that
//! leave its figures as they are (`data-first-view`, `data-first-view-keeps`): for any other
//! address, `public/first-view.js` hides it before the first paint, and the page shows its
//! loading state until the app has the address's figures.

mod charts;

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::query::listing::ServiceIndex;
use crate::data::read::compact;
use crate::data::{DataSource, Date, LoadError};
use crate::modes::embed::{self, Block};
use crate::modes::presentation;
use crate::text;
use crate::web::api::{Loaded, Prerendered};
use crate::web::app::{App, DocumentsApp, EmbedApp, PresentationApp};
use crate::web::browser;
use crate::web::module::Module;

pub use charts::{picture as chart_picture, stylesheet};

/// The data and the day a first view shows, provided to the app's components in place of what
/// the browser would fetch and tell.
#[derive(Clone)]
pub struct Prerender {
    pub loaded: Arc<Loaded>,
    pub today: Date,
}

impl Prerender {
    /// The data of a compact file (`text`), read as the app reads it from `path`.
    pub fn of_compact(text: &str, path: &str, today: Date) -> Result<Prerender, LoadError> {
        let read = compact::read(text)?;
        let index = ServiceIndex::new(&read.dataset);
        let loaded = Loaded {
            dataset: read.dataset,
            source: DataSource::Compact(path.to_owned()),
            info: read.source,
            last_modified: None,
            saved: None,
            index,
        };
        Ok(Prerender { loaded: Arc::new(loaded), today })
    }
}

/// A page whose first view is rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    /// Its path under the app's base, without a leading `/` (`""` for the explorer).
    pub path: String,
    /// The query parameters that leave its first view as it is (`*`: any).
    pub keeps: &'static [&'static str],
    /// Whether the app's code waits for the first view to be painted before it is fetched (an
    /// embed: its host page's other content first).
    pub app_after_paint: bool,
    /// The module whose app has the page: its file is rendered from that module's page
    /// (`Module::template`), so that it loads that module's code.
    pub module: Module,
}

impl Route {
    /// Which page its first view's notices speak of.
    pub fn notice_page(&self) -> text::FirstViewPage {
        match self.path.as_str() {
            "" => text::FirstViewPage::Explorer,
            "presentation" => text::FirstViewPage::Presentation,
            "bilan" => text::FirstViewPage::Bilan,
            "accessibilite" => text::FirstViewPage::Statement,
            _ => text::FirstViewPage::Embed,
        }
    }

    /// The file the server sends for it, under `dist/`.
    pub fn file(&self) -> String {
        if self.path.is_empty() { "index.html".to_owned() } else { format!("{}/index.html", self.path) }
    }
}

/// An embed's own options change how it looks, never its figures.
const EMBED_KEEPS: &[&str] = &[embed::PARAM_TITLE, embed::PARAM_THEME, embed::PARAM_BACKGROUND, embed::PARAM_ID];
/// The presentation's timing does not change its first slide.
const PRESENTATION_KEEPS: &[&str] = &[presentation::PARAM_AUTO, presentation::PARAM_REFRESH, presentation::PARAM_SPEED];

/// Every page rendered at build time: the explorer, each embed, the presentation's first slide,
/// the accessibility statement, the bilan.
pub fn routes() -> Vec<Route> {
    let route = |path: String, keeps, app_after_paint| {
        let module = Module::of_path(&path);
        Route { path, keeps, app_after_paint, module }
    };
    let mut routes = vec![route(String::new(), &[] as &[&str], false)];
    routes.extend(Block::ALL.iter().map(|b| route(format!("embed/{}", b.slug()), EMBED_KEEPS, true)));
    routes.push(route("presentation".to_owned(), PRESENTATION_KEEPS, false));
    routes.push(route("accessibilite".to_owned(), &["*"], false));
    // The bilan of the last year over (`annee=` names another).
    routes.push(route("bilan".to_owned(), &[], false));
    routes
}

/// What the page's template lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError(pub &'static str);

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the page template (Trunk's index.html) has no {}", self.0)
    }
}

/// The page of `route`: `template` (Trunk's page of the route's module) with the first view
/// rendered for `prerender` by that module's app.
pub fn page(template: &str, route: &Route, prerender: &Prerender) -> Result<String, TemplateError> {
    let (body, head) = render_in(route.module, &format!("/{}", route.path), prerender);
    let mut html = template.to_owned();
    let root_attributes = format!(
        " data-first-view=\"{}\" data-first-view-keeps=\"{}\" data-first-view-day=\"{}\"",
        attribute(&route.path),
        route.keeps.join(" "),
        prerender.today,
    );
    insert_after(&mut html, "<html", &root_attributes).ok_or(TemplateError("<html>"))?;
    if let Some(title) = head.title {
        replace_between(&mut html, "<title>", "</title>", &escape(&title)).ok_or(TemplateError("<title>"))?;
    }
    if let Some(description) = head.description {
        replace_tag(
            &mut html,
            "<meta",
            "name=description",
            &format!("<meta name=description content=\"{}\">", attribute(&description)),
        )
        .ok_or(TemplateError("<meta name=description>"))?;
    }
    if route.app_after_paint {
        defer_app(&mut html).ok_or(TemplateError("<html>"))?;
    }
    // The template's own `<noscript>` says the app needs JavaScript: the first view says better.
    while replace_tag(&mut html, "<noscript", "", "").is_some() {}
    let body = with_notices(&body, prerender.today, route.notice_page());
    let first_view = format!("<div id=\"{}\" class=\"first-view\">{body}</div>", browser::FIRST_VIEW_ID);
    insert_after(&mut html, "<body>", &first_view).ok_or(TemplateError("<body>"))?;
    Ok(html)
}

/// The HTML of the app of `url`'s module at `url` (a path and query), and the title and
/// description it set.
pub fn render(url: &str, prerender: &Prerender) -> (String, browser::RenderedHead) {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    render_in(Module::of_path(path.trim_start_matches('/')), url, prerender)
}

/// The HTML of `module`'s app at `url`, and the title and description it set.
pub fn render_in(module: Module, url: &str, prerender: &Prerender) -> (String, browser::RenderedHead) {
    browser::set_render_day(prerender.today);
    let _ = browser::take_rendered_head();
    let owner = Owner::new_root(None);
    let html = owner.with(|| {
        provide_context(leptos_router::location::RequestUrl::new(url));
        provide_context(Prerendered(prerender.loaded.clone()));
        match module {
            Module::Explorer => view! { <App/> }.to_html(),
            Module::Documents => view! { <DocumentsApp/> }.to_html(),
            Module::Embed => view! { <EmbedApp/> }.to_html(),
            Module::Presentation => view! { <PresentationApp/> }.to_html(),
        }
    });
    (html, browser::take_rendered_head())
}

/// Whether `template` (a page as Trunk built it) loads `module`'s code: its wasm file, named after
/// the module's binary (`<bin>-<hash>_bg.wasm`), or the bootstrap script naming it.
pub fn loads_module(template: &str, module: Module) -> bool {
    let wasm = format!("{}-", module.bin());
    template.match_indices(&wasm).any(|(at, _)| {
        let before = template[..at].chars().next_back();
        let rest = &template[at + wasm.len()..];
        let hash = rest.chars().take_while(char::is_ascii_hexdigit).count();
        matches!(before, Some('/' | '"' | '=' | '\'')) && hash >= 12 && rest[hash..].starts_with("_bg.wasm")
    })
}

/// The notices of a page whose app cannot run (no JavaScript: `<noscript>`; no WebAssembly:
/// shown by `first-view.js`), at the top of its `<main>`; none on a page that needs no app.
fn with_notices(body: &str, day: Date, page: text::FirstViewPage) -> String {
    let (Some(without_script), Some(without_wasm)) = (text::without_script(day, page), text::without_wasm(day, page))
    else {
        return body.to_owned();
    };
    let notices = format!(
        "<noscript data-first-view-only><div class=\"fr-alert fr-alert--info fr-alert--sm alert alert--info first-view__notice\"><p>{}</p></div></noscript>\
         <div data-first-view-only class=\"fr-alert fr-alert--info fr-alert--sm alert alert--info first-view__notice first-view__no-wasm\"><p>{}</p></div>",
        escape(&without_script),
        escape(&without_wasm),
    );
    let mut body = body.to_owned();
    let at = body.find("<main").and_then(|start| body[start..].find('>').map(|end| start + end + 1));
    body.insert_str(at.unwrap_or(0), &notices);
    body
}

/// The app's code fetched once the first view is painted: Trunk's preloads go, and the root says
/// so to `first-view.js`, which starts the app's boot script (`data-app-boot`) after the paint.
fn defer_app(html: &mut String) -> Option<()> {
    while replace_tag(html, "<link", "rel=modulepreload", "").is_some() {}
    while replace_tag(html, "<link", "type=application/wasm", "").is_some() {}
    insert_after(html, "<html", " data-app-after-paint")
}

/// Inserts `text` right after the first `marker`.
fn insert_after(html: &mut String, marker: &str, text: &str) -> Option<()> {
    let at = html.find(marker)? + marker.len();
    html.insert_str(at, text);
    Some(())
}

/// Replaces what is between the first `open` and the next `close`.
fn replace_between(html: &mut String, open: &str, close: &str, text: &str) -> Option<()> {
    let start = html.find(open)? + open.len();
    let end = start + html[start..].find(close)?;
    html.replace_range(start..end, text);
    Some(())
}

/// Replaces the first tag starting with `open` whose text holds `holding` (with its content and
/// closing tag, for `<noscript`) by `text`.
fn replace_tag(html: &mut String, open: &str, holding: &str, text: &str) -> Option<()> {
    let mut from = 0;
    loop {
        let start = from + html[from..].find(open)?;
        let end = start + html[start..].find('>')? + 1;
        if html[start..end].contains(holding) {
            let name = &open[1..];
            let end = match html[end..].find(&format!("</{name}>")) {
                Some(close) if name == "noscript" => end + close + name.len() + 3,
                _ => end,
            };
            html.replace_range(start..end, text);
            return Some(());
        }
        from = end;
    }
}

/// Text as HTML text.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Text as an attribute value between double quotes.
fn attribute(text: &str) -> String {
    escape(text).replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!doctype html><html data-fr-scheme=light lang=fr><title>T</title>\
        <meta content=\"d\" name=description>\
        <link crossorigin href=/a.js rel=modulepreload><link as=fetch href=/a_bg.wasm rel=preload type=application/wasm>\
        </head><body><div class=boot id=boot role=status>Chargement</div><noscript><p>x</p></noscript></body></html>";

    #[test]
    fn an_embed_fetches_its_code_after_its_first_paint() {
        let mut html = TEMPLATE.to_owned();
        defer_app(&mut html).unwrap();
        assert!(!html.contains("modulepreload") && !html.contains("application/wasm"));
        assert!(html.contains("<html data-app-after-paint data-fr-scheme"));
    }

    #[test]
    fn the_template_s_noscript_and_description_are_replaced() {
        let mut html = TEMPLATE.to_owned();
        replace_tag(&mut html, "<noscript", "", "").unwrap();
        assert!(!html.contains("noscript") && html.contains("<div class=boot"));
        replace_tag(&mut html, "<meta", "name=description", "<meta name=description content=\"e\">").unwrap();
        assert!(html.contains("<meta name=description content=\"e\"><link"));
    }

    #[test]
    fn every_page_with_data_is_rendered_and_embeds_wait_for_their_paint() {
        let routes = routes();
        assert_eq!(routes[0].file(), "index.html");
        assert_eq!(routes.iter().filter(|r| r.app_after_paint).count(), Block::ALL.len());
        assert!(routes.iter().any(|r| r.file() == "embed/incubateurs/index.html"));
        assert!(routes.iter().any(|r| r.file() == "presentation/index.html"));
    }

    #[test]
    fn every_route_names_the_module_whose_router_has_it() {
        for route in routes() {
            let embed = route.path.starts_with("embed/");
            assert_eq!(route.module == Module::Embed, embed, "/{}", route.path);
            assert_eq!(route.module == Module::Presentation, route.path == "presentation", "/{}", route.path);
            let document = route.path == "bilan" || route.path == "accessibilite";
            assert_eq!(route.module == Module::Documents, document, "/{}", route.path);
            assert_eq!(route.module, Module::of_path(&route.path), "/{}", route.path);
        }
        assert!(Module::ALL.iter().all(|m| routes().iter().any(|r| r.module == *m)), "every module has a page");
    }

    #[test]
    fn a_template_loads_the_module_whose_wasm_it_names() {
        let explorer = "<link href=/beta-dashboard-0123456789abcdef_bg.wasm rel=preload type=application/wasm>";
        let embed = "<link href=\"/embed-0123456789abcdef_bg.wasm\" rel=preload>";
        assert!(loads_module(explorer, Module::Explorer) && !loads_module(explorer, Module::Embed));
        assert!(loads_module(embed, Module::Embed) && !loads_module(embed, Module::Explorer));
        assert!(!loads_module(TEMPLATE, Module::Explorer) && !loads_module(TEMPLATE, Module::Embed));
    }
}
