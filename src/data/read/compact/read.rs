//! Reading a compact file, leniently: a bad record is skipped and reported.

use crate::data::order;
use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashSet;
use serde::Deserialize;
use serde_json::value::RawValue;

use super::records::{
    AwardRecord, FORMAT, IncubatorRecord, LINK_BUDGET, LINK_IMPACT, LINK_REPOSITORY, LINK_STATS, OrganisationRecord,
    PromotionRecord, SENTENCES, ServiceRecord, ThemeRecord, accessibility_of, published_of,
};
use super::report::read_report;
use crate::data::model::date::Date;
use crate::data::model::ids::{IncubatorId, OrganisationId, ServiceId, ThemeId};
use crate::data::model::report::{
    DataFile, FileReport, FileStatus, FormatError, LoadError, LoadReport, Outcome, Problem, RecordIssue, Section,
    SectionReport,
};
use crate::data::model::{
    Dataset, FastAward, FastPromotion, FastSource, Incubator, Links, Organisation, Parts, Phase, PhaseSpan, Published,
    Service, Themes,
};
use crate::data::read::source::SourceInfo;

/// A compact file, read: the dataset (whose report tells of both the published files and the
/// compact file), and where it comes from (with the day the file was written).
#[derive(Debug)]
pub struct Compact {
    pub dataset: Dataset,
    pub source: Option<SourceInfo>,
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
    /// Format 3: which optional fields the source published (absent: none).
    #[serde(default)]
    published: Vec<String>,
    /// Format 3: each theme's key and label.
    #[serde(default, borrow)]
    themes: Vec<&'a RawValue>,
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

/// Reads a compact file. Fails only when the file as a whole cannot be used (not JSON, not this
/// format, a newer format); a bad record is skipped and reported.
pub fn read(text: &str) -> Result<Compact, LoadError> {
    Ok(Reader::new(text)?.finish())
}

/// Reads the compact file the page's reader of published files wrote ([`crate::data::read::transfer`]): its
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
    themes: BTreeMap<ThemeId, String>,
    published: Published,
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
            let owner = record.owner.map(|o| OrganisationId::normalised(&o)).filter(|o| !o.0.is_empty());
            incubators.insert(id.clone(), Incubator { id, title, website: None, owner });
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
            let ministry = record.ministry.map(|m| m.trim().to_owned()).filter(|m| !m.is_empty());
            organisations.push(Organisation { id: OrganisationId(record.id), name, acronym, ministry });
        }
        sections.push(section);

        // Themes are few and written by this code: one that cannot be read is left out (its
        // services show its key).
        let mut themes: BTreeMap<ThemeId, String> = BTreeMap::new();
        for raw in &document.themes {
            if let Ok(record) = serde_json::from_str::<ThemeRecord>(raw.get()) {
                let mut problems = Vec::new();
                let label = shown(&mut problems, "label", record.label).trim().to_owned();
                let key = record.key.trim().to_owned();
                if !key.is_empty() {
                    let label = if label.is_empty() { key.clone() } else { label };
                    themes.entry(ThemeId(key)).or_insert(label);
                }
            }
        }

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
            themes,
            published: published_of(&document.published),
            services: BTreeMap::new(),
            mentioned: BTreeSet::new(),
            reported,
        })
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
        let link = record.link.filter(|l| crate::data::web_address(l).is_some());
        section.kept += 1;
        let name = Some(shown(&mut problems, "name", record.name)).filter(|n| !n.is_empty());
        let name = name.unwrap_or_else(|| id.0.clone());
        let pitch = shown(&mut problems, "pitch", record.pitch);
        note(section, index, Some(&id.0), problems);
        let mut themes: Vec<ThemeId> =
            record.themes.iter().map(|t| ThemeId(t.trim().to_owned())).filter(|t| !t.0.is_empty()).collect();
        order::sort(&mut themes);
        themes.dedup();
        let has = |name: &str| record.links.iter().any(|l| l == name);
        let links = Links {
            stats: has(LINK_STATS),
            budget: has(LINK_BUDGET),
            impact: has(LINK_IMPACT),
            repository: has(LINK_REPOSITORY),
        };
        let accessibility = record.accessibility.as_deref().map(accessibility_of).unwrap_or_default();
        self.services.insert(
            id.clone(),
            Service {
                id,
                name,
                pitch,
                link,
                incubators: service_incubators,
                phases,
                sponsors: record.sponsors.into_iter().map(OrganisationId).collect(),
                ministries: Vec::new(),
                themes,
                links,
                accessibility,
            },
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
            mut themes,
            published,
            services,
            mentioned,
            reported,
            ..
        } = self;
        sections.push(section);
        for id in mentioned {
            incubators.insert(id.clone(), Incubator { title: id.0.clone(), id, website: None, owner: None });
        }
        let services: Vec<Service> = services.into_values().collect();
        // A theme of a service missing from the table is labelled by its key; a theme no service
        // has is left out. (One pass over the services, each theme found by hash: a look through
        // every service for each theme took a quarter of this task on 100× the data.)
        let used: FxHashSet<&ThemeId> = services.iter().flat_map(|s| &s.themes).collect();
        for &theme in &used {
            if !themes.contains_key(theme) {
                themes.insert(theme.clone(), theme.0.clone());
            }
        }
        themes.retain(|key, _| used.contains(key));

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
            let amount_eur =
                record.amount_eur.filter(|&a| a <= crate::data::read::published::fast_text::MAX_PLAUSIBLE_EUR);
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
        let parts =
            Parts { services, incubators, organisations, fast_promotions, fast_awards, fast_source, published, report };
        Compact { dataset: Dataset::new(parts, Themes::Labels(themes)), source }
    }
}

/// A text shown to readers, without bidi controls and zero-width characters (noted when removed).
fn shown(problems: &mut Vec<Problem>, field: &str, text: String) -> String {
    match crate::data::read::json::without_hidden(&text) {
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
            let id = crate::data::read::json::record_id(raw);
            let problem = if raw.get().starts_with('{') {
                Problem::Unreadable { error: read_error(raw.get(), &error) }
            } else {
                Problem::NotAnObject { found: crate::data::read::json::kind_of_raw(raw.get()) }
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
