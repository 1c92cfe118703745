//! The load report's problems as data: a `code` and its fields,
//! `{"code":"hidden-characters","field":"attributes.pitch"}`, never their French wording, which
//! `crate::text` gives when they are shown. This is how the compact file writes what became of a
//! file and of a record (`crate::data::read::compact`), and its fields name JSON kinds, parser errors and
//! encodings as the page and its reader of published files do (`crate::data::read::transfer`).
//!
//! One flat record holds every kind, converted by hand: serde's derived readers of the report's
//! enums made the page's module 56 kB (externally tagged) to 109 kB (tagged with `code`) larger
//! after wasm-opt, this one 14 kB.

use serde::{Deserialize, Serialize};

use crate::data::model::ids::IncubatorId;
use crate::data::model::report::{Encoding, FetchError, FileStatus, FormatError, JsonErrorKind, JsonKind, Problem};

/// A problem, what became of a file, or an error, as data: its `code`, and the fields it has.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Coded {
    code: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    number: Option<u64>,
    /// A JSON kind ([`KINDS`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    expected: Option<String>,
    /// A JSON kind ([`KINDS`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    found: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
    /// A parser error's kind ([`ERROR_KINDS`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<u64>,
    /// A compact file's format, and the newest known.
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    known: Option<u64>,
    /// [`ENCODINGS`]
    #[serde(skip_serializing_if = "Option::is_none")]
    encoding: Option<String>,
    /// An HTTP status.
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    seconds: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    bytes: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<u64>,
    /// The error underneath (why a record or a file could not be read).
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<Box<Coded>>,
}

pub(crate) const KINDS: [(JsonKind, &str); 6] = [
    (JsonKind::Null, "null"),
    (JsonKind::Bool, "bool"),
    (JsonKind::Number, "number"),
    (JsonKind::String, "string"),
    (JsonKind::Array, "array"),
    (JsonKind::Object, "object"),
];
pub(crate) const ERROR_KINDS: [(JsonErrorKind, &str); 4] = [
    (JsonErrorKind::UnexpectedEnd, "end"),
    (JsonErrorKind::Syntax, "syntax"),
    (JsonErrorKind::NumberOutOfRange, "range"),
    (JsonErrorKind::Other, "other"),
];
pub(crate) const ENCODINGS: [(Encoding, &str); 3] =
    [(Encoding::Utf32, "utf-32"), (Encoding::Gzip, "gzip"), (Encoding::Binary, "binary")];

