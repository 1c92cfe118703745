//! The explorer: filters by incubator, phase and year (the URL is their only home), key figures,
//! charts with their tables, and the list of matching services.

use std::sync::Arc;

use leptos::callback::Callback;
use leptos::prelude::*;

use crate::charts::CategoryKey;
use crate::data::fold::search_key;
use crate::data::query::dimension::{Dimension, OptionKey};
use crate::data::query::listing::ListView;
use crate::data::query::url_query::IgnoredValue;
use crate::data::query::url_query::{list_from_params, list_query, merge_query, year_range};
use crate::data::{Dataset, Filter, IncubatorId, MinistryId, Phase, ThemeId};
use crate::modes::blocks::Block;
use crate::text;
use crate::web::api::Loaded;
use crate::web::browser::{self, set_timeout};
use crate::web::components::{
    ActiveFilters, BilanLink, BlockActions, BlockView, CheckOption, Checklist, ChecklistFilter, FiltersResults,
    IgnoredNotice, IncubatorFilter, IncubatorOption, LoadReportView, OfflineNotice, PanelOptions, PhaseFilter,
    ServicesList, SourceNote, TimeLapse, ViewFilter, YearSelect, use_quick_steps,
};
use crate::web::derived::Derived;
use crate::web::query::PageQuery;

#[component]
pub fn Explorer(loaded: Arc<Loaded>) -> impl IntoView {
    let today = browser::today();
    browser::set_meta_description(text::EXPLORER_DESCRIPTION);
    // The header's "Aller aux graphiques" leads to them while they are shown.
    crate::web::components::ChartsTarget::mark_shown();
    // The page's address holds its state: read as a signal, written without a router navigation.
    let page_query = PageQuery::get();

    // The URL is the source of truth; every figure below derives from the filter it holds.
    let derived = Derived::new(Signal::stored(loaded.clone()), today);
    let Derived { url_filter, filter, matches, figures, caption, .. } = derived;
    // `replace`: the new view takes the place of the current one in the history.
    let go = Callback::new(move |(next, replace): (Filter, bool)| {
        page_query.go(&merge_query(&page_query.pairs(), &next), replace)
    });
    let show = Callback::new(move |next: Filter| go.run((next, false)));
    let ListInUrl { list, show_list, list_href } = use_list_in_url(page_query);
    // The first chart with the key figures; the other charts in the next task, the services list in
    // the one after: on a large dataset, no task of the first render holds the page long.
    let charts_ready = use_next_task();
    let list_ready = use_next_task();
    let list_loaded = loaded.clone();

    // What "Intégrer" embeds: this view, every filter of it.
    ViewFilter::provide(filter.into());

    // The "Intégrer" previews are sized by their resize messages, as in a host page.
    browser::on_resize_messages();
    browser::warm_icons();

    browser::follow_document_title(move || filter.with(|f| text::document_title(f.year)));

    let actions = use_block_actions(&loaded, filter, show);
    // The charts, after the key figures; a chart the data cannot fill (ministries before v2.7) is left out.
    let published = loaded.dataset.published;
    let charts: Vec<Block> =
        Block::ALL.into_iter().filter(|b| *b != Block::KeyFigures && b.shown_with(published)).collect();
    let (title_of, theme_of) = use_labels(&loaded);
    let matching = Signal::derive(move || figures.get().total);

    view! {
        <div class="fr-container container explorer">
            <h1 class="page-title">{text::HOME_TITLE}</h1>
            <OfflineNotice loaded=loaded.clone()/>
            <IgnoredNotice ignored=Signal::derive(move || {
                let mut ignored = url_filter.with(|u| u.ignored.clone());
                ignored.extend(list.with(|(_, ignored)| ignored.clone()));
                ignored
            })/>
            <div class="explorer__layout">
                <FiltersPanel loaded=loaded.clone() derived=derived go=go matching=matching/>
                <div class="explorer__main">
                    <ActiveFilters filter=filter.into() matching=matching caption=caption title_of=title_of theme_of=theme_of on_change=show/>
                    <BlockView block=Block::KeyFigures derived=derived options=PanelOptions::embeddable(Block::KeyFigures)/>
                    <Charts charts=charts derived=derived actions=actions later=charts_ready/>
                    <TimeLapsePanel derived=derived/>
                    <Show when=move || list_ready.get()>
                        <ServicesList
                            loaded=list_loaded.clone()
                            matches=matches.into()
                            caption=caption
                            view=Signal::derive(move || list.with(|(view, _)| view.clone()))
                            on_view=show_list
                            href=list_href
                        />
                    </Show>
                    <SourceNote loaded=loaded.clone()/>
                    <LoadReportView report=loaded.dataset.report.clone()/>
                </div>
            </div>
        </div>
    }
}

