//! The bilan of a year (`/bilan?annee=2023`): what beta.gouv.fr's yearly report counts, from the
//! queries the explorer uses (a situation on a date, its key figures, its counts per incubator,
//! its transparency, the FAST funding of a year), never a count of its own.
//!
//! The bilan of year Y describes 1 January Y+1 ("Bilan 2023 : état des lieux au 1er janvier
//! 2024"), beside 1 January Y. The services it counts are those *en accompagnement ou
//! pérennisés* on that date: investigations and abandoned services are left out.

use crate::data::model::date::Date;
use crate::data::model::ids::{IncubatorId, OrganisationId};
use crate::data::model::{Dataset, FastAward, FastPromotion, Phase, PhaseGroup, Service};
use crate::data::query::dimension::Dimension;
use crate::data::query::url_query::IgnoredValue;

/// The bilan's year, in its URL as in the explorer's.
const PARAM_YEAR: &str = Dimension::Year.param();
use crate::data::query::{FastTotal, Filter, KeyFigures, PromotionFunding, Situation};

/// The groups whose services the bilan counts: *en accompagnement* and *pérennisé*.
pub const COUNTED_GROUPS: [PhaseGroup; 2] = [PhaseGroup::Accompaniment, PhaseGroup::Perennial];

/// The years a bilan can describe: from the first year of the data to the last year over both
/// today and on the data's date (the bilan of 2026 needs data of 1 January 2027). `None` when
/// no year is over yet.
pub fn years(dataset: &Dataset, today: Date, data_date: Option<Date>) -> Option<std::ops::RangeInclusive<i32>> {
    let known = data_date.map_or(today, |d| d.min(today));
    let last = known.year() - 1;
    let first = dataset.first_year().unwrap_or(last).max(crate::data::FIRST_PLAUSIBLE_YEAR);
    (first <= last).then_some(first..=last)
}

/// The year the URL asks for (`annee`), or the last year covered; what could not be used is
/// listed (a year out of `years` or not a year, a repeated parameter), as the explorer does.
pub fn year_from_params(
    all: impl Fn(&str) -> Vec<String>,
    years: &std::ops::RangeInclusive<i32>,
) -> (i32, Vec<IgnoredValue>) {
    let mut ignored = Vec::new();
    let mut values = all(PARAM_YEAR).into_iter();
    let first = values.next();
    let others: Vec<String> = values.collect();
    if let Some(kept) = &first
        && !others.is_empty()
    {
        ignored.push(IgnoredValue::Repeated { param: PARAM_YEAR, kept: kept.clone(), ignored: others });
    }
    let asked = first.map(|raw| raw.trim().to_owned()).filter(|raw| !raw.is_empty());
    let shown = *years.end();
    let year = asked.and_then(|raw| match raw.parse::<i32>() {
        Ok(year) if years.contains(&year) => Some(year),
        _ => {
            ignored.push(IgnoredValue::BadBilanYear { raw, shown });
            None
        }
    });
    (year.unwrap_or(shown), ignored)
}

/// The filter of the services the bilan counts: every phase of [`COUNTED_GROUPS`], legacy names
/// included (`success`, `transfer`), on the bilan's date.
pub fn counted_filter(year: i32) -> Filter {
    let phases = [
        Phase::Construction,
        Phase::Acceleration,
        Phase::Consolidation,
        Phase::Success,
        Phase::Transfere,
        Phase::Transfer,
        Phase::Opere,
    ];
    debug_assert!(phases.iter().all(|p| p.group().is_some_and(|g| COUNTED_GROUPS.contains(&g))));
    Filter { phases: phases.into_iter().collect(), year: Some(year), ..Filter::default() }
}

/// Whether a service in `phase` is counted by the bilan.
pub fn is_counted(phase: &Phase) -> bool {
    phase.group().is_some_and(|g| COUNTED_GROUPS.contains(&g))
}

/// 1 January after `year`: the day the bilan describes.
pub fn date_of(year: i32) -> Date {
    Date::first_of_january(year + 1)
}

/// Section 2, the état des lieux: the key figures of every service on the bilan's date and one
/// year earlier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StateOfPlay {
    pub date: Date,
    pub previous: Date,
    pub now: KeyFigures,
    pub before: KeyFigures,
}

impl StateOfPlay {
    /// Investigations in progress: (before, now).
    pub fn investigations(&self) -> (usize, usize) {
        (self.before.investigation, self.now.investigation)
    }

