//! The bilan of a year (`/bilan?annee=2023`), pure: every section of beta.gouv.fr's yearly report
//! ready to show — its figures from [`crate::data::query::bilan`] (the explorer's queries), its charts
//! from [`crate::charts`] (the explorer's charts), its tables and its wording.

use crate::charts::{CategoryKey, Cell, ChartData, DataTable, incubators_chart, transparency_chart};
use crate::data::Indicator;
use crate::data::query::bilan::{StateOfPlay, counted_filter, date_of};
use crate::data::{Dataset, Date, FastTotal, OrganisationId, PromotionFunding};
use crate::text;

/// The bilan of one year, every section.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub year: i32,
    /// 1 January after the year.
    pub date: Date,
    /// Section 1.
    pub title: String,
    /// Section 2.
    pub state: StateOfPlay,
    /// Section 3: the explorer's chart of services per incubator, for the counted services.
    pub incubators: ChartData,
    /// Section 4.
    pub network: Network,
    /// Section 5.
    pub launches: Launches,
    /// Section 6.
    pub fast: Fast,
    /// Section 7: the explorer's transparency block, for the counted services.
    pub transparency: ChartData,
}

/// Section 4: the incubators carrying a counted service, with their owners.
#[derive(Debug, Clone, PartialEq)]
pub struct Network {
    pub incubators: usize,
    pub table: DataTable,
}

/// Section 5: the services launched in the year.
#[derive(Debug, Clone, PartialEq)]
pub struct Launches {
    pub launched: usize,
    /// Of them, those still counted on the bilan's date.
    pub active: usize,
    pub table: DataTable,
}

/// Section 6: the FAST promotions of the year.
#[derive(Debug, Clone, PartialEq)]
pub struct Fast {
    /// The FAST chart's totals for the year.
    pub total: FastTotal,
    /// "2 310 000 € pour 9 lauréats.", with the laureates whose amount is unknown said apart;
    /// none without laureates.
    pub summary: Option<String>,
    pub promotions: Vec<Promotion>,
    /// "Les lauréats de FAST 1 à FAST 4 ne sont pas publiés dans les données.", when some are not.
    pub unpublished: Option<String>,
}

/// A FAST promotion of the year and its laureates.
#[derive(Debug, Clone, PartialEq)]
pub struct Promotion {
    /// Its published title ("FAST 12 - Janvier 2023").
    pub name: String,
    /// Its row of the FAST chart.
    pub funding: PromotionFunding,
    /// Each laureate: name, pitch, amount.
    pub table: DataTable,
}

impl Report {
    /// The bilan of `year` (one of [`crate::data::query::bilan::years`]).
    pub fn new(dataset: &Dataset, year: i32) -> Report {
        let date = date_of(year);
        let filter = counted_filter(year);
        let counted = dataset.counted_situation(&filter, year);
        let incubators = incubators_chart(dataset, &counted);
        let mut transparency = transparency_chart(&counted.transparency(dataset.published), date);
        name_the_total(&mut transparency);
        Report {
            year,
            date,
            title: text::bilan_title(year),
            state: dataset.state_of_play(year),
            network: network(dataset, &counted),
            launches: launches(dataset, year, date),
            fast: fast(dataset, year),
            incubators,
            transparency,
        }
    }
}

/// The transparency block's first line counts the services of the bilan, not those of filters.
fn name_the_total(chart: &mut ChartData) {
    let (label, full_label) = text::BILAN_TRANSPARENCY_TOTAL;
    let total = CategoryKey::Transparency(Indicator::Total);
    for category in chart.chart.categories.iter_mut().filter(|c| c.key == total) {
        (category.label, category.full_label) = (label.to_owned(), full_label.to_owned());
    }
    if let Some(row) =
        Indicator::ALL.iter().position(|i| *i == Indicator::Total).and_then(|i| chart.table.rows.get_mut(i))
    {
        row[0] = Cell::text(full_label);
    }
}

/// How the bilan names the organisation that runs an incubator: its name and acronym when
/// organisations.json has it, else its id as published, else "non renseignée".
fn owner_name(dataset: &Dataset, owner: Option<&OrganisationId>) -> String {
    let Some(owner) = owner else { return text::OWNER_NOT_STATED.to_owned() };
    match dataset.organisations.iter().find(|o| o.id == *owner) {
        Some(o) => text::organisation_with_acronym(&o.name, o.acronym.as_deref()),
        None => owner.as_str().to_owned(),
    }
}

fn network(dataset: &Dataset, counted: &crate::data::Situation) -> Network {
    let members = dataset.network(counted);
    let rows = members
        .iter()
        .map(|m| {
            vec![
                Cell::text(dataset.incubator_title(&m.incubator)),
                Cell::text(owner_name(dataset, m.owner.as_ref())),
                Cell::count(m.services),
            ]
        })
        .collect();
    let columns = [text::COLUMN_INCUBATOR, text::COLUMN_OWNER, text::COLUMN_SERVICES].map(str::to_owned).to_vec();
    Network {
        incubators: members.len(),
        table: DataTable { caption: text::network_caption(counted.date), columns, rows },
    }
}

fn launches(dataset: &Dataset, year: i32, date: Date) -> Launches {
    let launched = dataset.launched_in(year);
    let rows = launched
        .iter()
        .map(|l| {
            let incubators: Vec<&str> = l.service.incubators.iter().map(|i| dataset.incubator_title(i)).collect();
            vec![
                Cell::text(&l.service.name),
                Cell::text(&l.service.pitch),
                Cell::text(incubators.join(", ")),
                Cell::text(text::format_date_long(l.started)),
                Cell::text(text::launch_status(l.phase.map(text::phase_label), l.active())),
            ]
        })
        .collect();
    let columns = vec![
        text::COLUMN_SERVICE.to_owned(),
        text::COLUMN_PITCH.to_owned(),
        text::COLUMN_INCUBATOR.to_owned(),
        text::COLUMN_LAUNCHED.to_owned(),
        text::column_phase_on(date),
    ];
    Launches {
        launched: launched.len(),
        active: launched.iter().filter(|l| l.active()).count(),
        table: DataTable { caption: text::launches_caption(year), columns, rows },
    }
}

fn fast(dataset: &Dataset, year: i32) -> Fast {
    let fast = dataset.fast_year(year);
    let promotions = fast
        .promotions
        .iter()
        .map(|p| {
            let name = text::promotion_name(p.funding.promotion, p.funding.title.as_deref());
            let rows = p
                .laureates
                .iter()
                .map(|l| {
                    let (name, pitch) = match l.service {
                        Some(s) => (s.name.as_str(), s.pitch.as_str()),
                        None => (l.award.service.0.as_str(), ""),
                    };
                    vec![Cell::text(name), Cell::text(pitch), l.award.amount_eur.map_or(Cell::Missing, Cell::euros)]
                })
                .collect();
            let columns = [text::COLUMN_LAUREATE, text::COLUMN_PITCH, text::COLUMN_AMOUNT].map(str::to_owned).to_vec();
            let table = DataTable { caption: text::promotion_caption(&name), columns, rows };
            Promotion { name, funding: p.funding.clone(), table }
        })
        .collect();
    let numbers: Vec<u32> = fast.unpublished.iter().map(|p| p.number).collect();
    let total = fast.total;
    Fast {
        total,
        summary: (total.laureates > 0)
            .then(|| text::funding_summary(total.amount_eur, total.laureates, total.laureates_with_unknown_amount)),
        promotions,
        unpublished: (!numbers.is_empty()).then(|| text::unpublished_promotions(&numbers)),
    }
}
