//! Questions the dashboard asks of a [`Dataset`]: the situation at a date, counts, FAST funding.
//!
//! Conventions (those of beta.gouv.fr's annual report):
//! - a service's phase at a date is [`Service::phase_at`];
//! - year Y means the situation on 1 January Y+1 ("bilan 2023 : état des lieux au 1er janvier
//!   2024"); no year means today;
//! - the FAST promotions of year Y are those whose month falls in Y.

pub mod bilan;
pub mod dimension;
pub mod listing;
mod tally;
pub mod url_query;

use crate::data::order;
use std::collections::{BTreeMap, BTreeSet};
use std::hash::Hash;
use tally::Tally;

use crate::data::model::date::{Date, YearMonth};
use crate::data::model::ids::{IncubatorId, MinistryId, ThemeId};
use crate::data::model::{Accessibility, Dataset, FastAward, FastPromotion, Phase, PhaseGroup, Published, Service};

/// What the visitor selected. Empty sets mean "all"; the filters combine with AND, the values of
/// one filter with OR.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub incubators: BTreeSet<IncubatorId>,
    /// Ministries ([`Service::ministries`]): a service matches if it has one of them.
    pub ministries: BTreeSet<MinistryId>,
    /// Themes ([`Service::themes`]): a service matches if it has one of them.
    pub themes: BTreeSet<ThemeId>,
    pub phases: BTreeSet<Phase>,
    pub year: Option<i32>,
}

/// Adds `item` to `set`, or removes it if it was in.
fn flip<T: Ord + Clone>(set: &mut BTreeSet<T>, item: &T) {
    if !set.remove(item) {
        set.insert(item.clone());
    }
}

impl Filter {
    /// The date the figures describe.
    pub fn reference_date(&self, today: Date) -> Date {
        reference_date(self.year, today)
    }

    /// This filter with `incubator` added, or removed if it was selected.
    pub fn toggle_incubator(&self, incubator: &IncubatorId) -> Filter {
        let mut next = self.clone();
        flip(&mut next.incubators, incubator);
        next
    }

    /// This filter showing only `incubator`, or all incubators if it was the only one shown.
    pub fn focus_incubator(&self, incubator: &IncubatorId) -> Filter {
        let only = self.incubators.len() == 1 && self.incubators.contains(incubator);
        let incubators = if only { BTreeSet::new() } else { [incubator.clone()].into_iter().collect() };
        Filter { incubators, ..self.clone() }
    }

    /// Only `ministry`, or every ministry if it was the only one shown (a click on its bar).
    pub fn focus_ministry(&self, ministry: &MinistryId) -> Filter {
        let only = self.ministries.len() == 1 && self.ministries.contains(ministry);
        let ministries = if only { BTreeSet::new() } else { [ministry.clone()].into_iter().collect() };
        Filter { ministries, ..self.clone() }
    }

    /// This filter with `ministry` added, or removed if it was selected.
    pub fn toggle_ministry(&self, ministry: &MinistryId) -> Filter {
        let mut next = self.clone();
        flip(&mut next.ministries, ministry);
        next
    }

    /// This filter with `theme` added, or removed if it was selected.
    pub fn toggle_theme(&self, theme: &ThemeId) -> Filter {
        let mut next = self.clone();
        flip(&mut next.themes, theme);
        next
    }

    /// This filter with `phase` added, or removed if it was selected.
    pub fn toggle_phase(&self, phase: &Phase) -> Filter {
        let mut next = self.clone();
        flip(&mut next.phases, phase);
        next
    }

    /// How many of `phases` are selected: none, some or all.
    pub fn selection_of(&self, phases: &[Phase]) -> Selection {
        match phases.iter().filter(|p| self.phases.contains(*p)).count() {
            0 => Selection::None,
            n if n == phases.len() => Selection::All,
            _ => Selection::Some,
        }
    }

    /// This filter with all of `phases` selected, or none of them if they all were.
    pub fn toggle_phases(&self, phases: &[Phase]) -> Filter {
        let mut next = self.clone();
        if self.selection_of(phases) == Selection::All {
            for phase in phases {
                next.phases.remove(phase);
            }
        } else {
            next.phases.extend(phases.iter().cloned());
        }
        next
    }

    pub fn is_default(&self) -> bool {
        *self == Filter::default()
    }

    fn keeps_service(&self, service: &Service) -> bool {
        self.keeps_incubators(service) && self.keeps_ministries(service) && self.keeps_themes(service)
    }

