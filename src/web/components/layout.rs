//! The page frame, after the DSFR header and footer (sober, without their scripts).

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
                <p class="marianne">{text::MARIANNE_1} <br/> {text::MARIANNE_2}</p>
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
