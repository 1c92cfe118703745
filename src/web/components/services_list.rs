//! The services matching the filters: searchable by name, sortable, with their count, shown a
//! page at a time with a DSFR pagination. The search, the order and the page are the URL's
//! (`recherche`, `tri`, `page`): the list reads them and asks for a new view, which the page
//! writes in the URL.

use std::sync::Arc;

use leptos::callback::{Callable, Callback};
use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::data::query::listing::{
    ListView, PAGE_SIZE, Page, PageItem, PageLink, ServiceMatch, ServiceRow, SortKey, page_links, search_and_sort,
    service_row,
};
use crate::text;
use crate::web::api::Loaded;
use crate::web::browser::request_animation_frame;
use crate::web::nearness::{follow_when_near_or, near_screen};

/// The id of the list's table region, where the focus goes when the page changes.
const TABLE_ID: &str = "services-tableau";

#[component]
pub fn ServicesList(
    /// The data, with the list's search and sort keys.
    loaded: Arc<Loaded>,
    /// The services of the situation (index and phase).
    matches: Signal<Vec<ServiceMatch>>,
    caption: Signal<String>,
    /// The search, order and page asked for.
    view: Signal<ListView>,
    /// Shows another view: `(view, replace)`, `replace` when it takes the place of the current
    /// one in the history (a search, a sort) rather than adding to it (a page).
    on_view: Callback<(ListView, bool)>,
    /// The address of a view, for the pagination's links.
    href: Callback<ListView, String>,
) -> impl IntoView {
    // Far from the screen (a filter changed above it), the whole list (its search and order, rows,
    // count and pager) follows the matches after the next paint; a search, an order or a page
    // asked in the list, at once.
    let section = NodeRef::<leptos::html::Section>::new();
    let matches = follow_when_near_or(matches, near_screen(section), view);
    let ListPage { found, page, rows } = use_list_page(loaded, matches, view);
    let search_status = use_search_status(view, found, matches);
    view! {
        <section class="services" aria-labelledby="services-title" node_ref=section>
            <h2 id="services-title">{text::SERVICES_TITLE}</h2>
            <div class="services__search">
                <label class="fr-label field__label" for="services-recherche">{text::SEARCH_SERVICE}</label>
                <input
                    id="services-recherche"
                    class="fr-input input"
                    type="search"
                    autocomplete="off"
                    prop:value=move || view.with(|v| v.search.clone())
                    on:input=move |ev| on_view.run((view.get_untracked().searching(&event_target_value(&ev)), true))
                />
            </div>
            // Shown, not announced: a filter's change is said once, by the results count above.
            <p class="services__count" data-testid="services-count">
                {move || text::services_listed(found.with(Vec::len), matches.with(Vec::len))}
            </p>
            // What the list's own search finds is announced, and only that.
            <p class="visually-hidden" role="status" data-testid="services-search-status">
                {move || search_status.with(|(_, said)| said.clone())}
            </p>
            <ServicesTable rows=rows.into() page=page.into() caption=caption view=view on_view=on_view/>
            <Show when=move || page.with(|p| p.count > 1)>
                <Pagination page=page.into() view=view on_view=on_view href=href total=Signal::derive(move || found.with(Vec::len))/>
            </Show>
        </section>
    }
}

/// What the list shows of the matches: those its search finds, in its order; the page asked for;
/// the rows of that page.
struct ListPage {
    found: Memo<Vec<ServiceMatch>>,
    page: Memo<Page>,
    rows: Memo<Vec<ServiceRow>>,
}

/// Search and sort apply to every match, and run again only when they (or the matches) change,
/// not when the page does; only the rows of the page are built.
fn use_list_page(loaded: Arc<Loaded>, matches: Signal<Vec<ServiceMatch>>, view: Signal<ListView>) -> ListPage {
    let order = Memo::new(move |_| view.with(|v| (v.search.clone(), v.sort, v.ascending)));
    let found = Memo::new({
        let loaded = loaded.clone();
        move |_| {
            order.with(|(search, key, ascending)| {
                matches.with(|m| search_and_sort(&loaded.index, m, search, *key, *ascending))
            })
        }
    });
    let page = Memo::new(move |_| Page::of(found.with(Vec::len), view.with(|v| v.page), PAGE_SIZE));
    let rows = Memo::new(move |_| {
        page.with(|p| found.with(|f| f[p.items.clone()].iter().map(|m| service_row(&loaded.dataset, m)).collect()))
    });
    ListPage { found, page, rows }
}