    fn keeps_incubators(&self, service: &Service) -> bool {
        self.incubators.is_empty() || service.incubators.iter().any(|i| self.incubators.contains(i))
    }

    fn keeps_ministries(&self, service: &Service) -> bool {
        self.ministries.is_empty() || service.ministries.iter().any(|m| self.ministries.contains(m))
    }

    fn keeps_themes(&self, service: &Service) -> bool {
        self.themes.is_empty() || service.themes.iter().any(|t| self.themes.contains(t))
    }

    /// The ministries of a service that the filter shows: all of them, or the selected ones.
    fn shown_ministries<'a>(&'a self, service: &'a Service) -> impl Iterator<Item = &'a MinistryId> + 'a {
        service.ministries.iter().filter(|m| self.ministries.is_empty() || self.ministries.contains(*m))
    }

    fn keeps_phase(&self, phase: &Phase) -> bool {
        self.phases.is_empty() || self.phases.contains(phase)
    }

    /// The incubators of a service that the filter shows: all of them, or the selected ones.
    fn shown_incubators<'a>(&'a self, service: &'a Service) -> impl Iterator<Item = &'a IncubatorId> + 'a {
        service.incubators.iter().filter(|i| self.incubators.is_empty() || self.incubators.contains(*i))
    }
}

/// How much of a group of checkboxes is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    None,
    Some,
    All,
}

/// Year Y → 1 January Y+1; no year → today. The current year, not over yet, gives today:
/// figures never describe a day that has not come.
pub fn reference_date(year: Option<i32>, today: Date) -> Date {
    year.map_or(today, |y| Date::first_of_january(y + 1).min(today))
}

/// A service in the programme on the reference date, with its phase then.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry<'a> {
    pub service: &'a Service,
    pub phase: &'a Phase,
}

/// The services matching a filter on its reference date.
#[derive(Debug, Clone)]
pub struct Situation<'a> {
    pub date: Date,
    pub filter: &'a Filter,
    /// Sorted by service id.
    pub entries: Vec<Entry<'a>>,
}

/// The headline numbers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KeyFigures {
    pub investigation: usize,
    pub accompaniment: usize,
    pub perennial: usize,
    pub abandoned: usize,
    /// Services in a phase of no group (legacy `alumni`, unknown names).
    pub other: usize,
    /// Every service in the programme on the date.
    pub total: usize,
}

impl KeyFigures {
    /// "En accompagnement ou pérennisés".
    pub fn accompanied_or_perennial(&self) -> usize {
        self.accompaniment + self.perennial
    }

    pub fn of_group(&self, group: PhaseGroup) -> usize {
        match group {
            PhaseGroup::Investigation => self.investigation,
            PhaseGroup::Accompaniment => self.accompaniment,
            PhaseGroup::Perennial => self.perennial,
            PhaseGroup::Abandoned => self.abandoned,
        }
    }
}

/// One incubator's services by phase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncubatorCounts {
    pub incubator: IncubatorId,
    pub by_phase: BTreeMap<Phase, usize>,
    pub total: usize,
}

/// One ministry's services by phase (the shape of [`IncubatorCounts`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinistryCounts {
    pub ministry: MinistryId,
    pub by_phase: BTreeMap<Phase, usize>,
    pub total: usize,
}

/// What the services of a situation publish: transparency pages and accessibility status.
/// Links are as published today, not dated. A field the source does not publish
/// (`published`) is "non publié par cette version des données", not 0.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Transparency {
    /// The services counted: those of the key figures' total.
    pub total: usize,
    pub stats: usize,
    pub budget: usize,
    pub impact: usize,
    pub repository: usize,
    /// Counts by status, in the order of [`Accessibility::ALL`].
    pub accessibility: [usize; 4],
    pub published: Published,
}

impl Transparency {
    pub fn of_status(&self, status: Accessibility) -> usize {
        let index = Accessibility::ALL.iter().position(|a| *a == status).unwrap_or_default();
        self.accessibility[index]
    }
}

/// A line of [`Transparency`]: what is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Indicator {
    /// Every service counted.
    Total,
    Stats,
    Budget,
    Impact,
    Repository,
    Accessibility(Accessibility),
}

impl Indicator {
    /// The lines in their order: the total, the four links, the four accessibility statuses.
    pub const ALL: [Indicator; 9] = [
        Indicator::Total,
        Indicator::Stats,
        Indicator::Budget,
        Indicator::Impact,
        Indicator::Repository,
        Indicator::Accessibility(Accessibility::Totalement),
        Indicator::Accessibility(Accessibility::Partiellement),
        Indicator::Accessibility(Accessibility::NonConforme),
        Indicator::Accessibility(Accessibility::NotStated),
    ];