    /// Services en accompagnement ou pérennisés, those the bilan counts: (before, now).
    pub fn counted(&self) -> (usize, usize) {
        (self.before.accompanied_or_perennial(), self.now.accompanied_or_perennial())
    }
}

/// An incubator of the network: it carries at least one service the bilan counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkMember {
    pub incubator: IncubatorId,
    /// The organisation that runs it, as published (`owner`).
    pub owner: Option<OrganisationId>,
    /// The services it carries that the bilan counts (a co-incubated service counts in each).
    pub services: usize,
}

/// A service launched in the year: its first construction phase starts in it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Launch<'a> {
    pub service: &'a Service,
    /// The start of its first construction phase.
    pub started: Date,
    /// Its phase on the bilan's date.
    pub phase: Option<&'a Phase>,
}

impl Launch<'_> {
    /// Still counted on the bilan's date: en accompagnement ou pérennisé.
    pub fn active(&self) -> bool {
        self.phase.is_some_and(is_counted)
    }
}

/// A FAST laureate of the year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Laureate<'a> {
    pub award: &'a FastAward,
    /// The service, when the data knows it.
    pub service: Option<&'a Service>,
}

/// A FAST promotion of the year, with its laureates.
#[derive(Debug, Clone, PartialEq)]
pub struct PromotionLaureates<'a> {
    /// Its row of the FAST chart ([`Dataset::fast_by_promotion`]).
    pub funding: PromotionFunding,
    /// By service name (case and accents ignored), then id.
    pub laureates: Vec<Laureate<'a>>,
}

/// Section 6: the FAST promotions of the year.
#[derive(Debug, Clone, PartialEq)]
pub struct FastYear<'a> {
    /// The totals of the FAST chart ([`Dataset::fast_total`]).
    pub total: FastTotal,
    pub promotions: Vec<PromotionLaureates<'a>>,
    /// Promotions of the year whose laureates the data does not publish.
    pub unpublished: Vec<&'a FastPromotion>,
}

impl Dataset {
    /// Section 2 for `year`.
    pub fn state_of_play(&self, year: i32) -> StateOfPlay {
        let (previous, date) = (Date::first_of_january(year), date_of(year));
        let figures = self.key_figures_on(&Filter::default(), &[previous, date]);
        StateOfPlay { date, previous, now: figures[1], before: figures[0] }
    }

    /// Sections 3, 4 and 7 count these: the services of `filter` ([`counted_filter`] of `year`)
    /// on the bilan's date.
    pub fn counted_situation<'a>(&'a self, filter: &'a Filter, year: i32) -> Situation<'a> {
        self.situation_on(filter, date_of(year))
    }

    /// Section 4: the incubators of the counted services, as the per-incubator counts order them
    /// (most services first), each with its owner.
    pub fn network(&self, counted: &Situation) -> Vec<NetworkMember> {
        counted
            .counts_by_incubator()
            .into_iter()
            .map(|row| NetworkMember {
                owner: self.incubators.get(&row.incubator).and_then(|i| i.owner.clone()),
                incubator: row.incubator,
                services: row.total,
            })
            .collect()
    }

