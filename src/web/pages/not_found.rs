//! An address the dashboard has no page for: said in its title and heading, with a way back.

use leptos::prelude::*;

use crate::text;
use crate::web::browser;
use crate::web::module::Module;

#[component]
pub fn NotFound() -> impl IntoView {
    // Titled after its heading (RGAA 8.6), not as the explorer.
    browser::set_document_title(&text::site_page_title(text::NOT_FOUND_TITLE));
    view! {
        <div class="fr-container container">
            <h1>{text::NOT_FOUND_TITLE}</h1>
            <p>{text::NOT_FOUND_BODY} " " <a href="./" rel=Module::rel("./")>{text::BACK_HOME}</a></p>
        </div>
    }
}