/// The table of a page of the list, in a region the keyboard reaches (scrolled sideways on a
/// phone), named by its page; its headers sort it.
#[component]
fn ServicesTable(
    rows: Signal<Vec<ServiceRow>>,
    page: Signal<Page>,
    caption: Signal<String>,
    view: Signal<ListView>,
    on_view: Callback<(ListView, bool)>,
) -> impl IntoView {
    view! {
        <div
            id=TABLE_ID
            class="table-wrap"
            tabindex="0"
            role="region"
            aria-label=move || page.with(|p| text::services_page_label(p.number, p.count))
        >
            <table class="table services__table">
                <caption>{move || text::services_caption(&caption.get())}</caption>
                <thead>
                    <tr>
                        <SortHeader key=SortKey::Name label=text::COLUMN_SERVICE view=view on_view=on_view/>
                        <SortHeader key=SortKey::Incubator label=text::COLUMN_INCUBATOR view=view on_view=on_view/>
                        <SortHeader key=SortKey::Phase label=text::COLUMN_PHASE view=view on_view=on_view/>
                        <th scope="col">{text::COLUMN_PITCH}</th>
                        <th scope="col">{text::COLUMN_LINKS}</th>
                    </tr>
                </thead>
                // A row per service, kept by what it shows: another page, a search or a filter
                // builds only the rows that were not shown, removes those no longer shown and
                // moves the others (a service whose row changed, its phase on another date, gets
                // a new one).
                <tbody>
                    <For each=move || rows.get() key=ServiceRow::clone let(row)>
                        <ServiceLine row=row/>
                    </For>
                </tbody>
            </table>
        </div>
    }
}

/// A column's header, a button that sorts the list by it (again: the other way), saying how the
/// list is sorted (`aria-sort`).
#[component]
fn SortHeader(
    key: SortKey,
    label: &'static str,
    view: Signal<ListView>,
    on_view: Callback<(ListView, bool)>,
) -> impl IntoView {
    let aria_sort = move || match view.with(|v| (v.sort, v.ascending)) {
        (k, true) if k == key => "ascending",
        (k, false) if k == key => "descending",
        _ => "none",
    };
    view! {
        <th scope="col" aria-sort=aria_sort>
            <button
                type="button"
                class="sort-button"
                on:click=move |_| on_view.run((view.get_untracked().sorted_by(key), true))
            >
                {label}
                <span aria-hidden="true" class="sort-button__arrow">
                    {move || match aria_sort() { "ascending" => " ▲", "descending" => " ▼", _ => " ⇅" }}
                </span>
            </button>
        </th>
    }
}

/// The count a search changed, to announce: empty on load and when the filters changed it (the
/// results count says that), so that one change is announced once.
fn use_search_status(
    view: Signal<ListView>,
    found: Memo<Vec<ServiceMatch>>,
    matches: Signal<Vec<ServiceMatch>>,
) -> Memo<(String, String)> {
    Memo::new(move |previous: Option<&(String, String)>| {
        let search = view.with(|v| v.search.clone());
        let said = match previous {
            Some((before, _)) if *before != search => {
                text::services_listed(found.with(Vec::len), matches.with(Vec::len))
            }
            _ => String::new(),
        };
        (search, said)
    })
}

/// The DSFR pagination under the list: first, previous, some page numbers, next, last. Each is a
/// link to its page's address (it can be opened in a new tab, or shared); a plain click shows
/// the page here and moves the focus to the top of the list, which says its page.
#[component]
fn Pagination(
    page: Signal<Page>,
    total: Signal<usize>,
    view: Signal<ListView>,
    on_view: Callback<(ListView, bool)>,
    href: Callback<ListView, String>,
) -> impl IntoView {
    let go = Callback::new(move |(ev, number): (MouseEvent, usize)| {
        // A click with a modifier (a new tab, a new window) is the browser's.
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        on_view.run((view.get_untracked().on_page(number), false));
        request_animation_frame(|| _ = crate::web::browser::focus_element(TABLE_ID));
    });
    let link = Callback::new(move |number: usize| href.run(view.get_untracked().on_page(number)));
    // First, previous, next, last: a link, or a disabled one at the ends.
    let first = Signal::derive(move || page.with(|p| (!p.is_first()).then_some(1)));
    let previous = Signal::derive(move || page.with(|p| (!p.is_first()).then(|| p.number - 1)));
    let next = Signal::derive(move || page.with(|p| (!p.is_last()).then(|| p.number + 1)));
    let last = Signal::derive(move || page.with(|p| (!p.is_last()).then_some(p.count)));
    let numbers = move || {
        let current = page.with(|p| p.number);
        let links = page.with(|p| page_links(p.number, p.count));
        links
            .into_iter()
            .map(|shown| view! { <PageNumber shown=shown current=current go=go link=link/> })
            .collect_view()
    };
    view! {
        <p class="services__range">
            {move || page.with(|p| text::page_range(p.items.start + 1, p.items.end, total.get()))}
        </p>
        <nav role="navigation" class="fr-pagination pagination" aria-label=text::PAGINATION>
            <ul class="fr-pagination__list">
                <PageArrow class="fr-pagination__link--first" wide=true label=text::FIRST_PAGE target=first go=go link=link/>
                <PageArrow class="fr-pagination__link--prev fr-pagination__link--lg-label" label=text::PREVIOUS_PAGE
                    target=previous go=go link=link/>
                {numbers}
                <PageArrow class="fr-pagination__link--next fr-pagination__link--lg-label" label=text::NEXT_PAGE
                    target=next go=go link=link/>
                <PageArrow class="fr-pagination__link--last" wide=true label=text::LAST_PAGE target=last go=go link=link/>
            </ul>
        </nav>
    }
}

