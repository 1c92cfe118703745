//! The services list: the services of a situation, searchable by name and sortable, shown a page
//! at a time, so that only the rows of one page are ever built, however many services match.
//!
//! A filter change yields [`ServiceMatch`]es (an index and a phase: no string copied); search
//! and sort work on those, with keys computed once per dataset ([`ServiceIndex`]), and always on
//! the whole list; [`Page`] says which of them a page shows, [`page_links`] which page numbers its
//! pagination offers; a [`ServiceRow`] is built for a shown line only.

use crate::data::order;
use std::ops::Range;

use crate::data::fold::search_key;
use crate::data::model::ids::{IncubatorId, ServiceId};
use crate::data::model::{Dataset, Phase};

/// A service of a situation: its place in `Dataset::services` and its phase on the date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceMatch {
    pub index: usize,
    pub phase: Phase,
}

/// What the list shows of one service.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ServiceRow {
    pub id: ServiceId,
    pub name: String,
    /// Its incubators, with their titles.
    pub incubators: Vec<(IncubatorId, String)>,
    /// Its phase on the situation's date.
    pub phase: Phase,
    pub pitch: String,
    /// Its sponsoring organisations: acronym, or name, or id when `organisations.json` lacks it.
    pub sponsors: Vec<String>,
    /// The service's own address, only when it is a web address (`http(s)://`).
    pub link: Option<String>,
    /// Its page on beta.gouv.fr.
    pub page: String,
}

/// Columns the list can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Name,
    Incubator,
    Phase,
}

/// Services shown on a page of the list.
pub const PAGE_SIZE: usize = 50;

/// What the visitor asked of the list: a search, an order, a page (from 1). Searching or sorting
/// starts again from the first page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListView {
    pub search: String,
    pub sort: SortKey,
    pub ascending: bool,
    /// The page asked for, from 1; [`Page::of`] brings it within the pages there are.
    pub page: usize,
}

impl Default for ListView {
    fn default() -> Self {
        ListView { search: String::new(), sort: SortKey::Name, ascending: true, page: 1 }
    }
}

impl ListView {
    /// This view searching for `search`, from the first page.
    pub fn searching(&self, search: &str) -> ListView {
        ListView { search: search.to_owned(), page: 1, ..self.clone() }
    }

    /// This view sorted by `key` (the other way round if it already was), from the first page.
    pub fn sorted_by(&self, key: SortKey) -> ListView {
        let ascending = if self.sort == key { !self.ascending } else { true };
        ListView { sort: key, ascending, page: 1, ..self.clone() }
    }

    /// This view on page `page`.
    pub fn on_page(&self, page: usize) -> ListView {
        ListView { page, ..self.clone() }
    }
}

/// The page of a list that is shown: its number and the number of pages (both from 1; an empty
/// list has one, empty page), and the items it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub number: usize,
    pub count: usize,
    /// The places of its items in the whole list.
    pub items: Range<usize>,
}

impl Page {
    /// Page `asked` of a list of `len` items shown `size` (at least 1) a page; a page past the
    /// last gives the last, page 0 the first.
    pub fn of(len: usize, asked: usize, size: usize) -> Page {
        let size = size.max(1);
        let count = len.div_ceil(size).max(1);
        let number = asked.clamp(1, count);
        let start = (number - 1) * size;
        Page { number, count, items: start..(start + size).min(len) }
    }

    pub fn is_first(&self) -> bool {
        self.number == 1
    }

    pub fn is_last(&self) -> bool {
        self.number == self.count
    }
}

/// An item of a pagination: a link to a page, or an ellipsis for the pages left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageItem {
    Page(usize),
    Gap,
}

/// An item of a pagination and the screens it shows on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageLink {
    pub item: PageItem,
    /// Shown on narrow screens (phones).
    pub narrow: bool,
    /// Shown on wide screens.
    pub wide: bool,
}

/// The page numbers a pagination offers on page `current` of `count`: always the first and the
/// last, the current one, and on wide screens the pages either side of it; pages left out are
/// an ellipsis, unless only one page is left out, which is then shown (an ellipsis for one page
/// saves nothing). Narrow and wide screens each see their items in page order.
pub fn page_links(current: usize, count: usize) -> Vec<PageLink> {
    let narrow = page_items(current, count, 0);
    let wide = page_items(current, count, 1);
    // Merge the two in page order: an ellipsis sits at the first page it leaves out, before
    // that page's own link (never both shown on one screen).
    let position = |item: &(usize, PageItem)| (item.0, matches!(item.1, PageItem::Page(_)));
    let mut links: Vec<((usize, PageItem), bool, bool)> = Vec::new();
    for (items, is_narrow) in [(&narrow, true), (&wide, false)] {
        for item in items {
            match links.iter_mut().find(|(known, _, _)| known == item) {
                Some((_, on_narrow, on_wide)) => {
                    *on_narrow |= is_narrow;
                    *on_wide |= !is_narrow;
                }
                None => links.push((*item, is_narrow, !is_narrow)),
            }
        }
    }
    order::sort_by_key(&mut links, |(item, _, _)| position(item));
    links.into_iter().map(|((_, item), narrow, wide)| PageLink { item, narrow, wide }).collect()
}

