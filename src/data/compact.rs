//! The compact dataset: one JSON file holding exactly what the dashboard shows, written by
//! `./dev data` from beta.gouv.fr's published files and loaded by the app by default.
//!
//! Format 2 (documented in README.md, "The compact file"): a `format` number, where the data
//! comes from, the load report of the published files (each problem as data, a `code` and its
//! fields, `super::coded`, worded by `crate::text` when shown), then one record per line — incubators,
//! referenced organisations, services (with dated phases), FAST promotions and awards — sorted
//! by id, so that two versions diff line by line. Reading is lenient like the published files':
//! a bad record is skipped and reported, the others are kept. Format 1, the same but for its
//! problems, written as French sentences, is still read: they come back as such.

use crate::data::order;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::coded::Coded;
use super::date::{Date, YearMonth};
use super::ids::{IncubatorId, ServiceId};
use super::model::{Dataset, FastAward, FastPromotion, FastSource, Incubator, Organisation, Phase, PhaseSpan, Service};
use super::report::{
    DataFile, FileReport, FileStatus, FormatError, LoadError, LoadReport, Outcome, Problem, RecordIssue, Section,
    SectionReport,
};
use super::source::SourceInfo;

/// The version of the format this code writes; it reads it and every earlier one.
pub const FORMAT: u32 = 2;

/// The format that wrote problems as French sentences.
const SENTENCES: u32 = 1;

/// A compact file, read: the dataset (whose report tells of both the published files and the
/// compact file), and where it comes from (with the day the file was written).
#[derive(Debug)]
pub struct Compact {
    pub dataset: Dataset,
    pub source: Option<SourceInfo>,
}

// ---------------------------------------------------------------------------------------------
// The records, as written in the file.

#[derive(Serialize, Deserialize)]
struct IncubatorRecord {
    id: String,
    title: String,
    /// A short name for charts (the title without its article, cut to keep its acronym).
    label: String,
}

