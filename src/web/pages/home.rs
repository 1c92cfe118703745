//! The home page: key figures for today or for `?annee=`, the data's source, and the load report.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::data::url_query::{filter_from_query, merge_query, year_range};
use crate::data::{Filter, KeyFigures};
use crate::text;
use crate::web::api::Loaded;
use crate::web::browser;
use crate::web::components::{IgnoredNotice, KeyFiguresView, LoadReportView, SourceNote, YearSelect};

#[component]
pub fn Home(loaded: Arc<Loaded>) -> impl IntoView {
    let today = browser::today();
    let query = use_query_map();

    // The URL is the source of truth; everything below derives from it.
    let url_filter = Memo::new({
        let loaded = loaded.clone();
        move |_| query.with(|q| filter_from_query(|key| q.get(key), &loaded.dataset, today))
    });
    let filter = Memo::new(move |_| url_filter.with(|u| u.filter.clone()));
    let figures: Memo<KeyFigures> = Memo::new({
        let loaded = loaded.clone();
        move |_| filter.with(|f| loaded.dataset.situation(f, today).key_figures())
    });
    let caption = Signal::derive(move || {
        text::situation_caption(filter.with(|f| f.year), filter.with(|f| f.reference_date(today)))
    });
    let ignored = Signal::derive(move || url_filter.with(|u| u.ignored.clone()));

    let navigate = use_navigate();
    let show = move |filter: Filter| {
        let current: Vec<(String, String)> =
            query.with_untracked(|q| q.latest_values().map(|(k, v)| (k.to_string(), v.to_owned())).collect());
        navigate(
            &format!("./{}", merge_query(&current, &filter)),
            NavigateOptions { scroll: false, ..Default::default() },
        );
    };
    let set_year = move |year: Option<i32>| show(Filter { year, ..filter.get_untracked() });
    let years: Vec<i32> = year_range(&loaded.dataset, today).collect();

    view! {
        <div class="container">
            <h1 class="page-title">{text::HOME_TITLE}</h1>
            <IgnoredNotice ignored=ignored/>
            <form class="filters" on:submit=|ev| ev.prevent_default() aria-label=text::FILTERS_LABEL>
                <YearSelect years=years selected=Signal::derive(move || filter.with(|f| f.year)) on_change=set_year/>
            </form>
            <KeyFiguresView figures=figures.into() caption=caption/>
            <SourceNote loaded=loaded.clone()/>
            <LoadReportView report=loaded.dataset.report.clone()/>
        </div>
    }
}
