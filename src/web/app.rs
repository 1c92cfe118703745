//! The apps: one per module (kind of page), each with its routes; the frame of the site's pages,
//! and the data each page waits for. Each module is a wasm binary of its own (`src/main.rs`, the
//! explorer; `src/bin/documents.rs`; `src/bin/embed.rs`; `src/bin/presentation.rs`), which mounts
//! its app (`web::start`): a module carries only its pages. The prerender renders each route with
//! its module's app at build time.
//!
//! A link from one module's page to another module's must be a full page load (`rel="external"`,
//! which `Module::rel` gives, or `target="_blank"`): the router would show its own not-found page
//! (`Module::of_path` says which module an address is).

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use super::api::Loaded;
use super::module::Module;
use super::{api, browser, components, pages, query, theme};
use crate::data::DataSource;
use crate::data::query::url_query::first_value;

/// The explorer's module: the explorer, and the not-found page of any address no module has.
#[component]
pub(crate) fn App() -> impl IntoView {
    Module::Explorer.provide();
    components::FontsReady::provide();
    view! {
        <Router base=browser::base_path()>
            <Pages/>
        </Router>
    }
}

/// The documents' module: the bilan and the accessibility statement.
#[component]
pub(crate) fn DocumentsApp() -> impl IntoView {
    Module::Documents.provide();
    components::FontsReady::provide();
    view! {
        <Router base=browser::base_path()>
            <DocumentPages/>
        </Router>
    }
}

/// The embeds' module: only the embed page, and the blocks it shows.
#[component]
pub(crate) fn EmbedApp() -> impl IntoView {
    Module::Embed.provide();
    components::FontsReady::provide();
    view! {
        <Router base=browser::base_path()>
            <EmbedPages/>
        </Router>
    }
}

/// The presentation's module: only the presentation, its slides and its time-lapse.
#[component]
pub(crate) fn PresentationApp() -> impl IntoView {
    Module::Presentation.provide();
    components::FontsReady::provide();
    view! {
        <Router base=browser::base_path()>
            <PresentationPages/>
        </Router>
    }
}

/// The explorer's route, and the page's query it reads.
#[component]
fn Pages() -> impl IntoView {
    query::PageQuery::provide();
    view! {
        <Routes fallback=|| view! { <SiteFrame><pages::NotFound/></SiteFrame> }>
            <Route path=path!("") view=|| view! { <SiteFrame charts=true><DataRoute show=explorer/></SiteFrame> }/>
        </Routes>
    }
}

/// The documents' routes. The server sends the documents' page only for them
/// (`Module::of_path`): its fallback is only for an address reached otherwise.
#[component]
fn DocumentPages() -> impl IntoView {
    query::PageQuery::provide();
    view! {
        <Routes fallback=|| view! { <SiteFrame><pages::NotFound/></SiteFrame> }>
            <Route path=path!("accessibilite") view=|| view! { <SiteFrame><pages::Accessibility/></SiteFrame> }/>
            <Route path=path!("bilan") view=|| view! { <SiteFrame><DataRoute show=bilan/></SiteFrame> }/>
        </Routes>
    }
}

/// The embeds' route. An embed has no page frame: the host page has one. The server sends the
/// embed module's page only for `embed/<bloc>` (`Module::of_path`), so its fallback is only for an
/// address reached otherwise, said without the site's frame.
#[component]
fn EmbedPages() -> impl IntoView {
    query::PageQuery::provide();
    view! {
        <Routes fallback=|| view! { <main id="contenu" class="bare"><pages::NotFound/></main> }>
            <Route path=path!("embed/:bloc") view=|| view! { <main id="contenu" class="bare"><DataRoute show=embed/></main> }/>
        </Routes>
    }
}

/// The presentation's route. A presentation has no page frame: the room has one. The server sends
/// the presentation module's page only for `presentation`: its fallback is only for an address
/// reached otherwise, said without the site's frame.
#[component]
fn PresentationPages() -> impl IntoView {
    query::PageQuery::provide();
    view! {
        <Routes fallback=|| view! { <main id="contenu" class="bare"><pages::NotFound/></main> }>
            <Route path=path!("presentation") view=|| view! { <main id="contenu" class="bare"><DataRoute show=presentation/></main> }/>
        </Routes>
    }
}

fn explorer(loaded: Arc<Loaded>) -> AnyView {
    view! { <pages::Explorer loaded=loaded/> }.into_any()
}

fn bilan(loaded: Arc<Loaded>) -> AnyView {
    view! { <pages::Bilan loaded=loaded/> }.into_any()
}

fn presentation(loaded: Arc<Loaded>) -> AnyView {
    view! { <pages::Presentation loaded=loaded/> }.into_any()
}

fn embed(loaded: Arc<Loaded>) -> AnyView {
    view! { <pages::Embed loaded=loaded/> }.into_any()
}

/// The explorer's frame: the header and footer of a beta.gouv.fr site.
#[component]
fn SiteFrame(
    /// Whether the page has the charts (the header's "Aller aux graphiques").
    #[prop(optional)]
    charts: bool,
    children: Children,
) -> impl IntoView {
    theme::SiteTheme::provide();
    // Rendered at build time, the explorer has its charts; in the browser, once they show.
    components::ChartsTarget::provide(charts && !cfg!(target_arch = "wasm32"));
    view! {
        <components::SiteHeader/>
        <main id="contenu" tabindex="-1">{children()}</main>
        <components::SiteFooter/>
    }
}

/// Loads the data the URL asks for (`?source=`), then shows the page, or why it cannot. The page
/// shows (`show`) as soon as the required files are read, and again when the optional ones arrive.
/// A function, not a choice among the pages: a module carries only the pages it names.
#[component]
fn DataRoute(show: fn(Arc<Loaded>) -> AnyView) -> impl IntoView {
    let query = query::PageQuery::get().read();
    // A source on another site is refused: the default data is shown, and the page says why.
    let source =
        Memo::new(move |_| DataSource::from_param(first_value(query.read().get_all(DataSource::PARAM)).as_deref()));
    #[cfg(not(target_arch = "wasm32"))]
    let prerendered = use_context::<api::Prerendered>().map(|p| Ok(p.0));
    #[cfg(target_arch = "wasm32")]
    let prerendered = None;
    let data = RwSignal::new(prerendered);
    // Each load has a number: a slower, older one never overwrites a newer one.
    let generation = StoredValue::new(0_u32);
    let load = move || {
        generation.update_value(|g| *g += 1);
        let this = generation.get_value();
        data.set(None);
        let source = source.get_untracked().unwrap_or_default();
        leptos::task::spawn_local(api::load_in_stages(source, move |result| {
            if generation.try_get_value() == Some(this) {
                _ = data.try_set(Some(result));
            }
        }));
    };
    Effect::new(move |_| {
        source.track();
        load();
    });
    // The first view gives way once the page shows its data, or why there is none.
    browser::wait_for_data();
    Effect::new(move |_| {
        if data.with(Option::is_some) {
            browser::take_over();
        }
    });
    let slow = browser::flag_after(5_000);
    move || match data.get() {
        None => view! { <components::Loading slow=slow/> }.into_any(),
        Some(Ok(loaded)) => show(loaded),
        Some(Err(error)) => view! { <components::LoadFailure error=error retry=load/> }.into_any(),
    }
}
