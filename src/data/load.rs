//! From the published files' text to a [`Dataset`] and its [`LoadReport`].
//!
//! Copes with the API versions v2.5, v2.6 and v2.7 (they differ only in optional fields, in the
//! `/incubateurs/` prefix of incubator ids, and in v2.7's list of co-incubators). Every record is
//! read on its own: a bad record is skipped or repaired, and noted, never fatal.

use crate::data::order;
use std::collections::{BTreeMap, BTreeSet};

use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::date::{Date, YearMonth};
use super::fast_text::{parse_amount, parse_fast_comment, plausible_euros};
use super::ids::{IncubatorId, ServiceId};
use super::json::{self, Fields, value_text};
use super::model::{Dataset, FastAward, FastPromotion, FastSource, Incubator, Organisation, Phase, PhaseSpan, Service};
use super::report::{
    DataFile, FetchError, FileReport, FileStatus, FormatError, JsonKind, LoadError, LoadReport, Outcome, Problem,
    RecordIssue, Section, SectionReport,
};

/// The text of each published file, or why it could not be fetched.
#[derive(Debug, Clone)]
pub struct SourceTexts<'a> {
    pub startups: Result<&'a str, FetchError>,
    pub incubators: Result<&'a str, FetchError>,
    pub organisations: Result<&'a str, FetchError>,
    pub fast: Result<&'a str, FetchError>,
    /// The day the files are read: dates more than [`YEARS_AHEAD`] years after it are not plausible.
    pub today: Date,
}

/// No date of the data is before this year (beta.gouv.fr began in 2013): `0001-01-01` is a typo.
pub const FIRST_PLAUSIBLE_YEAR: i32 = 2010;
/// Phases are planned ahead, but not by more than this many years.
pub const YEARS_AHEAD: i32 = 5;

/// The years a date of the data can plausibly be in, read on `today`.
pub fn plausible_years(today: Date) -> std::ops::RangeInclusive<i32> {
    FIRST_PLAUSIBLE_YEAR..=today.year() + YEARS_AHEAD
}

/// Reads the published files. Fails only when `startups.json` cannot be used at all.
///
/// Each file is read one level deep, and each record on its own ([`json::record`]): memory holds
/// the text and one record's tree at a time, and a record that cannot be read is skipped alone.
pub fn load(texts: &SourceTexts) -> Result<Dataset, LoadError> {
    let mut report = LoadReport::default();
    let malformed = |error| LoadError::Malformed(DataFile::Startups, error);

    let startups_text = texts.startups.as_ref().map_err(|e| LoadError::Unavailable(DataFile::Startups, e.clone()))?;
    let startups = json::top_object(startups_text, "startups.json").map_err(malformed)?;
    let records = match startups.get("data") {
        Some(raw) => json::items(raw),
        None => Err(JsonKind::Null),
    }
    .map_err(|found| malformed(shape_error("startups.json › data", JsonKind::Array, found)))?;
    report.files.push(FileReport { file: DataFile::Startups, status: FileStatus::Read });

    // Incubators: titles from incubators.json first, then from startups.json's `included`.
    let mut incubators = IncubatorCatalogue::default();
    let included = startups.get("included").and_then(|raw| json::items(raw).ok()).unwrap_or_default();
    incubators.read_section(Section::IncludedIncubators, included.iter().enumerate().map(included_incubator));
    if let Some(members) = optional_file(&mut report, DataFile::Incubators, &texts.incubators, json::top_object) {
        let items = members.0.iter().enumerate().map(|(index, (id, raw))| keyed_incubator(index, id, raw));
        incubators.read_section(Section::Incubators, items);
    }

    let years = plausible_years(texts.today);
    let (services, fast_events, services_report) = read_services(&records, &mut incubators, &years);
    let incubators = incubators.finish(&mut report);
    report.sections.insert(0, services_report);

    let organisations = match optional_file(&mut report, DataFile::Organisations, &texts.organisations, json::top_array)
    {
        Some(items) => read_organisations(&items, &mut report),
        None => Vec::new(),
    };

    let fast_file = optional_file(&mut report, DataFile::Fast, &texts.fast, fast_lists);
    let (fast_promotions, fast_awards, fast_source) = match fast_file {
        Some((promotions, awards)) => {
            let (promotions, awards) = read_fast_file(&promotions, &awards, &services, &years, &mut report);
            (promotions, awards, FastSource::File)
        }
        None => {
            let (promotions, awards) = read_fast_events(&fast_events, &mut report);
            (promotions, awards, FastSource::Events)
        }
    };

    Ok(Dataset { services, incubators, organisations, fast_promotions, fast_awards, fast_source, report })
}

