//! The RGAA 4.1 audit grid of the dashboard, `public/accessibilite/grille-rgaa.csv`, and what the accessibility statement derives from it: the number of criteria
//! per thématique, the counts per status, the conformity rate and the level of conformity. No
//! figure is typed anywhere else: the statement and the footer show what this module computes.
//!
//! The criteria, their numbers and their thématiques are those of the RGAA 4.1 published by the
//! DINUM (Direction interministérielle du numérique): <https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/>,
//! machine-readable in the repository `DISIC/accessibilite.numerique.gouv.fr`, file
//! `RGAA/4.1/criteres.json`: 106 criteria in 13 thématiques ([`TOPICS`]).
//!
//! The grid is a CSV as the dashboard's other downloads: UTF-8 with a byte order mark (so that
//! spreadsheets read the accents right), `;`-separated, lines ending in CRLF, fields in double
//! quotes when they hold a `;`, a quote or a line break (a quote doubled inside), with the header
//! `critère;thématique;statut;pages;justification`. `critère` is `1.1` to `13.12`; `statut` is
//! `conforme`, `non conforme` or `non applicable`.
//!
//! The rate is computed as the RGAA's method says ("Calcul du taux de conformité"): the
//! criteria met, divided by the applicable criteria (met or not met), `C / (C + NC)`. The level:
//! "totalement conforme" when every applicable criterion is met, "partiellement conforme" when
//! at least half are, "non conforme" otherwise (or when none applies).
//!
//! The app does not carry the grid (26 kB): `tools/build.rs` reads it with this module and writes the
//! [`Summary`] the statement and the footer show (`crate::audit::SUMMARY`); a grid this
//! module refuses fails the build.

use std::collections::BTreeSet;

/// The grid, as published at [`GRID_PATH`].
pub const GRID_CSV: &str = include_str!("../../public/accessibilite/grille-rgaa.csv");

/// Where the app serves the grid, relative to its base.
pub const GRID_PATH: &str = "accessibilite/grille-rgaa.csv";

/// The columns of the grid, in order.
pub const COLUMNS: [&str; 5] = ["critère", "thématique", "statut", "pages", "justification"];

/// The 13 thématiques of the RGAA 4.1: number, name, number of criteria.
pub const TOPICS: [(u8, &str, u8); 13] = [
    (1, "Images", 9),
    (2, "Cadres", 2),
    (3, "Couleurs", 3),
    (4, "Multimédia", 13),
    (5, "Tableaux", 8),
    (6, "Liens", 2),
    (7, "Scripts", 5),
    (8, "Éléments obligatoires", 10),
    (9, "Structuration de l'information", 4),
    (10, "Présentation de l'information", 14),
    (11, "Formulaires", 13),
    (12, "Navigation", 11),
    (13, "Consultation", 12),
];

/// The number of criteria of the RGAA 4.1.
pub const CRITERIA: usize = 106;

/// The judgement of a criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// Met on every page of the sample where it applies.
    Compliant,
    /// Not met on at least one page of the sample.
    NotCompliant,
    /// No content of the sample it applies to.
    NotApplicable,
}

impl Status {
    /// The grid's spelling.
    pub fn csv(self) -> &'static str {
        match self {
            Status::Compliant => "conforme",
            Status::NotCompliant => "non conforme",
            Status::NotApplicable => "non applicable",
        }
    }

    /// The status of the grid's spelling.
    pub fn from_csv(value: &str) -> Option<Status> {
        [Status::Compliant, Status::NotCompliant, Status::NotApplicable].into_iter().find(|s| s.csv() == value)
    }
}

/// One line of the grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Criterion {
    /// The thématique's number and the criterion's number in it: (12, 7) for 12.7.
    pub number: (u8, u8),
    pub topic: String,
    pub status: Status,
    pub pages: String,
    pub justification: String,
}

impl Criterion {
    /// `12.7`.
    pub fn label(&self) -> String {
        format!("{}.{}", self.number.0, self.number.1)
    }
}

