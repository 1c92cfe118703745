//! The services matching the filters: searchable by name, sortable, with their count.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::listing::{ServiceMatch, ServiceRow, SortKey, search_and_sort, service_row};
use crate::text;
use crate::web::api::Loaded;

/// Rows shown at first, and added by "Afficher plus".
const PAGE: usize = 50;

#[component]
pub fn ServicesList(
    /// The data, with the list's search and sort keys.
    loaded: Arc<Loaded>,
    /// The services of the situation (index and phase).
    matches: Signal<Vec<ServiceMatch>>,
    caption: Signal<String>,
) -> impl IntoView {
    let (query, set_query) = signal(String::new());
    let sort = RwSignal::new((SortKey::Name, true));
    // The list grows by pages, to stay light on a phone; every match is counted, and only the
    // rows shown are built.
    let limit = RwSignal::new(PAGE);
    let found = Memo::new({
        let loaded = loaded.clone();
        move |_| {
            let (key, ascending) = sort.get();
            matches.with(|m| search_and_sort(&loaded.index, m, &query.get(), key, ascending))
        }
    });
    let shown = Memo::new(move |_| {
        found.with(|f| f.iter().take(limit.get()).map(|m| service_row(&loaded.dataset, m)).collect::<Vec<ServiceRow>>())
    });
    let hidden = move || found.with(Vec::len).saturating_sub(limit.get());
    let header = move |key: SortKey, label: &'static str| {
        let aria_sort = move || match sort.get() {
            (k, true) if k == key => "ascending",
            (k, false) if k == key => "descending",
            _ => "none",
        };
        view! {
            <th scope="col" aria-sort=aria_sort>
                <button
                    type="button"
                    class="sort-button"
                    on:click=move |_| sort.update(|(k, asc)| if *k == key { *asc = !*asc } else { *k = key; *asc = true })
                >
                    {label}
                    <span aria-hidden="true" class="sort-button__arrow">
                        {move || match aria_sort() { "ascending" => " ▲", "descending" => " ▼", _ => " ⇅" }}
                    </span>
                </button>
            </th>
        }
    };
    view! {
        <section class="services" aria-labelledby="services-title">
            <h2 id="services-title">{text::SERVICES_TITLE}</h2>
            <div class="services__search">
                <label class="fr-label field__label" for="services-recherche">{text::SEARCH_SERVICE}</label>
                <input
                    id="services-recherche"
                    class="fr-input input"
                    type="search"
                    autocomplete="off"
                    prop:value=query
                    on:input=move |ev| {
                        set_query.set(event_target_value(&ev));
                        limit.set(PAGE);
                    }
                />
            </div>
            <p class="services__count" role="status" aria-live="polite" data-testid="services-count">
                {move || text::services_listed(found.with(Vec::len), matches.with(Vec::len))}
            </p>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="services-title">
                <table class="table services__table">
                    <caption>{move || text::services_caption(&caption.get())}</caption>
                    <thead>
                        <tr>
                            {header(SortKey::Name, text::COLUMN_SERVICE)}
                            {header(SortKey::Incubator, text::COLUMN_INCUBATOR)}
                            {header(SortKey::Phase, text::COLUMN_PHASE)}
                            <th scope="col">{text::COLUMN_PITCH}</th>
                            <th scope="col">{text::COLUMN_LINKS}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || shown.get() key=|row| (row.id.clone(), row.phase.clone()) let(row)>
                            <ServiceLine row=row/>
                        </For>
                    </tbody>
                </table>
            </div>
            <Show when=move || { hidden() > 0 }>
                <p class="services__more">
                    <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm button button--secondary" on:click=move |_| limit.update(|l| *l += PAGE)>
                        {move || text::show_more(hidden().min(PAGE))}
                    </button>
                    " "
                    <button type="button" class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm button button--tertiary" on:click=move |_| limit.set(usize::MAX)>
                        {move || text::show_all(found.with(Vec::len))}
                    </button>
                </p>
            </Show>
        </section>
    }
}

#[component]
fn ServiceLine(row: ServiceRow) -> impl IntoView {
    let incubators = row.incubators.iter().map(|(_, title)| title.clone()).collect::<Vec<_>>().join(" · ");
    let name = row.name.clone();
    let site = row.link.clone().map(|href| {
        view! { <a href=href rel="noopener" aria-label=text::service_site_label(&name)>{text::SERVICE_SITE}</a> }
    });
    view! {
        <tr>
            <th scope="row">{row.name.clone()}</th>
            <td data-label=text::COLUMN_INCUBATOR>{incubators}</td>
            <td data-label=text::COLUMN_PHASE><span class=format!("phase-tag phase-tag--{}", text::slug(row.phase.name()))>{text::phase_label(&row.phase).to_owned()}</span></td>
            <td class="services__pitch" data-label=text::COLUMN_PITCH>
                {row.pitch.clone()}
                {(!row.sponsors.is_empty()).then(|| view! {
                    <span class="services__sponsors">{text::sponsors_line(&row.sponsors)}</span>
                })}
            </td>
            <td class="services__links">
                {site}
                <a href=row.page.clone() rel="noopener" aria-label=text::service_page_label(&row.name)>{text::SERVICE_PAGE}</a>
            </td>
        </tr>
    }
}
