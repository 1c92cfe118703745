//! An embed (`/embed/<bloc>`): one block alone, for an iframe in another page. No filter
//! widgets; a source line links to the explorer with the same filters. The block tells its host
//! page its height whenever it changes.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::data::DataSource;
use crate::data::query::url_query::{IgnoredValue, first_value};
use crate::modes::colours::chart_palette;
use crate::modes::embed::{Block, EmbedOptions, query_suffix, shared_params, shows_dark};
use crate::text;
use crate::web::api::Loaded;
use crate::web::browser::{self, SizeObserver};
use crate::web::components::{
    ChartPalette, ChartPanel, FundingPanel, IgnoredNotice, KeyFiguresView, OfflineNotice, PanelOptions, StatementLink,
};
use crate::web::derived::Derived;

#[component]
pub fn Embed(loaded: Arc<Loaded>) -> impl IntoView {
    let params = use_params_map();
    let query = crate::web::query::PageQuery::get().read();
    let block = Memo::new(move |_| params.with(|p| p.get("bloc").and_then(|slug| Block::from_slug(&slug))));
    let options = Memo::new(move |_| query.with(|q| EmbedOptions::from_query(|key| first_value(q.get_all(key)))));
    let offline = view! { <OfflineNotice loaded=loaded.clone() brief=true/> };
    let derived = Derived::new(Signal::stored(loaded), browser::today());
    browser::set_meta_description(text::EMBED_DESCRIPTION);
    // The page's title names its block, as the iframe's title does (RGAA 8.6).
    browser::follow_document_title(move || {
        text::embed_frame_title(block.get().map_or(text::UNKNOWN_EMBED_TITLE, Block::title))
    });

    // The theme: the page's colours (CSS) and the charts' (canvas).
    // With `theme=auto`, the host page's DSFR theme when it relays one (`integration.js`), else
    // the visitor's system, followed live.
    let host_theme = browser::host_theme();
    let system_dark = browser::system_dark();
    let dark = Memo::new(move |_| shows_dark(options.with(|o| o.theme), host_theme.get(), system_dark.get()));
    Effect::new(move |_| browser::set_theme(dark.get(), options.with(|o| o.transparent)));
    // Under forced colours, the charts take the system's, whatever `theme=` says (the page
    // around them does too).
    let forced = browser::forced_system_colours();
    provide_context(ChartPalette(Signal::derive(move || chart_palette(dark.get(), forced.get()))));

    // Tell the host page the block's height, whenever it changes.
    let body = NodeRef::<leptos::html::Div>::new();
    let observer = StoredValue::new_local(None::<SizeObserver>);
    body.on_load(move |element| {
        let last = StoredValue::new(0.0_f64);
        let post = move |height: f64| {
            let height = height.ceil();
            if height != last.get_value() {
                last.set_value(height);
                browser::post_height(height, options.with_untracked(|o| o.id.clone()).as_deref());
            }
        };
        // Once now: Chrome runs no resize observer in a cross-origin frame out of view (below the
        // fold of the host page) until it is scrolled to, and the host would keep the initial
        // height until then.
        post(element.get_bounding_client_rect().height());
        observer.set_value(SizeObserver::height(&element, post));
    });

    // The explorer with this view: every filter the embed shows, and its source.
    let explorer = Signal::derive(move || {
        let source = query.with(|q| DataSource::from_param(first_value(q.get_all(DataSource::PARAM)).as_deref()));
        let pairs = derived.filter.with(|f| shared_params(f, &source.unwrap_or_default()));
        format!("{}{}", browser::app_url(), query_suffix(&pairs))
    });
    let titled = move || options.with_untracked(|o| o.titled);
    let panel = move || PanelOptions { compact: true, titled: titled(), ..PanelOptions::default() };
    let ignored = Signal::derive(move || {
        let mut ignored = derived.url_filter.with(|u| u.ignored.clone());
        ignored.extend(
            options.with(|o| o.ignored.iter().map(|(p, v)| IgnoredValue::BadOption(p, v.clone())).collect::<Vec<_>>()),
        );
        ignored
    });

    view! {
        <div class="embed" node_ref=body data-bloc=move || block.get().map(Block::slug)>
            // The document's level-1 heading (the block's title is its level 2).
            <h1 class="visually-hidden">{text::APP_TITLE}</h1>
            {move || match block.get() {
                None => view! {
                    <div class="fr-alert fr-alert--error alert alert--error" role="alert">
                        <p>{text::unknown_embed(&Block::ALL.map(Block::slug))} " " <a href=explorer.get() target="_blank" rel="noopener">{text::BACK_HOME}</a></p>
                    </div>
                }.into_any(),
                Some(Block::KeyFigures) => view! {
                    <KeyFiguresView figures=derived.figures.into() caption=derived.caption titled=titled()/>
                }.into_any(),
                Some(Block::Incubators) => view! {
                    <ChartPanel id="graphique-incubateurs" data=derived.incubators.into() subtitle=derived.caption
                        source=derived.source_line.get_untracked() options=panel()/>
                }.into_any(),
                Some(Block::Ministries) => view! {
                    <ChartPanel id="graphique-ministeres" data=derived.ministries.into() subtitle=derived.caption
                        source=derived.source_line.get_untracked() options=panel()/>
                }.into_any(),
                Some(Block::Transparency) => view! {
                    <ChartPanel id="graphique-transparence" data=derived.transparency.into()
                        subtitle=derived.transparency_subtitle
                        source=derived.source_line.get_untracked() options=panel()/>
                }.into_any(),
                Some(Block::Funding) => view! { <FundingPanel derived=derived options=panel()/> }.into_any(),
                Some(Block::Evolution) => view! {
                    <ChartPanel id="graphique-evolution" data=derived.evolution.into()
                        subtitle=Signal::stored(text::EVOLUTION_SUBTITLE.to_owned())
                        source=derived.source_line.get_untracked() options=panel()/>
                }.into_any(),
            }}
            <IgnoredNotice ignored=ignored/>
            {offline}
            <p class="embed__source">
                // Its name says where it leads, beyond its visible text (RGAA 6.1).
                <a href=explorer target="_blank" rel="noopener" title=text::OPEN_EXPLORER_TITLE
                    aria-label=move || text::source_link_name(&derived.source_line.get())>{derived.source_line}</a>
            </p>
            // The statement, linked from every page of the site, embeds included.
            <p class="embed__statement">
                <StatementLink class="embed__statement-link" new_tab=true/>
            </p>
        </div>
    }
}
