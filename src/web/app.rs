//! The app: its routes, the frame of the site's pages, and the data each page waits for. The
//! browser mounts it (`web::start`); the prerender renders it at build time.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use super::{api, browser, components, pages, query, theme};
use crate::data::DataSource;
use crate::data::query::url_query::first_value;

#[component]
pub(crate) fn App() -> impl IntoView {
    components::FontsReady::provide();
    view! {
        <Router base=browser::base_path()>
            <Pages/>
        </Router>
    }
}

/// The routes, and the page's query they all read.
#[component]
fn Pages() -> impl IntoView {
    query::PageQuery::provide();
    view! {
        <Routes fallback=|| view! { <SiteFrame><pages::NotFound/></SiteFrame> }>
            <Route path=path!("") view=|| view! { <SiteFrame charts=true><DataRoute page=Page::Explorer/></SiteFrame> }/>
            // An embed and a presentation have no page frame: the host page, or the room, has one.
            <Route path=path!("accessibilite") view=|| view! { <SiteFrame><pages::Accessibility/></SiteFrame> }/>
            <Route path=path!("bilan") view=|| view! { <SiteFrame><DataRoute page=Page::Bilan/></SiteFrame> }/>
            <Route path=path!("embed/:bloc") view=|| view! { <main id="contenu" class="bare"><DataRoute page=Page::Embed/></main> }/>
            <Route path=path!("presentation") view=|| view! { <main id="contenu" class="bare"><DataRoute page=Page::Presentation/></main> }/>
        </Routes>
    }
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

/// The views that show data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Page {
    Explorer,
    Embed,
    Presentation,
    /// The bilan of a year, printable.
    Bilan,
}

/// Loads the data the URL asks for (`?source=`), then shows the page, or why it cannot. The page
/// shows as soon as the required files are read, and again when the optional ones arrive.
#[component]
fn DataRoute(page: Page) -> impl IntoView {
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
        Some(Ok(loaded)) => match page {
            Page::Explorer => view! { <pages::Explorer loaded=loaded/> }.into_any(),
            Page::Embed => view! { <pages::Embed loaded=loaded/> }.into_any(),
            Page::Presentation => view! { <pages::Presentation loaded=loaded/> }.into_any(),
            Page::Bilan => view! { <pages::Bilan loaded=loaded/> }.into_any(),
        },
        Some(Err(error)) => view! { <components::LoadFailure error=error retry=load/> }.into_any(),
    }
}