/// The charts: the first at once, the others once `later` (the next task) has come.
#[component]
fn Charts(mut charts: Vec<Block>, derived: Derived, actions: BlockActions, later: RwSignal<bool>) -> impl IntoView {
    let later_charts = charts.split_off(charts.len().min(1));
    let chart = move |block: Block| {
        view! { <BlockView block=block derived=derived options=PanelOptions::embeddable(block) actions=Some(actions)/> }
    };
    view! {
        <div id="graphiques" class="explorer__charts" tabindex="-1">
            {charts.into_iter().map(chart).collect_view()}
            <Show when=move || later.get()>{later_charts.iter().copied().map(chart).collect_view()}</Show>
        </div>
    }
}

/// The services list's search, order and page, also in the URL (and what it asked in vain).
struct ListInUrl {
    list: Memo<(ListView, Vec<IgnoredValue>)>,
    /// Shows a view of the list: `(view, replace)`, replacing the current one in the history or not.
    show_list: Callback<(ListView, bool)>,
    /// A view's address.
    list_href: Callback<ListView, String>,
}

fn use_list_in_url(page_query: PageQuery) -> ListInUrl {
    let query = page_query.read();
    let list = Memo::new(move |_| query.with(|q| list_from_params(|key| q.get_all(key).unwrap_or_default())));
    let show_list = Callback::new(move |(view, replace): (ListView, bool)| {
        page_query.go(&list_query(&page_query.pairs(), &view), replace)
    });
    // A link's address, relative to the app's base like every link of the page; it follows the
    // URL (read tracked), so that a link opened in a new tab has the current filters.
    let list_href = Callback::new(move |view: ListView| {
        let current: Vec<(String, String)> =
            query.with(|q| q.latest_values().map(|(k, v)| (k.to_string(), v.to_owned())).collect());
        format!("./{}", list_query(&current, &view))
    });
    ListInUrl { list, show_list, list_href }
}

/// The labels of the selected values' chips: an incubator's title, a theme's label (the spelling
/// most services use).
fn use_labels(loaded: &Arc<Loaded>) -> (Callback<IncubatorId, String>, Callback<ThemeId, String>) {
    let title_of = Callback::new({
        let loaded = loaded.clone();
        move |id: IncubatorId| loaded.dataset.incubator_title(&id).to_owned()
    });
    let theme_of = Callback::new({
        let loaded = loaded.clone();
        move |id: ThemeId| loaded.dataset.theme_label(&id).to_owned()
    });
    (title_of, theme_of)
}

/// The time-lapse, folded under its title, played only when opened.
#[component]
fn TimeLapsePanel(derived: Derived) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <details class="timelapse-panel" on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary class="timelapse-panel__summary">
                <h2 class="timelapse-panel__title">{text::TIMELAPSE_TITLE}</h2>
            </summary>
            <p>{text::TIMELAPSE_HELP}</p>
            <Show when=move || open.get()>
                <TimeLapse derived=derived speed=1.0 autoplay=true/>
            </Show>
        </details>
    }
}

/// Whether the next task has come (each call waits for a task of its own, in the order of the
/// calls): what the page shows first renders now, the rest in later tasks, so that a large dataset
/// never holds the page in one long task. (Rendered natively, the page's first view holds it all:
/// true at once.)
fn use_next_task() -> RwSignal<bool> {
    let ready = RwSignal::new(!cfg!(target_arch = "wasm32"));
    if cfg!(target_arch = "wasm32") {
        set_timeout(move || _ = ready.try_set(true), std::time::Duration::ZERO);
    }
    ready
}

/// What clicking a chart's bar does: the view of its incubator, its ministry, its year, or its
/// promotion's year.
fn use_block_actions(loaded: &Arc<Loaded>, filter: Memo<Filter>, show: Callback<Filter>) -> BlockActions {
    let focus_incubator = Callback::new(move |key: CategoryKey| {
        if let CategoryKey::Incubator(id) = key {
            show.run(filter.get_untracked().focus_incubator(&id))
        }
    });
    let focus_ministry = Callback::new(move |key: CategoryKey| {
        if let CategoryKey::Ministry(id) = key {
            show.run(filter.get_untracked().focus_ministry(&id))
        }
    });
    // A year's bar shows that year, or every year again when it was the one shown.
    let pick_year = move |year: Option<i32>| {
        let current = filter.get_untracked();
        let year = if current.year == year { None } else { year };
        show.run(Filter { year, ..current });
    };
    let pick_year = Callback::new(move |key: CategoryKey| match key {
        CategoryKey::Year(year) => pick_year(Some(year)),
        CategoryKey::Today => pick_year(None),
        _ => {}
    });
    // A promotion bar shows its year (a promotion of unknown month has no year to show).
    let pick_promotion = Callback::new({
        let loaded = loaded.clone();
        move |key: CategoryKey| {
            let CategoryKey::Promotion(number) = key else { return };
            let year = loaded.dataset.promotion(number).and_then(|p| p.month).map(|m| m.year);
            if year.is_some() {
                show.run(Filter { year, ..filter.get_untracked() });
            }
        }
    });
    BlockActions { focus_incubator, focus_ministry, pick_year, pick_promotion }
}