#[derive(Serialize, Deserialize)]
struct OrganisationRecord {
    id: String,
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    acronym: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct ServiceRecord {
    id: String,
    name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pitch: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    link: Option<String>,
    incubators: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    sponsors: Vec<String>,
    /// `[name, start]` pairs, in order. End dates are not written: a phase lasts until the next.
    phases: Vec<(String, Date)>,
}

#[derive(Serialize, Deserialize)]
struct PromotionRecord {
    number: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    month: Option<YearMonth>,
}

#[derive(Serialize, Deserialize)]
struct AwardRecord {
    service: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    promotion: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    amount_eur: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    event_date: Option<Date>,
}

/// The load report of the published files, `P` being what became of a file, or a record's
/// problem: as data ([`Coded`]) since format 2, French sentences in format 1. Read with `P` the
/// raw text of each, then read as its format says (one reader of the report for both).
#[derive(Serialize, Deserialize)]
struct ReportRecord<P> {
    files: Vec<FileRecord<P>>,
    sections: Vec<SectionRecord<P>>,
}

#[derive(Serialize, Deserialize)]
struct FileRecord<P> {
    file: DataFile,
    /// What went wrong with the file; absent when it was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    problem: Option<P>,
}

#[derive(Serialize, Deserialize)]
struct SectionRecord<P> {
    section: Section,
    read: usize,
    kept: usize,
    #[serde(default = "Vec::new", skip_serializing_if = "Vec::is_empty")]
    issues: Vec<IssueRecord<P>>,
}

#[derive(Serialize, Deserialize)]
struct IssueRecord<P> {
    index: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    outcome: Outcome,
    problem: P,
}

impl ReportRecord<Coded> {
    fn of(report: &LoadReport) -> Self {
        let files =
            report.files.iter().map(|f| FileRecord { file: f.file, problem: Coded::file_status(&f.status) }).collect();
        let sections = report
            .sections
            .iter()
            .map(|s| SectionRecord {
                section: s.section,
                read: s.read,
                kept: s.kept,
                issues: s
                    .issues
                    .iter()
                    .map(|i| IssueRecord {
                        index: i.index,
                        id: i.id.clone(),
                        outcome: i.outcome,
                        problem: Coded::problem(&i.problem),
                    })
                    .collect(),
            })
            .collect();
        ReportRecord { files, sections }
    }
}

impl<P> ReportRecord<P> {
    /// The report, its files' statuses and records' problems read with `status` and `problem`;
    /// none if one of them cannot be.
    fn into_report(
        self,
        status: impl Fn(P) -> Option<FileStatus>,
        problem: impl Fn(P) -> Option<Problem>,
    ) -> Option<LoadReport> {
        let mut files = Vec::new();
        for f in self.files {
            let status = match f.problem {
                Some(p) => status(p)?,
                None => FileStatus::Read,
            };
            files.push(FileReport { file: f.file, status });
        }
        let mut sections = Vec::new();
        for s in self.sections {
            let mut issues = Vec::new();
            for i in s.issues {
                issues.push(RecordIssue { index: i.index, id: i.id, outcome: i.outcome, problem: problem(i.problem)? });
            }
            sections.push(SectionReport { section: s.section, read: s.read, kept: s.kept, issues });
        }
        Some(LoadReport { files, sections })
    }
}

/// The report of a file of this `format`, read; none when it cannot be.
fn read_report(format: u32, raw: &RawValue) -> Option<LoadReport> {
    let record: ReportRecord<&RawValue> = serde_json::from_str(raw.get()).ok()?;
    let text = |raw: &RawValue| serde_json::from_str::<String>(raw.get()).ok();
    let coded = |raw: &RawValue| serde_json::from_str::<Coded>(raw.get()).ok();
    if format == SENTENCES {
        record.into_report(|raw| text(raw).map(FileStatus::Noted), |raw| text(raw).map(|text| Problem::Noted { text }))
    } else {
        record.into_report(|raw| coded(raw)?.into_file_status(), |raw| coded(raw)?.into_problem())
    }
}

/// The file's top level, each record kept as raw text to be read on its own.
#[derive(Deserialize)]
struct Document<'a> {
    format: u32,
    #[serde(default, borrow)]
    source: Option<&'a RawValue>,
    #[serde(default, borrow)]
    report: Option<&'a RawValue>,
    #[serde(borrow)]
    incubators: Vec<&'a RawValue>,
    #[serde(default, borrow)]
    organisations: Vec<&'a RawValue>,
    #[serde(borrow)]
    services: Vec<&'a RawValue>,
    #[serde(default, borrow)]
    fast: Option<FastDocument<'a>>,
}

#[derive(Deserialize)]
struct FastDocument<'a> {
    source: FastSource,
    #[serde(default, borrow)]
    promotions: Vec<&'a RawValue>,
    #[serde(default, borrow)]
    awards: Vec<&'a RawValue>,
}

// ---------------------------------------------------------------------------------------------
// Writing

