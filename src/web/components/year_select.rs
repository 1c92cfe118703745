//! The year selector: "aujourd'hui" or a year, as in beta.gouv.fr's annual reports.

use leptos::prelude::*;

use crate::text;

#[component]
pub fn YearSelect(
    years: Vec<i32>,
    today: crate::data::Date,
    selected: Signal<Option<i32>>,
    on_change: impl Fn(Option<i32>) + Send + Sync + 'static,
) -> impl IntoView {
    let options = years
        .into_iter()
        .rev()
        .map(|year| {
            let value = year.to_string();
            view! {
                <option value=value selected=move || selected.get() == Some(year)>
                    {text::year_option(year, today)}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for="filtre-annee" class="fr-label field__label">{text::YEAR_LABEL}</label>
            <select
                id="filtre-annee"
                class="fr-select select"
                on:change=move |ev| on_change(event_target_value(&ev).parse().ok())
                prop:value=move || selected.get().map(|y| y.to_string()).unwrap_or_default()
            >
                <option value="" selected=move || selected.get().is_none()>{text::TODAY}</option>
                {options}
            </select>
        </div>
    }
}