/// The filters' panel: the year, the bilan's link, each filter's options with their counts, and
/// how many services match. `go` shows a filter, replacing the current view in the history or not.
#[component]
fn FiltersPanel(
    loaded: Arc<Loaded>,
    derived: Derived,
    go: Callback<(Filter, bool)>,
    matching: Signal<usize>,
) -> impl IntoView {
    let today = derived.today;
    let filter = derived.filter;
    let show = Callback::new(move |next: Filter| go.run((next, false)));
    // Quick steps through the year list replace each other in the history.
    let quick_step = use_quick_steps();
    let pick_listed_year = move |year: Option<i32>| go.run((Filter { year, ..filter.get_untracked() }, quick_step()));
    let options = use_filter_options(&loaded, derived);
    let published = loaded.dataset.published;
    let years: Vec<i32> = year_range(&loaded.dataset, today).collect();
    view! {
        <aside class="explorer__filters" aria-labelledby="filtres-titre">
            // Open beside the figures on wide screens; folded above them on phones.
            // (Its first view, rendered at build time, is opened as the screen says before it shows.)
            <details class="filters-panel" open=browser::is_wide_screen() data-open-media=browser::WIDE_SCREEN>
                <summary id="filtres-titre" class="filters-panel__summary">
                    {text::FILTERS_LABEL}
                    <span class="filters-panel__count">{move || filter.with(text::active_filters_count)}</span>
                </summary>
                <form class="filters-form" on:submit=|ev| ev.prevent_default()>
                    <YearSelect
                        years=years
                        today=today
                        selected=Signal::derive(move || filter.with(|f| f.year))
                        on_change=pick_listed_year
                    />
                    <BilanLink loaded=loaded.clone() year=Signal::derive(move || filter.with(|f| f.year))/>
                    <IncubatorFilter options=options.incubators.into() filter=filter.into() on_change=show/>
                    <PhaseFilter options=options.phases.into() filter=filter.into() on_change=show/>
                    {published.ministries.then(|| view! {
                        <ChecklistFilter kind=Checklist::of(Dimension::Ministry) options=options.ministries.into()
                            filter=filter.into() on_change=show/>
                    })}
                    {published.themes.then(|| view! {
                        <ChecklistFilter kind=Checklist::of(Dimension::Theme) options=options.themes.into()
                            filter=filter.into() on_change=show/>
                    })}
                    <FiltersResults matching=matching/>
                </form>
            </details>
        </aside>
    }
}

/// Each filter's options with their counts on the date.
struct FilterOptions {
    incubators: Memo<Vec<IncubatorOption>>,
    ministries: Memo<Vec<CheckOption>>,
    themes: Memo<Vec<CheckOption>>,
    phases: Memo<Vec<(Phase, usize)>>,
}

/// The options of the filters, each counted under the rest of the filter (the incubators' without
/// the incubators, the phases' without the phases); ministries and themes in the order of their
/// labels.
fn use_filter_options(loaded: &Arc<Loaded>, derived: Derived) -> FilterOptions {
    let Derived { today, filter, without_incubators, without_phases, .. } = derived;
    let incubator_options = counted_under(loaded, without_incubators, move |dataset, f| {
        dataset
            .incubator_options(f, today)
            .into_iter()
            .map(|(id, n)| {
                let title = dataset.incubator_title(&id).to_owned();
                (id, title, n)
            })
            .collect()
    });
    // Ministries and themes, each with its count on the date, in the order of their labels.
    let ministry_options = counted_under(loaded, filter, move |dataset, f| {
        let mut options: Vec<CheckOption> = dataset
            .ministry_options(f, today)
            .into_iter()
            .map(|(id, count)| CheckOption {
                label: text::ministry_label(id.as_str()),
                key: OptionKey::Ministry(id),
                count,
            })
            .collect();
        // "Non renseigné", which is not a ministry, after them.
        crate::data::order::sort_by_cached_key(&mut options, |o| {
            (o.key.as_str() == MinistryId::NOT_STATED, search_key(&o.label))
        });
        options
    });
    let theme_options = counted_under(loaded, filter, move |dataset, f| {
        dataset
            .theme_options(f, today)
            .into_iter()
            .map(|(id, count)| CheckOption {
                label: dataset.theme_label(&id).to_owned(),
                key: OptionKey::Theme(id),
                count,
            })
            .collect()
    });
    let phase_options = counted_under(loaded, without_phases, move |dataset, f| dataset.phase_options(f, today));

    FilterOptions {
        incubators: incubator_options,
        ministries: ministry_options,
        themes: theme_options,
        phases: phase_options,
    }
}

/// The options of a filter, as `options` counts them in the data under `filter`, again when it
/// changes.
fn counted_under<T: PartialEq + Send + Sync + 'static>(
    loaded: &Arc<Loaded>,
    filter: Memo<Filter>,
    options: impl Fn(&Dataset, &Filter) -> T + Send + Sync + 'static,
) -> Memo<T> {
    let loaded = loaded.clone();
    Memo::new(move |_| filter.with(|f| options(&loaded.dataset, f)))
}