/// First, previous, next or last: a link to its `target` page, or a disabled link at the ends.
/// `wide`: shown on wide screens only.
#[component]
fn PageArrow(
    class: &'static str,
    #[prop(optional)] wide: bool,
    label: &'static str,
    target: Signal<Option<usize>>,
    go: Callback<(MouseEvent, usize)>,
    link: Callback<usize, String>,
) -> impl IntoView {
    view! {
        <li class=if wide { "pagination__item--wide" } else { "" }>
            <a
                class=format!("fr-pagination__link {class}")
                href=move || target.get().map(|number| link.run(number))
                aria-disabled=move || target.get().is_none().then_some("true")
                role=move || target.get().is_none().then_some("link")
                on:click=move |ev| {
                    if let Some(number) = target.get_untracked() {
                        go.run((ev, number))
                    }
                }
            >
                {label}
            </a>
        </li>
    }
}

/// A page's number (a link, but for the `current` page), or a gap between them; on narrow or wide
/// screens only, as `page_links` says.
#[component]
fn PageNumber(
    shown: PageLink,
    current: usize,
    go: Callback<(MouseEvent, usize)>,
    link: Callback<usize, String>,
) -> impl IntoView {
    let PageLink { item, narrow, wide } = shown;
    let class = match (narrow, wide) {
        (true, false) => "pagination__item--narrow",
        (false, true) => "pagination__item--wide",
        _ => "",
    };
    let content = match item {
        PageItem::Page(number) if number == current => view! {
            <a class="fr-pagination__link" aria-current="page" title=text::page_title(number)>
                {text::format_count(number)}
            </a>
        }
        .into_any(),
        PageItem::Page(number) => view! {
            <a
                class="fr-pagination__link"
                href=link.run(number)
                title=text::page_title(number)
                on:click=move |ev| go.run((ev, number))
            >
                {text::format_count(number)}
            </a>
        }
        .into_any(),
        PageItem::Gap => view! { <span class="fr-pagination__link pagination__gap">"…"</span> }.into_any(),
    };
    view! { <li class=class>{content}</li> }
}

/// One row of the list: a service, its incubators, its phase, its pitch and sponsors, its links.
#[component]
fn ServiceLine(row: ServiceRow) -> impl IntoView {
    let incubators = row.incubators.iter().map(|(_, title)| title.as_str()).collect::<Vec<_>>().join(" · ");
    let phase_class = format!("phase-tag phase-tag--{}", text::slug(row.phase.name()));
    let phase = text::phase_label(&row.phase).to_owned();
    let sponsors = (!row.sponsors.is_empty()).then(|| text::sponsors_line(&row.sponsors));
    let site_label = text::service_site_label(&row.name);
    let page_label = text::service_page_label(&row.name);
    view! {
        <tr>
            <th scope="row">{row.name}</th>
            <td data-label=text::COLUMN_INCUBATOR>{incubators}</td>
            <td data-label=text::COLUMN_PHASE><span class=phase_class>{phase}</span></td>
            <td class="services__pitch" data-label=text::COLUMN_PITCH>
                {row.pitch}
                {sponsors.map(|sponsors| view! { <span class="services__sponsors">{sponsors}</span> })}
            </td>
            <td class="services__links">
                {row.link.map(|link| view! { <a href=link rel="noopener" aria-label=site_label>{text::SERVICE_SITE}</a> })}
                <a href=row.page rel="noopener" aria-label=page_label>{text::SERVICE_PAGE}</a>
            </td>
        </tr>
    }
}
