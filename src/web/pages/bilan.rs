//! The bilan of a year (`/bilan?annee=2023`): beta.gouv.fr's yearly report, computed from the
//! data the page reads ([`crate::modes::bilan::Report`]), ready to print or save as PDF. The URL
//! holds the year; printing gives A4 pages with the State's header, a footer with the source, the
//! date and the page's number, and no control (`style/main.css`, "The bilan on paper").

use std::ops::RangeInclusive;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::DataTable;
use crate::data::query::bilan;
use crate::data::query::url_query::{IgnoredValue, first_value, merge_query};
use crate::data::{DataSource, Date, Filter};
use crate::modes::bilan::Report;
use crate::text;
use crate::web::api::Loaded;
use crate::web::browser;
use crate::web::components::{ChartSvg, DataTableView, IgnoredNotice, OfflineNotice, SourceNote, use_quick_steps};
use crate::web::module::Module;
use crate::web::query::PageQuery;

#[component]
pub fn Bilan(loaded: Arc<Loaded>) -> impl IntoView {
    let today = browser::today();
    let Some(years) = bilan::years(&loaded.dataset, today, loaded.data_date()) else {
        return view! { <NoYear/> }.into_any();
    };
    let (year, ignored) = use_year_in_url(years.clone());
    let report = Memo::new({
        let loaded = loaded.clone();
        move |_| Report::new(&loaded.dataset, year.get())
    });
    let published = loaded.data_date();
    let source = text::source_short(published);
    browser::follow_document_title(move || text::bilan_document_title(year.get()));
    browser::set_meta_description(&text::bilan_description(year.get_untracked()));
    Effect::new(move |_| browser::set_meta_description(&text::bilan_description(year.get())));
    use_print_setting(year, source.clone());
    let read = move |f: fn(&Report) -> String| Signal::derive(move || report.with(f));
    let stored = |title: &str| Signal::stored(title.to_owned());

    view! {
        <div class="fr-container container bilan">
            <OfflineNotice loaded=loaded.clone()/>
            <IgnoredNotice ignored=ignored/>
            <div class="bilan__head">
                <h1 class="page-title bilan__heading">{move || report.with(|r| r.title.clone())}</h1>
                <p class="bilan__source" data-testid="bilan-source">{source}</p>
                <p class="bilan__intro">{text::BILAN_INTRO}</p>
            </div>
            <BilanControls years=years year=year.into() today=today/>
            <BilanSection id="bilan-etat" title=read(|r| text::state_title(r.date)) rule=read(|r| text::state_rule(r.date))
                parts=state_parts(report)/>
            <BilanSection id="bilan-incubateurs" title=stored(text::INCUBATORS_TITLE) rule=read(|r| text::incubators_rule(r.date))
                parts=incubators_parts(report)/>
            <BilanSection id="bilan-reseau" title=stored(text::NETWORK_TITLE) rule=read(|r| text::network_rule(r.date))
                parts=network_parts(report)/>
            <BilanSection id="bilan-lancements" title=read(|r| text::launches_title(r.year))
                rule=read(|r| text::launches_rule(r.year, r.date)) parts=launches_parts(report)/>
            <BilanSection id="bilan-fast" title=read(|r| text::fast_title(r.year)) rule=stored(text::FAST_RULE)
                parts=fast_parts(report)/>
            <BilanSection
                id="bilan-transparence"
                title=stored(text::TRANSPARENCY_TITLE)
                rule=Signal::derive(move || report.with(|r| text::transparency_rule(r.date, published)))
                parts=transparency_parts(report)
            />
            <SourceNote loaded=loaded.clone()/>
        </div>
    }
    .into_any()
}

/// The page when the data has no year to report on.
#[component]
fn NoYear() -> impl IntoView {
    browser::set_document_title(&format!("{} — {}", text::FOOTER_BILAN, text::APP_TITLE));
    browser::set_meta_description(text::BILAN_DESCRIPTION);
    view! {
        <div class="fr-container container">
            <h1 class="page-title">{text::FOOTER_BILAN}</h1>
            <p>{text::BILAN_NO_YEAR}</p>
        </div>
    }
}

/// The URL is the state: the year it asks for (or the last one over), and what it asked in vain.
fn use_year_in_url(years: RangeInclusive<i32>) -> (Memo<i32>, Signal<Vec<IgnoredValue>>) {
    let query = PageQuery::get().read();
    let chosen = Memo::new(move |_| {
        query.with(|q| {
            let (year, mut ignored) = bilan::year_from_params(|key| q.get_all(key).unwrap_or_default(), &years);
            let source = first_value(q.get_all(DataSource::PARAM));
            if let Some(Err(rejected)) = source.map(|raw| DataSource::from_param(Some(&raw))) {
                ignored.push(IgnoredValue::RejectedSource(rejected.0));
            }
            (year, ignored)
        })
    });
    let year = Memo::new(move |_| chosen.with(|(year, _)| *year));
    (year, Signal::derive(move || chosen.with(|(_, ignored)| ignored.clone())))
}

