//! "Bilan de l'année 2023": from the explorer, where a year is chosen, to the bilan of that year
//! (only for a year over, which the data covers).

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::DataSource;
use crate::data::query::bilan;
use crate::data::query::dimension::Dimension;
use crate::data::query::url_query::{encode, first_value};
use crate::text;
use crate::web::api::Loaded;
use crate::web::module::Module;
use crate::web::query::PageQuery;

#[component]
pub fn BilanLink(loaded: Arc<Loaded>, year: Signal<Option<i32>>) -> impl IntoView {
    let years = bilan::years(&loaded.dataset, crate::web::browser::today(), loaded.data_date());
    let shown = move || year.get().filter(|y| years.as_ref().is_some_and(|years| years.contains(y)));
    // The bilan of the same data: the explorer's `source`, when it has one.
    let query = PageQuery::get().read();
    let source = move || {
        query
            .with(|q| first_value(q.get_all(DataSource::PARAM)))
            .map(|s| format!("&{}={}", DataSource::PARAM, encode(&s)))
            .unwrap_or_default()
    };
    move || {
        shown().map(|year| {
            view! {
                <p class="bilan-link">
                    <a class="fr-link" href=format!("bilan?{}={year}{}", Dimension::Year.param(), source()) rel=Module::rel("bilan") data-testid="bilan-link">
                        {text::bilan_link(year)}
                    </a>
                </p>
            }
        })
    }
}