/// Writes `dataset` as a compact file: one record per line, sorted, ending with a newline.
/// `label` gives the short chart name of an incubator title.
pub fn write(dataset: &Dataset, source: &SourceInfo, label: impl Fn(&str) -> String) -> String {
    fn json<T: Serialize + ?Sized>(value: &T) -> String {
        // Serialising these plain records cannot fail: no map has non-string keys.
        serde_json::to_string(value).unwrap_or_default()
    }
    fn list(out: &mut String, name: &str, records: Vec<String>, last: bool) {
        out.push_str(&format!("{}:[", json(name)));
        for (i, record) in records.iter().enumerate() {
            out.push_str(if i == 0 { "\n" } else { ",\n" });
            out.push_str(record);
        }
        out.push_str(if records.is_empty() { "]" } else { "\n]" });
        out.push_str(if last { "\n" } else { ",\n" });
    }

    let referenced: BTreeSet<&str> =
        dataset.services.iter().flat_map(|s| s.sponsors.iter().map(String::as_str)).collect();
    let incubators = dataset
        .incubators
        .values()
        .map(|i| json(&IncubatorRecord { id: i.id.0.clone(), title: i.title.clone(), label: label(&i.title) }))
        .collect();
    let mut organisations: Vec<&Organisation> =
        dataset.organisations.iter().filter(|o| referenced.contains(o.id.as_str())).collect();
    order::sort_by(&mut organisations, |a, b| a.id.cmp(&b.id));
    let organisations = organisations
        .into_iter()
        .map(|o| json(&OrganisationRecord { id: o.id.clone(), name: o.name.clone(), acronym: o.acronym.clone() }))
        .collect();
    let services = dataset
        .services
        .iter()
        .map(|s| {
            json(&ServiceRecord {
                id: s.id.0.clone(),
                name: s.name.clone(),
                pitch: s.pitch.clone(),
                // Only web addresses are ever shown.
                link: s.link.as_deref().and_then(super::listing::web_address).map(str::to_owned),
                incubators: s.incubators.iter().map(|i| i.0.clone()).collect(),
                sponsors: s.sponsors.clone(),
                phases: s.phases.iter().map(|p| (p.phase.name().to_owned(), p.start)).collect(),
            })
        })
        .collect();
    let promotions = dataset
        .fast_promotions
        .iter()
        .map(|p| json(&PromotionRecord { number: p.number, title: p.title.clone(), month: p.month }))
        .collect();
    let mut awards: Vec<&FastAward> = dataset.fast_awards.iter().collect();
    order::sort_by(&mut awards, |a, b| {
        (&a.service, a.promotion, a.event_date).cmp(&(&b.service, b.promotion, b.event_date))
    });
    let awards = awards
        .into_iter()
        .map(|a| {
            json(&AwardRecord {
                service: a.service.0.clone(),
                promotion: a.promotion,
                amount_eur: a.amount_eur,
                event_date: a.event_date,
            })
        })
        .collect();

    let mut out = String::from("{");
    out.push_str(&format!("\"format\":{FORMAT},\n"));
    out.push_str(&format!("\"source\":{},\n", json(source)));
    out.push_str(&format!("\"report\":{},\n", json(&ReportRecord::of(&dataset.report))));
    list(&mut out, "incubators", incubators, false);
    list(&mut out, "organisations", organisations, false);
    list(&mut out, "services", services, false);
    out.push_str(&format!("\"fast\":{{\"source\":{},\n", json(&dataset.fast_source)));
    list(&mut out, "promotions", promotions, false);
    list(&mut out, "awards", awards, true);
    out.push_str("}}\n");
    out
}

// ---------------------------------------------------------------------------------------------
// Reading

/// Reads a compact file. Fails only when the file as a whole cannot be used (not JSON, not this
/// format, a newer format); a bad record is skipped and reported.
pub fn read(text: &str) -> Result<Compact, LoadError> {
    Ok(Reader::new(text)?.finish())
}

/// Reads the compact file the page's reader of published files wrote ([`super::transfer`]): its
/// report is that of the published files alone (the page's own reading of it, clean by
/// construction, is not reported).
pub fn read_from_reader(text: &str) -> Result<Compact, LoadError> {
    Ok(Reader::from_reader(text)?.finish())
}

/// A compact file being read, services a batch at a time, so that a browser can breathe
/// between batches of a large file ([`read`] does it all at once).
pub struct Reader<'a> {
    services_raw: Vec<&'a RawValue>,
    fast: Option<FastDocument<'a>>,
    /// The next service record to read.
    next: usize,
    report: LoadReport,
    source: Option<SourceInfo>,
    sections: Vec<SectionReport>,
    section: SectionReport,
    incubators: BTreeMap<IncubatorId, Incubator>,
    organisations: Vec<Organisation>,
    services: BTreeMap<ServiceId, Service>,
    /// Incubators only services mention.
    mentioned: BTreeSet<IncubatorId>,
    /// Whether the reading of this file itself is reported (not for the page's reader's answer).
    reported: bool,
}

