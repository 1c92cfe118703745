//! "Bilan de l'année 2023": from the explorer, where a year is chosen, to the bilan of that year
//! (only for a year over, which the data covers).

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::bilan;
use crate::data::url_query::PARAM_YEAR;
use crate::text;
use crate::web::api::Loaded;

#[component]
pub fn BilanLink(loaded: Arc<Loaded>, year: Signal<Option<i32>>) -> impl IntoView {
    let years = bilan::years(&loaded.dataset, crate::web::browser::today(), loaded.data_date());
    let shown = move || year.get().filter(|y| years.as_ref().is_some_and(|years| years.contains(y)));
    move || {
        shown().map(|year| {
            view! {
                <p class="bilan-link">
                    <a class="fr-link" href=format!("bilan?{PARAM_YEAR}={year}") data-testid="bilan-link">
                        {text::bilan_link(year)}
                    </a>
                </p>
            }
        })
    }
}
