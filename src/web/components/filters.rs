//! The filters: incubators (type to search, each with its count), phases grouped by phase group
//! (a group box toggles its phases), and what is selected, removable one by one.

use leptos::callback::{Callable, Callback};
use leptos::prelude::*;

use crate::data::fold::search_key;
use crate::data::query::dimension::{Dimension, OptionKey};
use crate::data::{Filter, IncubatorId, MinistryId, Phase, PhaseGroup, Selection, ThemeId};
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

/// One value of a searchable checklist: its key (written as in the URL), its label, its count on
/// the date.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckOption {
    pub key: OptionKey,
    pub label: String,
    pub count: usize,
}

/// What tells one checklist from another: its filter (whose parameter names its elements), its
/// words.
#[derive(Debug, Clone, Copy)]
pub struct Checklist {
    /// Its parameter in element ids: `filtre-<param>-recherche`, `<param>-<key>`.
    pub dimension: Dimension,
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

impl Checklist {
    /// The checklist of a filter of several values, but the phases (grouped: [`PhaseFilter`]).
    pub fn of(dimension: Dimension) -> Checklist {
        let (legend, search_label, listed, test_id): (_, _, fn(usize, usize) -> String, _) = match dimension {
            Dimension::Ministry => {
                (text::FILTER_MINISTRY, text::SEARCH_MINISTRY, text::ministries_listed, "ministry-options")
            }
            Dimension::Theme => (text::FILTER_THEME, text::SEARCH_THEME, text::themes_listed, "theme-options"),
            // (The phases and the year have widgets of their own, never a checklist.)
            Dimension::Incubator | Dimension::Phase | Dimension::Year => {
                (text::FILTER_INCUBATOR, text::SEARCH_INCUBATOR, text::incubators_listed, "incubator-options")
            }
        };
        Checklist {
            dimension,
            legend,
            search_label,
            listed,
            test_id,
            apart: (dimension == Dimension::Ministry).then_some(MinistryId::NOT_STATED),
            feminine: dimension == Dimension::Theme,
        }
    }
}

#[component]
pub fn IncubatorFilter(
    options: Signal<Vec<IncubatorOption>>,
    filter: Signal<Filter>,
    on_change: Callback<Filter>,
) -> impl IntoView {
    let options = Signal::derive(move || {
        options.with(|o| {
            o.iter()
                .map(|(id, title, n)| CheckOption {
                    key: OptionKey::Incubator(id.clone()),
                    label: title.clone(),
                    count: *n,
                })
                .collect()
        })
    });
    view! { <ChecklistFilter kind=Checklist::of(Dimension::Incubator) options=options filter=filter on_change=on_change/> }
}

/// A searchable list of checkboxes, each value with its count: a stable order, so that a box
/// never moves while it has the focus; checked ones stay listed whatever the search. Folded under
/// its name and how many of its values are ticked; the list has its own scroll.
#[component]
pub fn ChecklistFilter(
    kind: Checklist,
    options: Signal<Vec<CheckOption>>,
    filter: Signal<Filter>,
    /// Given the filter with a box ticked or unticked.
    on_change: Callback<Filter>,
) -> impl IntoView {
    let checked = move |key: &OptionKey| filter.with(|f| f.has(key));
    let ticked = Signal::derive(move || filter.with(|f| f.ticked(kind.dimension)));
    let (query, set_query) = signal(String::new());
    let shown = move || {
        let q = search_key(&query.get());
        options.with(|all| {
            all.iter()
                .filter(|o| found_by(o, &q) || checked(&o.key))
                .map(|o| (o.key.clone(), o.label.clone()))
                .collect::<Vec<_>>()
        })
    };
    let help = search_help(kind, options, query.into());
    let slug = kind.dimension.param();
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
                            let (checked_key, toggled_key, counted) = (key.clone(), key.clone(), key.clone());
                            view! {
                                <CheckBox
                                    id=format!("{slug}-{}", dom_id(key.as_str()))
                                    value=key.as_str().to_owned()
                                    label=label
                                    checked=Signal::derive(move || checked(&checked_key))
                                    count=Signal::derive(move || {
                                        options.with(|o| o.iter().find(|o| o.key == counted).map_or(0, |o| o.count))
                                    })
                                    on_toggle=Callback::new(move |()| on_change.run(filter.get_untracked().toggle(&toggled_key)))
                                />
                            }
                        }
                    </For>
                </ul>
            </fieldset>
        </FilterGroup>
    }
}

/// Whether a checklist's search (folded by [`search_key`]) finds a value: by its label or its key.
fn found_by(option: &CheckOption, query: &str) -> bool {
    query.is_empty() || search_key(&option.label).contains(query) || option.key.as_str().to_lowercase().contains(query)
}

/// What a checklist's search finds, said under it: how many of its values ("3 sur 22
/// incubateurs"), the one apart left out of the count and said apart.
fn search_help(kind: Checklist, options: Signal<Vec<CheckOption>>, query: Signal<String>) -> impl Fn() -> String {
    let counted = move |o: &CheckOption| kind.apart != Some(o.key.as_str());
    move || {
        let q = search_key(&query.get());
        options.with(|all| {
            let matching = all.iter().filter(|o| counted(o) && found_by(o, &q)).count();
            let listed = (kind.listed)(matching, all.iter().filter(|o| counted(o)).count());
            match all.iter().find(|o| !counted(o) && found_by(o, &q)) {
                Some(apart) => text::listed_with_apart(&listed, &apart.label),
                None => listed,
            }
        })
    }
}

/// One value's checkbox, with its label and its count on the date.
#[component]
fn CheckBox(
    id: String,
    /// Its value (as in the URL).
    value: String,
    label: String,
    checked: Signal<bool>,
    count: Signal<usize>,
    on_toggle: Callback<()>,
) -> impl IntoView {
    view! {
        <li class="fr-checkbox-group fr-checkbox-group--sm checklist__item">
            <input
                type="checkbox"
                id=id.clone()
                value=value
                prop:checked=checked
                on:change=move |_| on_toggle.run(())
            />
            <label class="fr-label" for=id>
                {label}
                " "
                <span class="count">{move || format!("({})", count.get())}</span>
            </label>
        </li>
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
        let (checked, toggled, counted) = (phase.clone(), phase.clone(), phase.clone());
        view! {
            <CheckBox
                id=format!("phase-{}", dom_id(phase.name()))
                value=phase.name().to_owned()
                label=text::phase_label(&phase).to_owned()
                checked=Signal::derive(move || filter.with(|f| f.phases.contains(&checked)))
                count=Signal::derive(move || count_of(&counted))
                on_toggle=Callback::new(move |()| on_change.run(filter.get_untracked().toggle_phase(&toggled)))
            />
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
        <FilterGroup slug=Dimension::Phase.param() legend=text::FILTER_PHASE ticked=Signal::derive(move || filter.with(|f| f.phases.len())) feminine=true>
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
