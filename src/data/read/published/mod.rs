//! From the published files' text to a [`Dataset`] and its [`LoadReport`].
//!
//! Copes with the API versions v2.5, v2.6 and v2.7 (they differ only in optional fields, in the
//! `/incubateurs/` prefix of incubator ids, and in v2.7's list of co-incubators). Every record is
//! read on its own: a bad record is skipped or repaired, and noted, never fatal.

mod fast;
pub(crate) mod fast_text;
mod incubators;
mod organisations;
mod records;
mod services;

use serde_json::value::RawValue;

pub use fast_text::MAX_PLAUSIBLE_EUR;

use crate::data::model::date::Date;
use crate::data::model::report::{
    DataFile, FetchError, FileReport, FileStatus, FormatError, JsonKind, LoadError, LoadReport, Section,
};
use crate::data::model::{Dataset, FastSource, Parts, Themes};
use crate::data::read::json;

use fast::{read_fast_events, read_fast_file};
use incubators::{IncubatorCatalogue, included_incubator, keyed_incubator};
use organisations::read_organisations;
use services::read_services;

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
pub(crate) fn plausible_years(today: Date) -> std::ops::RangeInclusive<i32> {
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
    let read = read_services(&records, &mut incubators, &years);
    let (services, fast_events) = (read.services, read.fast_events);
    let incubators = incubators.finish(&mut report);
    report.sections.insert(0, read.report);

    let organisations =
        match optional_file(&mut report, DataFile::Organisations, &texts.organisations, organisation_items) {
            Some(items) => read_organisations(&items, &mut report),
            None => Vec::new(),
        };
    let mut published = read.published;
    published.ministries = organisations.iter().any(|o| o.ministry.is_some());

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

    let parts =
        Parts { services, incubators, organisations, fast_promotions, fast_awards, fast_source, published, report };
    Ok(Dataset::new(parts, Themes::Spellings(&read.theme_spellings)))
}

/// The organisations, each with the key it is filed under when the file is an object keyed by id
/// (v2.5's `sponsors.json`), or without (`organisations.json`, a list).
fn organisation_items<'a>(text: &'a str, path: &str) -> Result<Vec<(Option<String>, &'a RawValue)>, FormatError> {
    match json::top_array(text, path) {
        Ok(items) => Ok(items.into_iter().map(|raw| (None, raw)).collect()),
        Err(error) => match json::top_object(text, path) {
            // Only an object of records: anything else is the list that was expected, missing.
            Ok(members)
                if !members.0.is_empty()
                    && members.0.iter().all(|(_, raw)| raw.get().trim_start().starts_with('{')) =>
            {
                Ok(members.0.iter().map(|(id, raw)| (Some(id.to_string()), *raw)).collect())
            }
            _ => Err(error),
        },
    }
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
