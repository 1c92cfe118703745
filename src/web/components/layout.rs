//! The page frame: the DSFR header (the State's block-mark, with its motto, and the service's
//! name) and footer (the accessibility status, the links), without the DSFR's scripts.

use leptos::prelude::*;

use crate::text;
use crate::web::module::Module;

/// Whether the page shows the charts (`#graphiques`: the explorer, once its data is read): the
/// header offers a skip link to them only then. Provided by the site's frame, set by the page.
#[derive(Clone, Copy)]
pub struct ChartsTarget(RwSignal<bool>);

impl ChartsTarget {
    /// `first_view`: the page has the charts from the start (the explorer rendered at build time,
    /// whose header is written before its charts).
    pub fn provide(first_view: bool) {
        provide_context(ChartsTarget(RwSignal::new(first_view)));
    }

    /// Called by a page that has the charts' target: the skip link shows while the page does.
    pub fn mark_shown() {
        if let Some(ChartsTarget(shown)) = use_context::<ChartsTarget>() {
            Effect::new(move |_| shown.set(true));
            on_cleanup(move || _ = shown.try_set(false));
        }
    }
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    let page_query = use_context::<crate::web::query::PageQuery>();
    let charts = use_context::<ChartsTarget>().map(|ChartsTarget(shown)| shown);
    view! {
        // Skip links move the focus, not only the view (the router would only change the URL);
        // each page offers only the targets it has.
        <div class="fr-skiplinks">
            <nav class="fr-container" aria-label=text::SKIP_LINKS>
                <ul class="fr-skiplinks__list">
                    <li><a class="fr-link skip-link" href="#contenu" on:click=|ev| skip_to(ev, "contenu")>{text::SKIP_TO_CONTENT}</a></li>
                    {move || charts.is_some_and(|shown| shown.get()).then(|| view! {
                        <li><a class="fr-link skip-link" href="#graphiques" on:click=|ev| skip_to(ev, "graphiques")>{text::SKIP_TO_CHARTS}</a></li>
                    })}
                </ul>
            </nav>
        </div>
        <header class="fr-header site-header" role="banner">
            <div class="fr-header__body">
                <div class="fr-container">
                    <div class="fr-header__body-row">
                        <div class="fr-header__brand">
                            <div class="fr-header__brand-top">
                                <div class="fr-header__logo">
                                    // The DSFR logo: the Marianne block-mark, the two words, the motto (drawn by its CSS).
                                    <p class="fr-logo">{text::MARIANNE_1} <br/> {text::MARIANNE_2}</p>
                                </div>
                            </div>
                            <div class="fr-header__service">
                                <a href="./" rel=Module::rel("./") title=text::HOME_LINK_TITLE on:click=move |ev| page_query.iter().for_each(|q| q.home_click(&ev))>
                                    <p class="fr-header__service-title site-header__title">{text::APP_TITLE}</p>
                                </a>
                                <p class="fr-header__service-tagline">{text::APP_SUBTITLE}</p>
                            </div>
                        </div>
                        <div class="fr-header__tools">
                            {use_context::<crate::web::theme::SiteTheme>().map(|theme| view! {
                                // On phones an icon beside the brand; its name stays for screen readers.
                                <button
                                    type="button"
                                    class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm button button--tertiary theme-toggle"
                                    aria-pressed=move || theme.dark.get().to_string()
                                    on:click=move |_| theme.toggle()
                                >
                                    <svg class="theme-toggle__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                                        <path fill="currentColor" d="M10 7a7 7 0 0 0 12 4.9v.1c0 5.52-4.48 10-10 10S2 17.52 2 12 6.48 2 12 2h.1A6.98 6.98 0 0 0 10 7Zm-6 5a8 8 0 0 0 15.06 3.76A9 9 0 0 1 8.24 4.94 8 8 0 0 0 4 12Z"/>
                                    </svg>
                                    <span class="theme-toggle__label">{text::THEME_DARK_TOGGLE}</span>
                                </button>
                            })}
                        </div>
                    </div>
                </div>
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
        <footer class="fr-footer site-footer" role="contentinfo">
            <div class="fr-container">
                <div class="fr-footer__body">
                    <div class="fr-footer__brand">
                        <p class="fr-logo">{text::MARIANNE_1} <br/> {text::MARIANNE_2}</p>
                    </div>
                    <div class="fr-footer__content">
                        <p class="fr-footer__content-desc">
                            {text::FOOTER_ABOUT} " " <a href="https://beta.gouv.fr" rel="noopener">"beta.gouv.fr"</a> "."
                        </p>
                        <ul class="fr-footer__content-list">
                            <li class="fr-footer__content-item">
                                <a class="fr-footer__content-link" href="https://beta.gouv.fr" rel="noopener">"beta.gouv.fr"</a>
                            </li>
                            <li class="fr-footer__content-item">
                                <a class="fr-footer__content-link" href="https://beta.gouv.fr/api/v2.7/startups.json" rel="noopener">
                                    {text::FOOTER_OPEN_DATA}
                                </a>
                            </li>
                            <li class="fr-footer__content-item">
                                <a class="fr-footer__content-link" href="https://www.gouvernement.fr" rel="noopener">"gouvernement.fr"</a>
                            </li>
                            <li class="fr-footer__content-item">
                                <a class="fr-footer__content-link" href="https://www.service-public.fr" rel="noopener">"service-public.fr"</a>
                            </li>
                        </ul>
                    </div>
                </div>
                <div class="fr-footer__bottom">
                    <ul class="fr-footer__bottom-list">
                        <li class="fr-footer__bottom-item">
                            <StatementLink class="fr-footer__bottom-link"/>
                        </li>
                        <li class="fr-footer__bottom-item">
                            <a class="fr-footer__bottom-link" href="presentation" rel=Module::rel("presentation")>{text::FOOTER_PRESENTATION}</a>
                        </li>
                        <li class="fr-footer__bottom-item">
                            <a class="fr-footer__bottom-link" href="bilan" rel=Module::rel("bilan")>{text::FOOTER_BILAN}</a>
                        </li>
                    </ul>
                    <div class="fr-footer__bottom-copy">
                        <p>{text::FOOTER_LICENCE}</p>
                    </div>
                </div>
            </div>
        </footer>
    }
}

/// The link to the accessibility statement, named by the level the published audit grid gives
/// ("Accessibilité : partiellement conforme"): in every page's footer, in the presentation's bar,
/// and in an embed, where it opens a new tab as its other link does (the model statement asks
/// for a link from every page of the site).
#[component]
pub fn StatementLink(class: &'static str, #[prop(optional)] new_tab: bool) -> impl IntoView {
    let label = text::accessibility::footer_status(crate::audit::SUMMARY.level());
    // In a new tab, the link's name says so (its visible text first).
    let name = new_tab.then(|| text::accessibility::statement_link_new_tab(&label));
    view! {
        <a
            class=class
            // Relative to the document's base, as every link of the app.
            href="accessibilite"
            target=new_tab.then_some("_blank")
            // From another module's page (all but the documents'): a full page load, not the router's.
            rel=if new_tab { Some("noopener") } else { Module::rel("accessibilite") }
            aria-label=name
            data-testid="statement-link"
        >
            {label}
        </a>
    }
}
