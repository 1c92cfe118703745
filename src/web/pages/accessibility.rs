//! The accessibility statement (`/accessibilite`), linked from every page's footer.

use leptos::prelude::*;

use crate::text::{self, accessibility as a11y};
use crate::web::browser;

#[component]
pub fn Accessibility() -> impl IntoView {
    browser::set_document_title(&format!("{} — {}", a11y::TITLE, text::APP_TITLE));
    browser::set_meta_description(a11y::DESCRIPTION);
    let items = |list: &'static [&'static str]| list.iter().map(|item| view! { <li>{*item}</li> }).collect_view();
    view! {
        <div class="fr-container container prose">
            <h1>{a11y::TITLE}</h1>
            <p>{a11y::INTRO}</p>
            <h2>{a11y::STATUS_TITLE}</h2>
            <p>{a11y::STATUS}</p>
            <h2>{a11y::DONE_TITLE}</h2>
            <ul>{items(&a11y::DONE)}</ul>
            <h2>{a11y::LIMITS_TITLE}</h2>
            <ul>{items(&a11y::LIMITS)}</ul>
            <h2>{a11y::CONTACT_TITLE}</h2>
            <p>{a11y::CONTACT} " " <a href="https://beta.gouv.fr" rel="noopener">"beta.gouv.fr"</a>"."</p>
            <h2>{a11y::REMEDIES_TITLE}</h2>
            <p>{a11y::REMEDIES}</p>
            <ul>
                <li><a href="https://formulaire.defenseurdesdroits.fr/" rel="noopener">{a11y::REMEDY_FORM}</a>";"</li>
                <li><a href="https://www.defenseurdesdroits.fr/saisir/delegues" rel="noopener">{a11y::REMEDY_DELEGATE}</a>";"</li>
                <li>{a11y::REMEDY_MAIL}</li>
            </ul>
            <p><a href="./">{text::BACK_HOME}</a></p>
        </div>
    }
}
