//! The load report: what was read, kept, repaired and skipped, and why — so nothing is dropped
//! silently. French wording lives in `crate::text`. The compact file carries it as data
//! (`crate::data::read::compact`): files, sections and records keep their serde names there, problems are
//! written as a code and their fields (`crate::data::read::compact::coded`), worded only when shown.

use crate::data::order;
use serde::{Deserialize, Serialize};

use crate::data::model::ids::IncubatorId;

/// A file of the published data, or the compact file made from them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DataFile {
    Startups,
    Incubators,
    Organisations,
    Fast,
    /// The compact dataset (`tableau-de-bord.json`).
    Compact,
}

impl DataFile {
    /// The file's name: the published files' as beta.gouv.fr names them, the compact file's
    /// under `data/`.
    pub const fn file_name(self) -> &'static str {
        match self {
            DataFile::Startups => "startups.json",
            DataFile::Incubators => "incubators.json",
            DataFile::Organisations => "organisations.json",
            DataFile::Fast => "fast.json",
            DataFile::Compact => "tableau-de-bord.json",
        }
    }
}

/// A list of records within a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Section {
    /// `startups.json` › `data`
    Services,
    /// `startups.json` › `included`
    IncludedIncubators,
    /// `incubators.json`
    Incubators,
    /// `organisations.json`
    Organisations,
    /// `fast.json` › `promotions`
    FastPromotions,
    /// `fast.json` › `awards`
    FastAwards,
    /// the `fast` events of `startups.json`, read when `fast.json` is not available
    FastEvents,
    /// The lists of the compact file.
    CompactIncubators,
    CompactOrganisations,
    CompactServices,
    CompactFastPromotions,
    CompactFastAwards,
}

/// Why a file could not be fetched (filled in by the browser shell).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// The server answered with this HTTP status (404…).
    Status(u16),
    /// No answer: network down, CORS refusal, unreachable host. The browser's own words.
    Network(String),
    /// No complete answer within this many seconds.
    Timeout(u32),
    /// The answer began, then stopped before the end of the file (the connection was cut, or
    /// fewer bytes came than announced). The browser's own words.
    Interrupted(String),
    /// Still on its way (an optional file, while the page already shows the rest).
    Pending,
    /// Larger than a browser tab can read safely: its size and the limit, in bytes.
    TooLarge { bytes: u64, limit: u64 },
}

/// The largest file the page reads (the 100× synthetic compact file is 22 MB). Reading takes
/// several times a file's size in memory: a larger one would exhaust a phone's tab.
pub const MAX_FILE_BYTES: u64 = 50_000_000;

/// The kind of a JSON value, to say what was found where something else was expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

impl JsonKind {
    pub fn of(value: &serde_json::Value) -> JsonKind {
        use serde_json::Value;
        match value {
            Value::Null => JsonKind::Null,
            Value::Bool(_) => JsonKind::Bool,
            Value::Number(_) => JsonKind::Number,
            Value::String(_) => JsonKind::String,
            Value::Array(_) => JsonKind::Array,
            Value::Object(_) => JsonKind::Object,
        }
    }
}

/// What kind of JSON error stopped the parser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonErrorKind {
    /// The text ends before the JSON does (a truncated download).
    UnexpectedEnd,
    Syntax,
    /// A number too large for any reader (`1e400`).
    NumberOutOfRange,
    Other,
}

/// Why a file that was fetched (or a record of it) could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// Not JSON: the parser stopped here.
    Syntax { line: usize, column: usize, kind: JsonErrorKind },
    /// JSON, but not shaped like this file: the top level, or the list of records, is of another kind.
    Shape { path: String, expected: JsonKind, found: JsonKind },
    /// JSON, but a field of the compact file is missing or of another type (the parser's words).
    Field { detail: String },
    /// A compact file of a format this version of the app does not know.
    UnsupportedFormat { found: u32, known: u32 },
    /// An HTML page where JSON was expected (a wrong address answered by a site's own page).
    Html,
    /// Text in an encoding the page does not read (UTF-32), or bytes that are not text at all
    /// (a compressed file served without saying so).
    Encoding(Encoding),
}

/// What a file's bytes turned out to be, when not text the page reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf32,
    /// gzip, served without `Content-Encoding`, so the browser did not unpack it.
    Gzip,
    /// Other bytes that are not text (a NUL where text has none).
    Binary,
}

impl FormatError {
    /// The error for a text that is not the JSON expected: an HTML page is named as such, anything
    /// else by where the parser stopped.
    pub(crate) fn of_text(text: &str, error: &serde_json::Error) -> FormatError {
        let start = text.trim_start_matches('\u{feff}').trim_start();
        if start.starts_with('<') {
            FormatError::Html
        } else if start.starts_with("\u{1f}\u{fffd}\u{8}") {
            // 1F 8B 08, gzip's mark, read as text.
            FormatError::Encoding(Encoding::Gzip)
        } else if start.starts_with("\u{fffd}\u{fffd}\0\0") || start.starts_with("\0\0\u{fffd}\u{fffd}") {
            FormatError::Encoding(Encoding::Utf32)
        } else if start.chars().take(64).any(|c| c == '\0') {
            FormatError::Encoding(Encoding::Binary)
        } else {
            FormatError::from_serde(error)
        }
    }
}