/// The page on paper: the printed pages' margins say the year's footer (CSS `@page` boxes read
/// properties of the root), and the page is in the light theme while it prints, whatever the
/// screen's theme.
fn use_print_setting(year: Memo<i32>, source: String) {
    Effect::new(move |_| set_print_texts(&text::bilan_print_footer(year.get(), &source)));
    on_cleanup(clear_print_texts);
    let theme = use_context::<crate::web::theme::SiteTheme>();
    browser::on_window_event(leptos::ev::beforeprint, move |_| browser::set_theme(false, false));
    browser::on_window_event(leptos::ev::afterprint, move |_| {
        browser::set_theme(theme.is_some_and(|t| t.dark.get_untracked()), false);
    });
}

/// The year list (each year a step in the history, quick steps replacing each other as in the
/// explorer), the print button and the link to the explorer at the same year, with the same data.
#[component]
fn BilanControls(years: RangeInclusive<i32>, year: Signal<i32>, today: Date) -> impl IntoView {
    let page_query = PageQuery::get();
    let query = page_query.read();
    let quick_step = use_quick_steps();
    let pick_year = move |value: String| {
        let Ok(year) = value.parse::<i32>() else { return };
        page_query
            .go(&merge_query(&page_query.pairs(), &Filter { year: Some(year), ..Filter::default() }), quick_step());
    };
    let explore_href = move || {
        let current: Vec<(String, String)> =
            query.with(|q| q.latest_values().map(|(k, v)| (k.to_string(), v.to_owned())).collect());
        format!("./{}", merge_query(&current, &Filter { year: Some(year.get()), ..Filter::default() }))
    };
    let year_options = years
        .rev()
        .map(|y| {
            view! { <option value=y.to_string() selected=move || year.get() == y>{text::year_option(y, today)}</option> }
        })
        .collect_view();
    view! {
        <form class="bilan__controls" aria-label=text::BILAN_CONTROLS on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="bilan-annee" class="fr-label field__label">{text::YEAR_LABEL}</label>
                <select
                    id="bilan-annee"
                    class="fr-select select"
                    on:change=move |ev| pick_year(event_target_value(&ev))
                    prop:value=move || year.get().to_string()
                >
                    {year_options}
                </select>
            </div>
            <button type="button" class="fr-btn button bilan__print" on:click=move |_| print()>
                {text::BILAN_PRINT}
            </button>
            <a class="fr-link bilan__explore" href=explore_href rel=Module::rel("./")>{move || text::bilan_explore(year.get())}</a>
        </form>
    }
}

/// A section: its title, its rule and its lead (figures, summary, chart), kept together on paper
/// (on the next page if they do not fit at the end of one), then the rest (tables).
#[component]
fn BilanSection(
    id: &'static str,
    title: Signal<String>,
    rule: Signal<String>,
    /// Its lead, and the rest.
    parts: (AnyView, AnyView),
) -> impl IntoView {
    let (lead, rest) = parts;
    view! {
        <section class="bilan__section" id=id aria-labelledby=format!("{id}-titre")>
            <div class="bilan__lead">
                <h2 id=format!("{id}-titre") class="bilan__title">{title}</h2>
                <p class="bilan__rule">{rule}</p>
                {lead}
            </div>
            {rest}
        </section>
    }
}

/// A table of the report in its block, `id` (`bilan-reseau-table`…).
fn report_table(id: &'static str, report: Memo<Report>, pick: fn(&Report) -> &DataTable) -> impl IntoView {
    view! {
        <div id=id class="bilan__table">
            <DataTableView table=Signal::derive(move || report.with(|r| pick(r).clone()))/>
        </div>
    }
}

/// The state on 1 January: its figures, each with the year before and the change.
fn state_parts(report: Memo<Report>) -> (AnyView, AnyView) {
    {
        let figure = move |key: &'static str, label: &'static str, pick: fn(&Report) -> (usize, usize)| {
            view! {
                <div class="bilan-figure" data-figure=key>
                    <dt class="bilan-figure__label">{label}</dt>
                    <dd class="bilan-figure__value">{move || text::format_count(report.with(pick).1)}</dd>
                    <dd class="bilan-figure__before">
                        {move || report.with(|r| text::state_before(r.state.previous, pick(r).0))}
                    </dd>
                    <dd class="bilan-figure__change">
                        {move || report.with(|r| { let (before, now) = pick(r); text::change_in_a_year(before, now) })}
                    </dd>
                </div>
            }
        };
        let figures = view! {
            <dl class="bilan-figures">
                {figure("investigations", text::STATE_INVESTIGATIONS, |r| r.state.investigations())}
                {figure("accompagnement-ou-perennises", text::STATE_COUNTED, |r| r.state.counted())}
            </dl>
        };
        (figures.into_any(), ().into_any())
    }
}

