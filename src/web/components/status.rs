//! What the page says while loading, and when loading failed.

use leptos::prelude::*;

use crate::data::LoadError;
use crate::text;

#[component]
pub fn Loading(slow: ReadSignal<bool>) -> impl IntoView {
    view! {
        <div class="fr-container container status">
            <h1 class="page-title">{text::HOME_TITLE}</h1>
            <p role="status">{text::LOADING}</p>
            <p role="status">{move || slow.get().then_some(text::LOADING_SLOW)}</p>
        </div>
    }
}

#[component]
pub fn LoadFailure(error: LoadError, retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    view! {
        <div class="fr-container container">
            <h1 class="page-title">{text::HOME_TITLE}</h1>
            <div class="fr-alert fr-alert--error alert alert--error" role="alert">
                <h2 class="fr-alert__title alert__title">{text::LOAD_FAILED}</h2>
                <p>{error.to_string()}</p>
                <p>{text::load_failed_help(&error)}</p>
                <button type="button" class="fr-btn button" on:click=move |_| retry()>{text::RETRY}</button>
            </div>
        </div>
    }
}
