//! The domain model: what the dashboard knows once the published files are read and cleaned.

pub mod date;
pub mod ids;
pub mod report;

use std::collections::BTreeMap;
use std::fmt;

use crate::data::order;
use date::{Date, YearMonth};
use ids::{IncubatorId, MinistryId, OrganisationId, ServiceId, ThemeId};
use report::LoadReport;

/// A phase of a service's life cycle, as named in the data.
///
/// The order of the variants is the life cycle, used to break ties between phases that start on
/// the same day (the later one wins). Legacy names sit next to their modern equivalent; names the
/// dashboard does not know are kept as they are and come last.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Phase {
    Investigation,
    Construction,
    Acceleration,
    Consolidation,
    /// Legacy name of a service that was made durable (`success`).
    Success,
    Transfere,
    /// Legacy spelling of `transfere`.
    Transfer,
    Opere,
    /// Legacy name of a service whose partnership with beta.gouv.fr ended (`alumni`).
    Alumni,
    AbandonInvestigation,
    Abandon,
    /// Any other name, kept as written.
    Other(String),
}

/// The four groups beta.gouv.fr reports on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PhaseGroup {
    /// *investigation*
    Investigation,
    /// *en accompagnement*: construction and acceleration.
    Accompaniment,
    /// *pérennisé*: consolidation, transfere and opere.
    Perennial,
    /// *abandonné*: abandon and abandon-investigation.
    Abandoned,
}

impl PhaseGroup {
    pub const ALL: [PhaseGroup; 4] =
        [PhaseGroup::Investigation, PhaseGroup::Accompaniment, PhaseGroup::Perennial, PhaseGroup::Abandoned];
}

impl Phase {
    /// The eight phase names used by the data today, in life-cycle order.
    pub const CURRENT: [Phase; 8] = [
        Phase::Investigation,
        Phase::Construction,
        Phase::Acceleration,
        Phase::Consolidation,
        Phase::Transfere,
        Phase::Opere,
        Phase::AbandonInvestigation,
        Phase::Abandon,
    ];

    /// Reads a phase name; never fails: an unknown name is kept as [`Phase::Other`].
    pub fn from_name(name: &str) -> Phase {
        match name.trim() {
            "investigation" => Phase::Investigation,
            "construction" => Phase::Construction,
            "acceleration" => Phase::Acceleration,
            "consolidation" => Phase::Consolidation,
            "success" => Phase::Success,
            "transfere" => Phase::Transfere,
            "transfer" => Phase::Transfer,
            "opere" => Phase::Opere,
            "alumni" => Phase::Alumni,
            "abandon-investigation" => Phase::AbandonInvestigation,
            "abandon" => Phase::Abandon,
            other => Phase::Other(other.to_owned()),
        }
    }

    /// The name as the data writes it.
    pub fn name(&self) -> &str {
        match self {
            Phase::Investigation => "investigation",
            Phase::Construction => "construction",
            Phase::Acceleration => "acceleration",
            Phase::Consolidation => "consolidation",
            Phase::Success => "success",
            Phase::Transfere => "transfere",
            Phase::Transfer => "transfer",
            Phase::Opere => "opere",
            Phase::Alumni => "alumni",
            Phase::AbandonInvestigation => "abandon-investigation",
            Phase::Abandon => "abandon",
            Phase::Other(name) => name,
        }
    }

    /// The group the phase counts in. Legacy `success` and `transfer` count as *pérennisé*;
    /// `alumni` (partnership ended, outcome unknown) and unknown names belong to no group.
    pub fn group(&self) -> Option<PhaseGroup> {
        match self {
            Phase::Investigation => Some(PhaseGroup::Investigation),
            Phase::Construction | Phase::Acceleration => Some(PhaseGroup::Accompaniment),
            Phase::Consolidation | Phase::Success | Phase::Transfere | Phase::Transfer | Phase::Opere => {
                Some(PhaseGroup::Perennial)
            }
            Phase::AbandonInvestigation | Phase::Abandon => Some(PhaseGroup::Abandoned),
            Phase::Alumni | Phase::Other(_) => None,
        }
    }