impl<'a> Reader<'a> {
    /// Checks the file's shape and format, and reads its source, report, incubators and
    /// organisations.
    pub fn new(text: &'a str) -> Result<Reader<'a>, LoadError> {
        Reader::start(text, true)
    }

    /// As [`Reader::new`], for the compact file of the page's reader of published files.
    pub fn from_reader(text: &'a str) -> Result<Reader<'a>, LoadError> {
        Reader::start(text, false)
    }

    fn start(text: &'a str, reported: bool) -> Result<Reader<'a>, LoadError> {
        let text = text.trim_start_matches('\u{feff}');
        let document: Document =
            serde_json::from_str(text).map_err(|e| LoadError::Malformed(DataFile::Compact, read_error(text, &e)))?;
        if !(SENTENCES..=FORMAT).contains(&document.format) {
            let error = FormatError::UnsupportedFormat { found: document.format, known: FORMAT };
            return Err(LoadError::Malformed(DataFile::Compact, error));
        }

        // The report of the published files comes first; then what this file itself held.
        let mut report = document.report.and_then(|raw| read_report(document.format, raw)).unwrap_or_default();
        report.files.retain(|f| f.file != DataFile::Compact);
        if reported {
            report.files.insert(0, FileReport { file: DataFile::Compact, status: FileStatus::Read });
        }
        let source = document.source.and_then(|raw| serde_json::from_str(raw.get()).ok());

        let mut section = SectionReport::new(Section::CompactIncubators);
        let mut incubators: BTreeMap<IncubatorId, Incubator> = BTreeMap::new();
        for (index, raw) in document.incubators.iter().enumerate() {
            section.read += 1;
            let Some(record) = record::<IncubatorRecord>(&mut section, index, raw) else { continue };
            let id = IncubatorId::normalised(&record.id);
            if id.0.is_empty() || incubators.contains_key(&id) {
                let problem = if id.0.is_empty() { Problem::MissingId } else { Problem::DuplicateId };
                skip(&mut section, index, Some(&id.0), problem);
                continue;
            }
            section.kept += 1;
            let mut problems = Vec::new();
            let title = shown(&mut problems, "title", record.title);
            let title = if title.is_empty() { id.0.clone() } else { title };
            note(&mut section, index, Some(&id.0), problems);
            incubators.insert(id.clone(), Incubator { id, title, website: None });
        }
        let mut sections = vec![section];

        let mut section = SectionReport::new(Section::CompactOrganisations);
        let mut organisations: Vec<Organisation> = Vec::new();
        let mut seen_organisations: BTreeSet<String> = BTreeSet::new();
        for (index, raw) in document.organisations.iter().enumerate() {
            section.read += 1;
            let Some(record) = record::<OrganisationRecord>(&mut section, index, raw) else { continue };
            if !seen_organisations.insert(record.id.clone()) {
                skip(&mut section, index, Some(&record.id), Problem::DuplicateId);
                continue;
            }
            section.kept += 1;
            let mut problems = Vec::new();
            let name = shown(&mut problems, "name", record.name);
            let acronym = record.acronym.map(|a| shown(&mut problems, "acronym", a)).filter(|a| !a.is_empty());
            note(&mut section, index, Some(&record.id), problems);
            organisations.push(Organisation { id: record.id, name, acronym });
        }
        sections.push(section);

        Ok(Reader {
            services_raw: document.services,
            fast: document.fast,
            next: 0,
            report,
            source,
            sections,
            section: SectionReport::new(Section::CompactServices),
            incubators,
            organisations,
            services: BTreeMap::new(),
            mentioned: BTreeSet::new(),
            reported,
        })
    }

    /// How many services are read, of how many.
    pub fn progress(&self) -> (usize, usize) {
        (self.next, self.services_raw.len())
    }

    /// Reads up to `count` more services; true once every service is read.
    pub fn read_services(&mut self, count: usize) -> bool {
        let end = self.next.saturating_add(count).min(self.services_raw.len());
        for index in self.next..end {
            self.read_service(index);
        }
        self.next = end;
        self.next == self.services_raw.len()
    }

    fn read_service(&mut self, index: usize) {
        let raw = self.services_raw[index];
        let section = &mut self.section;
        section.read += 1;
        let Some(record) = record::<ServiceRecord>(section, index, raw) else { return };
        let id = ServiceId(record.id.trim().to_owned());
        if id.0.is_empty() || self.services.contains_key(&id) {
            let problem = if id.0.is_empty() { Problem::MissingId } else { Problem::DuplicateId };
            skip(section, index, Some(&id.0), problem);
            return;
        }
        let mut problems = Vec::new();
        let mut phases: Vec<PhaseSpan> = record
            .phases
            .into_iter()
            .map(|(name, start)| {
                let phase = Phase::from_name(&name);
                if !phase.is_known() {
                    problems.push(Problem::UnknownPhase { name });
                }
                PhaseSpan { phase, start, end: None }
            })
            .collect();
        order::sort_by(&mut phases, |a, b| a.start.cmp(&b.start).then_with(|| a.phase.cmp(&b.phase)));
        let mut service_incubators: Vec<IncubatorId> = Vec::new();
        for raw_id in &record.incubators {
            let incubator = IncubatorId::normalised(raw_id);
            // An empty or repeated id adds nothing; the service is kept with the others.
            if incubator.0.is_empty() || service_incubators.contains(&incubator) {
                continue;
            }
            if !self.incubators.contains_key(&incubator) && self.mentioned.insert(incubator.clone()) {
                problems.push(Problem::UnknownIncubator { id: incubator.clone() });
            }
            service_incubators.push(incubator);
        }
        let link = record.link.filter(|l| super::listing::web_address(l).is_some());
        section.kept += 1;
        let name = Some(shown(&mut problems, "name", record.name)).filter(|n| !n.is_empty());
        let name = name.unwrap_or_else(|| id.0.clone());
        let pitch = shown(&mut problems, "pitch", record.pitch);
        note(section, index, Some(&id.0), problems);
        self.services.insert(
            id.clone(),
            Service { id, name, pitch, link, incubators: service_incubators, phases, sponsors: record.sponsors },
        );
    }

    /// Reads what is left, then FAST, and hands the dataset over.
    pub fn finish(mut self) -> Compact {
        self.read_services(usize::MAX);
        let Reader {
            fast,
            mut report,
            source,
            mut sections,
            section,
            mut incubators,
            organisations,
            services,
            mentioned,
            reported,
            ..
        } = self;
        sections.push(section);
        for id in mentioned {
            incubators.insert(id.clone(), Incubator { title: id.0.clone(), id, website: None });
        }
        let services: Vec<Service> = services.into_values().collect();

        let (fast_source, promotion_items, award_items) = match fast {
            Some(fast) => (fast.source, fast.promotions, fast.awards),
            None => (FastSource::File, Vec::new(), Vec::new()),
        };
        let mut section = SectionReport::new(Section::CompactFastPromotions);
        let mut fast_promotions: Vec<FastPromotion> = Vec::new();
        for (index, raw) in promotion_items.iter().enumerate() {
            section.read += 1;
            let Some(record) = record::<PromotionRecord>(&mut section, index, raw) else { continue };
            if fast_promotions.iter().any(|p| p.number == record.number) {
                skip(&mut section, index, Some(&record.number.to_string()), Problem::DuplicateId);
                continue;
            }
            section.kept += 1;
            fast_promotions.push(FastPromotion { number: record.number, title: record.title, month: record.month });
        }
        order::sort_by_key(&mut fast_promotions, |p| p.number);
        sections.push(section);

        let mut section = SectionReport::new(Section::CompactFastAwards);
        let mut fast_awards: Vec<FastAward> = Vec::new();
        let mut seen_awards: BTreeSet<(ServiceId, Option<u32>, Option<Date>)> = BTreeSet::new();
        for (index, raw) in award_items.iter().enumerate() {
            section.read += 1;
            let Some(record) = record::<AwardRecord>(&mut section, index, raw) else { continue };
            let service = ServiceId(record.service);
            let amount_eur = record.amount_eur.filter(|&a| a <= super::fast_text::MAX_PLAUSIBLE_EUR);
            let award = FastAward { service, promotion: record.promotion, amount_eur, event_date: record.event_date };
            if !seen_awards.insert((award.service.clone(), award.promotion, award.event_date)) {
                skip(&mut section, index, Some(&award.service.0), Problem::DuplicateId);
                continue;
            }
            let mut problems = Vec::new();
            if services.binary_search_by(|s| s.id.cmp(&award.service)).is_err() {
                problems.push(Problem::UnknownService { id: award.service.0.clone() });
            }
            if record.amount_eur != amount_eur {
                problems.push(Problem::UnknownAmount { text: record.amount_eur.unwrap_or_default().to_string() });
            }
            section.kept += 1;
            note(&mut section, index, Some(&award.service.0), problems);
            fast_awards.push(award);
        }
        sections.push(section);

        // The reader's answer was written from records already read: only a problem is news.
        report.sections.extend(sections.into_iter().filter(|s| reported || !s.issues.is_empty()));
        let dataset =
            Dataset { services, incubators, organisations, fast_promotions, fast_awards, fast_source, report };
        Compact { dataset, source }
    }
}

/// A text shown to readers, without bidi controls and zero-width characters (noted when removed).
fn shown(problems: &mut Vec<Problem>, field: &str, text: String) -> String {
    match super::json::without_hidden(&text) {
        Some(cleaned) => {
            problems.push(Problem::HiddenCharacters { field: field.to_owned() });
            cleaned.trim().to_owned()
        }
        None => text,
    }
}

/// Reads one record; a record that is not of the expected shape is skipped and noted.
fn record<'a, T: Deserialize<'a>>(section: &mut SectionReport, index: usize, raw: &'a RawValue) -> Option<T> {
    match serde_json::from_str(raw.get()) {
        Ok(record) => Some(record),
        Err(error) => {
            let id = super::json::record_id(raw);
            let problem = if raw.get().starts_with('{') {
                Problem::Unreadable { error: read_error(raw.get(), &error) }
            } else {
                Problem::NotAnObject { found: super::json::kind_of_raw(raw.get()) }
            };
            skip(section, index, id.as_deref(), problem);
            None
        }
    }
}

/// A syntax error where the file is not JSON; a shape error (`FormatError::Field`) where it is
/// JSON of another shape.
fn read_error(text: &str, error: &serde_json::Error) -> FormatError {
    if error.classify() == serde_json::error::Category::Data && serde_json::from_str::<&RawValue>(text).is_ok() {
        FormatError::Field { detail: error.to_string() }
    } else {
        FormatError::of_text(text, error)
    }
}

fn note(section: &mut SectionReport, index: usize, id: Option<&str>, problems: Vec<Problem>) {
    section.issues.extend(problems.into_iter().map(|problem| RecordIssue {
        index,
        id: id.map(str::to_owned),
        outcome: Outcome::Kept,
        problem,
    }));
}

fn skip(section: &mut SectionReport, index: usize, id: Option<&str>, problem: Problem) {
    section.issues.push(RecordIssue { index, id: id.map(str::to_owned), outcome: Outcome::Skipped, problem });
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(|_| serde::de::Error::custom(format!("not a YYYY-MM-DD date: {text}")))
    }
}

impl Serialize for YearMonth {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for YearMonth {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<YearMonth, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(|_| serde::de::Error::custom(format!("not a YYYY-MM month: {text}")))
    }
}
