//! The explorer: filters by incubator, phase and year (the URL is their only home), key figures,
//! charts with their tables, and the list of matching services.

use std::sync::Arc;

use leptos::callback::Callback;
use leptos::prelude::*;

use crate::charts::CategoryKey;
use crate::data::fold::search_key;
use crate::data::query::listing::ListView;
use crate::data::query::url_query::{list_from_params, list_query, merge_query, year_range};
use crate::data::{Filter, IncubatorId, MinistryId, ThemeId};
use crate::modes::embed::Block;
use crate::text;
use crate::web::api::Loaded;
use crate::web::browser::{self, set_timeout};
use crate::web::components::{
    ActiveFilters, BilanLink, ChartPanel, CheckOption, Checklist, ChecklistFilter, FiltersResults, FundingPanel,
    IgnoredNotice, IncubatorFilter, KeyFiguresView, LoadReportView, OfflineNotice, PanelOptions, PhaseFilter,
    ServicesList, SourceNote, TimeLapse, ViewFilter, YearSelect,
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
    let query = page_query.read();

    // The URL is the source of truth; every figure below derives from the filter it holds.
    let derived = Derived::new(Signal::stored(loaded.clone()), today);
    let Derived {
        url_filter,
        filter,
        matches,
        figures,
        incubators,
        evolution,
        without_incubators,
        without_phases,
        caption,
        ..
    } = derived;
    // `replace`: the new view takes the place of the current one in the history.
    let go = move |next: Filter, replace: bool| page_query.go(&merge_query(&page_query.pairs(), &next), replace);
    let show = Callback::new(move |next: Filter| go(next, false));
    // The services list's search, order and page, also in the URL.
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
    // Arrowing through the closed year list changes it at every step: steps less than a second
    // apart replace each other in the history, so Back returns to the year before them.
    let last_year_step = StoredValue::new(f64::NEG_INFINITY);
    let pick_listed_year = move |year: Option<i32>| {
        let now = browser::now_millis();
        let quick = now - last_year_step.get_value() < 1_000.0;
        last_year_step.set_value(now);
        go(Filter { year, ..filter.get_untracked() }, quick);
    };

    let incubator_options = Memo::new({
        let loaded = loaded.clone();
        move |_| {
            without_incubators.with(|f| {
                let dataset = &loaded.dataset;
                dataset
                    .incubator_options(f, today)
                    .into_iter()
                    .map(|(id, n)| {
                        let title = dataset.incubator_title(&id).to_owned();
                        (id, title, n)
                    })
                    .collect::<Vec<_>>()
            })
        }
    });
    // Ministries and themes, each with its count on the date, in the order of their labels.
    let ministry_options = Memo::new({
        let loaded = loaded.clone();
        move |_| {
            filter.with(|f| {
                let mut options: Vec<CheckOption> = loaded
                    .dataset
                    .ministry_options(f, today)
                    .into_iter()
                    .map(|(id, count)| CheckOption { label: text::ministry_label(id.as_str()), key: id.0, count })
                    .collect();
                // "Non renseigné", which is not a ministry, after them.
                crate::data::order::sort_by_cached_key(&mut options, |o| {
                    (o.key == MinistryId::NOT_STATED, search_key(&o.label))
                });
                options
            })
        }
    });
    let theme_options = Memo::new({
        let loaded = loaded.clone();
        move |_| {
            filter.with(|f| {
                let dataset = &loaded.dataset;
                dataset
                    .theme_options(f, today)
                    .into_iter()
                    .map(|(id, count)| CheckOption { label: dataset.theme_label(&id).to_owned(), key: id.0, count })
                    .collect::<Vec<_>>()
            })
        }
    });
    let published = loaded.dataset.published;
    let ministries = Checklist {
        slug: "ministere",
        legend: text::FILTER_MINISTRY,
        search_label: text::SEARCH_MINISTRY,
        listed: text::ministries_listed,
        test_id: "ministry-options",
        apart: Some(MinistryId::NOT_STATED),
        feminine: false,
    };
    let themes = Checklist {
        slug: "thematique",
        legend: text::FILTER_THEME,
        search_label: text::SEARCH_THEME,
        listed: text::themes_listed,
        test_id: "theme-options",
        apart: None,
        feminine: true,
    };
    let phase_options = Memo::new({
        let loaded = loaded.clone();
        move |_| without_phases.with(|f| loaded.dataset.phase_options(f, today))
    });

    // Figures and charts first; the services list (a sort of every match) in the next task, so
    // that a large dataset never holds the page in one long task.
    // (Rendered natively, the page's first view holds the list's first page.)
    let list_ready = RwSignal::new(!cfg!(target_arch = "wasm32"));
    if cfg!(target_arch = "wasm32") {
        set_timeout(move || _ = list_ready.try_set(true), std::time::Duration::ZERO);
    }
    let list_loaded = loaded.clone();

    let embeddable = |block: Block| PanelOptions { embed: Some(block), ..PanelOptions::default() };
    // What "Intégrer" embeds: this view, every filter of it.
    ViewFilter::provide(filter.into());
    let timelapse_open = RwSignal::new(false);

    // The "Intégrer" previews are sized by their resize messages, as in a host page.
    browser::on_resize_messages();

    browser::follow_document_title(move || filter.with(|f| text::document_title(f.year)));

    // What clicking a bar does.
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
    let pick_year = move |year: Option<i32>| {
        let current = filter.get_untracked();
        let year = if current.year == year { None } else { year };
        show.run(Filter { year, ..current });
    };
    let pick_evolution_year = Callback::new(move |key: CategoryKey| match key {
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
    let years: Vec<i32> = year_range(&loaded.dataset, today).collect();
    let title_of = Callback::new({
        let loaded = loaded.clone();
        move |id: IncubatorId| loaded.dataset.incubator_title(&id).to_owned()
    });
    let theme_of = Callback::new({
        let loaded = loaded.clone();
        move |id: ThemeId| loaded.dataset.theme_label(&id).to_owned()
    });
    let matching = Signal::derive(move || figures.get().total);
    let source = derived.source_line.get_untracked();

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
                            <IncubatorFilter options=incubator_options.into() filter=filter.into() on_change=show/>
                            <PhaseFilter options=phase_options.into() filter=filter.into() on_change=show/>
                            {published.ministries.then(|| view! {
                                <ChecklistFilter
                                    kind=ministries
                                    options=ministry_options.into()
                                    checked=Callback::new(move |key: String| filter.with(|f| f.ministries.contains(&MinistryId(key))))
                                    on_toggle=Callback::new(move |key: String| show.run(filter.get_untracked().toggle_ministry(&MinistryId(key))))
                                    ticked=Signal::derive(move || filter.with(|f| f.ministries.len()))
                                />
                            })}
                            {published.themes.then(|| view! {
                                <ChecklistFilter
                                    kind=themes
                                    options=theme_options.into()
                                    checked=Callback::new(move |key: String| filter.with(|f| f.themes.contains(&ThemeId(key))))
                                    on_toggle=Callback::new(move |key: String| show.run(filter.get_untracked().toggle_theme(&ThemeId(key))))
                                    ticked=Signal::derive(move || filter.with(|f| f.themes.len()))
                                />
                            })}
                            <FiltersResults matching=matching/>
                        </form>
                    </details>
                </aside>
                <div class="explorer__main">
                    <ActiveFilters filter=filter.into() matching=matching caption=caption title_of=title_of theme_of=theme_of on_change=show/>
                    <KeyFiguresView figures=figures.into() caption=caption embeddable=true/>
                    <div id="graphiques" class="explorer__charts" tabindex="-1">
                    <ChartPanel
                        id="graphique-incubateurs"
                        data=incubators.into()
                        subtitle=caption
                        source=source.clone()
                        on_select=Some(focus_incubator)
                        select_hint=Some(Signal::stored(text::HINT_FOCUS_INCUBATOR.to_owned()))
                        options=embeddable(Block::Incubators)
                    />
                    <FundingPanel
                        derived=derived
                        on_incubator=Some(focus_incubator)
                        on_promotion=Some(pick_promotion)
                        options=embeddable(Block::Funding)
                    />
                    <ChartPanel
                        id="graphique-evolution"
                        data=evolution.into()
                        subtitle=Signal::stored(text::EVOLUTION_SUBTITLE.to_owned())
                        source=source.clone()
                        on_select=Some(pick_evolution_year)
                        select_hint=Some(Signal::stored(text::HINT_PICK_YEAR.to_owned()))
                        options=embeddable(Block::Evolution)
                    />
                    {published.ministries.then(|| view! {
                        <ChartPanel
                            id="graphique-ministeres"
                            data=derived.ministries.into()
                            subtitle=caption
                            source=source.clone()
                            on_select=Some(focus_ministry)
                            select_hint=Some(Signal::stored(text::HINT_FOCUS_MINISTRY.to_owned()))
                            options=embeddable(Block::Ministries)
                        />
                    })}
                    <ChartPanel
                        id="graphique-transparence"
                        data=derived.transparency.into()
                        subtitle=derived.transparency_subtitle
                        source=source.clone()
                        options=embeddable(Block::Transparency)
                    />
                    </div>
                    // The time-lapse, played only when opened.
                    <details class="timelapse-panel" on:toggle=move |ev| timelapse_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                        <summary class="timelapse-panel__summary">
                            <h2 class="timelapse-panel__title">{text::TIMELAPSE_TITLE}</h2>
                        </summary>
                        <p>{text::TIMELAPSE_HELP}</p>
                        <Show when=move || timelapse_open.get()>
                            <TimeLapse derived=derived speed=1.0 autoplay=true/>
                        </Show>
                    </details>
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
