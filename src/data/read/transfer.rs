//! What the page and its reader of published files (a web worker, `src/bin/reader.rs`) send
//! each other. Reading beta.gouv.fr's files is only needed off the default path (`?source=` a
//! folder, or the live API): it runs in a module of its own, off the page's thread, and answers
//! with the compact file those files make — which the page reads as it reads its own.
//!
//! A message is a short head — the request's number, the day, the errors, each written as a few
//! fields (a dozen lines here, where serde's derived readers of these enums took 11 kB of the
//! page's module) — and the texts beside it, never escaped into it.

use crate::data::Date;
use crate::data::model::report::{DataFile, FetchError, FormatError, LoadError, ReaderError};
use crate::data::read::compact;
use crate::data::read::compact::coded::{ENCODINGS, ERROR_KINDS, KINDS, name_of, value_of};
use crate::data::read::published::{SourceTexts, load};
use crate::data::read::source::SourceInfo;

/// The files of a request, in this order: `startups.json`, `incubators.json`,
/// `organisations.json`, `fast.json`.
pub const FILES: usize = 4;

/// Between the fields of a head.
const FIELD: char = '\u{1e}';
/// Between the parts of an error.
const PART: char = '\u{1f}';

/// The head of request `id` for `texts`, and the texts that go beside it.
pub fn request<'a>(id: u32, texts: &SourceTexts<'a>) -> (String, [Option<&'a str>; FILES]) {
    let files = [&texts.startups, &texts.incubators, &texts.organisations, &texts.fast];
    let mut head = format!("{id}{FIELD}{}", texts.today);
    for file in files {
        head.push(FIELD);
        if let Err(error) = file {
            head.push_str(&encode_fetch(error));
        }
    }
    (head, files.map(|f| f.as_ref().ok().copied()))
}

/// The reader's work: the compact file the published `texts` make, or why they make none.
/// `label` gives an incubator's short chart name.
pub fn compact_of(texts: &SourceTexts, label: impl Fn(&str) -> String) -> Result<String, LoadError> {
    let dataset = load(texts)?;
    // The page describes the copy itself (its `source.json`, or the live API).
    let source =
        SourceInfo { label: String::new(), published: None, api: String::new(), commit: None, repository: None };
    Ok(compact::write(&dataset, &source, label))
}

/// Answers a request (its head and texts): the answer's head and the compact file.
pub fn answer(head: &str, texts: [Option<String>; FILES], label: impl Fn(&str) -> String) -> (String, String) {
    let mut fields = head.split(FIELD);
    let id = fields.next().and_then(|id| id.parse::<u32>().ok());
    let today = fields.next().and_then(|day| day.parse::<Date>().ok());
    let errors: Vec<Option<FetchError>> = fields.map(decode_fetch).collect();
    let (Some(id), Some(today), true) = (id, today, errors.len() == FILES) else {
        // Only a page of another version would send another head.
        return (answer_head(0, Some(&LoadError::Reader(ReaderError::Request))), String::new());
    };
    let file = |i: usize| match (&texts[i], &errors[i]) {
        (Some(text), _) => Ok(text.as_str()),
        (None, Some(error)) => Err(error.clone()),
        (None, None) => Err(FetchError::Pending),
    };
    let source = SourceTexts { startups: file(0), incubators: file(1), organisations: file(2), fast: file(3), today };
    match compact_of(&source, label) {
        Ok(compact) => (answer_head(id, None), compact),
        Err(error) => (answer_head(id, Some(&error)), String::new()),
    }
}

/// An answer's head, read: to which request, and why there is no compact file, if there is none.
pub fn read_answer(head: &str) -> Result<(u32, Option<LoadError>), LoadError> {
    let unreadable = || LoadError::Reader(ReaderError::Answer(head.to_owned()));
    let (id, error) = head.split_once(FIELD).ok_or_else(unreadable)?;
    let id = id.parse().map_err(|_| unreadable())?;
    if error.is_empty() {
        return Ok((id, None));
    }
    Ok((id, Some(decode_load(error).ok_or_else(unreadable)?)))
}

fn answer_head(id: u32, error: Option<&LoadError>) -> String {
    format!("{id}{FIELD}{}", error.map(encode_load).unwrap_or_default())
}

/// Free text in a head, without the separators.
fn free(text: &str) -> String {
    text.replace([FIELD, PART], " ")
}

fn encode_fetch(error: &FetchError) -> String {
    match error {
        FetchError::Status(status) => format!("status{PART}{status}"),
        FetchError::Network(words) => format!("network{PART}{}", free(words)),
        FetchError::Timeout(seconds) => format!("timeout{PART}{seconds}"),
        FetchError::Interrupted(words) => format!("interrupted{PART}{}", free(words)),
        FetchError::Pending => "pending".into(),
        FetchError::TooLarge { bytes, limit } => format!("too-large{PART}{bytes}{PART}{limit}"),
    }
}

fn decode_fetch(text: &str) -> Option<FetchError> {
    let parts: Vec<&str> = text.split(PART).collect();
    Some(match parts[..] {
        ["status", status] => FetchError::Status(status.parse().ok()?),
        ["network", words] => FetchError::Network(words.to_owned()),
        ["timeout", seconds] => FetchError::Timeout(seconds.parse().ok()?),
        ["interrupted", words] => FetchError::Interrupted(words.to_owned()),
        ["pending"] => FetchError::Pending,
        ["too-large", bytes, limit] => FetchError::TooLarge { bytes: bytes.parse().ok()?, limit: limit.parse().ok()? },
        _ => return None,
    })
}

const FILE_NAMES: [(DataFile, &str); 5] = [
    (DataFile::Startups, "startups"),
    (DataFile::Incubators, "incubators"),
    (DataFile::Organisations, "organisations"),
    (DataFile::Fast, "fast"),
    (DataFile::Compact, "compact"),
];

fn encode_load(error: &LoadError) -> String {
    match error {
        LoadError::Unavailable(file, fetch) => {
            format!("unavailable{PART}{}{PART}{}", name_of(&FILE_NAMES, *file), encode_fetch(fetch))
        }
        LoadError::Malformed(file, format) => {
            let format = match format {
                FormatError::Syntax { line, column, kind } => {
                    format!("syntax{PART}{line}{PART}{column}{PART}{}", name_of(&ERROR_KINDS, *kind))
                }
                FormatError::Shape { path, expected, found } => format!(
                    "shape{PART}{}{PART}{}{PART}{}",
                    free(path),
                    name_of(&KINDS, *expected),
                    name_of(&KINDS, *found)
                ),
                FormatError::Field { detail } => format!("field{PART}{}", free(detail)),
                FormatError::UnsupportedFormat { found, known } => format!("format{PART}{found}{PART}{known}"),
                FormatError::Html => "html".into(),
                FormatError::Encoding(encoding) => format!("encoding{PART}{}", name_of(&ENCODINGS, *encoding)),
            };
            format!("malformed{PART}{}{PART}{format}", name_of(&FILE_NAMES, *file))
        }
        LoadError::Reader(ReaderError::Request) => format!("reader{PART}request"),
        LoadError::Reader(ReaderError::Answer(head)) => format!("reader{PART}answer{PART}{}", free(head)),
        LoadError::Reader(ReaderError::Stopped) => format!("reader{PART}stopped"),
        LoadError::Reader(ReaderError::Other(words)) => format!("reader{PART}other{PART}{}", free(words)),
    }
}

fn decode_load(text: &str) -> Option<LoadError> {
    let (kind, rest) = text.split_once(PART)?;
    if kind == "reader" {
        return Some(LoadError::Reader(match rest.split_once(PART).unwrap_or((rest, "")) {
            ("request", "") => ReaderError::Request,
            ("answer", head) => ReaderError::Answer(head.to_owned()),
            ("stopped", "") => ReaderError::Stopped,
            ("other", words) => ReaderError::Other(words.to_owned()),
            _ => return None,
        }));
    }
    let (file, rest) = rest.split_once(PART).unwrap_or((rest, ""));
    let file = value_of(&FILE_NAMES, file)?;
    if kind == "unavailable" {
        return Some(LoadError::Unavailable(file, decode_fetch(rest)?));
    }
    if kind != "malformed" {
        return None;
    }
    let parts: Vec<&str> = rest.split(PART).collect();
    let format = match parts[..] {
        ["syntax", line, column, kind] => FormatError::Syntax {
            line: line.parse().ok()?,
            column: column.parse().ok()?,
            kind: value_of(&ERROR_KINDS, kind)?,
        },
        ["shape", path, expected, found] => FormatError::Shape {
            path: path.to_owned(),
            expected: value_of(&KINDS, expected)?,
            found: value_of(&KINDS, found)?,
        },
        ["field", detail] => FormatError::Field { detail: detail.to_owned() },
        ["format", found, known] => {
            FormatError::UnsupportedFormat { found: found.parse().ok()?, known: known.parse().ok()? }
        }
        ["html"] => FormatError::Html,
        ["encoding", encoding] => FormatError::Encoding(value_of(&ENCODINGS, encoding)?),
        _ => return None,
    };
    Some(LoadError::Malformed(file, format))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{FastSource, FileStatus, JsonErrorKind};
    use proptest::prelude::*;

    fn today() -> Date {
        "2026-12-03".parse().unwrap()
    }

    fn published(file: &str) -> String {
        let path = format!("{}/public/data/beta.gouv.fr/{file}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    fn round_trip(texts: &SourceTexts) -> (u32, Option<LoadError>, String) {
        let (head, files) = request(7, texts);
        let (head, compact) = answer(&head, files.map(|f| f.map(str::to_owned)), str::to_owned);
        let (id, error) = read_answer(&head).unwrap();
        (id, error, compact)
    }

    #[test]
    fn a_request_and_its_answer_give_the_compact_file_of_the_published_files() {
        let (startups, incubators, organisations) =
            (published("startups.json"), published("incubators.json"), published("organisations.json"));
        let texts = SourceTexts {
            startups: Ok(&startups),
            incubators: Ok(&incubators),
            organisations: Ok(&organisations),
            fast: Err(FetchError::Status(404)),
            today: today(),
        };
        let (id, error, compact) = round_trip(&texts);
        assert_eq!((id, error), (7, None));
        assert_eq!(compact, compact_of(&texts, str::to_owned).unwrap());
        // fast.json's absence travelled: the report says it, and the events were read instead.
        let read = compact::read_from_reader(&compact).unwrap().dataset;
        assert_eq!(read.fast_source, FastSource::Events);
        assert!(read.report.files.iter().any(|f| f.file == DataFile::Fast && f.status != FileStatus::Read));
        assert!(
            read.report.files.iter().all(|f| f.file != DataFile::Compact),
            "the page's own reading is not reported"
        );
    }

    #[test]
    fn a_load_error_comes_back_as_it_was() {
        let texts = SourceTexts {
            startups: Ok("{\"data\": ["),
            incubators: Err(FetchError::Timeout(30)),
            organisations: Err(FetchError::Network("refusé".into())),
            fast: Err(FetchError::Pending),
            today: today(),
        };
        let (_, error, compact) = round_trip(&texts);
        assert!(compact.is_empty());
        let want = compact_of(&texts, str::to_owned).unwrap_err();
        assert_eq!(error, Some(want.clone()));
        assert!(matches!(
            want,
            LoadError::Malformed(DataFile::Startups, FormatError::Syntax { kind: JsonErrorKind::UnexpectedEnd, .. })
        ));
    }

    #[test]
    fn a_head_of_another_kind_is_answered_with_an_error() {
        let (head, compact) = answer("{\"what\":1}", [None, None, None, None], str::to_owned);
        assert_eq!(read_answer(&head).unwrap().1, Some(LoadError::Reader(ReaderError::Request)));
        assert!(compact.is_empty());
        assert!(read_answer("nothing").is_err());
        assert!(read_answer("3\u{1e}malformed\u{1f}nowhere").is_err());
    }

    fn text() -> impl Strategy<Value = String> {
        // Any text but the separators, which free text loses.
        "[^\u{1e}\u{1f}]{0,40}"
    }

    fn fetch_error() -> impl Strategy<Value = FetchError> {
        prop_oneof![
            any::<u16>().prop_map(FetchError::Status),
            text().prop_map(FetchError::Network),
            any::<u32>().prop_map(FetchError::Timeout),
            text().prop_map(FetchError::Interrupted),
            Just(FetchError::Pending),
            (any::<u64>(), any::<u64>()).prop_map(|(bytes, limit)| FetchError::TooLarge { bytes, limit }),
        ]
    }

    fn load_error() -> impl Strategy<Value = LoadError> {
        let file = proptest::sample::select(FILE_NAMES.map(|(f, _)| f).to_vec());
        let kind = proptest::sample::select(KINDS.map(|(k, _)| k).to_vec());
        let format = prop_oneof![
            (any::<usize>(), any::<usize>(), proptest::sample::select(ERROR_KINDS.map(|(k, _)| k).to_vec()))
                .prop_map(|(line, column, kind)| FormatError::Syntax { line, column, kind }),
            (text(), kind.clone(), kind).prop_map(|(path, expected, found)| FormatError::Shape {
                path,
                expected,
                found
            }),
            text().prop_map(|detail| FormatError::Field { detail }),
            (any::<u32>(), any::<u32>()).prop_map(|(found, known)| FormatError::UnsupportedFormat { found, known }),
            Just(FormatError::Html),
            proptest::sample::select(ENCODINGS.map(|(e, _)| e).to_vec()).prop_map(FormatError::Encoding),
        ];
        prop_oneof![
            (file.clone(), fetch_error()).prop_map(|(f, e)| LoadError::Unavailable(f, e)),
            (file, format).prop_map(|(f, e)| LoadError::Malformed(f, e)),
            prop_oneof![
                Just(ReaderError::Request),
                text().prop_map(ReaderError::Answer),
                Just(ReaderError::Stopped),
                text().prop_map(ReaderError::Other),
            ]
            .prop_map(LoadError::Reader),
        ]
    }

    proptest! {
        #[test]
        fn every_load_error_travels_as_it_is(error in load_error(), id in any::<u32>()) {
            prop_assert_eq!(read_answer(&answer_head(id, Some(&error))).unwrap(), (id, Some(error)));
        }

        #[test]
        fn every_fetch_error_travels_as_it_is(errors in proptest::array::uniform4(proptest::option::of(fetch_error()))) {
            let file = |i: usize| errors[i].clone().map_or(Ok("[]"), Err);
            let texts = SourceTexts { startups: file(0), incubators: file(1), organisations: file(2), fast: file(3), today: today() };
            let (head, _) = request(1, &texts);
            let decoded: Vec<Option<FetchError>> = head.split(FIELD).skip(2).map(decode_fetch).collect();
            prop_assert_eq!(decoded, errors.to_vec());
        }
    }
}
