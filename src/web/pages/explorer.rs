//! The explorer: filters by incubator, phase and year (the URL is their only home), key figures,
//! charts with their tables, and the list of matching services.

use std::sync::Arc;

use leptos::callback::Callback;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::charts::{
    ChartData, evolution_chart, funding_by_incubator_chart, funding_by_promotion_chart, incubators_chart,
};
use crate::data::listing::ServiceMatch;
use crate::data::url_query::{filter_from_query, merge_query, year_range};
use crate::data::{Filter, IncubatorId, KeyFigures};
use crate::text;
use crate::web::api::Loaded;
use crate::web::browser;
use crate::web::components::{
    ActiveFilters, ChartPanel, IgnoredNotice, IncubatorFilter, KeyFiguresView, LoadReportView, PhaseFilter,
    ServicesList, SourceNote, YearSelect,
};

/// How the FAST chart groups amounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FundingView {
    ByPromotion,
    ByIncubator,
}

#[component]
pub fn Explorer(loaded: Arc<Loaded>) -> impl IntoView {
    let today = browser::today();
    let query = use_query_map();
    let navigate = use_navigate();

    // The URL is the source of truth; every figure below derives from the filter it holds.
    let url_filter = Memo::new({
        let loaded = loaded.clone();
        move |_| query.with(|q| filter_from_query(|key| q.get(key), &loaded.dataset, today))
    });
    let filter = Memo::new(move |_| url_filter.with(|u| u.filter.clone()));
    let show = Callback::new(move |next: Filter| {
        let current: Vec<(String, String)> =
            query.with_untracked(|q| q.latest_values().map(|(k, v)| (k.to_string(), v.to_owned())).collect());
        // The explorer is the app's root route; the router adds the base path it is served under.
        navigate(
            &format!("/{}", merge_query(&current, &next)),
            NavigateOptions { scroll: false, ..Default::default() },
        );
    });

    let derive = |f: fn(&Loaded, &Filter, crate::data::Date) -> ChartData| {
        let loaded = loaded.clone();
        Memo::new(move |_| filter.with(|filter| f(&loaded, filter, today)))
    };
    // The situation is computed once per filter change, kept as matches (index and phase);
    // the figures, the incubator chart and the services list read it.
    let matches: Memo<Vec<ServiceMatch>> = Memo::new({
        let loaded = loaded.clone();
        move |_| filter.with(|f| loaded.dataset.matches(f, f.reference_date(today)))
    });
    let figures: Memo<KeyFigures> = Memo::new({
        let loaded = loaded.clone();
        move |_| {
            matches
                .with(|m| filter.with(|f| loaded.dataset.situation_from(f, f.reference_date(today), m).key_figures()))
        }
    });
    let caption = Signal::derive(move || filter.with(|f| text::situation_caption(f.year, f.reference_date(today))));
    // What depends on only part of the filter reads only that part: a phase click does not
    // recount the phase options nor recompute FAST (which phases do not filter), an incubator
    // click does not recount the incubator options.
    let without_incubators =
        Memo::new(move |_| filter.with(|f| Filter { incubators: Default::default(), ..f.clone() }));
    let without_phases = Memo::new(move |_| filter.with(|f| Filter { phases: Default::default(), ..f.clone() }));
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
    let phase_options = Memo::new({
        let loaded = loaded.clone();
        move |_| without_phases.with(|f| loaded.dataset.phase_options(f, today))
    });
    let incubators = Memo::new({
        let loaded = loaded.clone();
        move |_| {
            matches.with(|m| {
                filter.with(|f| {
                    incubators_chart(&loaded.dataset, &loaded.dataset.situation_from(f, f.reference_date(today), m))
                })
            })
        }
    });
    let evolution = derive(|l, f, today| evolution_chart(&l.dataset, f, today));
    let by_promotion = Memo::new({
        let loaded = loaded.clone();
        move |_| without_phases.with(|f| funding_by_promotion_chart(&loaded.dataset, f))
    });
    let by_incubator = Memo::new({
        let loaded = loaded.clone();
        move |_| without_phases.with(|f| funding_by_incubator_chart(&loaded.dataset, f))
    });
    let funding_view = RwSignal::new(FundingView::ByPromotion);
    let funding = Signal::derive(move || match funding_view.get() {
        FundingView::ByPromotion => by_promotion.get(),
        FundingView::ByIncubator => by_incubator.get(),
    });

    // Figures and charts first; the services list (a sort of every match) in the next task, so
    // that a large dataset never holds the page in one long task.
    let list_ready = RwSignal::new(false);
    set_timeout(move || _ = list_ready.try_set(true), std::time::Duration::ZERO);
    let list_loaded = loaded.clone();

    Effect::new(move |_| browser::set_document_title(&filter.with(|f| text::document_title(f.year))));

    // What clicking a bar does.
    let focus_incubator = Callback::new(move |key: String| {
        if !key.is_empty() {
            show.run(filter.get_untracked().focus_incubator(&IncubatorId(key)))
        }
    });
    let pick_year = move |year: Option<i32>| {
        let current = filter.get_untracked();
        let year = if current.year == year { None } else { year };
        show.run(Filter { year, ..current });
    };
    let pick_evolution_year = Callback::new(move |key: String| pick_year(key.parse().ok()));
    // A promotion bar shows its year (a promotion of unknown month has no year to show).
    let pick_promotion = Callback::new({
        let loaded = loaded.clone();
        move |key: String| {
            let year = key.parse().ok().and_then(|n| loaded.dataset.promotion(n)).and_then(|p| p.month).map(|m| m.year);
            if year.is_some() {
                show.run(Filter { year, ..filter.get_untracked() });
            }
        }
    });
    let pick_funding = Callback::new(move |key: String| match funding_view.get_untracked() {
        FundingView::ByPromotion => pick_promotion.run(key),
        FundingView::ByIncubator => focus_incubator.run(key),
    });
    let funding_hint = Signal::derive(move || match funding_view.get() {
        FundingView::ByPromotion => text::HINT_PICK_PROMOTION_YEAR.to_owned(),
        FundingView::ByIncubator => text::HINT_FOCUS_INCUBATOR.to_owned(),
    });

    let years: Vec<i32> = year_range(&loaded.dataset, today).collect();
    let title_of = Callback::new({
        let loaded = loaded.clone();
        move |id: IncubatorId| loaded.dataset.incubator_title(&id).to_owned()
    });
    let matching = Signal::derive(move || figures.get().total);
    let funding_subtitle = Signal::derive(move || filter.with(|f| text::funding_subtitle(f.year)));
    let source = text::source_short(loaded.info.as_ref().and_then(|i| i.published));

    view! {
        <div class="container explorer">
            <h1 class="page-title">{text::HOME_TITLE}</h1>
            <IgnoredNotice ignored=Signal::derive(move || url_filter.with(|u| u.ignored.clone()))/>
            <div class="explorer__layout">
                <aside class="explorer__filters" aria-labelledby="filtres-titre">
                    // Open beside the figures on wide screens; folded above them on phones.
                    <details class="filters-panel" open=browser::is_wide_screen()>
                        <summary id="filtres-titre" class="filters-panel__summary">
                            {text::FILTERS_LABEL}
                            <span class="filters-panel__count">{move || filter.with(text::active_filters_count)}</span>
                        </summary>
                        <form class="filters-form" on:submit=|ev| ev.prevent_default()>
                            <YearSelect
                                years=years
                                today=today
                                selected=Signal::derive(move || filter.with(|f| f.year))
                                on_change=move |year| show.run(Filter { year, ..filter.get_untracked() })
                            />
                            <IncubatorFilter options=incubator_options.into() filter=filter.into() on_change=show/>
                            <PhaseFilter options=phase_options.into() filter=filter.into() on_change=show/>
                        </form>
                    </details>
                </aside>
                <div class="explorer__main">
                    <ActiveFilters filter=filter.into() matching=matching caption=caption title_of=title_of on_change=show/>
                    <KeyFiguresView figures=figures.into() caption=caption/>
                    <ChartPanel
                        id="graphique-incubateurs"
                        data=incubators.into()
                        subtitle=caption
                        source=source.clone()
                        on_select=focus_incubator
                        select_hint=Signal::stored(text::HINT_FOCUS_INCUBATOR.to_owned())
                    />
                    <ChartPanel
                        id="graphique-fast"
                        data=funding
                        subtitle=funding_subtitle
                        source=source.clone()
                        on_select=pick_funding
                        select_hint=funding_hint
                    >
                        <div class="segmented" role="group" aria-label=text::FUNDING_VIEW_LABEL>
                            {[(FundingView::ByPromotion, text::FUNDING_BY_PROMOTION), (FundingView::ByIncubator, text::FUNDING_BY_INCUBATOR)]
                                .map(|(view, label)| view! {
                                    <button
                                        type="button"
                                        class="segmented__option"
                                        aria-pressed=move || (funding_view.get() == view).to_string()
                                        on:click=move |_| funding_view.set(view)
                                    >
                                        {label}
                                    </button>
                                })}
                        </div>
                    </ChartPanel>
                    <ChartPanel
                        id="graphique-evolution"
                        data=evolution.into()
                        subtitle=Signal::stored(text::EVOLUTION_SUBTITLE.to_owned())
                        source=source
                        on_select=pick_evolution_year
                        select_hint=Signal::stored(text::HINT_PICK_YEAR.to_owned())
                    />
                    <Show when=move || list_ready.get()>
                        <ServicesList
                            loaded=list_loaded.clone()
                            matches=matches.into()
                            caption=caption
                        />
                    </Show>
                    <SourceNote loaded=loaded.clone()/>
                    <LoadReportView report=loaded.dataset.report.clone()/>
                </div>
            </div>
        </div>
    }
}