pub(crate) fn name_of<T: PartialEq + Copy>(table: &[(T, &'static str)], value: T) -> &'static str {
    table.iter().find(|(v, _)| *v == value).map_or("", |(_, name)| name)
}

pub(crate) fn value_of<T: Copy>(table: &[(T, &'static str)], name: &str) -> Option<T> {
    table.iter().find(|(_, n)| *n == name).map(|(v, _)| *v)
}

fn kind(value: JsonKind) -> Option<String> {
    Some(name_of(&KINDS, value).to_owned())
}

fn number<T: TryInto<u64>>(value: T) -> Option<u64> {
    value.try_into().ok()
}

/// A number read back into its type; none when it does not fit.
fn fit<T: TryFrom<u64>>(value: Option<u64>) -> Option<T> {
    T::try_from(value?).ok()
}

impl Coded {
    fn new(code: &str) -> Coded {
        Coded { code: code.to_owned(), ..Coded::default() }
    }

    fn kind_of(name: Option<String>) -> Option<JsonKind> {
        value_of(&KINDS, &name?)
    }

    // -----------------------------------------------------------------------------------------
    // A record's problem.

    pub(crate) fn problem(problem: &Problem) -> Coded {
        let code = Coded::new;
        let field = |f: &String| Some(f.clone());
        match problem {
            Problem::NotAnObject { found } => Coded { found: kind(*found), ..code("not-an-object") },
            Problem::MissingId => code("missing-id"),
            Problem::DuplicateId => code("duplicate-id"),
            Problem::MissingField { field: f } => Coded { field: field(f), ..code("missing-field") },
            Problem::WrongType { field: f, expected, found } => {
                Coded { field: field(f), expected: kind(*expected), found: kind(*found), ..code("wrong-type") }
            }
            Problem::BadDate { field: f, text } => Coded { field: field(f), text: field(text), ..code("bad-date") },
            Problem::ImplausibleDate { field: f, text } => {
                Coded { field: field(f), text: field(text), ..code("implausible-date") }
            }
            Problem::UnknownPhase { name } => Coded { name: field(name), ..code("unknown-phase") },
            Problem::NoPhase => code("no-phase"),
            Problem::NoIncubator => code("no-incubator"),
            Problem::UnknownIncubator { id } => Coded { id: field(&id.0), ..code("unknown-incubator") },
            Problem::NoTitle => code("no-title"),
            Problem::UnknownService { id } => Coded { id: field(id), ..code("unknown-service") },
            Problem::UnknownPromotion { number: n } => Coded { number: number(*n), ..code("unknown-promotion") },
            Problem::UnknownAmount { text } => Coded { text: field(text), ..code("unknown-amount") },
            Problem::NoPromotion { text } => Coded { text: field(text), ..code("no-promotion") },
            Problem::AmbiguousText { text } => Coded { text: field(text), ..code("ambiguous-text") },
            Problem::NotAnAward { text } => Coded { text: field(text), ..code("not-an-award") },
            Problem::BadNumber { field: f, text } => Coded { field: field(f), text: field(text), ..code("bad-number") },
            Problem::Unreadable { error } => {
                Coded { error: Some(Box::new(Coded::format_error(error))), ..code("unreadable") }
            }
            Problem::HiddenCharacters { field: f } => Coded { field: field(f), ..code("hidden-characters") },
            Problem::TooLong { bytes, limit } => {
                Coded { bytes: number(*bytes), limit: number(*limit), ..code("too-long") }
            }
            Problem::TooDeep { limit } => Coded { limit: number(*limit), ..code("too-deep") },
            Problem::Noted { text } => Coded { text: field(text), ..code("noted") },
        }
    }

    /// The problem this describes; none for a code or fields of no problem.
    pub(crate) fn into_problem(self) -> Option<Problem> {
        let c = self;
        Some(match c.code.as_str() {
            "not-an-object" => Problem::NotAnObject { found: Coded::kind_of(c.found)? },
            "missing-id" => Problem::MissingId,
            "duplicate-id" => Problem::DuplicateId,
            "missing-field" => Problem::MissingField { field: c.field? },
            "wrong-type" => Problem::WrongType {
                field: c.field?,
                expected: Coded::kind_of(c.expected)?,
                found: Coded::kind_of(c.found)?,
            },
            "bad-date" => Problem::BadDate { field: c.field?, text: c.text? },
            "implausible-date" => Problem::ImplausibleDate { field: c.field?, text: c.text? },
            "unknown-phase" => Problem::UnknownPhase { name: c.name? },
            "no-phase" => Problem::NoPhase,
            "no-incubator" => Problem::NoIncubator,
            "unknown-incubator" => Problem::UnknownIncubator { id: IncubatorId(c.id?) },
            "no-title" => Problem::NoTitle,
            "unknown-service" => Problem::UnknownService { id: c.id? },
            "unknown-promotion" => Problem::UnknownPromotion { number: fit(c.number)? },
            "unknown-amount" => Problem::UnknownAmount { text: c.text? },
            "no-promotion" => Problem::NoPromotion { text: c.text? },
            "ambiguous-text" => Problem::AmbiguousText { text: c.text? },
            "not-an-award" => Problem::NotAnAward { text: c.text? },
            "bad-number" => Problem::BadNumber { field: c.field?, text: c.text? },
            "unreadable" => Problem::Unreadable { error: c.error?.into_format_error()? },
            "hidden-characters" => Problem::HiddenCharacters { field: c.field? },
            "too-long" => Problem::TooLong { bytes: fit(c.bytes)?, limit: fit(c.limit)? },
            "too-deep" => Problem::TooDeep { limit: fit(c.limit)? },
            "noted" => Problem::Noted { text: c.text? },
            _ => return None,
        })
    }

    // -----------------------------------------------------------------------------------------
    // What became of a file: none when it was read.

    pub(crate) fn file_status(status: &FileStatus) -> Option<Coded> {
        let code = Coded::new;
        Some(match status {
            FileStatus::Read => return None,
            FileStatus::Unavailable(error) => {
                Coded { error: Some(Box::new(Coded::fetch_error(error))), ..code("unavailable") }
            }
            FileStatus::Malformed(error) => {
                Coded { error: Some(Box::new(Coded::format_error(error))), ..code("malformed") }
            }
            FileStatus::Noted(text) => Coded { text: Some(text.clone()), ..code("noted") },
        })
    }

    pub(crate) fn into_file_status(self) -> Option<FileStatus> {
        Some(match self.code.as_str() {
            "unavailable" => FileStatus::Unavailable(self.error?.into_fetch_error()?),
            "malformed" => FileStatus::Malformed(self.error?.into_format_error()?),
            "noted" => FileStatus::Noted(self.text?),
            _ => return None,
        })
    }

    // -----------------------------------------------------------------------------------------
    // The errors underneath.

    fn fetch_error(error: &FetchError) -> Coded {
        let code = Coded::new;
        match error {
            FetchError::Status(status) => Coded { status: number(*status), ..code("status") },
            FetchError::Network(words) => Coded { text: Some(words.clone()), ..code("network") },
            FetchError::Timeout(seconds) => Coded { seconds: number(*seconds), ..code("timeout") },
            FetchError::Interrupted(words) => Coded { text: Some(words.clone()), ..code("interrupted") },
            FetchError::Pending => code("pending"),
            FetchError::TooLarge { bytes, limit } => {
                Coded { bytes: Some(*bytes), limit: Some(*limit), ..code("too-large") }
            }
        }
    }

    fn into_fetch_error(self) -> Option<FetchError> {
        let c = self;
        Some(match c.code.as_str() {
            "status" => FetchError::Status(fit(c.status)?),
            "network" => FetchError::Network(c.text?),
            "timeout" => FetchError::Timeout(fit(c.seconds)?),
            "interrupted" => FetchError::Interrupted(c.text?),
            "pending" => FetchError::Pending,
            "too-large" => FetchError::TooLarge { bytes: c.bytes?, limit: c.limit? },
            _ => return None,
        })
    }

    fn format_error(error: &FormatError) -> Coded {
        let code = Coded::new;
        match error {
            FormatError::Syntax { line, column, kind } => Coded {
                line: number(*line),
                column: number(*column),
                kind: Some(name_of(&ERROR_KINDS, *kind).to_owned()),
                ..code("syntax")
            },
            FormatError::Shape { path, expected, found } => Coded {
                path: Some(path.clone()),
                expected: self::kind(*expected),
                found: self::kind(*found),
                ..code("shape")
            },
            FormatError::Field { detail } => Coded { detail: Some(detail.clone()), ..code("field") },
            FormatError::UnsupportedFormat { found, known } => {
                Coded { format: number(*found), known: number(*known), ..code("format") }
            }
            FormatError::Html => code("html"),
            FormatError::Encoding(encoding) => {
                Coded { encoding: Some(name_of(&ENCODINGS, *encoding).to_owned()), ..code("encoding") }
            }
        }
    }

    fn into_format_error(self) -> Option<FormatError> {
        let c = self;
        Some(match c.code.as_str() {
            "syntax" => FormatError::Syntax {
                line: fit(c.line)?,
                column: fit(c.column)?,
                kind: value_of(&ERROR_KINDS, &c.kind?)?,
            },
            "shape" => FormatError::Shape {
                path: c.path?,
                expected: Coded::kind_of(c.expected)?,
                found: Coded::kind_of(c.found)?,
            },
            "field" => FormatError::Field { detail: c.detail? },
            "format" => FormatError::UnsupportedFormat { found: fit(c.format)?, known: fit(c.known)? },
            "html" => FormatError::Html,
            "encoding" => FormatError::Encoding(value_of(&ENCODINGS, &c.encoding?)?),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_is_written_as_its_code_and_fields() {
        let json = |problem: &Problem| serde_json::to_string(&Coded::problem(problem)).unwrap();
        assert_eq!(
            json(&Problem::HiddenCharacters { field: "attributes.pitch".into() }),
            r#"{"code":"hidden-characters","field":"attributes.pitch"}"#
        );
        assert_eq!(json(&Problem::NoTitle), r#"{"code":"no-title"}"#);
        assert_eq!(
            json(&Problem::Unreadable {
                error: FormatError::Syntax { line: 1, column: 9, kind: JsonErrorKind::UnexpectedEnd }
            }),
            r#"{"code":"unreadable","error":{"code":"syntax","kind":"end","line":1,"column":9}}"#
        );
        let status = FileStatus::Unavailable(FetchError::Status(404));
        assert_eq!(
            serde_json::to_string(&Coded::file_status(&status)).unwrap(),
            r#"{"code":"unavailable","error":{"code":"status","status":404}}"#
        );
        assert_eq!(Coded::file_status(&FileStatus::Read), None);
    }

    #[test]
    fn a_code_or_field_of_no_problem_is_none() {
        let read = |json: &str| serde_json::from_str::<Coded>(json).unwrap().into_problem();
        assert_eq!(read(r#"{"code":"no-title"}"#), Some(Problem::NoTitle));
        assert_eq!(read(r#"{"code":"newer-problem"}"#), None);
        assert_eq!(read(r#"{"code":"missing-field"}"#), None, "a field is missing");
        assert_eq!(read(r#"{"code":"not-an-object","found":"tuple"}"#), None);
        assert_eq!(read(r#"{"code":"unknown-promotion","number":5000000000}"#), None, "beyond a u32");
        let status = |json: &str| serde_json::from_str::<Coded>(json).unwrap().into_file_status();
        assert_eq!(status(r#"{"code":"unavailable","error":{"code":"html"}}"#), None, "not a fetch error");
        assert_eq!(
            status(r#"{"code":"malformed","error":{"code":"html"}}"#),
            Some(FileStatus::Malformed(FormatError::Html))
        );
    }
}