    /// Section 5: the services whose first construction phase starts in `year`, by that start
    /// then id, with their phase on the bilan's date.
    pub fn launched_in(&self, year: i32) -> Vec<Launch<'_>> {
        let date = date_of(year);
        let mut launches: Vec<Launch> = self
            .services
            .iter()
            .filter_map(|service| {
                let started =
                    service.phases.iter().filter(|span| span.phase == Phase::Construction).map(|s| s.start).min()?;
                (started.year() == year).then(|| Launch { service, started, phase: service.phase_at(date) })
            })
            .collect();
        crate::data::order::sort_by(&mut launches, |a, b| (a.started, &a.service.id).cmp(&(b.started, &b.service.id)));
        launches
    }

    /// Section 6: the FAST promotions of `year` (as the FAST chart of that year: same rows, same
    /// totals), each with its laureates.
    pub fn fast_year(&self, year: i32) -> FastYear<'_> {
        let filter = Filter { year: Some(year), ..Filter::default() };
        // The awards the FAST chart selects, borrowed from the dataset (not from the filter).
        let chosen: Vec<*const FastAward> = self.fast_awards_for(&filter).map(std::ptr::from_ref).collect();
        let awards: Vec<&FastAward> =
            self.fast_awards.iter().filter(|award| chosen.contains(&std::ptr::from_ref(*award))).collect();
        let promotions = self
            .fast_by_promotion(&filter)
            .into_iter()
            .map(|funding| {
                let mut laureates: Vec<Laureate> = awards
                    .iter()
                    .filter(|award| award.promotion == funding.promotion)
                    .map(|&award| Laureate { award, service: self.service(&award.service) })
                    .collect();
                crate::data::order::sort_by_key(&mut laureates, |l| {
                    let name = l.service.map_or(l.award.service.0.as_str(), |s| s.name.as_str());
                    (crate::data::fold::search_key(name), l.award.service.clone())
                });
                PromotionLaureates { funding, laureates }
            })
            .collect();
        FastYear { total: self.fast_total(&filter), promotions, unpublished: self.promotions_without_awards(&filter) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Incubator, PhaseSpan, ServiceId, YearMonth};

    fn d(text: &str) -> Date {
        text.parse().unwrap()
    }

    fn service(id: &str, incubators: &[&str], phases: &[(&str, &str)]) -> Service {
        let phases = phases
            .iter()
            .map(|(name, start)| PhaseSpan { phase: Phase::from_name(name), start: d(start), end: None })
            .collect();
        Service { name: id.to_uppercase(), pitch: format!("Pitch de {id}"), ..Service::sample(id, incubators, phases) }
    }

    /// Worked out by hand for the bilan of 2023 (1 January 2024, beside 1 January 2023).
    fn dataset() -> Dataset {
        let mut data = Dataset::of(
            vec![
                // Launched in 2023, active on 2024-01-01.
                service("a", &["dinum"], &[("investigation", "2022-10-01"), ("construction", "2023-03-01")]),
                // Launched in 2023, abandoned before 2024.
                service("b", &["anct"], &[("construction", "2023-02-01"), ("abandon", "2023-11-30")]),
                // Launched in 2022, co-incubated, pérennisé in 2023.
                service("c", &["dinum", "anct"], &[("construction", "2022-05-01"), ("consolidation", "2023-06-01")]),
                // An investigation on both dates.
                service("d", &["dinum"], &[("investigation", "2022-12-01")]),
                // Legacy `success`: pérennisé, counted; its construction came back in 2023 (not a launch).
                service(
                    "e",
                    &["anct"],
                    &[("construction", "2019-01-01"), ("success", "2020-01-01"), ("construction", "2023-04-01")],
                ),
                // Starts in 2024: not in the 2023 bilan.
                service("f", &["dinum"], &[("construction", "2024-02-01")]),
            ],
            &[("dinum", "DINUM"), ("anct", "ANCT")],
        );
        data.incubators.insert(
            IncubatorId("dinum".into()),
            Incubator {
                id: IncubatorId("dinum".into()),
                title: "DINUM".into(),
                website: None,
                owner: Some(OrganisationId("dinum".into())),
            },
        );
        data.fast_promotions = vec![
            FastPromotion {
                number: 12,
                title: Some("FAST 12 - Janvier 2023".into()),
                month: Some(YearMonth { year: 2023, month: 1 }),
            },
            FastPromotion {
                number: 13,
                title: Some("FAST 13 - Septembre 2023".into()),
                month: Some(YearMonth { year: 2023, month: 9 }),
            },
            FastPromotion {
                number: 14,
                title: Some("FAST 14 - Janvier 2024".into()),
                month: Some(YearMonth { year: 2024, month: 1 }),
            },
        ];
        let award = |service: &str, promotion: u32, amount: Option<u64>| FastAward {
            service: ServiceId(service.into()),
            promotion: Some(promotion),
            amount_eur: amount,
            event_date: None,
        };
        data.fast_awards = vec![award("c", 12, Some(300_000)), award("a", 12, None), award("d", 14, Some(100_000))];
        data
    }

    #[test]
    fn the_years_are_those_over_both_today_and_on_the_data_date() {
        let data = dataset();
        assert_eq!(years(&data, d("2026-12-05"), Some(d("2026-08-20"))), Some(2019..=2025));
        assert_eq!(years(&data, d("2026-12-05"), None), Some(2019..=2025));
        // Data of 1 January 2026 covers 2025; of 31 December 2025, only 2024.
        assert_eq!(years(&data, d("2026-12-05"), Some(d("2026-01-01"))), Some(2019..=2025));
        assert_eq!(years(&data, d("2026-12-05"), Some(d("2025-12-31"))), Some(2019..=2024));
        assert_eq!(years(&data, d("2019-06-01"), None), None, "no year over yet");
    }

    #[test]
    fn the_year_is_the_urls_or_the_last_one_covered_and_a_bad_one_is_said() {
        let years = 2019..=2025;
        let of = |values: &[&str]| {
            let values: Vec<String> = values.iter().map(|v| (*v).to_owned()).collect();
            year_from_params(move |key| if key == PARAM_YEAR { values.clone() } else { vec![] }, &years)
        };
        assert_eq!(of(&[]), (2025, vec![]));
        assert_eq!(of(&[" 2023 "]), (2023, vec![]));
        assert_eq!(of(&[""]), (2025, vec![]));
        let bad = |raw: &str| vec![IgnoredValue::BadBilanYear { raw: raw.into(), shown: 2025 }];
        assert_eq!(of(&["2026"]), (2025, bad("2026")), "not over");
        assert_eq!(of(&["2018"]), (2025, bad("2018")), "before the data");
        assert_eq!(of(&["deux"]), (2025, bad("deux")));
        assert_eq!(
            of(&["2023", "2020"]),
            (
                2023,
                vec![IgnoredValue::Repeated { param: PARAM_YEAR, kept: "2023".into(), ignored: vec!["2020".into()] }]
            )
        );
    }

    #[test]
    fn the_state_of_play_counts_investigations_and_the_services_in_accompaniment_or_perennial() {
        let state = dataset().state_of_play(2023);
        assert_eq!((state.previous, state.date), (d("2023-01-01"), d("2024-01-01")));
        assert_eq!(state.investigations(), (2, 1), "a and d a year earlier, d now");
        assert_eq!(state.counted(), (2, 3), "c and e; then a, c and e (b abandoned, f not begun)");
    }

    #[test]
    fn the_counted_services_are_those_of_the_state_of_play_and_the_network_their_incubators() {
        let data = dataset();
        let filter = counted_filter(2023);
        let counted = data.counted_situation(&filter, 2023);
        assert_eq!(counted.date, d("2024-01-01"));
        assert_eq!(counted.key_figures().total, data.state_of_play(2023).counted().1);
        let network = data.network(&counted);
        let rows: Vec<(&str, Option<&str>, usize)> = network
            .iter()
            .map(|m| (m.incubator.0.as_str(), m.owner.as_ref().map(|o| o.as_str()), m.services))
            .collect();
        // anct: c and e; dinum: a and c (c co-incubated counts in each).
        assert_eq!(rows, [("anct", None, 2), ("dinum", Some("dinum"), 2)]);
    }

    #[test]
    fn a_launch_is_a_first_construction_phase_in_the_year_active_if_counted_on_the_date() {
        let data = dataset();
        let launches: Vec<(&str, Date, bool)> =
            data.launched_in(2023).iter().map(|l| (l.service.id.0.as_str(), l.started, l.active())).collect();
        assert_eq!(launches, [("b", d("2023-02-01"), false), ("a", d("2023-03-01"), true)]);
        let launches: Vec<&str> = data.launched_in(2022).iter().map(|l| l.service.id.0.as_str()).collect();
        assert_eq!(launches, ["c"]);
    }

    #[test]
    fn the_fast_year_is_the_fast_charts_rows_and_totals_with_each_laureate() {
        let data = dataset();
        let fast = data.fast_year(2023);
        let filter = Filter { year: Some(2023), ..Filter::default() };
        assert_eq!(fast.total, data.fast_total(&filter));
        assert_eq!(fast.total, FastTotal { amount_eur: 300_000, laureates: 2, laureates_with_unknown_amount: 1 });
        let rows: Vec<PromotionFunding> = fast.promotions.iter().map(|p| p.funding.clone()).collect();
        assert_eq!(rows, data.fast_by_promotion(&filter));
        let laureates: Vec<(Option<u32>, Vec<&str>)> = fast
            .promotions
            .iter()
            .map(|p| (p.funding.promotion, p.laureates.iter().map(|l| l.award.service.0.as_str()).collect()))
            .collect();
        assert_eq!(laureates, [(Some(12), vec!["a", "c"])], "by name; promotion 13 publishes none");
        assert_eq!(fast.unpublished.iter().map(|p| p.number).collect::<Vec<_>>(), [13]);
    }
}