    /// Whether the data's schema knows this name (current or legacy).
    pub fn is_known(&self) -> bool {
        !matches!(self, Phase::Other(_))
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One dated phase of a service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhaseSpan {
    pub phase: Phase,
    pub start: Date,
    /// `None` while the phase is open (the data writes `""`).
    pub end: Option<Date>,
}

/// A service incubated by beta.gouv.fr ("startup d'État").
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    pub id: ServiceId,
    pub name: String,
    pub pitch: String,
    /// The service's own address, trimmed; `None` when absent or empty.
    pub link: Option<String>,
    /// Its incubators: one, or several when co-incubated (API v2.7). May be empty in bad data.
    pub incubators: Vec<IncubatorId>,
    /// Its phases, sorted by start date then life-cycle order.
    pub phases: Vec<PhaseSpan>,
    /// Organisations sponsoring the service (ids of `organisations.json`).
    pub sponsors: Vec<OrganisationId>,
    /// Its ministries: the distinct `domaine_ministeriel` of its sponsors, sorted; `non-renseigne`
    /// alone when none has one. Worked out from the organisations ([`Dataset::resolve_ministries`]).
    pub ministries: Vec<MinistryId>,
    /// Its themes, folded, each once, sorted.
    pub themes: Vec<ThemeId>,
    /// Which transparency pages it publishes (as published today, not dated).
    pub links: Links,
    pub accessibility: Accessibility,
}

/// Which transparency links a service publishes: non-empty after trimming.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Links {
    /// `stats_url`
    pub stats: bool,
    /// `budget_url`
    pub budget: bool,
    /// `impact_url`
    pub impact: bool,
    /// `repository`: its source code.
    pub repository: bool,
}

/// A service's accessibility status (`accessibility_status`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Accessibility {
    /// "totalement conforme"
    Totalement,
    /// "partiellement conforme"
    Partiellement,
    /// "non conforme"
    NonConforme,
    /// Absent, empty, or any other text.
    #[default]
    NotStated,
}

impl Accessibility {
    pub const ALL: [Accessibility; 4] =
        [Accessibility::Totalement, Accessibility::Partiellement, Accessibility::NonConforme, Accessibility::NotStated];

    /// Reads the published text, case and spaces folded; anything else is [`Accessibility::NotStated`].
    pub fn from_text(text: &str) -> Accessibility {
        match crate::data::fold::search_key(text).as_str() {
            "totalement conforme" => Accessibility::Totalement,
            "partiellement conforme" => Accessibility::Partiellement,
            "non conforme" => Accessibility::NonConforme,
            _ => Accessibility::NotStated,
        }
    }
}

/// Which optional fields the source published at all (v2.5 has no `thematiques`, `budget_url`,
/// `impact_url`; compact files before format 3 carry none of them). A field not published is
/// "non publié par cette version des données", never 0.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Published {
    /// `domaine_ministeriel` of the organisations.
    pub ministries: bool,
    /// `thematiques`
    pub themes: bool,
    pub stats: bool,
    pub budget: bool,
    pub impact: bool,
    pub repository: bool,
    pub accessibility: bool,
}

impl Published {
    /// Everything published (the current API).
    pub const ALL: Published = Published {
        ministries: true,
        themes: true,
        stats: true,
        budget: true,
        impact: true,
        repository: true,
        accessibility: true,
    };
}

#[cfg(test)]
impl Service {
    /// A service for the crate's unit tests: its id (also its name), incubators and phases; every
    /// other field empty. A test sets what else it needs with `Service { name, ..sample }`.
    pub(crate) fn sample(id: &str, incubators: &[&str], phases: Vec<PhaseSpan>) -> Service {
        Service {
            id: ServiceId(id.into()),
            name: id.into(),
            pitch: String::new(),
            link: None,
            incubators: incubators.iter().map(|i| IncubatorId((*i).into())).collect(),
            phases,
            sponsors: vec![],
            ministries: vec![],
            themes: vec![],
            links: Links::default(),
            accessibility: Accessibility::default(),
        }
    }
}

impl Service {
    /// The service's phase on `date`: the phase with the latest start on or before `date`; on equal
    /// starts, the one later in the life cycle. `None` when no phase has started yet: the service
    /// is not in the programme on that date.
    pub fn phase_at(&self, date: Date) -> Option<&Phase> {
        self.phases
            .iter()
            .filter(|span| span.start <= date)
            .max_by(|a, b| a.start.cmp(&b.start).then_with(|| a.phase.cmp(&b.phase)))
            .map(|span| &span.phase)
    }

    /// The day the service entered the programme: the start of its earliest phase.
    pub fn first_start(&self) -> Option<Date> {
        self.phases.iter().map(|span| span.start).min()
    }

    /// The service's page on beta.gouv.fr.
    pub fn beta_url(&self) -> String {
        format!("https://beta.gouv.fr/startups/{}.html", self.id.0)
    }
}