fn shape_error(path: &'static str, expected: JsonKind, found: JsonKind) -> FormatError {
    FormatError::Shape { path: path.to_owned(), expected, found }
}

/// `fast.json`'s two lists, unparsed: an absent list is empty, one of another kind makes the
/// file unusable.
fn fast_lists<'a>(text: &'a str, path: &str) -> Result<(Vec<&'a RawValue>, Vec<&'a RawValue>), FormatError> {
    let top = json::top_object(text, path)?;
    let list = |key: &'static str, path: &'static str| match top.get(key) {
        None => Ok(Vec::new()),
        Some(raw) => json::items(raw).map_err(|found| shape_error(path, JsonKind::Array, found)),
    };
    Ok((list("promotions", "fast.json › promotions")?, list("awards", "fast.json › awards")?))
}

/// Reads an optional file with `read` and notes its status; `None` when it cannot be used.
fn optional_file<'a, T>(
    report: &mut LoadReport,
    file: DataFile,
    text: &Result<&'a str, FetchError>,
    read: impl FnOnce(&'a str, &str) -> Result<T, FormatError>,
) -> Option<T> {
    let (status, value) = match text {
        Err(error) => (FileStatus::Unavailable(error.clone()), None),
        Ok(text) => match read(text, file.file_name()) {
            Err(error) => (FileStatus::Malformed(error), None),
            Ok(value) => (FileStatus::Read, Some(value)),
        },
    };
    report.files.push(FileReport { file, status });
    value
}

/// Notes the problems of one record in its section.
fn note(section: &mut SectionReport, index: usize, id: Option<&str>, outcome: Outcome, problems: Vec<Problem>) {
    section.issues.extend(problems.into_iter().map(|problem| RecordIssue {
        index,
        id: id.map(str::to_owned),
        outcome,
        problem,
    }));
}

fn skip(section: &mut SectionReport, index: usize, id: Option<&str>, problem: Problem) {
    note(section, index, id, Outcome::Skipped, vec![problem]);
}