/// The items of one pagination, each with the first page it stands for.
fn page_items(current: usize, count: usize, neighbours: usize) -> Vec<(usize, PageItem)> {
    let count = count.max(1);
    let current = current.clamp(1, count);
    let mut shown: Vec<usize> = vec![1, count];
    shown.extend(current.saturating_sub(neighbours).max(1)..=(current + neighbours).min(count));
    order::sort(&mut shown);
    shown.dedup();
    let mut items = Vec::new();
    let mut previous = 0;
    for page in shown {
        match page - previous {
            1 => {}
            2 => items.push((previous + 1, PageItem::Page(previous + 1))),
            _ => items.push((previous + 1, PageItem::Gap)),
        }
        items.push((page, PageItem::Page(page)));
        previous = page;
    }
    items
}

/// Search keys and orders of every service, computed once per dataset: a search then sorts
/// nothing, it walks an order (the list stays quick with tens of thousands of services).
#[derive(Debug, Clone)]
pub struct ServiceIndex {
    /// Name and id, case and accents folded, by service.
    search: Vec<String>,
    /// The services in name order.
    by_name: Vec<u32>,
    /// The services in the title order of their first incubator (services without one last),
    /// then in name order.
    by_incubator: Vec<u32>,
}

impl ServiceIndex {
    pub fn new(dataset: &Dataset) -> ServiceIndex {
        let search: Vec<String> =
            dataset.services.iter().map(|s| format!("{} {}", search_key(&s.name), s.id.0)).collect();
        let mut by_name: Vec<u32> = (0..search.len() as u32).collect();
        order::sort_by(&mut by_name, |&a, &b| search[a as usize].cmp(&search[b as usize]));
        let mut titles: Vec<(String, &IncubatorId)> =
            dataset.incubators.values().map(|i| (search_key(&i.title), &i.id)).collect();
        order::sort(&mut titles);
        let incubator_rank: Vec<usize> = dataset
            .services
            .iter()
            .map(|s| {
                let first = s.incubators.first();
                first.and_then(|id| titles.iter().position(|(_, t)| *t == id)).unwrap_or(usize::MAX)
            })
            .collect();
        // A stable sort of the name order: equal incubators stay in name order.
        let mut by_incubator = by_name.clone();
        order::sort_by_key(&mut by_incubator, |&i| incubator_rank[i as usize]);
        ServiceIndex { search, by_name, by_incubator }
    }
}

/// The matches whose name (or id) contains `query` (case and accents ignored), sorted by `key`
/// (then by name), or the other way round.
pub fn search_and_sort(
    index: &ServiceIndex,
    matches: &[ServiceMatch],
    query: &str,
    key: SortKey,
    ascending: bool,
) -> Vec<ServiceMatch> {
    let query = search_key(query);
    // The phase of each service found, by its place in the dataset.
    let mut found: Vec<Option<&Phase>> = vec![None; index.search.len()];
    for m in matches {
        if let Some(slot) = found.get_mut(m.index)
            && (query.is_empty() || index.search[m.index].contains(&query))
        {
            *slot = Some(&m.phase);
        }
    }
    let order = match key {
        SortKey::Name | SortKey::Phase => &index.by_name,
        SortKey::Incubator => &index.by_incubator,
    };
    let mut sorted: Vec<ServiceMatch> = order
        .iter()
        .filter_map(|&i| found[i as usize].map(|phase| ServiceMatch { index: i as usize, phase: phase.clone() }))
        .collect();
    if key == SortKey::Phase {
        // Stable: within a phase, name order stays.
        order::sort_by(&mut sorted, |a, b| a.phase.cmp(&b.phase));
    }
    if !ascending {
        sorted.reverse();
    }
    sorted
}

