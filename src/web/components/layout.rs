//! The page frame, after the DSFR header and footer (sober, without their scripts).

use leptos::prelude::*;

use crate::text;

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <a class="skip-link" href="#contenu">{text::SKIP_TO_CONTENT}</a>
        <header class="site-header" role="banner">
            <div class="container site-header__body">
                <p class="marianne">{text::MARIANNE_1} <br/> {text::MARIANNE_2}</p>
                <div class="site-header__service">
                    <a href="./" class="site-header__title" title=text::HOME_LINK_TITLE>
                        {text::APP_TITLE}
                    </a>
                    <p class="site-header__tagline">{text::APP_SUBTITLE}</p>
                </div>
            </div>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer" role="contentinfo">
            <div class="container">
                <p>
                    {text::FOOTER_ABOUT} " "
                    <a href="https://beta.gouv.fr" rel="noopener">"beta.gouv.fr"</a>
                    " · "
                    <a href="https://beta.gouv.fr/api/v2.7/startups.json" rel="noopener">{text::FOOTER_OPEN_DATA}</a>
                </p>
            </div>
        </footer>
    }
}