/// One record, as an object; a record that cannot be read, or is not an object, is skipped and
/// noted (with its id when it has one).
fn record_object(section: &mut SectionReport, index: usize, raw: &RawValue) -> Option<Map<String, Value>> {
    match json::record(raw) {
        Ok(Value::Object(map)) => Some(map),
        Ok(other) => {
            skip(section, index, None, Problem::NotAnObject { found: JsonKind::of(&other) });
            None
        }
        Err(problem) => {
            skip(section, index, json::record_id(raw).as_deref(), problem);
            None
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Incubators

/// An incubator record as read from one list, before merging.
struct IncubatorRecord {
    index: usize,
    /// What names the record where its id cannot be read (a key, or an `id` seen unparsed).
    label: Option<String>,
    id: Result<IncubatorId, Problem>,
    title: Option<String>,
    website: Option<String>,
    problems: Vec<Problem>,
}

/// An incubator record that could not be read at all.
fn unread_incubator(index: usize, label: Option<String>, problem: Problem) -> IncubatorRecord {
    IncubatorRecord { index, label, id: Err(problem), title: None, website: None, problems: vec![] }
}

fn included_incubator((index, raw): (usize, &&RawValue)) -> IncubatorRecord {
    let value = match json::record(raw) {
        Ok(value) => value,
        Err(problem) => return unread_incubator(index, json::record_id(raw), problem),
    };
    let Value::Object(map) = &value else {
        return unread_incubator(index, None, Problem::NotAnObject { found: JsonKind::of(&value) });
    };
    let mut fields = Fields::new(map);
    let id = fields.required_text("id").map(IncubatorId::normalised);
    let (title, website) = match fields.object("attributes") {
        Some(attributes) => {
            let mut attributes = Fields::nested(attributes, "attributes.".into());
            let title = attributes.shown_text("title");
            let website = attributes.text("website").map(str::to_owned);
            fields.problems.append(&mut attributes.problems);
            (title, website)
        }
        None => (None, None),
    };
    let id = id.ok_or(Problem::MissingId);
    IncubatorRecord { index, label: None, id, title, website, problems: fields.take_problems() }
}

fn keyed_incubator(index: usize, key: &str, raw: &RawValue) -> IncubatorRecord {
    let id = IncubatorId::normalised(key);
    if id.0.is_empty() {
        return unread_incubator(index, None, Problem::MissingId);
    }
    let label = Some(id.0.clone());
    let value = match json::record(raw) {
        Ok(value) => value,
        Err(problem) => return unread_incubator(index, label, problem),
    };
    let Value::Object(map) = &value else {
        return unread_incubator(index, label, Problem::NotAnObject { found: JsonKind::of(&value) });
    };
    let mut fields = Fields::new(map);
    let title = fields.shown_text("title");
    let website = fields.text("website").map(str::to_owned);
    IncubatorRecord { index, label: None, id: Ok(id), title, website, problems: fields.take_problems() }
}

/// Incubators gathered from every list that describes them.
#[derive(Default)]
struct IncubatorCatalogue {
    known: BTreeMap<IncubatorId, Incubator>,
    /// Where each incubator was first read, to note a missing title there.
    first_seen: BTreeMap<IncubatorId, (Section, usize)>,
    sections: Vec<SectionReport>,
    /// Ids only services mention.
    mentioned: BTreeSet<IncubatorId>,
}

impl IncubatorCatalogue {
    fn read_section(&mut self, section: Section, records: impl Iterator<Item = IncubatorRecord>) {
        let mut report = SectionReport::new(section);
        let mut seen_here = BTreeSet::new();
        for record in records {
            report.read += 1;
            let id = match record.id {
                Ok(id) => id,
                Err(problem) => {
                    skip(&mut report, record.index, record.label.as_deref(), problem);
                    continue;
                }
            };
            if !seen_here.insert(id.clone()) {
                skip(&mut report, record.index, Some(&id.0), Problem::DuplicateId);
                continue;
            }
            report.kept += 1;
            note(&mut report, record.index, Some(&id.0), Outcome::Kept, record.problems);
            self.first_seen.entry(id.clone()).or_insert((section, record.index));
            let entry = self.known.entry(id.clone()).or_insert_with(|| Incubator {
                id: id.clone(),
                title: String::new(),
                website: None,
            });
            // incubators.json, read after `included`, has the last word.
            if let Some(title) = record.title
                && (section == Section::Incubators || entry.title.is_empty())
            {
                entry.title = title;
            }
            if record.website.is_some() && (section == Section::Incubators || entry.website.is_none()) {
                entry.website = record.website;
            }
        }
        self.sections.push(report);
    }

    /// Whether any list describes this incubator; remembers ids only services mention.
    fn check(&mut self, id: &IncubatorId) -> bool {
        if self.known.contains_key(id) {
            return true;
        }
        self.mentioned.insert(id.clone());
        false
    }

    /// Fills missing titles with ids (noted where the incubator was read), adds the incubators
    /// only services mention, and puts the section reports in `report`.
    fn finish(mut self, report: &mut LoadReport) -> BTreeMap<IncubatorId, Incubator> {
        for (id, incubator) in self.known.iter_mut() {
            if incubator.title.is_empty() {
                incubator.title = id.0.clone();
                if let Some(&(section, index)) = self.first_seen.get(id)
                    && let Some(section_report) = self.sections.iter_mut().find(|s| s.section == section)
                {
                    note(section_report, index, Some(&id.0), Outcome::Kept, vec![Problem::NoTitle]);
                }
            }
        }
        for id in self.mentioned {
            let title = id.0.clone();
            self.known.insert(id.clone(), Incubator { id, title, website: None });
        }
        report.sections.append(&mut self.sections);
        self.known
    }
}

// ---------------------------------------------------------------------------------------------
// Services

/// A `fast` event, kept to read awards from when `fast.json` is not available.
struct FastEvent {
    service: ServiceId,
    date: Option<Date>,
    comment: String,
}

fn read_services(
    records: &[&RawValue],
    incubators: &mut IncubatorCatalogue,
    years: &Years,
) -> (Vec<Service>, Vec<FastEvent>, SectionReport) {
    let mut report = SectionReport::new(Section::Services);
    let mut services: BTreeMap<ServiceId, Service> = BTreeMap::new();
    let mut fast_events = Vec::new();
    for (index, raw) in records.iter().enumerate() {
        report.read += 1;
        let Some(map) = record_object(&mut report, index, raw) else { continue };
        let mut fields = Fields::new(&map);
        let Some(id) = fields.text("id") else {
            let problem = match fields.take_problems().pop() {
                Some(wrong_type) => wrong_type,
                None => Problem::MissingId,
            };
            skip(&mut report, index, None, problem);
            continue;
        };
        let id = ServiceId(id.to_owned());
        if services.contains_key(&id) {
            skip(&mut report, index, Some(&id.0), Problem::DuplicateId);
            continue;
        }
        let (service, mut events) = read_service(id, &mut fields, incubators, years);
        report.kept += 1;
        note(&mut report, index, Some(&service.id.0), Outcome::Kept, fields.take_problems());
        fast_events.append(&mut events);
        services.insert(service.id.clone(), service);
    }
    (services.into_values().collect(), fast_events, report)
}

fn read_service(
    id: ServiceId,
    fields: &mut Fields,
    incubators: &mut IncubatorCatalogue,
    years: &Years,
) -> (Service, Vec<FastEvent>) {
    let empty = Map::new();
    let attributes_map = match fields.object("attributes") {
        Some(map) => map,
        None => {
            if fields.get("attributes").is_none() {
                fields.missing("attributes");
            }
            &empty
        }
    };
    let mut attributes = Fields::nested(attributes_map, "attributes.".into());
    let name = match attributes.required_text("name") {
        Some(name) => Some(attributes.visible("name", name)).filter(|n| !n.is_empty()),
        None => None,
    }
    .unwrap_or_else(|| id.0.clone());
    let pitch = attributes.shown_text("pitch").unwrap_or_default();
    let link = attributes.text("link").map(str::to_owned);
    let phases = read_phases(&mut attributes, years);
    let sponsors = attributes
        .array("sponsors")
        .iter()
        .filter_map(Value::as_str)
        .map(|s| s.trim().trim_start_matches("/organisations/").to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    let events = read_fast_events_of(&id, &mut attributes, years);
    fields.problems.append(&mut attributes.problems);

    let service_incubators = read_incubator_links(fields);
    for incubator in &service_incubators {
        if !incubators.check(incubator) {
            fields.problems.push(Problem::UnknownIncubator { id: incubator.clone() });
        }
    }
    if service_incubators.is_empty() {
        fields.problems.push(Problem::NoIncubator);
    }
    let service = Service { id, name, pitch, link, incubators: service_incubators, phases, sponsors };
    (service, events)
}

type Years = std::ops::RangeInclusive<i32>;

/// `date` if its year is plausible; else `None`, noted as a problem of `field`.
fn plausible(date: Option<Date>, field: String, years: &Years, problems: &mut Vec<Problem>) -> Option<Date> {
    let date = date?;
    if years.contains(&date.year()) {
        return Some(date);
    }
    problems.push(Problem::ImplausibleDate { field, text: date.to_string() });
    None
}

fn read_phases(attributes: &mut Fields, years: &Years) -> Vec<PhaseSpan> {
    let mut phases = Vec::new();
    let items = attributes.array("phases");
    for (i, item) in items.iter().enumerate() {
        let path = format!("attributes.phases[{i}]");
        let Value::Object(map) = item else {
            attributes.problems.push(Problem::WrongType {
                field: path,
                expected: JsonKind::Object,
                found: JsonKind::of(item),
            });
            continue;
        };
        let mut phase = Fields::nested(map, format!("{path}."));
        let name = phase.required_text("name");
        let start = phase.required_date("start");
        let start = plausible(start, phase.field_name("start"), years, &mut phase.problems);
        let end = phase.optional_date("end");
        let end = plausible(end, phase.field_name("end"), years, &mut phase.problems);
        attributes.problems.append(&mut phase.problems);
        let (Some(name), Some(start)) = (name, start) else { continue };
        let phase = Phase::from_name(name);
        if !phase.is_known() {
            attributes.problems.push(Problem::UnknownPhase { name: name.to_owned() });
        }
        phases.push(PhaseSpan { phase, start, end });
    }
    if phases.is_empty() {
        attributes.problems.push(Problem::NoPhase);
    }
    order::sort_by(&mut phases, |a, b| a.start.cmp(&b.start).then_with(|| a.phase.cmp(&b.phase)));
    phases
}

fn read_fast_events_of(service: &ServiceId, attributes: &mut Fields, years: &Years) -> Vec<FastEvent> {
    let mut events = Vec::new();
    for (i, item) in attributes.array("events").iter().enumerate() {
        let Value::Object(map) = item else { continue };
        let mut event = Fields::nested(map, format!("attributes.events[{i}]."));
        if event.text("name").is_none_or(|name| !name.eq_ignore_ascii_case("fast")) {
            continue;
        }
        let date = event.optional_date("date");
        let date = plausible(date, event.field_name("date"), years, &mut event.problems);
        let comment = event.text("comment").unwrap_or_default().to_owned();
        attributes.problems.append(&mut event.problems);
        events.push(FastEvent { service: service.clone(), date, comment });
    }
    events
}

/// The incubators of a service: v2.7's `incubators` list, else the single `incubator`.
fn read_incubator_links(fields: &mut Fields) -> Vec<IncubatorId> {
    let Some(relationships) = fields.object("relationships") else {
        return Vec::new();
    };
    let mut links = Fields::nested(relationships, "relationships.".into());
    let id_of = |value: &Value| -> Option<IncubatorId> {
        let id = value.get("id")?.as_str()?;
        Some(IncubatorId::normalised(id)).filter(|id| !id.0.is_empty())
    };
    let mut ids: Vec<IncubatorId> = Vec::new();
    if let Some(many) = links.object("incubators")
        && let Some(Value::Array(items)) = many.get("data")
    {
        ids.extend(items.iter().filter_map(id_of));
    }
    if ids.is_empty()
        && let Some(one) = links.object("incubator")
        && let Some(data) = one.get("data")
    {
        ids.extend(id_of(data));
    }
    fields.problems.append(&mut links.problems);
    let mut unique = Vec::with_capacity(ids.len());
    for id in ids {
        if !unique.contains(&id) {
            unique.push(id);
        }
    }
    unique
}

// ---------------------------------------------------------------------------------------------
// Organisations

fn read_organisations(items: &[&RawValue], report: &mut LoadReport) -> Vec<Organisation> {
    let mut section = SectionReport::new(Section::Organisations);
    let mut organisations: Vec<Organisation> = Vec::new();
    for (index, raw) in items.iter().enumerate() {
        section.read += 1;
        let Some(map) = record_object(&mut section, index, raw) else { continue };
        let mut fields = Fields::new(&map);
        let Some(id) = fields.text("id") else {
            skip(&mut section, index, None, Problem::MissingId);
            continue;
        };
        if organisations.iter().any(|o| o.id == id) {
            skip(&mut section, index, Some(id), Problem::DuplicateId);
            continue;
        }
        // Unescaped first: `&#8238;` is a hidden character too.
        let name = match fields.required_text("name") {
            Some(name) => Some(fields.visible("name", &unescape_html(name))).filter(|n| !n.is_empty()),
            None => None,
        }
        .unwrap_or_else(|| id.to_owned());
        let acronym =
            fields.text("acronym").map(unescape_html).map(|a| fields.visible("acronym", &a)).filter(|a| !a.is_empty());
        section.kept += 1;
        note(&mut section, index, Some(id), Outcome::Kept, fields.take_problems());
        organisations.push(Organisation { id: id.to_owned(), name, acronym });
    }
    report.sections.push(section);
    organisations
}

/// Undoes the HTML escaping of `organisations.json` (`Préfecture de l&#39;Ain`).
pub fn unescape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest.find(';').filter(|&semi| semi <= 10).and_then(|semi| {
            let entity = &rest[1..semi];
            let c = match entity {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => entity
                    .strip_prefix("#x")
                    .or_else(|| entity.strip_prefix("#X"))
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .or_else(|| entity.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, semi))
        });
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

// ---------------------------------------------------------------------------------------------
// FAST

fn read_fast_file(
    promotion_items: &[&RawValue],
    award_items: &[&RawValue],
    services: &[Service],
    years: &Years,
    report: &mut LoadReport,
) -> (Vec<FastPromotion>, Vec<FastAward>) {
    let mut section = SectionReport::new(Section::FastPromotions);
    let mut promotions: Vec<FastPromotion> = Vec::new();
    for (index, raw) in promotion_items.iter().enumerate() {
        section.read += 1;
        let Some(map) = record_object(&mut section, index, raw) else { continue };
        let mut fields = Fields::new(&map);
        let number = fields.whole_number("promotion").and_then(|n| u32::try_from(n).ok()).filter(|&n| n > 0);
        let Some(number) = number else {
            let problem = fields.take_problems().pop().unwrap_or(Problem::MissingField { field: "promotion".into() });
            skip(&mut section, index, None, problem);
            continue;
        };
        let id = number.to_string();
        if promotions.iter().any(|p| p.number == number) {
            skip(&mut section, index, Some(&id), Problem::DuplicateId);
            continue;
        }
        let title = fields.required_text("title").map(str::to_owned);
        let month = fields.required_text("month").and_then(|text| match text.parse::<YearMonth>() {
            Ok(month) => Some(month),
            Err(_) => {
                fields.problems.push(Problem::BadDate { field: "month".into(), text: text.to_owned() });
                None
            }
        });
        let month = month.filter(|month| {
            let plausible = years.contains(&month.year);
            if !plausible {
                fields.problems.push(Problem::ImplausibleDate { field: "month".into(), text: month.to_string() });
            }
            plausible
        });
        section.kept += 1;
        note(&mut section, index, Some(&id), Outcome::Kept, fields.take_problems());
        promotions.push(FastPromotion { number, title, month });
    }
    order::sort_by_key(&mut promotions, |p| p.number);
    report.sections.push(section);

    let mut section = SectionReport::new(Section::FastAwards);
    let mut awards = Vec::new();
    for (index, raw) in award_items.iter().enumerate() {
        section.read += 1;
        let Some(map) = record_object(&mut section, index, raw) else { continue };
        let mut fields = Fields::new(&map);
        let Some(service) = fields.required_text("startup") else {
            let problem = fields.take_problems().pop().unwrap_or(Problem::MissingId);
            skip(&mut section, index, None, problem);
            continue;
        };
        let service = ServiceId(service.to_owned());
        if services.binary_search_by(|s| s.id.cmp(&service)).is_err() {
            fields.problems.push(Problem::UnknownService { id: service.0.clone() });
        }
        let promotion = if fields.get("promotion").is_some() {
            fields.whole_number("promotion").and_then(|n| u32::try_from(n).ok())
        } else {
            fields.problems.push(Problem::NoPromotion { text: String::new() });
            None
        };
        // A repeat is the same service in the same promotion, however the number is written
        // (`13` or `"13"`).
        if awards.iter().any(|a: &FastAward| a.service == service && a.promotion == promotion) {
            skip(&mut section, index, Some(&service.0), Problem::DuplicateId);
            continue;
        }
        if let Some(number) = promotion
            && !promotions.iter().any(|p| p.number == number)
        {
            fields.problems.push(Problem::UnknownPromotion { number });
        }
        let amount_eur = match fields.get("amount_eur") {
            None => None,
            Some(Value::Number(n)) => n.as_f64().and_then(plausible_euros),
            Some(Value::String(text)) => parse_amount(text),
            Some(_) => None,
        };
        if amount_eur.is_none() {
            let text = fields.get("amount_eur").map(value_text).unwrap_or_default();
            fields.problems.push(Problem::UnknownAmount { text });
        }
        section.kept += 1;
        note(&mut section, index, Some(&service.0), Outcome::Kept, fields.take_problems());
        awards.push(FastAward { service, promotion, amount_eur, event_date: None });
    }
    report.sections.push(section);
    (promotions, awards)
}

/// Without `fast.json`: one award per `fast` event, read from its French free text. The
/// promotions are those the texts name; their month is unknown.
fn read_fast_events(events: &[FastEvent], report: &mut LoadReport) -> (Vec<FastPromotion>, Vec<FastAward>) {
    let mut section = SectionReport::new(Section::FastEvents);
    let mut awards = Vec::new();
    for (index, event) in events.iter().enumerate() {
        section.read += 1;
        let comment = parse_fast_comment(&event.comment);
        if comment.not_an_award {
            skip(&mut section, index, Some(&event.service.0), Problem::NotAnAward { text: event.comment.clone() });
            continue;
        }
        section.kept += 1;
        let mut problems = Vec::new();
        if comment.ambiguous {
            problems.push(Problem::AmbiguousText { text: event.comment.clone() });
        }
        if comment.amount_eur.is_none() {
            problems.push(Problem::UnknownAmount { text: event.comment.clone() });
        }
        if comment.promotion.is_none() {
            problems.push(Problem::NoPromotion { text: event.comment.clone() });
        }
        note(&mut section, index, Some(&event.service.0), Outcome::Kept, problems);
        awards.push(FastAward {
            service: event.service.clone(),
            promotion: comment.promotion,
            amount_eur: comment.amount_eur,
            event_date: event.date,
        });
    }
    report.sections.push(section);
    let numbers: BTreeSet<u32> = awards.iter().filter_map(|a| a.promotion).collect();
    let promotions = numbers.into_iter().map(|number| FastPromotion { number, title: None, month: None }).collect();
    (promotions, awards)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_entities_are_decoded() {
        assert_eq!(unescape_html("Préfecture de l&#39;Ain"), "Préfecture de l'Ain");
        assert_eq!(unescape_html("A &amp; B &lt;C&gt; &#x27;x&#X27;"), "A & B <C> 'x'");
        assert_eq!(unescape_html("fish & chips; &unknown; &"), "fish & chips; &unknown; &");
    }
}