    /// Its count in `t`; `None` when the data's version does not publish the field.
    pub fn count(self, t: &Transparency) -> Option<usize> {
        let p = t.published;
        match self {
            Indicator::Total => Some(t.total),
            Indicator::Stats => p.stats.then_some(t.stats),
            Indicator::Budget => p.budget.then_some(t.budget),
            Indicator::Impact => p.impact.then_some(t.impact),
            Indicator::Repository => p.repository.then_some(t.repository),
            Indicator::Accessibility(status) => p.accessibility.then(|| t.of_status(status)),
        }
    }
}

/// FAST funding of one promotion (or of the awards whose promotion is unknown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PromotionFunding {
    /// `None` for awards whose promotion is unknown.
    pub promotion: Option<u32>,
    /// The published title, when `fast.json` gives one.
    pub title: Option<String>,
    pub month: Option<YearMonth>,
    /// Sum of the known amounts.
    pub amount_eur: u64,
    pub laureates: usize,
    pub laureates_with_unknown_amount: usize,
}

/// FAST funding of one incubator's services.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncubatorFunding {
    /// `None` for awards to services the data does not place in any incubator.
    pub incubator: Option<IncubatorId>,
    pub amount_eur: u64,
    pub laureates: usize,
    pub laureates_with_unknown_amount: usize,
}

/// FAST totals over some awards, each award once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FastTotal {
    /// Sum of the known amounts.
    pub amount_eur: u64,
    pub laureates: usize,
    pub laureates_with_unknown_amount: usize,
}

impl FastTotal {
    /// Adds `other`'s awards, which must not be this total's already.
    fn merge(&mut self, other: &FastTotal) {
        self.amount_eur = self.amount_eur.saturating_add(other.amount_eur);
        self.laureates += other.laureates;
        self.laureates_with_unknown_amount += other.laureates_with_unknown_amount;
    }

    fn add(&mut self, award: &FastAward) {
        self.laureates += 1;
        match award.amount_eur {
            Some(amount) => self.amount_eur = self.amount_eur.saturating_add(amount),
            None => self.laureates_with_unknown_amount += 1,
        }
    }
}

impl Dataset {
    /// The services matching `filter` on its reference date (those not in the programme yet are left out).
    pub fn situation<'a>(&'a self, filter: &'a Filter, today: Date) -> Situation<'a> {
        self.situation_on(filter, filter.reference_date(today))
    }

    /// The services matching `filter`'s incubators and phases on `date`, as matches (their
    /// index and phase) that a page keeps between renders; see [`Dataset::situation_from`].
    pub fn matches(&self, filter: &Filter, date: Date) -> Vec<listing::ServiceMatch> {
        self.services
            .iter()
            .enumerate()
            .filter(|(_, service)| filter.keeps_service(service))
            .filter_map(|(index, service)| {
                let phase = service.phase_at(date).filter(|phase| filter.keeps_phase(phase))?;
                Some(listing::ServiceMatch { index, phase: phase.clone() })
            })
            .collect()
    }