/// An incubator of the programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incubator {
    pub id: IncubatorId,
    /// Its title, trimmed; the id when the data gives none.
    pub title: String,
    pub website: Option<String>,
    /// The organisation that runs it (`owner`, `/organisations/x` → `x`); `None` when absent or empty.
    pub owner: Option<OrganisationId>,
}

/// A sponsoring organisation (`organisations.json`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: OrganisationId,
    pub name: String,
    pub acronym: Option<String>,
    /// Its `domaine_ministeriel` slug, trimmed; `None` when absent or empty.
    pub ministry: Option<String>,
}

/// A FAST promotion (a funding round).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FastPromotion {
    pub number: u32,
    /// The published title ("Promotion 13 — juin 2024"); `None` when only the number is known.
    pub title: Option<String>,
    /// When the promotion was decided; unknown when it is only named in free text.
    pub month: Option<YearMonth>,
}

/// A FAST award to one service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FastAward {
    pub service: ServiceId,
    /// The promotion number; unknown when the free text does not say it.
    pub promotion: Option<u32>,
    /// The amount in euros; `None` when unknown (never silently 0 €).
    pub amount_eur: Option<u64>,
    /// The date of the `fast` event the award was read from (none with `fast.json`).
    pub event_date: Option<Date>,
}

/// Where the FAST figures come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum FastSource {
    /// `fast.json`, authoritative.
    #[serde(rename = "fast.json")]
    File,
    /// The `fast` events of `startups.json`, read from French free text.
    #[serde(rename = "events")]
    Events,
}

/// Everything the dashboard shows, read from the published files. Built by [`Dataset::new`] only,
/// which works out what follows from the parts read (a literal cannot: `themes` is its own).
#[derive(Debug, Clone)]
pub struct Dataset {
    /// Services sorted by id.
    pub services: Vec<Service>,
    /// Incubators by id.
    pub incubators: BTreeMap<IncubatorId, Incubator>,
    pub organisations: Vec<Organisation>,
    /// Promotions sorted by number.
    pub fast_promotions: Vec<FastPromotion>,
    pub fast_awards: Vec<FastAward>,
    pub fast_source: FastSource,
    /// Each theme's label: the spelling (trimmed) most services use; on a tie, the smallest.
    themes: BTreeMap<ThemeId, String>,
    /// Which optional fields the source published.
    pub published: Published,
    pub report: LoadReport,
}

/// What a dataset is read from, but for its themes ([`Themes`]): [`Dataset::new`] works out the rest.
#[derive(Debug, Clone)]
pub struct Parts {
    /// Sorted by id.
    pub services: Vec<Service>,
    pub incubators: BTreeMap<IncubatorId, Incubator>,
    pub organisations: Vec<Organisation>,
    /// Sorted by number.
    pub fast_promotions: Vec<FastPromotion>,
    pub fast_awards: Vec<FastAward>,
    pub fast_source: FastSource,
    pub published: Published,
    pub report: LoadReport,
}

/// The themes, as read.
#[derive(Debug, Clone)]
pub enum Themes<'a> {
    /// The spellings of each service's `thematiques`, in the order of the services (the published
    /// files): the services' themes and the themes' labels are folded from them.
    Spellings(&'a [Vec<String>]),
    /// The themes' labels, the services' themes being folded already (the compact file).
    Labels(BTreeMap<ThemeId, String>),
}

impl Dataset {
    /// The dataset of `parts` and `themes`, with every step that follows from them: the themes
    /// folded, and each service's ministries worked out from its sponsors.
    pub fn new(parts: Parts, themes: Themes) -> Dataset {
        let Parts { services, incubators, organisations, fast_promotions, fast_awards, fast_source, published, report } =
            parts;
        let mut dataset = Dataset {
            services,
            incubators,
            organisations,
            fast_promotions,
            fast_awards,
            fast_source,
            themes: BTreeMap::new(),
            published,
            report,
        };
        match themes {
            Themes::Spellings(spellings) => dataset.fold_themes(spellings),
            Themes::Labels(labels) => dataset.themes = labels,
        }
        dataset.resolve_ministries();
        dataset
    }

    /// Each theme's label, by key.
    pub fn themes(&self) -> &BTreeMap<ThemeId, String> {
        &self.themes
    }

    pub fn service(&self, id: &ServiceId) -> Option<&Service> {
        self.services.binary_search_by(|s| s.id.cmp(id)).ok().map(|i| &self.services[i])
    }

    pub fn incubator_title<'a>(&'a self, id: &'a IncubatorId) -> &'a str {
        self.incubators.get(id).map_or(&id.0, |incubator| &incubator.title)
    }