/// What is wrong with a grid (line numbers from 1, the header being line 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GridError {
    /// The header is not [`COLUMNS`].
    Header(Vec<String>),
    /// A line without five fields.
    Fields { line: usize, count: usize },
    /// A quoted field never closed.
    UnclosedQuote { line: usize },
    /// A criterion number that is not `n.m` of the RGAA 4.1.
    Number { line: usize, value: String },
    /// A thématique that is not the one of its criterion's number.
    Topic { line: usize, value: String },
    /// A status not in [`Status`].
    Status { line: usize, value: String },
    /// A criterion without pages or without a justification.
    Empty { line: usize },
    /// A criterion judged twice.
    Duplicate(String),
    /// Criteria of the RGAA 4.1 the grid does not judge.
    Missing(Vec<String>),
}

/// The records of a `;`-separated CSV: fields unquoted, each record with the line it starts on.
fn records(csv: &str) -> Result<Vec<(usize, Vec<String>)>, GridError> {
    let mut out = Vec::new();
    let mut chars = csv.trim_start_matches('\u{feff}').chars().peekable();
    let (mut line, mut start) = (1, 1);
    let mut record: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut any = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => {
                    line += usize::from(c == '\n');
                    field.push(c);
                }
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => {
                quoted = true;
                any = true;
            }
            ';' => {
                record.push(std::mem::take(&mut field));
                any = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                if any || !field.is_empty() {
                    record.push(std::mem::take(&mut field));
                    out.push((start, std::mem::take(&mut record)));
                }
                any = false;
                line += 1;
                start = line;
            }
            _ => {
                any = true;
                field.push(c);
            }
        }
    }
    if quoted {
        return Err(GridError::UnclosedQuote { line: start });
    }
    if any || !field.is_empty() {
        record.push(field);
        out.push((start, record));
    }
    Ok(out)
}

/// The criteria of a grid, checked: the header, five fields a line, numbers and thématiques of
/// the RGAA 4.1, valid statuses, every criterion judged once and only once.
pub fn parse(csv: &str) -> Result<Vec<Criterion>, GridError> {
    let mut records = records(csv)?.into_iter();
    let header = records.next().map(|(_, r)| r).unwrap_or_default();
    if header.iter().map(|h| h.trim()).ne(COLUMNS) {
        return Err(GridError::Header(header));
    }
    let mut criteria = Vec::new();
    let mut seen = BTreeSet::new();
    for (line, fields) in records {
        let [number, topic, status, pages, justification] =
            <[String; 5]>::try_from(fields).map_err(|f| GridError::Fields { line, count: f.len() })?;
        let parsed =
            number.trim().split_once('.').and_then(|(t, c)| Some((t.parse::<u8>().ok()?, c.parse::<u8>().ok()?)));
        let Some((t, c)) =
            parsed.filter(|&(t, c)| TOPICS.iter().any(|&(n, _, count)| n == t && (1..=count).contains(&c)))
        else {
            return Err(GridError::Number { line, value: number });
        };
        let name = TOPICS.iter().find(|(n, ..)| *n == t).map(|(_, name, _)| *name).unwrap_or_default();
        if topic.trim() != name {
            return Err(GridError::Topic { line, value: topic });
        }
        let status = Status::from_csv(status.trim()).ok_or(GridError::Status { line, value: status.clone() })?;
        if pages.trim().is_empty() || justification.trim().is_empty() {
            return Err(GridError::Empty { line });
        }
        if !seen.insert((t, c)) {
            return Err(GridError::Duplicate(format!("{t}.{c}")));
        }
        criteria.push(Criterion {
            number: (t, c),
            topic: name.to_owned(),
            status,
            pages: pages.trim().to_owned(),
            justification: justification.trim().to_owned(),
        });
    }
    let missing: Vec<String> = TOPICS
        .iter()
        .flat_map(|&(t, _, count)| (1..=count).map(move |c| (t, c)))
        .filter(|n| !seen.contains(n))
        .map(|(t, c)| format!("{t}.{c}"))
        .collect();
    if !missing.is_empty() {
        return Err(GridError::Missing(missing));
    }
    Ok(criteria)
}

/// The counts of a set of criteria per status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub compliant: usize,
    pub not_compliant: usize,
    pub not_applicable: usize,
}

