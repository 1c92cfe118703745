use leptos::prelude::*;

use crate::text;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <div class="fr-container container">
            <h1>{text::NOT_FOUND_TITLE}</h1>
            <p>{text::NOT_FOUND_BODY} " " <a href="./">{text::BACK_HOME}</a></p>
        </div>
    }
}