    /// How the page names a sponsor: its acronym, else its name, else its id.
    pub fn organisation_name<'a>(&'a self, id: &'a OrganisationId) -> &'a str {
        match self.organisations.iter().find(|o| o.id == *id) {
            Some(o) => o.acronym.as_deref().unwrap_or(&o.name),
            None => id.as_str(),
        }
    }

    /// The label of a theme: its most used spelling, else its key.
    pub fn theme_label<'a>(&'a self, id: &'a ThemeId) -> &'a str {
        self.themes.get(id).map_or(id.as_str(), String::as_str)
    }

    /// Sets each service's themes from the spellings of its `thematiques` (one list per service, in
    /// the order of `services`), and each theme's label: the spelling (trimmed) the most services
    /// use, the smallest on a tie. A spelling that folds to nothing is dropped.
    fn fold_themes(&mut self, spellings: &[Vec<String>]) {
        let mut uses: BTreeMap<ThemeId, BTreeMap<&str, usize>> = BTreeMap::new();
        for (service, spellings) in self.services.iter_mut().zip(spellings) {
            let mut themes: Vec<ThemeId> = Vec::new();
            let mut seen: Vec<&str> = Vec::new();
            for spelling in spellings.iter().map(|s| s.trim()) {
                let key = ThemeId(crate::data::fold::slug(spelling));
                if key.0.is_empty() {
                    continue;
                }
                if !seen.contains(&spelling) {
                    seen.push(spelling);
                    *uses.entry(key.clone()).or_default().entry(spelling).or_default() += 1;
                }
                if !themes.contains(&key) {
                    themes.push(key);
                }
            }
            order::sort(&mut themes);
            service.themes = themes;
        }
        self.themes = uses
            .into_iter()
            .filter_map(|(key, spellings)| {
                // The most used; on a tie the smallest (the map iterates in `str` order).
                let mut best: Option<(&str, usize)> = None;
                for (spelling, n) in spellings {
                    if best.is_none_or(|(_, most)| n > most) {
                        best = Some((spelling, n));
                    }
                }
                Some((key, best?.0.to_owned()))
            })
            .collect();
    }

    /// Works out each service's ministries from its sponsors and the organisations: the distinct
    /// `domaine_ministeriel` of its sponsors (matched by id), or `non-renseigne` when none has one.
    fn resolve_ministries(&mut self) {
        let by_id: BTreeMap<&str, &str> =
            self.organisations.iter().filter_map(|o| Some((o.id.as_str(), o.ministry.as_deref()?))).collect();
        for service in &mut self.services {
            let mut ministries: Vec<MinistryId> = service
                .sponsors
                .iter()
                .filter_map(|id| by_id.get(id.as_str()))
                .map(|m| MinistryId((*m).to_owned()))
                .collect();
            order::sort(&mut ministries);
            ministries.dedup();
            if ministries.is_empty() {
                ministries.push(MinistryId::not_stated());
            }
            service.ministries = ministries;
        }
    }

    pub fn promotion(&self, number: u32) -> Option<&FastPromotion> {
        self.fast_promotions.iter().find(|p| p.number == number)
    }

    /// The year of an award: its promotion's year where known, otherwise its event's year.
    pub fn award_year(&self, award: &FastAward) -> Option<i32> {
        award
            .promotion
            .and_then(|n| self.promotion(n))
            .and_then(|p| p.month)
            .map(|m| m.year)
            .or_else(|| award.event_date.map(Date::year))
    }
}