impl Counts {
    pub fn of<'a>(criteria: impl IntoIterator<Item = &'a Criterion>) -> Counts {
        let mut counts = Counts::default();
        for criterion in criteria {
            match criterion.status {
                Status::Compliant => counts.compliant += 1,
                Status::NotCompliant => counts.not_compliant += 1,
                Status::NotApplicable => counts.not_applicable += 1,
            }
        }
        counts
    }

    pub fn total(&self) -> usize {
        self.compliant + self.not_compliant + self.not_applicable
    }

    pub fn applicable(&self) -> usize {
        self.compliant + self.not_compliant
    }

    /// The conformity rate, `C / (C + NC)`, in percent; `None` when no criterion applies.
    pub fn rate(&self) -> Option<f64> {
        (self.applicable() > 0).then(|| 100.0 * self.compliant as f64 / self.applicable() as f64)
    }

    /// The level of conformity these counts give.
    pub fn level(&self) -> Level {
        match self.rate() {
            Some(_) if self.not_compliant == 0 => Level::Full,
            Some(rate) if rate >= 50.0 => Level::Partial,
            _ => Level::None,
        }
    }
}

/// The level of conformity a statement declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Every applicable criterion is met.
    Full,
    /// At least half the applicable criteria are met.
    Partial,
    /// Fewer than half, or none applies.
    None,
}

/// One thématique of the grid.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TopicSummary {
    pub number: u8,
    pub name: &'static str,
    pub counts: Counts,
}

/// What the statement shows of a grid.
#[derive(Debug, Clone, PartialEq)]
pub struct Audit {
    pub criteria: Vec<Criterion>,
    pub counts: Counts,
    pub topics: Vec<TopicSummary>,
}

impl Audit {
    /// The audit of a grid's text.
    pub fn of_csv(csv: &str) -> Result<Audit, GridError> {
        let criteria = parse(csv)?;
        let counts = Counts::of(&criteria);
        let topics = TOPICS
            .iter()
            .map(|&(number, name, _)| TopicSummary {
                number,
                name,
                counts: Counts::of(criteria.iter().filter(|c| c.number.0 == number)),
            })
            .collect();
        Ok(Audit { criteria, counts, topics })
    }

    /// The published grid's audit. A grid that is not whole fails the native tests, so never
    /// reaches a build: the panic cannot happen in the app.
    pub fn published() -> Audit {
        Audit::of_csv(GRID_CSV).unwrap_or_else(|error| panic!("{GRID_PATH}: {error:?}"))
    }

    pub fn rate(&self) -> Option<f64> {
        self.counts.rate()
    }

    pub fn level(&self) -> Level {
        self.counts.level()
    }

    /// The criteria not met, in the RGAA's order.
    pub fn not_met(&self) -> impl Iterator<Item = &Criterion> {
        self.criteria.iter().filter(|c| c.status == Status::NotCompliant)
    }
}

/// A criterion not met, as the statement lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotMet {
    /// `12.7`.
    pub label: &'static str,
    pub topic: &'static str,
    pub pages: &'static str,
    pub justification: &'static str,
}

/// What the statement and the footer show of an audit: its counts, per thématique too, the
/// criteria not met, and the size of the grid (for its download link).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub counts: Counts,
    pub topics: &'static [TopicSummary],
    pub not_met: &'static [NotMet],
    pub grid_bytes: usize,
}

impl Summary {
    pub fn rate(&self) -> Option<f64> {
        self.counts.rate()
    }

    pub fn level(&self) -> Level {
        self.counts.level()
    }
}