impl FormatError {
    pub(crate) fn from_serde(error: &serde_json::Error) -> FormatError {
        use serde_json::error::Category;
        let kind = match error.classify() {
            // serde_json names this error only in its message.
            Category::Syntax if error.to_string().starts_with("number out of range") => JsonErrorKind::NumberOutOfRange,
            Category::Eof => JsonErrorKind::UnexpectedEnd,
            Category::Syntax => JsonErrorKind::Syntax,
            Category::Io | Category::Data => JsonErrorKind::Other,
        };
        FormatError::Syntax { line: error.line(), column: error.column(), kind }
    }
}

/// What became of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileStatus {
    Read,
    Unavailable(FetchError),
    Malformed(FormatError),
    /// What a compact file of format 1 says became of a published file, in the words it was
    /// described with when that file was written (later formats write the status itself).
    Noted(String),
}

/// A file and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileReport {
    pub file: DataFile,
    pub status: FileStatus,
}

/// What is wrong with one record. In the compact file, a code and its fields
/// (`{"code":"hidden-characters","field":"attributes.pitch"}`, `crate::data::read::compact::coded`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    NotAnObject {
        found: JsonKind,
    },
    MissingId,
    DuplicateId,
    MissingField {
        field: String,
    },
    WrongType {
        field: String,
        expected: JsonKind,
        found: JsonKind,
    },
    BadDate {
        field: String,
        text: String,
    },
    /// A date too far in the past or the future to be true (`0001-01-01`): left out.
    ImplausibleDate {
        field: String,
        text: String,
    },
    /// A phase name the data's schema does not know: kept as written, in no group.
    UnknownPhase {
        name: String,
    },
    /// No dated phase: the service is never counted as in the programme.
    NoPhase,
    /// No incubator: the service counts in the totals but under no incubator.
    NoIncubator,
    /// An incubator id that no incubator list describes: shown under its id.
    UnknownIncubator {
        id: IncubatorId,
    },
    /// No title: the id stands in for it.
    NoTitle,
    /// A FAST award for a service that `startups.json` does not have.
    UnknownService {
        id: String,
    },
    /// A FAST award in a promotion that `fast.json` does not list.
    UnknownPromotion {
        number: u32,
    },
    /// A FAST award whose amount is not given: counted as a laureate of unknown amount.
    UnknownAmount {
        text: String,
    },
    /// A FAST award whose promotion is not given: shown under "promotion inconnue".
    NoPromotion {
        text: String,
    },
    /// A `fast` event whose text names two promotions or two amounts: that part is left unknown.
    AmbiguousText {
        text: String,
    },
    /// A `fast` event whose text names no award ("Bilan du Fast"): not counted.
    NotAnAward {
        text: String,
    },
    /// A number that cannot be what it claims (negative amount, promotion 0…).
    BadNumber {
        field: String,
        text: String,
    },
    /// A record of the compact file that cannot be read as one.
    Unreadable {
        error: FormatError,
    },
    /// Bidi controls or zero-width characters, removed from a text shown to readers.
    HiddenCharacters {
        field: String,
    },
    /// A record longer than a reader could use (megabytes of JSON): skipped unread.
    TooLong {
        bytes: usize,
        limit: usize,
    },
    /// A record nested deeper than any published record: skipped unread.
    TooDeep {
        limit: usize,
    },
    /// A problem of a published file, in the words a compact file of format 1 described it with
    /// (later formats write the problem itself): shown as it is.
    Noted {
        text: String,
    },
}

/// Whether the record was kept (maybe repaired) or skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Kept,
    Skipped,
}

/// One problem of one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordIssue {
    /// Position of the record in its list (0-based).
    pub index: usize,
    /// The record's id, where it has one.
    pub id: Option<String>,
    pub outcome: Outcome,
    pub problem: Problem,
}

/// What became of the records of one section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionReport {
    pub section: Section,
    pub read: usize,
    pub kept: usize,
    pub issues: Vec<RecordIssue>,
}

impl SectionReport {
    pub fn new(section: Section) -> SectionReport {
        SectionReport { section, read: 0, kept: 0, issues: Vec::new() }
    }

    pub fn skipped(&self) -> usize {
        self.issues.iter().filter(|i| i.outcome == Outcome::Skipped).count()
    }

    /// Records kept with at least one problem noted.
    pub fn repaired(&self) -> usize {
        let mut indexes: Vec<usize> =
            self.issues.iter().filter(|i| i.outcome == Outcome::Kept).map(|i| i.index).collect();
        order::sort(&mut indexes);
        indexes.dedup();
        indexes.len()
    }

    pub fn is_clean(&self) -> bool {
        self.issues.is_empty()
    }
}

/// The whole load report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadReport {
    pub files: Vec<FileReport>,
    pub sections: Vec<SectionReport>,
}

impl LoadReport {
    pub fn is_clean(&self) -> bool {
        self.files.iter().all(|f| f.status == FileStatus::Read) && self.sections.iter().all(SectionReport::is_clean)
    }

    pub fn issue_count(&self) -> usize {
        self.sections.iter().map(|s| s.issues.len()).sum()
    }
}

/// The data cannot be shown at all: the file every figure comes from (`startups.json`, or the
/// compact file) is missing or unreadable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    Unavailable(DataFile, FetchError),
    Malformed(DataFile, FormatError),
    /// The page's reader of published files (a web worker) could not run.
    Reader(ReaderError),
}

/// Why the page's reader of published files (a web worker) gave no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReaderError {
    /// It could not read the page's request (only a page of another version sends one it cannot).
    Request,
    /// The page could not read the head of its answer (as received).
    Answer(String),
    /// Its script could not be loaded, or it stopped, and the browser said nothing more.
    Stopped,
    /// What went wrong, in the browser's words (perhaps none).
    Other(String),
}