    /// The situation of `filter` on `date` from matches kept earlier ([`Dataset::matches`]):
    /// no phase is computed again.
    pub fn situation_from<'a>(
        &'a self,
        filter: &'a Filter,
        date: Date,
        matches: &'a [listing::ServiceMatch],
    ) -> Situation<'a> {
        let entries = matches
            .iter()
            .filter_map(|m| Some(Entry { service: self.services.get(m.index)?, phase: &m.phase }))
            .collect();
        Situation { date, filter, entries }
    }

    /// The services matching `filter`'s incubators and phases on `date` (its year is not used).
    pub fn situation_on<'a>(&'a self, filter: &'a Filter, date: Date) -> Situation<'a> {
        let entries = self
            .services
            .iter()
            .filter(|service| filter.keeps_service(service))
            .filter_map(|service| service.phase_at(date).map(|phase| Entry { service, phase }))
            .filter(|entry| filter.keeps_phase(entry.phase))
            .collect();
        Situation { date, filter, entries }
    }

    /// Each value (of `values`) that a service of the data has, with how many services `any` (a
    /// filter that leaves out the values' own dimension) shows that have it, on its date; sorted
    /// by value.
    fn counts_of_values<K: Ord + Hash + Clone>(
        &self,
        any: &Filter,
        today: Date,
        values: impl Fn(&Service) -> &[K],
    ) -> Vec<(K, usize)> {
        let date = any.reference_date(today);
        let mut counts: Tally<K, usize> = Tally::new();
        for service in &self.services {
            let shown =
                any.keeps_service(service) && service.phase_at(date).is_some_and(|phase| any.keeps_phase(phase));
            for value in values(service) {
                *counts.get(value) += usize::from(shown);
            }
        }
        counts.into_sorted().into_iter().map(|(value, n)| (value.clone(), n)).collect()
    }

    /// Each incubator that has ever had a service, with how many services the filter would show
    /// if it selected that incubator (the filter's other filters and year apply, its incubators do not).
    /// Sorted by title.
    pub fn incubator_options(&self, filter: &Filter, today: Date) -> Vec<(IncubatorId, usize)> {
        let any_incubator = Filter { incubators: BTreeSet::new(), ..filter.clone() };
        let mut options = self.counts_of_values(&any_incubator, today, |s| &s.incubators);
        order::sort_by_cached_key(&mut options, |(id, _)| {
            crate::data::fold::search_key(&crate::data::fold::without_article(self.incubator_title(id)))
        });
        options
    }

    /// Each ministry of a service of the data (`non-renseigne` included when a service has none),
    /// with how many services the filter would show if it selected that ministry (its other
    /// filters and year apply, its ministries do not). Sorted by key: the page sorts by label.
    pub fn ministry_options(&self, filter: &Filter, today: Date) -> Vec<(MinistryId, usize)> {
        let any = Filter { ministries: BTreeSet::new(), ..filter.clone() };
        self.counts_of_values(&any, today, |s| &s.ministries)
    }

    /// Each theme of a service of the data, with how many services the filter would show if it
    /// selected that theme (its other filters and year apply, its themes do not). Sorted by label,
    /// case and accents ignored, then by key.
    pub fn theme_options(&self, filter: &Filter, today: Date) -> Vec<(ThemeId, usize)> {
        let any = Filter { themes: BTreeSet::new(), ..filter.clone() };
        let mut options = self.counts_of_values(&any, today, |s| &s.themes);
        order::sort_by_cached_key(&mut options, |(id, _)| {
            (crate::data::fold::search_key(self.theme_label(id)), id.clone())
        });
        options
    }

    /// Whether the data knows this ministry: a service is filed under it, or an organisation names it.
    pub fn knows_ministry(&self, ministry: &MinistryId) -> bool {
        self.services.iter().any(|s| s.ministries.contains(ministry))
            || self.organisations.iter().any(|o| o.ministry.as_deref() == Some(ministry.as_str()))
    }

    /// Every phase (the eight current ones, then any other the data uses), with how many services
    /// the filter would show in it (the filter's other filters and year apply, its phases do not).
    pub fn phase_options(&self, filter: &Filter, today: Date) -> Vec<(Phase, usize)> {
        let date = filter.reference_date(today);
        let mut counts: BTreeMap<Phase, usize> = Phase::CURRENT.iter().map(|p| (p.clone(), 0)).collect();
        for service in &self.services {
            for span in &service.phases {
                if !counts.contains_key(&span.phase) {
                    counts.insert(span.phase.clone(), 0);
                }
            }
            if filter.keeps_service(service)
                && let Some(phase) = service.phase_at(date)
                && let Some(count) = counts.get_mut(phase)
            {
                *count += 1;
            }
        }
        counts.into_iter().collect()
    }

    /// The first year a service of the data started; `None` for an empty dataset.
    pub fn first_year(&self) -> Option<i32> {
        self.services.iter().filter_map(Service::first_start).map(Date::year).min()
    }

    /// The awards `filter` selects: of its incubators' services, of its year's promotions.
    /// The phase filter does not apply to funding.
    pub fn fast_awards_for<'a>(&'a self, filter: &'a Filter) -> impl Iterator<Item = &'a FastAward> + 'a {
        self.fast_awards.iter().filter(move |award| {
            let all_services = filter.incubators.is_empty() && filter.ministries.is_empty() && filter.themes.is_empty();
            let in_incubators =
                all_services || self.service(&award.service).is_some_and(|service| filter.keeps_service(service));
            let in_year = filter.year.is_none_or(|year| self.award_year(award) == Some(year));
            in_incubators && in_year
        })
    }

    /// FAST totals of the awards `filter` selects, each award once: amount of the known amounts,
    /// laureates, laureates whose amount is unknown.
    pub fn fast_total(&self, filter: &Filter) -> FastTotal {
        let mut total = FastTotal::default();
        for award in self.fast_awards_for(filter) {
            total.add(award);
        }
        total
    }

    /// FAST funding per promotion, in promotion order, the unknown promotion last. Lists every
    /// promotion of the filter's year that has laureates in the data, even with none selected.
    pub fn fast_by_promotion(&self, filter: &Filter) -> Vec<PromotionFunding> {
        let mut by_promotion: BTreeMap<Option<u32>, FastTotal> = BTreeMap::new();
        for award in &self.fast_awards {
            let in_year = filter.year.is_none_or(|year| self.award_year(award) == Some(year));
            if in_year {
                by_promotion.entry(award.promotion).or_default();
            }
        }
        for award in self.fast_awards_for(filter) {
            by_promotion.entry(award.promotion).or_default().add(award);
        }
        let mut rows: Vec<PromotionFunding> = by_promotion
            .into_iter()
            .map(|(number, funding)| {
                let promotion = number.and_then(|n| self.promotion(n));
                PromotionFunding {
                    promotion: number,
                    title: promotion.and_then(|p| p.title.clone()),
                    month: promotion.and_then(|p| p.month),
                    amount_eur: funding.amount_eur,
                    laureates: funding.laureates,
                    laureates_with_unknown_amount: funding.laureates_with_unknown_amount,
                }
            })
            .collect();
        // BTreeMap puts `None` first; the unknown promotion reads better last.
        let unknown_first = rows.first().is_some_and(|r| r.promotion.is_none());
        rows.rotate_left(usize::from(unknown_first));
        rows
    }

    /// The promotions of the filter's year (all of them without a year) for which the data lists
    /// no laureate at all: their awards are not published, which is not the same as none.
    pub fn promotions_without_awards(&self, filter: &Filter) -> Vec<&FastPromotion> {
        self.fast_promotions
            .iter()
            .filter(|p| filter.year.is_none_or(|year| p.month.is_some_and(|m| m.year == year)))
            .filter(|p| !self.fast_awards.iter().any(|a| a.promotion == Some(p.number)))
            .collect()
    }

    /// FAST funding per incubator, largest amount first. A co-incubated service's award counts
    /// in each of its (selected) incubators.
    pub fn fast_by_incubator(&self, filter: &Filter) -> Vec<IncubatorFunding> {
        let mut by_incubator: BTreeMap<Option<IncubatorId>, FastTotal> = BTreeMap::new();
        for award in self.fast_awards_for(filter) {
            let incubators: Vec<&IncubatorId> = match self.service(&award.service) {
                Some(service) => filter.shown_incubators(service).collect(),
                None => Vec::new(),
            };
            if incubators.is_empty() {
                by_incubator.entry(None).or_default().add(award);
            }
            for incubator in incubators {
                by_incubator.entry(Some(incubator.clone())).or_default().add(award);
            }
        }
        let mut rows: Vec<IncubatorFunding> = by_incubator
            .into_iter()
            .map(|(incubator, f)| IncubatorFunding {
                incubator,
                amount_eur: f.amount_eur,
                laureates: f.laureates,
                laureates_with_unknown_amount: f.laureates_with_unknown_amount,
            })
            .collect();
        order::sort_by(&mut rows, |a, b| {
            (b.amount_eur, b.laureates).cmp(&(a.amount_eur, a.laureates)).then_with(|| a.incubator.cmp(&b.incubator))
        });
        rows
    }

    /// For each `k`, the awards `filter` selects under any of `incubators[k..]` (`None`: under no
    /// incubator), each award once: what one bar standing for those incubators sums, where adding
    /// their bars would count a co-incubated laureate several times.
    pub fn fast_incubator_unions(&self, filter: &Filter, incubators: &[Option<IncubatorId>]) -> Vec<FastTotal> {
        let position: BTreeMap<Option<&IncubatorId>, usize> =
            incubators.iter().enumerate().map(|(i, id)| (id.as_ref(), i)).collect();
        let mut last_in = vec![FastTotal::default(); incubators.len()];
        for award in self.fast_awards_for(filter) {
            let shown: Vec<&IncubatorId> = match self.service(&award.service) {
                Some(service) => filter.shown_incubators(service).collect(),
                None => Vec::new(),
            };
            let groups: Vec<Option<&IncubatorId>> =
                if shown.is_empty() { vec![None] } else { shown.into_iter().map(Some).collect() };
            // In the union of `k..` exactly when its last incubator in the order is at `k` or after.
            if let Some(last) = groups.iter().filter_map(|g| position.get(g)).max() {
                last_in[*last].add(award);
            }
        }
        suffix_sums(last_in, |sum, next| sum.merge(next))
    }
}

