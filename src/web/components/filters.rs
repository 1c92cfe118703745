//! The filters: incubators (type to search, each with its count), phases grouped by phase group
//! (a group box toggles its phases), and what is selected, removable one by one.

use leptos::callback::{Callable, Callback};
use leptos::prelude::*;

use crate::data::fold::search_key;
use crate::data::{Filter, IncubatorId, Phase, PhaseGroup, Selection, ThemeId};
use crate::text;
use crate::web::browser::request_animation_frame;

/// An element id made of `raw`, one-to-one: letters, digits and `-` as they are, anything else
/// as `_` and its code point.
fn dom_id(raw: &str) -> String {
    raw.chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' { c.to_string() } else { format!("_{:x}", u32::from(c)) })
        .collect()
}

/// One incubator of the list: id, title, count.
pub type IncubatorOption = (IncubatorId, String, usize);

/// One value of a searchable checklist: its key (as in the URL), its label, its count on the date.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckOption {
    pub key: String,
    pub label: String,
    pub count: usize,
}

/// What tells one checklist from another: its name in element ids, its words.
#[derive(Debug, Clone, Copy)]
pub struct Checklist {
    /// In element ids: `filtre-<slug>-recherche`, `<slug>-<key>`.
    pub slug: &'static str,
    pub legend: &'static str,
    pub search_label: &'static str,
    /// "22 incubateurs", "2 sur 22 incubateurs".
    pub listed: fn(usize, usize) -> String,
    pub test_id: &'static str,
    /// The key of a value that is not one of the others ("Non renseigné" among ministries):
    /// counted apart from them, and said so.
    pub apart: Option<&'static str>,
    /// Whether its values are feminine (for "2 sélectionnées").
    pub feminine: bool,
}

#[component]
pub fn IncubatorFilter(
    options: Signal<Vec<IncubatorOption>>,
    filter: Signal<Filter>,
    on_change: Callback<Filter>,
) -> impl IntoView {
    let kind = Checklist {
        slug: "incubateur",
        legend: text::FILTER_INCUBATOR,
        search_label: text::SEARCH_INCUBATOR,
        listed: text::incubators_listed,
        test_id: "incubator-options",
        apart: None,
        feminine: false,
    };
    let options = Signal::derive(move || {
        options.with(|o| {
            o.iter().map(|(id, title, n)| CheckOption { key: id.0.clone(), label: title.clone(), count: *n }).collect()
        })
    });
    view! {
        <ChecklistFilter
            kind=kind
            options=options
            checked=Callback::new(move |key: String| filter.with(|f| f.incubators.contains(&IncubatorId(key))))
            on_toggle=Callback::new(move |key: String| on_change.run(filter.get_untracked().toggle_incubator(&IncubatorId(key))))
            ticked=Signal::derive(move || filter.with(|f| f.incubators.len()))
        />
    }
}

