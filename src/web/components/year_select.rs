//! The year selector: "aujourd'hui" or a year, as in beta.gouv.fr's annual reports.

use leptos::prelude::*;

use crate::text;

/// Arrowing through a closed year list changes the year at every step: steps closer than this
/// (milliseconds) replace each other in the history, so that Back returns to the year before them.
const QUICK_STEP_MILLIS: f64 = 1_000.0;

/// Whether each step through a year list came quickly after the one before (see
/// [`QUICK_STEP_MILLIS`]): the function to call at each step.
pub fn use_quick_steps() -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    let last_step = StoredValue::new(f64::NEG_INFINITY);
    move || {
        let now = crate::web::browser::now_millis();
        let quick = now - last_step.get_value() < QUICK_STEP_MILLIS;
        last_step.set_value(now);
        quick
    }
}

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