/// `values` summed from each index to the end: `[a, b, c]` → `[a+b+c, b+c, c]`.
fn suffix_sums<T: Clone>(mut values: Vec<T>, add: impl Fn(&mut T, &T)) -> Vec<T> {
    for i in (0..values.len().saturating_sub(1)).rev() {
        let next = values[i + 1].clone();
        add(&mut values[i], &next);
    }
    values
}

impl KeyFigures {
    /// Counts one service in its phase's group.
    fn count(&mut self, phase: &Phase) {
        self.total += 1;
        match phase.group() {
            Some(PhaseGroup::Investigation) => self.investigation += 1,
            Some(PhaseGroup::Accompaniment) => self.accompaniment += 1,
            Some(PhaseGroup::Perennial) => self.perennial += 1,
            Some(PhaseGroup::Abandoned) => self.abandoned += 1,
            None => self.other += 1,
        }
    }
}

impl Dataset {
    /// The key figures of `filter`'s incubators and phases on each of `dates`, in one pass over
    /// the services and without keeping them (the evolution chart's many dates).
    pub fn key_figures_on(&self, filter: &Filter, dates: &[Date]) -> Vec<KeyFigures> {
        let mut figures = vec![KeyFigures::default(); dates.len()];
        let dates_in_order = dates.is_sorted();
        for service in self.services.iter().filter(|service| filter.keeps_service(service)) {
            let phases = &service.phases;
            // Phases in life-cycle order (as the loaders keep them) and dates in order: one walk
            // along both, the phase on each date being the last one started.
            if dates_in_order && phases.is_sorted_by(|a, b| (a.start, &a.phase) <= (b.start, &b.phase)) {
                let (mut current, mut next) = (None, 0);
                for (date, figures) in dates.iter().zip(figures.iter_mut()) {
                    while let Some(span) = phases.get(next).filter(|span| span.start <= *date) {
                        current = Some(&span.phase);
                        next += 1;
                    }
                    if let Some(phase) = current.filter(|phase| filter.keeps_phase(phase)) {
                        figures.count(phase);
                    }
                }
            } else {
                for (date, figures) in dates.iter().zip(figures.iter_mut()) {
                    if let Some(phase) = service.phase_at(*date).filter(|phase| filter.keeps_phase(phase)) {
                        figures.count(phase);
                    }
                }
            }
        }
        figures
    }
}