/// A searchable list of checkboxes, each value with its count: a stable order, so that a box
/// never moves while it has the focus; checked ones stay listed whatever the search. Folded under
/// its name and how many of its values are ticked; the list has its own scroll.
#[component]
pub fn ChecklistFilter(
    kind: Checklist,
    options: Signal<Vec<CheckOption>>,
    checked: Callback<String, bool>,
    on_toggle: Callback<String>,
    /// How many of its values are ticked.
    ticked: Signal<usize>,
) -> impl IntoView {
    let (query, set_query) = signal(String::new());
    let found = move |o: &CheckOption, q: &str| {
        q.is_empty() || search_key(&o.label).contains(q) || o.key.to_lowercase().contains(q)
    };
    let shown = move || {
        let q = search_key(&query.get());
        options.with(|all| {
            all.iter()
                .filter(|o| found(o, &q) || checked.run(o.key.clone()))
                .map(|o| (o.key.clone(), o.label.clone()))
                .collect::<Vec<_>>()
        })
    };
    // The values counted: those found by the search, the one apart left out and said apart.
    let counted = move |o: &CheckOption| kind.apart != Some(o.key.as_str());
    let help = move || {
        let q = search_key(&query.get());
        options.with(|all| {
            let matching = all.iter().filter(|o| counted(o) && found(o, &q)).count();
            let listed = (kind.listed)(matching, all.iter().filter(|o| counted(o)).count());
            match all.iter().find(|o| !counted(o) && found(o, &q)) {
                Some(apart) => text::listed_with_apart(&listed, &apart.label),
                None => listed,
            }
        })
    };
    let slug = kind.slug;
    view! {
        <FilterGroup slug=slug legend=kind.legend ticked=ticked feminine=kind.feminine>
            <fieldset class="filter" aria-describedby=format!("filtre-{slug}-aide")>
                <legend class="filter__legend visually-hidden">{kind.legend}</legend>
                <label class="fr-label field__label field__label--small" for=format!("filtre-{slug}-recherche")>{kind.search_label}</label>
                <input
                    id=format!("filtre-{slug}-recherche")
                    class="fr-input input"
                    type="search"
                    autocomplete="off"
                    prop:value=query
                    on:input=move |ev| set_query.set(event_target_value(&ev))
                    aria-controls=format!("filtre-{slug}-liste")
                />
                <p id=format!("filtre-{slug}-aide") class="filter__help" aria-live="polite">{help}</p>
                <ul id=format!("filtre-{slug}-liste") class="checklist checklist--scroll" data-testid=kind.test_id>
                    <For each=shown key=|(key, _)| key.clone() let((key, label))>
                        {
                            let input_id = format!("{slug}-{}", dom_id(&key));
                            let counted = key.clone();
                            let count = move || {
                                options.with(|o| o.iter().find(|o| o.key == counted).map_or(0, |o| o.count))
                            };
                            let (checked_key, toggled_key) = (key.clone(), key.clone());
                            view! {
                                <li class="fr-checkbox-group fr-checkbox-group--sm checklist__item">
                                    <input
                                        type="checkbox"
                                        id=input_id.clone()
                                        value=key
                                        prop:checked=move || checked.run(checked_key.clone())
                                        on:change=move |_| on_toggle.run(toggled_key.clone())
                                    />
                                    <label class="fr-label" for=input_id>
                                        {label}
                                        " "
                                        <span class="count">{move || format!("({})", count())}</span>
                                    </label>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </fieldset>
        </FilterGroup>
    }
}

/// A filter folded under its name and how many of its values are ticked ("Phase — 2
/// sélectionnées"), so that the panel is short, every filter's name in view, and a long list
/// opened only when wanted (a native disclosure: Entrée or Espace opens it).
#[component]
fn FilterGroup(
    /// In element ids: `filtre-<slug>-groupe`.
    slug: &'static str,
    legend: &'static str,
    ticked: Signal<usize>,
    feminine: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <details class="filter-group" id=format!("filtre-{slug}-groupe") data-testid=format!("filter-group-{slug}")>
            <summary class="filter-group__summary">
                <span class="filter-group__name">{legend}</span>
                <span class="filter-group__ticked">{move || text::ticked_values(ticked.get(), feminine)}</span>
            </summary>
            <div class="filter-group__body">{children()}</div>
        </details>
    }
}

#[component]
pub fn PhaseFilter(
    options: Signal<Vec<(Phase, usize)>>,
    filter: Signal<Filter>,
    on_change: Callback<Filter>,
) -> impl IntoView {
    let count_of = move |phase: &Phase| options.with(|o| o.iter().find(|(p, _)| p == phase).map_or(0, |(_, n)| *n));
    let phase_box = move |phase: Phase| {
        let input_id = format!("phase-{}", dom_id(phase.name()));
        let (checked, toggled, counted) = (phase.clone(), phase.clone(), phase.clone());
        view! {
            <li class="fr-checkbox-group fr-checkbox-group--sm checklist__item">
                <input
                    type="checkbox"
                    id=input_id.clone()
                    value=phase.name().to_owned()
                    prop:checked=move || filter.with(|f| f.phases.contains(&checked))
                    on:change=move |_| on_change.run(filter.get_untracked().toggle_phase(&toggled))
                />
                <label class="fr-label" for=input_id>
                    {text::phase_label(&phase).to_owned()}
                    " "
                    <span class="count">{move || format!("({})", count_of(&counted))}</span>
                </label>
            </li>
        }
    };
    // A group holds every phase of the data that counts in it, legacy names included.
    let in_group = move |group: Option<PhaseGroup>| -> Vec<Phase> {
        options.with(|o| o.iter().map(|(p, _)| p).filter(|p| p.group() == group).cloned().collect())
    };
    let groups = PhaseGroup::ALL
        .into_iter()
        .map(|group| {
            let group_id = format!("groupe-{}", text::slug(text::phase_group_label(group)));
            let phases = Memo::new(move |_| in_group(Some(group)));
            let group_count = move || phases.with(|ps| ps.iter().map(count_of).sum::<usize>());
            view! {
                <li class="phase-group">
                    <div class="fr-checkbox-group fr-checkbox-group--sm checklist__item checklist__item--group">
                        <input
                            type="checkbox"
                            id=group_id.clone()
                            prop:checked=move || phases.with(|ps| filter.with(|f| f.selection_of(ps) == Selection::All))
                            prop:indeterminate=move || phases.with(|ps| filter.with(|f| f.selection_of(ps) == Selection::Some))
                            on:change=move |_| on_change.run(phases.with_untracked(|ps| filter.get_untracked().toggle_phases(ps)))
                        />
                        <label class="fr-label" for=group_id>
                            {text::phase_group_label(group)}
                            " "
                            <span class="count">{move || format!("({})", group_count())}</span>
                        </label>
                    </div>
                    <ul class="checklist checklist--nested">
                        {move || phases.get().into_iter().map(phase_box).collect_view()}
                    </ul>
                </li>
            }
        })
        .collect_view();
    // Phases of no group that the data uses (legacy "alumni", unknown names).
    let others = move || in_group(None);
    view! {
        <FilterGroup slug="phase" legend=text::FILTER_PHASE ticked=Signal::derive(move || filter.with(|f| f.phases.len())) feminine=true>
        <fieldset class="filter">
            <legend class="filter__legend visually-hidden">{text::FILTER_PHASE}</legend>
            <ul class="checklist checklist--groups" data-testid="phase-options">
                {groups}
                <Show when=move || !others().is_empty()>
                    <li class="phase-group">
                        <p class="checklist__item checklist__item--group">{text::OTHER_PHASES}</p>
                        <ul class="checklist checklist--nested">
                            {move || others().into_iter().map(phase_box).collect_view()}
                        </ul>
                    </li>
                </Show>
            </ul>
        </fieldset>
        </FilterGroup>
    }
}

/// At the foot of the filters, always in view beside them: how many services match, and a link
/// to them (the filters' own way to the results, whatever the length of the page).
#[component]
pub fn FiltersResults(matching: Signal<usize>) -> impl IntoView {
    view! {
        <div class="filters-results" data-testid="filters-results">
            // Not announced: the results count of the page says each change, once.
            <p class="filters-results__count">{move || text::matching_services(matching.get())}</p>
            <a class="fr-link fr-link--sm filters-results__link" href="#resultats" on:click=|ev| {
                if crate::web::browser::focus_element("resultats") {
                    ev.prevent_default();
                }
            }>{text::SEE_RESULTS}</a>
        </div>
    }
}

/// After a chip or the reset button is gone, the focus goes to the count it changed, not the page.
fn keep_focus() {
    request_animation_frame(|| _ = crate::web::browser::focus_element("resultats"));
}

/// "124 services correspondent" and the selected filters, each removable.
#[component]
pub fn ActiveFilters(
    filter: Signal<Filter>,
    matching: Signal<usize>,
    caption: Signal<String>,
    title_of: Callback<IncubatorId, String>,
    /// The label of a theme (the spelling most services use).
    theme_of: Callback<ThemeId, String>,
    on_change: Callback<Filter>,
) -> impl IntoView {
    let chips = move || {
        let f = filter.get();
        let mut chips: Vec<(String, Filter)> = Vec::new();
        for id in &f.incubators {
            chips.push((title_of.run(id.clone()), f.toggle_incubator(id)));
        }
        for id in &f.ministries {
            chips.push((text::ministry_label(id.as_str()), f.toggle_ministry(id)));
        }
        for id in &f.themes {
            chips.push((theme_of.run(id.clone()), f.toggle_theme(id)));
        }
        for phase in &f.phases {
            chips.push((text::phase_label(phase).to_owned(), f.toggle_phase(phase)));
        }
        if let Some(year) = f.year {
            chips.push((text::year_chip(year), Filter { year: None, ..f.clone() }));
        }
        chips
    };
    view! {
        <div class="results">
            <p class="results__count" role="status" aria-live="polite" data-testid="matching" id="resultats" tabindex="-1">
                <strong>{move || text::matching_services(matching.get())}</strong>
                " — " {caption}
            </p>
            <Show when=move || !filter.with(Filter::is_default)>
                <ul class="chips" aria-label=text::ACTIVE_FILTERS>
                    {move || chips().into_iter().map(|(label, without)| {
                        let aria = text::remove_filter(&label);
                        view! {
                            <li>
                                <button type="button" class="fr-tag fr-tag--sm fr-tag--dismiss chip" aria-label=aria on:click=move |_| {
                                    on_change.run(without.clone());
                                    keep_focus();
                                }>
                                    {label}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
            // Only when there is something to reset.
            <Show when=move || !filter.with(Filter::is_default)>
                <button
                    type="button"
                    class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm button button--tertiary"
                    on:click=move |_| {
                        on_change.run(Filter::default());
                        keep_focus();
                    }
                >
                    {text::RESET_FILTERS}
                </button>
            </Show>
        </div>
    }
}