/// The services per incubator: the summary and chart, then the table.
fn incubators_parts(report: Memo<Report>) -> (AnyView, AnyView) {
    (
        view! {
            <p class="bilan__summary">{move || report.with(|r| r.incubators.summary.clone())}</p>
            <ChartSvg data=read_chart(report, |r| &r.incubators)/>
        }
        .into_any(),
        report_table("bilan-incubateurs-table", report, |r| &r.incubators.table).into_any(),
    )
}

/// The network: how many incubators, then their table.
fn network_parts(report: Memo<Report>) -> (AnyView, AnyView) {
    (
        view! {
            <p class="bilan__summary" data-testid="bilan-reseau-nombre">{move || report.with(|r| text::network_count(r.network.incubators))}</p>
        }
        .into_any(),
        report_table("bilan-reseau-table", report, |r| &r.network.table).into_any(),
    )
}

/// The services launched in the year: how many, then their table when there are.
fn launches_parts(report: Memo<Report>) -> (AnyView, AnyView) {
    (
        view! {
            <p class="bilan__summary" data-testid="bilan-lancements-nombre">
                {move || report.with(|r| text::launches_count(r.launches.launched, r.launches.active, r.year, r.date))}
            </p>
        }
        .into_any(),
        view! {
            <Show when=move || report.with(|r| r.launches.launched > 0)>
                {report_table("bilan-lancements-table", report, |r| &r.launches.table)}
            </Show>
        }
        .into_any(),
    )
}

/// The FAST promotions of the year: what they are, then each one's table.
fn fast_parts(report: Memo<Report>) -> (AnyView, AnyView) {
    let fast_lead = view! {
        <div class="bilan__summary" data-testid="bilan-fast-resume">
            {move || report.with(|r| {
                let titles: Vec<String> = r.fast.promotions.iter().map(|p| p.name.clone()).collect();
                let mut lines = Vec::new();
                if titles.is_empty() && r.fast.unpublished.is_none() {
                    lines.push(text::fast_none(r.year));
                }
                if !titles.is_empty() {
                    lines.push(text::fast_promotions(&titles));
                }
                lines.extend(r.fast.summary.clone());
                lines.extend(r.fast.unpublished.clone());
                lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()
            })}
        </div>
    };
    let fast_rest = view! {
        {move || report.with(|r| {
            r.fast
                .promotions
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let table = p.table.clone();
                    view! {
                        <div class="bilan__promotion" data-promotion=p.funding.promotion.map(|n| n.to_string())>
                            <h3 class="bilan__subtitle">{text::promotion_heading(&p.name, p.funding.laureates, p.funding.amount_eur)}</h3>
                            <div id=format!("bilan-fast-{i}-table") class="bilan__table">
                                <DataTableView table=Signal::stored(table)/>
                            </div>
                        </div>
                    }
                })
                .collect_view()
        })}
    };
    (fast_lead.into_any(), fast_rest.into_any())
}

/// What the services publish: the summary and chart, then the table.
fn transparency_parts(report: Memo<Report>) -> (AnyView, AnyView) {
    (
        view! {
            <p class="bilan__summary">{move || report.with(|r| r.transparency.summary.clone())}</p>
            <ChartSvg data=read_chart(report, |r| &r.transparency)/>
        }
        .into_any(),
        report_table("bilan-transparence-table", report, |r| &r.transparency.table).into_any(),
    )
}

/// One chart of the report, as a signal.
fn read_chart(
    report: Memo<Report>,
    pick: fn(&Report) -> &crate::charts::ChartData,
) -> Signal<crate::charts::ChartData> {
    Signal::derive(move || report.with(|r| pick(r).clone()))
}

/// Prints the page (the browser's dialog, which also saves as PDF).
fn print() {
    if let Some(window) = browser::window() {
        let _ = window.print();
    }
}

/// The root's style, where the printed pages' margin boxes find their texts.
fn root_style() -> Option<web_sys::CssStyleDeclaration> {
    let root = browser::window()?.document()?.document_element()?;
    Some(root.dyn_into::<web_sys::HtmlElement>().ok()?.style())
}

/// The CSS properties the printed pages' margins read (style/main.css, "The bilan on paper").
const PRINT_PROPERTIES: [&str; 5] =
    ["--bilan-pied", "--bilan-page", "--bilan-sur", "--bilan-marque", "--bilan-service"];

/// Sets the texts of the printed pages' margins: the footer, "Page … sur …", the State's block-mark
/// and the service's name.
fn set_print_texts(footer: &str) {
    let Some(style) = root_style() else { return };
    let marque = format!("{}\n{}", text::MARIANNE_1, text::MARIANNE_2);
    let values = [footer, text::PRINT_PAGE, text::PRINT_OF, &marque, text::APP_TITLE];
    for (property, value) in PRINT_PROPERTIES.iter().zip(values) {
        let _ = style.set_property(property, &css_string(value));
    }
}

fn clear_print_texts() {
    if let Some(style) = root_style() {
        for property in PRINT_PROPERTIES {
            let _ = style.remove_property(property);
        }
    }
}

/// `text` as a CSS string: quoted, its quotes and backslashes escaped, line breaks as `\A`.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\A "),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