/// The row of one shown service.
pub fn service_row(dataset: &Dataset, found: &ServiceMatch) -> ServiceRow {
    let service = &dataset.services[found.index];
    ServiceRow {
        id: service.id.clone(),
        name: service.name.clone(),
        incubators: service.incubators.iter().map(|id| (id.clone(), dataset.incubator_title(id).to_owned())).collect(),
        phase: found.phase.clone(),
        pitch: service.pitch.clone(),
        sponsors: service.sponsors.iter().map(|id| dataset.organisation_name(id).to_owned()).collect(),
        link: service.link.as_deref().and_then(crate::data::web_address).map(str::to_owned),
        page: service.beta_url(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Filter, PhaseSpan, Service};

    fn service(id: &str, name: &str, incubator: &str, phase: &str) -> Service {
        let phases =
            vec![PhaseSpan { phase: Phase::from_name(phase), start: "2020-01-01".parse().unwrap(), end: None }];
        Service { name: name.into(), ..Service::sample(id, &[incubator], phases) }
    }

    fn dataset() -> Dataset {
        let services = vec![
            service("aides-jeunes", "1jeune1solution", "dinum", "opere"),
            service("ecobalyse", "Écobalyse", "ademe", "investigation"),
            service("mobilic", "Mobilic", "fabrique", "acceleration"),
        ];
        Dataset::of(services, &[("dinum", "DINUM"), ("ademe", "ADEME"), ("fabrique", "Fabrique")])
    }

    fn names(dataset: &Dataset, query: &str, key: SortKey, ascending: bool) -> Vec<String> {
        let filter = Filter::default();
        let matches = dataset.matches(&filter, "2024-01-01".parse().unwrap());
        let index = ServiceIndex::new(dataset);
        search_and_sort(&index, &matches, query, key, ascending).iter().map(|m| service_row(dataset, m).name).collect()
    }

    #[test]
    fn search_ignores_case_and_accents_and_matches_ids() {
        let d = dataset();
        assert_eq!(names(&d, "ECOBAL", SortKey::Name, true), ["Écobalyse"]);
        assert_eq!(names(&d, "aides", SortKey::Name, true), ["1jeune1solution"]);
        assert_eq!(names(&d, "", SortKey::Name, true).len(), 3);
        assert!(names(&d, "zzz", SortKey::Name, true).is_empty());
    }

    #[test]
    fn sorts_by_name_incubator_or_life_cycle_either_way() {
        let d = dataset();
        assert_eq!(names(&d, "", SortKey::Name, true), ["1jeune1solution", "Écobalyse", "Mobilic"]);
        assert_eq!(names(&d, "", SortKey::Incubator, true), ["Écobalyse", "1jeune1solution", "Mobilic"]);
        assert_eq!(names(&d, "", SortKey::Phase, false), ["1jeune1solution", "Mobilic", "Écobalyse"]);
    }

    proptest::proptest! {
        /// The orders walked are those of a plain sort: by the key, then by name; reversed
        /// whole for the other way round.
        #[test]
        fn searching_and_sorting_equals_filtering_then_sorting(
            services in proptest::collection::vec(("[abé ]{0,4}", 0usize..4, 0usize..8), 0..40),
            query in "[abé]{0,2}",
            key in proptest::sample::select(vec![SortKey::Name, SortKey::Incubator, SortKey::Phase]),
            ascending in proptest::bool::ANY,
        ) {
            let incubators = ["zeta", "alpha", "Écluse", "beta"];
            let services = services
                .into_iter()
                .enumerate()
                .map(|(i, (name, incubator, phase))| {
                    service(&format!("s{i:02}"), &name, incubators[incubator], Phase::CURRENT[phase].name())
                })
                .collect();
            let d = Dataset::of(services, &[("zeta", "Zeta"), ("alpha", "Alpha"), ("Écluse", "écluse"), ("beta", "Beta")]);
            let matches = d.matches(&Filter::default(), "2024-01-01".parse().unwrap());
            let found = search_and_sort(&ServiceIndex::new(&d), &matches, &query, key, ascending);

            let name_key = |m: &ServiceMatch| format!("{} {}", search_key(&d.services[m.index].name), d.services[m.index].id);
            let title_key = |m: &ServiceMatch| {
                let id = &d.services[m.index].incubators[0];
                (search_key(&d.incubators[id].title), id.clone())
            };
            let mut want: Vec<ServiceMatch> =
                matches.iter().filter(|m| name_key(m).contains(&search_key(&query))).cloned().collect();
            match key {
                SortKey::Name => want.sort_by_key(name_key),
                SortKey::Incubator => want.sort_by_key(|m| (title_key(m), name_key(m))),
                SortKey::Phase => want.sort_by_key(|m| (m.phase.clone(), name_key(m))),
            }
            if !ascending {
                want.reverse();
            }
            proptest::prop_assert_eq!(found, want);
        }
    }

    #[test]
    fn a_row_carries_the_phase_of_the_date_and_only_web_links() {
        let mut d = dataset();
        d.services[2].link = Some("javascript:alert(1)".into());
        let row = service_row(&d, &ServiceMatch { index: 2, phase: Phase::Construction });
        assert_eq!((row.name.as_str(), row.phase, row.link), ("Mobilic", Phase::Construction, None));
        assert_eq!(row.incubators, [(IncubatorId("fabrique".into()), "Fabrique".to_owned())]);
        assert_eq!(row.page, "https://beta.gouv.fr/startups/mobilic.html");
    }

    #[test]
    fn a_page_holds_its_slice_and_a_page_out_of_range_gives_the_nearest() {
        assert_eq!(Page::of(662, 1, 50), Page { number: 1, count: 14, items: 0..50 });
        assert_eq!(Page::of(662, 14, 50), Page { number: 14, count: 14, items: 650..662 });
        assert_eq!(Page::of(662, 99, 50).number, 14);
        assert_eq!(Page::of(662, 0, 50).number, 1);
        assert_eq!(Page::of(100, 2, 50), Page { number: 2, count: 2, items: 50..100 });
        assert_eq!(Page::of(0, 3, 50), Page { number: 1, count: 1, items: 0..0 });
        assert_eq!(Page::of(66_200, 1324, PAGE_SIZE).items, 66_150..66_200);
        assert!(Page::of(3, 1, 50).is_first() && Page::of(3, 1, 50).is_last());
    }

    /// What one kind of screen shows of a pagination: "1 … 6 7 8 … 14".
    fn shown(links: &[PageLink], narrow: bool) -> String {
        let items = links.iter().filter(|l| if narrow { l.narrow } else { l.wide }).map(|l| match l.item {
            PageItem::Page(n) => n.to_string(),
            PageItem::Gap => "…".to_owned(),
        });
        items.collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn a_pagination_offers_the_ends_the_current_page_and_on_wide_screens_its_neighbours() {
        for (current, count, narrow, wide) in [
            (1, 1, "1", "1"),
            (1, 14, "1 … 14", "1 2 … 14"),
            (3, 14, "1 2 3 … 14", "1 2 3 4 … 14"),
            (4, 14, "1 … 4 … 14", "1 2 3 4 5 … 14"),
            (7, 14, "1 … 7 … 14", "1 … 6 7 8 … 14"),
            (14, 14, "1 … 14", "1 … 13 14"),
            (2, 3, "1 2 3", "1 2 3"),
            (1324, 1324, "1 … 1324", "1 … 1323 1324"),
        ] {
            let links = page_links(current, count);
            assert_eq!(shown(&links, true), narrow, "page {current} of {count}, narrow");
            assert_eq!(shown(&links, false), wide, "page {current} of {count}, wide");
        }
    }

    #[test]
    fn every_pagination_is_short_ordered_and_reaches_both_ends_and_the_current_page() {
        for count in 1..=40 {
            for current in 1..=count {
                let links = page_links(current, count);
                for (narrow, longest) in [(true, 5), (false, 7)] {
                    let items: Vec<PageItem> =
                        links.iter().filter(|l| if narrow { l.narrow } else { l.wide }).map(|l| l.item).collect();
                    let pages: Vec<usize> =
                        items.iter().filter_map(|i| if let PageItem::Page(n) = i { Some(*n) } else { None }).collect();
                    let at = format!("page {current} of {count}, narrow {narrow}");
                    assert!(items.len() <= longest, "{at}: {items:?}");
                    assert!(pages.windows(2).all(|w| w[0] < w[1]), "{at}: {items:?}");
                    assert_eq!((pages.first(), pages.last()), (Some(&1), Some(&count)), "{at}");
                    assert!(pages.contains(&current), "{at}");
                    assert!(!items.windows(2).any(|w| w == [PageItem::Gap, PageItem::Gap]), "{at}");
                    // An ellipsis stands for two pages or more.
                    for (i, item) in items.iter().enumerate() {
                        if *item == PageItem::Gap {
                            let (PageItem::Page(before), PageItem::Page(after)) = (items[i - 1], items[i + 1]) else {
                                panic!("{at}: an ellipsis at an end")
                            };
                            assert!(after - before > 2, "{at}: {items:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn searching_or_sorting_goes_back_to_the_first_page() {
        let on_five = ListView::default().on_page(5);
        assert_eq!(on_five.searching("mob"), ListView { search: "mob".into(), ..ListView::default() });
        let by_phase = on_five.sorted_by(SortKey::Phase);
        assert_eq!((by_phase.sort, by_phase.ascending, by_phase.page), (SortKey::Phase, true, 1));
        let reversed = by_phase.on_page(3).sorted_by(SortKey::Phase);
        assert_eq!((reversed.sort, reversed.ascending, reversed.page), (SortKey::Phase, false, 1));
        assert!(reversed.sorted_by(SortKey::Name).ascending);
    }
}