#[cfg(test)]
impl Dataset {
    /// A dataset of these services and incubators (`(id, title)`), nothing else: for unit tests.
    pub(crate) fn of(services: Vec<Service>, incubators: &[(&str, &str)]) -> Dataset {
        let incubators = incubators
            .iter()
            .map(|&(id, title)| {
                let id = IncubatorId(id.into());
                (id.clone(), Incubator { id, title: title.into(), website: None, owner: None })
            })
            .collect();
        Dataset {
            services,
            incubators,
            organisations: vec![],
            fast_promotions: vec![],
            fast_awards: vec![],
            fast_source: FastSource::File,
            themes: BTreeMap::new(),
            published: Published::ALL,
            report: LoadReport::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(phases: &[(&str, &str)]) -> Service {
        let phases = phases
            .iter()
            .map(|(name, start)| PhaseSpan { phase: Phase::from_name(name), start: start.parse().unwrap(), end: None })
            .collect();
        Service { name: "S".into(), ..Service::sample("s", &[], phases) }
    }

    fn d(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn phase_at_date_is_the_latest_started_phase() {
        let s =
            service(&[("investigation", "2020-01-10"), ("construction", "2020-06-01"), ("acceleration", "2022-03-01")]);
        assert_eq!(s.phase_at(d("2020-01-09")), None);
        assert_eq!(s.phase_at(d("2020-01-10")), Some(&Phase::Investigation));
        assert_eq!(s.phase_at(d("2021-12-31")), Some(&Phase::Construction));
        assert_eq!(s.phase_at(d("2030-01-01")), Some(&Phase::Acceleration));
    }

    #[test]
    fn phase_at_date_ignores_the_order_phases_are_written_in() {
        let s = service(&[("acceleration", "2022-03-01"), ("investigation", "2020-01-10")]);
        assert_eq!(s.phase_at(d("2021-01-01")), Some(&Phase::Investigation));
    }

    #[test]
    fn on_equal_starts_the_phase_later_in_the_life_cycle_wins() {
        let s = service(&[
            ("abandon", "2023-05-01"),
            ("investigation", "2023-05-01"),
            ("abandon-investigation", "2023-05-01"),
        ]);
        assert_eq!(s.phase_at(d("2023-05-01")), Some(&Phase::Abandon));
        let s = service(&[("opere", "2023-05-01"), ("transfere", "2023-05-01")]);
        assert_eq!(s.phase_at(d("2024-01-01")), Some(&Phase::Opere));
    }

    #[test]
    fn a_phase_starting_in_the_future_is_not_current_yet() {
        let s = service(&[("acceleration", "2025-01-20"), ("transfere", "2027-05-01")]);
        assert_eq!(s.phase_at(d("2026-11-28")), Some(&Phase::Acceleration));
        assert_eq!(s.phase_at(d("2027-05-01")), Some(&Phase::Transfere));
    }

    #[test]
    fn a_dataset_is_built_with_its_themes_folded_and_its_ministries_worked_out() {
        let mut s = service(&[("investigation", "2020-01-10")]);
        s.sponsors = vec![OrganisationId("dinum".into()), OrganisationId("anct".into())];
        let organisation = |id: &str, ministry: Option<&str>| Organisation {
            id: OrganisationId(id.into()),
            name: id.into(),
            acronym: None,
            ministry: ministry.map(str::to_owned),
        };
        let parts = Parts {
            services: vec![s],
            incubators: BTreeMap::new(),
            organisations: vec![organisation("dinum", Some("premier-ministre")), organisation("anct", None)],
            fast_promotions: vec![],
            fast_awards: vec![],
            fast_source: FastSource::File,
            published: Published::ALL,
            report: LoadReport::default(),
        };
        let spellings = vec![vec![" Santé ".to_owned(), "santé".to_owned(), "Emploi".to_owned()]];
        let read = Dataset::new(parts.clone(), Themes::Spellings(&spellings));
        assert_eq!(read.services[0].ministries, [MinistryId("premier-ministre".into())]);
        let themes: Vec<&str> = read.services[0].themes.iter().map(ThemeId::as_str).collect();
        assert_eq!(themes, ["emploi", "sante"]);
        assert_eq!(read.theme_label(&ThemeId("sante".into())), "Santé");

        // Read from the compact file: its services' themes and labels as they were written.
        let mut folded = parts;
        folded.services[0].themes = read.services[0].themes.clone();
        let compact = Dataset::new(folded, Themes::Labels(read.themes().clone()));
        assert_eq!(compact.services, read.services);
        assert_eq!(compact.themes(), read.themes());
    }

    #[test]
    fn phase_names_round_trip_and_unknown_names_are_kept() {
        for phase in Phase::CURRENT.iter().chain(&[Phase::Success, Phase::Transfer, Phase::Alumni]) {
            assert_eq!(&Phase::from_name(phase.name()), phase);
            assert!(phase.is_known());
        }
        let other = Phase::from_name("pivot");
        assert_eq!(other, Phase::Other("pivot".into()));
        assert_eq!(other.name(), "pivot");
        assert_eq!(other.group(), None);
    }

    #[test]
    fn phase_groups_follow_beta_gouv_definitions() {
        use PhaseGroup::*;
        let groups: Vec<_> = Phase::CURRENT.iter().map(Phase::group).collect();
        assert_eq!(
            groups,
            [
                Some(Investigation),
                Some(Accompaniment),
                Some(Accompaniment),
                Some(Perennial),
                Some(Perennial),
                Some(Perennial),
                Some(Abandoned),
                Some(Abandoned)
            ]
        );
        assert_eq!(Phase::Success.group(), Some(Perennial));
        assert_eq!(Phase::Transfer.group(), Some(Perennial));
        assert_eq!(Phase::Alumni.group(), None);
    }
}