impl Situation<'_> {
    pub fn key_figures(&self) -> KeyFigures {
        let mut figures = KeyFigures::default();
        for entry in &self.entries {
            figures.count(entry.phase);
        }
        figures
    }

    /// Services per incubator and phase, largest incubator first. A co-incubated service counts
    /// in each of its incubators that the filter shows.
    pub fn counts_by_incubator(&self) -> Vec<IncubatorCounts> {
        self.counts_by_group(|service| self.filter.shown_incubators(service))
            .into_iter()
            .map(|(incubator, by_phase, total)| IncubatorCounts { incubator, by_phase, total })
            .collect()
    }

    /// Services per ministry and phase, largest ministry first. A service counts once under each
    /// of its ministries that the filter shows.
    pub fn counts_by_ministry(&self) -> Vec<MinistryCounts> {
        self.counts_by_group(|service| self.filter.shown_ministries(service))
            .into_iter()
            .map(|(ministry, by_phase, total)| MinistryCounts { ministry, by_phase, total })
            .collect()
    }

    /// For each `k`, the services counted under any of `incubators[k..]`, by phase, each once:
    /// what one bar standing for those incubators counts (a co-incubated service is in several,
    /// so adding their bars would count it several times).
    pub fn incubator_unions(&self, incubators: &[IncubatorId]) -> Vec<BTreeMap<Phase, usize>> {
        self.unions(incubators, |service| self.filter.shown_incubators(service))
    }

    /// For each `k`, the services counted under any of `ministries[k..]`, by phase, each once (a
    /// service counts under each ministry of its sponsors).
    pub fn ministry_unions(&self, ministries: &[MinistryId]) -> Vec<BTreeMap<Phase, usize>> {
        self.unions(ministries, |service| self.filter.shown_ministries(service))
    }

    /// For each `k`, the services under any of `order[k..]` (`groups`: those a service counts
    /// under), by phase, each once.
    fn unions<'s, K, I>(&'s self, order: &[K], groups: impl Fn(&'s Service) -> I) -> Vec<BTreeMap<Phase, usize>>
    where
        K: Ord + Hash + 's,
        I: Iterator<Item = &'s K>,
    {
        let position = tally::positions(order);
        let mut last_in: Vec<BTreeMap<Phase, usize>> = vec![BTreeMap::new(); order.len()];
        for entry in &self.entries {
            // In the union of `k..` exactly when its last group in the order is at `k` or after.
            if let Some(&last) = groups(entry.service).filter_map(|g| position.get(g)).max() {
                *last_in[last].entry(entry.phase.clone()).or_default() += 1;
            }
        }
        suffix_sums(last_in, |sum, next| {
            for (phase, n) in next {
                *sum.entry(phase.clone()).or_default() += n;
            }
        })
    }

    /// Services per group (`groups` of a service: those it counts under) and phase, with each
    /// group's total, largest first, then by group.
    fn counts_by_group<'s, K, I>(&'s self, groups: impl Fn(&'s Service) -> I) -> Vec<(K, BTreeMap<Phase, usize>, usize)>
    where
        K: Ord + Hash + Clone + 's,
        I: Iterator<Item = &'s K>,
    {
        let mut counts: Tally<K, BTreeMap<Phase, usize>> = Tally::new();
        for entry in &self.entries {
            for group in groups(entry.service) {
                *counts.get(group).entry(entry.phase.clone()).or_default() += 1;
            }
        }
        let mut rows: Vec<(K, BTreeMap<Phase, usize>, usize)> = counts
            .into_sorted()
            .into_iter()
            .map(|(group, by_phase)| {
                let total = by_phase.values().sum();
                (group.clone(), by_phase, total)
            })
            .collect();
        order::sort_by(&mut rows, |a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
        rows
    }

    /// What these services publish (`published`: which fields the source has at all).
    pub fn transparency(&self, published: Published) -> Transparency {
        let mut t = Transparency { total: self.entries.len(), published, ..Transparency::default() };
        for entry in &self.entries {
            let links = entry.service.links;
            t.stats += usize::from(links.stats);
            t.budget += usize::from(links.budget);
            t.impact += usize::from(links.impact);
            t.repository += usize::from(links.repository);
            let index = Accessibility::ALL.iter().position(|a| *a == entry.service.accessibility).unwrap_or_default();
            t.accessibility[index] += 1;
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{PhaseSpan, ServiceId};

    fn dataset(services: Vec<Vec<(usize, (i32, u8))>>) -> Dataset {
        let services = services
            .into_iter()
            .enumerate()
            .map(|(i, phases)| {
                let phases = phases
                    .into_iter()
                    .map(|(p, (year, month))| PhaseSpan {
                        phase: Phase::CURRENT[p % Phase::CURRENT.len()].clone(),
                        start: Date::new(year, month, 1).unwrap(),
                        end: None,
                    })
                    .collect();
                Service { name: format!("S{i}"), ..Service::sample(&format!("s{i:03}"), &["dinum"], phases) }
            })
            .collect();
        Dataset::of(services, &[("dinum", "DINUM")])
    }

    /// Services in construction since 2020, each under the incubators and ministries its indices
    /// name (0 to 4), some of them in several; awards to some of them, some amounts unknown.
    fn grouped(memberships: &[(Vec<u8>, Vec<u8>, Option<u64>)]) -> Dataset {
        let services = memberships
            .iter()
            .enumerate()
            .map(|(i, (incubators, ministries, _))| Service {
                id: ServiceId(format!("s{i:03}")),
                name: format!("S{i}"),
                pitch: String::new(),
                link: None,
                incubators: incubators.iter().map(|n| IncubatorId(format!("i{n}"))).collect(),
                phases: vec![PhaseSpan {
                    phase: if i % 3 == 0 { Phase::Investigation } else { Phase::Construction },
                    start: Date::new(2020, 1, 1).unwrap(),
                    end: None,
                }],
                sponsors: vec![],
                ministries: ministries.iter().map(|n| MinistryId(format!("m{n}"))).collect(),
                themes: vec![],
                links: Default::default(),
                accessibility: Default::default(),
            })
            .collect();
        let mut data = Dataset::of(services, &[("i0", "A"), ("i1", "B"), ("i2", "C"), ("i3", "D"), ("i4", "E")]);
        data.fast_awards = memberships
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 2 == 0)
            .map(|(i, (_, _, amount))| FastAward {
                service: ServiceId(format!("s{i:03}")),
                promotion: Some(12),
                amount_eur: *amount,
                event_date: None,
            })
            .collect();
        data
    }

    proptest::proptest! {
        /// The bar standing for the last groups of a chart counts each service (each award) once,
        /// as a set union does, however many of those groups it is in.
        #[test]
        fn the_union_of_the_last_groups_counts_each_member_once(
            memberships in proptest::collection::vec(
                (proptest::collection::btree_set(0u8..5, 0..4), proptest::collection::btree_set(0u8..5, 1..4),
                 proptest::option::of(0u64..1_000_000)), 0..30),
            only_some in proptest::bool::ANY,
        ) {
            let memberships: Vec<(Vec<u8>, Vec<u8>, Option<u64>)> = memberships
                .into_iter()
                .map(|(i, m, a)| (i.into_iter().collect(), m.into_iter().collect(), a))
                .collect();
            let data = grouped(&memberships);
            let mut filter = Filter::default();
            if only_some {
                filter = filter.toggle_incubator(&IncubatorId("i1".into())).toggle_incubator(&IncubatorId("i3".into()));
            }
            let situation = data.situation_on(&filter, Date::new(2024, 1, 1).unwrap());
            let by_incubator: Vec<IncubatorId> = situation.counts_by_incubator().into_iter().map(|r| r.incubator).collect();
            let by_ministry: Vec<MinistryId> = situation.counts_by_ministry().into_iter().map(|r| r.ministry).collect();
            // What a set union of the groups' members gives.
            let union = |keep: &dyn Fn(&Service) -> bool| {
                let mut by_phase: BTreeMap<Phase, usize> = BTreeMap::new();
                for entry in situation.entries.iter().filter(|e| keep(e.service)) {
                    *by_phase.entry(entry.phase.clone()).or_default() += 1;
                }
                by_phase
            };
            let unions = situation.incubator_unions(&by_incubator);
            proptest::prop_assert_eq!(unions.len(), by_incubator.len());
            for (k, got) in unions.iter().enumerate() {
                let tail = &by_incubator[k..];
                let want = union(&|s: &Service| filter.shown_incubators(s).any(|i| tail.contains(i)));
                proptest::prop_assert_eq!(got, &want, "incubators from {}", k);
            }
            for (k, got) in situation.ministry_unions(&by_ministry).iter().enumerate() {
                let tail = &by_ministry[k..];
                proptest::prop_assert_eq!(got, &union(&|s: &Service| s.ministries.iter().any(|m| tail.contains(m))));
            }
            // Awards: each once, by amount, laureates and unknown amounts.
            let rows: Vec<Option<IncubatorId>> = data.fast_by_incubator(&filter).into_iter().map(|r| r.incubator).collect();
            for (k, got) in data.fast_incubator_unions(&filter, &rows).iter().enumerate() {
                let tail = &rows[k..];
                let mut want = FastTotal::default();
                for award in data.fast_awards_for(&filter) {
                    let service = data.service(&award.service).unwrap();
                    let shown: Vec<&IncubatorId> = filter.shown_incubators(service).collect();
                    let under = if shown.is_empty() { tail.contains(&None) } else { shown.iter().any(|i| tail.contains(&Some((*i).clone()))) };
                    if under {
                        want.add(award);
                    }
                }
                proptest::prop_assert_eq!(*got, want, "awards from {}", k);
            }
        }

        /// Phases in any order (the walk serves sorted ones, the rest are read date by date),
        /// ties on a day, dates in any order, with or without a phase filter.
        #[test]
        fn key_figures_on_many_dates_equal_one_situation_per_date(
            services in proptest::collection::vec(
                proptest::collection::vec((0usize..8, (2014i32..2030, 1u8..13)), 0..5), 0..20),
            dates in proptest::collection::vec((2013i32..2031, 1u8..13), 0..8),
            sort_phases in proptest::bool::ANY,
            sort_dates in proptest::bool::ANY,
            only_construction in proptest::bool::ANY,
        ) {
            let mut data = dataset(services);
            if sort_phases {
                for service in &mut data.services {
                    service.phases.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.phase.cmp(&b.phase)));
                }
            }
            let mut filter = Filter::default();
            if only_construction {
                filter = filter.toggle_phase(&Phase::Construction);
            }
            let mut dates: Vec<Date> = dates.into_iter().map(|(y, m)| Date::new(y, m, 1).unwrap()).collect();
            if sort_dates {
                dates.sort();
            }
            let per_date: Vec<KeyFigures> = dates.iter().map(|&d| data.situation_on(&filter, d).key_figures()).collect();
            proptest::prop_assert_eq!(data.key_figures_on(&filter, &dates), per_date);
        }
    }
}
