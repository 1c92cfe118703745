//! The first view of each page, rendered natively into its HTML file at build time
//! (`src/bin/prerender.rs`): the same components, with the bundled data and a fixed date.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::{DataSource, Date, compact};
use crate::data::listing::ServiceIndex;
use crate::web::api::Loaded;

/// The data and the day a prerendered page shows, provided to the app's components in place of
/// what the browser would fetch and tell.
#[derive(Clone)]
pub struct Prerender {
    pub loaded: Arc<Loaded>,
    pub today: Date,
}

/// Reads a compact file as the app would.
pub fn loaded_of_compact(text: &str, path: &str) -> Result<Arc<Loaded>, crate::data::LoadError> {
    let read = compact::read(text)?;
    let index = ServiceIndex::new(&read.dataset);
    Ok(Arc::new(Loaded {
        dataset: read.dataset,
        source: DataSource::Compact(path.to_owned()),
        info: read.source,
        last_modified: None,
        saved: None,
        index,
    }))
}

/// The HTML of the app's page at `url` (a path and query, e.g. `/embed/incubateurs`).
pub fn render(url: &str, prerender: Prerender) -> String {
    crate::web::browser::set_render_day(prerender.today);
    let owner = Owner::new_root(None);
    owner.with(|| {
        provide_context(leptos_router::location::RequestUrl::new(url));
        provide_context(prerender);
        view! { <super::App/> }.to_html()
    })
}