impl Audit {
    /// The Rust source of this audit's [`Summary`], as `tools/build.rs` writes it: `pub const SUMMARY`.
    pub fn summary_source(&self, grid_bytes: usize) -> String {
        let counts = |c: &Counts| {
            format!(
                "Counts {{ compliant: {}, not_compliant: {}, not_applicable: {} }}",
                c.compliant, c.not_compliant, c.not_applicable
            )
        };
        let topics: Vec<String> = self
            .topics
            .iter()
            .map(|t| {
                format!("TopicSummary {{ number: {}, name: {:?}, counts: {} }}", t.number, t.name, counts(&t.counts))
            })
            .collect();
        let not_met: Vec<String> = self
            .not_met()
            .map(|c| {
                format!(
                    "NotMet {{ label: {:?}, topic: {:?}, pages: {:?}, justification: {:?} }}",
                    c.label(),
                    c.topic,
                    c.pages,
                    c.justification
                )
            })
            .collect();
        format!(
            "pub const SUMMARY: Summary = Summary {{\n    counts: {},\n    topics: &[\n        {},\n    ],\n    not_met: &[{}],\n    grid_bytes: {grid_bytes},\n}};\n",
            counts(&self.counts),
            topics.join(",\n        "),
            not_met.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "critère;thématique;statut;pages;justification\n";

    /// A whole grid where the criteria listed have the status given, the others `conforme`.
    fn grid(statuses: &[(&str, Status)]) -> String {
        let mut csv = HEADER.to_owned();
        for &(t, name, count) in &TOPICS {
            for c in 1..=count {
                let label = format!("{t}.{c}");
                let status = statuses.iter().find(|(l, _)| *l == label).map_or(Status::Compliant, |(_, s)| *s);
                csv.push_str(&format!("{label};{name};{};toutes;\"vu; vérifié \"\"ici\"\"\"\n", status.csv()));
            }
        }
        csv
    }

    #[test]
    fn the_published_grid_judges_the_106_criteria_of_the_13_thematiques_once_each() {
        let audit = Audit::of_csv(GRID_CSV).unwrap();
        assert_eq!(audit.criteria.len(), CRITERIA);
        assert_eq!(audit.counts.total(), 106);
        assert_eq!(TOPICS.iter().map(|t| usize::from(t.2)).sum::<usize>(), 106);
        let counts: Vec<(u8, &str, usize)> =
            audit.topics.iter().map(|t| (t.number, t.name, t.counts.total())).collect();
        assert_eq!(
            counts,
            [
                (1, "Images", 9),
                (2, "Cadres", 2),
                (3, "Couleurs", 3),
                (4, "Multimédia", 13),
                (5, "Tableaux", 8),
                (6, "Liens", 2),
                (7, "Scripts", 5),
                (8, "Éléments obligatoires", 10),
                (9, "Structuration de l'information", 4),
                (10, "Présentation de l'information", 14),
                (11, "Formulaires", 13),
                (12, "Navigation", 11),
                (13, "Consultation", 12),
            ]
        );
        // In the RGAA's order, each with its pages and a justification of some substance.
        let labels: Vec<String> = audit.criteria.iter().map(Criterion::label).collect();
        let expected: Vec<String> =
            TOPICS.iter().flat_map(|&(t, _, n)| (1..=n).map(move |c| format!("{t}.{c}"))).collect();
        assert_eq!(labels, expected);
        for criterion in &audit.criteria {
            assert!(
                criterion.justification.chars().count() >= 40,
                "{}: {}",
                criterion.label(),
                criterion.justification
            );
        }
        // The rate and level follow from the counts.
        let c = audit.counts;
        assert_eq!(audit.rate(), Some(100.0 * c.compliant as f64 / (c.compliant + c.not_compliant) as f64));
        assert_eq!(Audit::published(), audit);
    }

    #[test]
    fn the_published_grid_is_a_csv_as_the_other_downloads_with_the_exact_header() {
        assert!(GRID_CSV.starts_with("\u{feff}critère;thématique;statut;pages;justification\r\n"));
        assert!(GRID_CSV.ends_with("\r\n"));
        assert_eq!(GRID_CSV.matches('\n').count(), GRID_CSV.matches("\r\n").count(), "every line ends in CRLF");
        assert_eq!(GRID_CSV.matches('\n').count(), 1 + CRITERIA, "no line break inside a field");
    }

    #[test]
    fn statuses_are_read_in_the_grids_spelling_only() {
        for status in [Status::Compliant, Status::NotCompliant, Status::NotApplicable] {
            assert_eq!(Status::from_csv(status.csv()), Some(status));
        }
        assert_eq!(Status::from_csv("C"), None);
        assert_eq!(Status::from_csv("Conforme"), None);
        assert_eq!(Status::from_csv("non-conforme"), None);
    }

    #[test]
    fn quoted_fields_keep_their_separators_quotes_and_line_breaks() {
        let csv = format!("{HEADER}1.1;Images;conforme;\"a; b\";\"il dit \"\"oui\"\"\nsur deux lignes\"\n");
        let read = records(&csv).unwrap();
        assert_eq!(read[1].1, ["1.1", "Images", "conforme", "a; b", "il dit \"oui\"\nsur deux lignes"]);
        assert_eq!(read[1].0, 2);
        assert_eq!(records(&format!("{HEADER}1.1;\"jamais fermé\n")), Err(GridError::UnclosedQuote { line: 2 }));
    }

    #[test]
    fn a_grid_that_is_not_whole_or_not_the_rgaas_is_refused() {
        let whole = grid(&[]);
        assert!(parse(&whole).is_ok());
        // A criterion missing.
        let without = whole.replace("12.11;Navigation;conforme;toutes;\"vu; vérifié \"\"ici\"\"\"\n", "");
        assert_eq!(parse(&without), Err(GridError::Missing(vec!["12.11".into()])));
        // Judged twice.
        let twice = format!("{whole}1.1;Images;non conforme;toutes;encore\n");
        assert_eq!(parse(&twice), Err(GridError::Duplicate("1.1".into())));
        // Not a criterion of the RGAA 4.1: 2.3, 14.1, "1".
        for number in ["2.3", "14.1", "1", "a.b"] {
            let csv = format!("{HEADER}{number};Cadres;conforme;toutes;vu\n");
            assert!(matches!(parse(&csv), Err(GridError::Number { line: 2, .. })), "{number}");
        }
        // The wrong thématique, an unknown status, an empty justification, a missing column.
        assert!(matches!(parse(&format!("{HEADER}2.1;Images;conforme;toutes;vu\n")), Err(GridError::Topic { .. })));
        assert!(matches!(parse(&format!("{HEADER}2.1;Cadres;C;toutes;vu\n")), Err(GridError::Status { .. })));
        assert_eq!(parse(&format!("{HEADER}2.1;Cadres;conforme;toutes; \n")), Err(GridError::Empty { line: 2 }));
        assert_eq!(
            parse(&format!("{HEADER}2.1;Cadres;conforme;toutes\n")),
            Err(GridError::Fields { line: 2, count: 4 })
        );
        assert!(matches!(parse("critere;thematique;statut;pages;justification\n"), Err(GridError::Header(_))));
    }

    #[test]
    fn the_rate_is_met_over_applicable_criteria() {
        let counts = |compliant, not_compliant, not_applicable| Counts { compliant, not_compliant, not_applicable };
        assert_eq!(counts(3, 1, 10).rate(), Some(75.0));
        assert_eq!(counts(1, 2, 0).rate(), Some(100.0 / 3.0));
        assert_eq!(counts(0, 4, 2).rate(), Some(0.0));
        assert_eq!(counts(0, 0, 106).rate(), None, "nothing applies: no rate");
        // On a hand-made whole grid: 4 not met, 13 not applicable (multimédia), 89 met.
        let multimedia: Vec<(String, Status)> = (1..=13).map(|c| (format!("4.{c}"), Status::NotApplicable)).collect();
        let mut statuses: Vec<(&str, Status)> = multimedia.iter().map(|(l, s)| (l.as_str(), *s)).collect();
        statuses.extend([("1.1", Status::NotCompliant), ("3.2", Status::NotCompliant), ("10.7", Status::NotCompliant)]);
        statuses.push(("12.10", Status::NotCompliant));
        let audit = Audit::of_csv(&grid(&statuses)).unwrap();
        assert_eq!(audit.counts, counts(89, 4, 13));
        assert_eq!(audit.rate(), Some(100.0 * 89.0 / 93.0));
        assert_eq!(audit.level(), Level::Partial);
        assert_eq!(audit.topics[3].counts, counts(0, 0, 13));
        assert_eq!(audit.topics[11].counts, counts(10, 1, 0));
        assert_eq!(audit.not_met().map(Criterion::label).collect::<Vec<_>>(), ["1.1", "3.2", "10.7", "12.10"]);
    }

    #[test]
    fn the_level_is_total_with_every_applicable_criterion_met_partial_from_half() {
        let level = |compliant, not_compliant| Counts { compliant, not_compliant, not_applicable: 5 }.level();
        assert_eq!(level(50, 0), Level::Full);
        assert_eq!(level(1, 0), Level::Full);
        assert_eq!(level(99, 1), Level::Partial);
        assert_eq!(level(50, 50), Level::Partial, "exactly 50 %");
        assert_eq!(level(49, 51), Level::None);
        assert_eq!(level(0, 3), Level::None);
        assert_eq!(level(0, 0), Level::None, "no criterion applies: nothing is declared met");
        assert_eq!(Audit::of_csv(&grid(&[])).unwrap().level(), Level::Full);
    }
}
