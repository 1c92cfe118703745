//! The page frame: the DSFR header (the State's block-mark, with its motto, and the service's
//! name) and footer (the accessibility status, the links), without the DSFR's scripts.

use leptos::prelude::*;

use crate::text;

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        // Skip links move the focus, not only the view (the router would only change the URL).
        <nav class="skip-links" aria-label=text::SKIP_LINKS>
            <a class="skip-link" href="#contenu" on:click=|ev| skip_to(ev, "contenu")>{text::SKIP_TO_CONTENT}</a>
            <a class="skip-link" href="#graphiques" on:click=|ev| skip_to(ev, "graphiques")>{text::SKIP_TO_CHARTS}</a>
        </nav>
        <header class="site-header" role="banner">
            <div class="container site-header__body">
                // The DSFR logo: the Marianne block-mark, the two words, the motto (drawn by its CSS).
                <p class="fr-logo">{text::MARIANNE_1} <br/> {text::MARIANNE_2}</p>
                <div class="site-header__service">
                    <a href="./" class="site-header__title" title=text::HOME_LINK_TITLE>
                        {text::APP_TITLE}
                    </a>
                    <p class="site-header__tagline">{text::APP_SUBTITLE}</p>
                </div>
                {use_context::<crate::web::theme::SiteTheme>().map(|theme| view! {
                    <button
                        type="button"
                        class="button button--tertiary theme-toggle"
                        aria-pressed=move || theme.dark.get().to_string()
                        on:click=move |_| theme.toggle()
                    >
                        {text::THEME_DARK_TOGGLE}
                    </button>
                })}
            </div>
        </header>
    }
}

fn skip_to(event: leptos::ev::MouseEvent, id: &str) {
    if crate::web::browser::focus_element(id) {
        event.prevent_default();
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer" role="contentinfo">
            <div class="container site-footer__body">
                <p class="fr-logo">{text::MARIANNE_1} <br/> {text::MARIANNE_2}</p>
                <div class="site-footer__content">
                    <p>
                        {text::FOOTER_ABOUT} " "
                        <a href="https://beta.gouv.fr" rel="noopener">"beta.gouv.fr"</a>
                        "."
                    </p>
                    <ul class="site-footer__links">
                        <li><a href="https://beta.gouv.fr" rel="noopener">"beta.gouv.fr"</a></li>
                        <li><a href="https://beta.gouv.fr/api/v2.7/startups.json" rel="noopener">{text::FOOTER_OPEN_DATA}</a></li>
                        <li><a href="https://www.gouvernement.fr" rel="noopener">"gouvernement.fr"</a></li>
                        <li><a href="https://www.service-public.fr" rel="noopener">"service-public.fr"</a></li>
                    </ul>
                </div>
            </div>
            <div class="container site-footer__bottom">
                <ul class="site-footer__bottom-list">
                    <li><a href="accessibilite">{text::ACCESSIBILITY_STATUS}</a></li>
                    <li><a href="presentation">{text::FOOTER_PRESENTATION}</a></li>
                </ul>
                <p class="site-footer__licence">{text::FOOTER_LICENCE}</p>
            </div>
        </footer>
    }
}
