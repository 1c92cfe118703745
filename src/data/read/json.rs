//! Lenient reading of one JSON record: each field is read on its own, and what is wrong with it
//! is noted as a [`Problem`] instead of failing the whole record.

use std::borrow::Cow;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::data::model::date::Date;
use crate::data::model::report::{FormatError, JsonKind, Problem};

/// The fields of one JSON object, and the problems met while reading them.
pub(crate) struct Fields<'a> {
    map: &'a Map<String, Value>,
    /// Prefix of field names in problems (`phases[2].`), empty at the top of a record.
    path: String,
    pub problems: Vec<Problem>,
}

impl<'a> Fields<'a> {
    pub(crate) fn new(map: &'a Map<String, Value>) -> Fields<'a> {
        Fields { map, path: String::new(), problems: Vec::new() }
    }

    /// Reads a nested object, with its problems named under `path`.
    pub(crate) fn nested(map: &'a Map<String, Value>, path: String) -> Fields<'a> {
        Fields { map, path, problems: Vec::new() }
    }

    pub(crate) fn field_name(&self, key: &str) -> String {
        format!("{}{key}", self.path)
    }

    /// The raw value; `null` counts as absent.
    pub(crate) fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn wrong_type(&mut self, key: &str, expected: JsonKind, found: &Value) {
        let field = self.field_name(key);
        self.problems.push(Problem::WrongType { field, expected, found: JsonKind::of(found) });
    }

    pub(crate) fn missing(&mut self, key: &str) {
        let field = self.field_name(key);
        self.problems.push(Problem::MissingField { field });
    }

    /// A string field, trimmed; `None` when absent, empty or of another type (noted).
    pub(crate) fn text(&mut self, key: &str) -> Option<&'a str> {
        match self.get(key)? {
            Value::String(s) => Some(s.trim()).filter(|s| !s.is_empty()),
            other => {
                self.wrong_type(key, JsonKind::String, other);
                None
            }
        }
    }

    /// A string field that must be there; its absence is noted too.
    pub(crate) fn required_text(&mut self, key: &str) -> Option<&'a str> {
        let value = self.text(key);
        if value.is_none() && !matches!(self.get(key), Some(v) if !v.is_string()) {
            self.missing(key);
        }
        value
    }

    /// An array field; absent gives an empty slice, another type is noted.
    pub(crate) fn array(&mut self, key: &str) -> &'a [Value] {
        match self.get(key) {
            None => &[],
            Some(Value::Array(items)) => items,
            Some(other) => {
                self.wrong_type(key, JsonKind::Array, other);
                &[]
            }
        }
    }

    /// An object field; absent gives `None`, another type is noted.
    pub(crate) fn object(&mut self, key: &str) -> Option<&'a Map<String, Value>> {
        match self.get(key)? {
            Value::Object(map) => Some(map),
            other => {
                self.wrong_type(key, JsonKind::Object, other);
                None
            }
        }
    }

    /// A date field that must be there.
    pub(crate) fn required_date(&mut self, key: &str) -> Option<Date> {
        let text = self.required_text(key)?;
        self.parse_date(key, text)
    }

    /// A date field that may be absent or empty (`"end": ""`).
    pub(crate) fn optional_date(&mut self, key: &str) -> Option<Date> {
        let text = self.text(key)?;
        self.parse_date(key, text)
    }

    fn parse_date(&mut self, key: &str, text: &str) -> Option<Date> {
        match text.parse() {
            Ok(date) => Some(date),
            Err(_) => {
                let field = self.field_name(key);
                self.problems.push(Problem::BadDate { field, text: text.to_owned() });
                None
            }
        }
    }

    /// A whole non-negative number, also accepted when written as a string (`"13"`).
    pub(crate) fn whole_number(&mut self, key: &str) -> Option<u64> {
        let value = self.get(key)?;
        let number = match value {
            Value::Number(n) => {
                n.as_u64().or_else(|| n.as_f64().filter(|f| f.fract() == 0.0 && *f >= 0.0).map(|f| f as u64))
            }
            Value::String(s) => s.trim().parse().ok(),
            other => {
                self.wrong_type(key, JsonKind::Number, other);
                return None;
            }
        };
        if number.is_none() {
            let field = self.field_name(key);
            self.problems.push(Problem::BadNumber { field, text: value_text(value) });
        }
        number
    }

    /// A text shown to readers (a name, a title, a pitch): [`Fields::text`] made visible
    /// ([`Fields::visible`]); `None` when nothing visible is left.
    pub(crate) fn shown_text(&mut self, key: &str) -> Option<String> {
        let text = self.text(key)?;
        Some(self.visible(key, text)).filter(|t| !t.is_empty())
    }

    /// `text` of field `key` without the characters that change how text displays while staying
    /// invisible; their removal is noted.
    pub(crate) fn visible(&mut self, key: &str, text: &str) -> String {
        match without_hidden(text) {
            Some(cleaned) => {
                let field = self.field_name(key);
                self.problems.push(Problem::HiddenCharacters { field });
                cleaned.trim().to_owned()
            }
            None => text.to_owned(),
        }
    }

    pub(crate) fn take_problems(&mut self) -> Vec<Problem> {
        std::mem::take(&mut self.problems)
    }
}

/// A value as it would be shown to a reader: strings without quotes, others as JSON.
pub(crate) fn value_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Bidirectional controls (which can make a name read backwards, to spoof another) and
/// zero-width characters: they change what a reader sees without being seen.
fn is_hidden(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// `text` without its hidden characters, when it has any.
pub(crate) fn without_hidden(text: &str) -> Option<String> {
    text.chars().any(is_hidden).then(|| text.chars().filter(|&c| !is_hidden(c)).collect())
}

/// The text of a fetched file: UTF-8 (a byte order mark dropped), or UTF-16 when a byte order mark
/// says so (some editors save JSON that way). Bytes that are not UTF-8 become U+FFFD, as a
/// browser's `text()` does, and the JSON reader then says where.
pub fn text_of_bytes(bytes: Vec<u8>) -> String {
    let utf16 = |bytes: &[u8], unit: fn([u8; 2]) -> u16| {
        let units = bytes.as_chunks::<2>().0.iter().map(|pair| unit(*pair));
        char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
    };
    match bytes.as_slice() {
        // UTF-32's marks first: its little-endian one starts like UTF-16's. It stays unread (see
        // `FormatError::of_text`).
        [0xFF, 0xFE, 0, 0, ..] | [0, 0, 0xFE, 0xFF, ..] => String::from_utf8_lossy(&bytes).into_owned(),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        // UTF-16 without a mark: JSON starts with an ASCII character, so one of its two bytes is 0.
        [first, 0, second, 0, ..] if first.is_ascii() && second.is_ascii() && *first != 0 && *second != 0 => {
            utf16(&bytes, u16::from_le_bytes)
        }
        [0, first, 0, second, ..] if first.is_ascii() && second.is_ascii() && *first != 0 && *second != 0 => {
            utf16(&bytes, u16::from_be_bytes)
        }
        [0xEF, 0xBB, 0xBF, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        _ => String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    }
}

// ---------------------------------------------------------------------------------------------
// Reading a file one record at a time

/// The deepest a record may nest. The published records nest 5 levels (a phase in `phases` in
/// `attributes`); serde_json itself stops at 128, which would fail the whole file.
pub(crate) const MAX_RECORD_DEPTH: usize = 32;

/// The longest a record may be, in bytes of JSON. The longest published record is about 60 kB
/// (a long description); a record of megabytes is not one a reader could use.
pub(crate) const MAX_RECORD_BYTES: usize = 1_000_000;

/// The members of a JSON object in the order of the text, their values left unparsed: reading a
/// file this way keeps only its text in memory, not a tree of it (a tree takes several times the
/// text's size), and a record that cannot be read fails alone.
pub(crate) struct Members<'a>(pub Vec<(Cow<'a, str>, &'a RawValue)>);

impl<'de: 'a, 'a> Deserialize<'de> for Members<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit<'a>(PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for Visit<'a> {
            type Value = Members<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Members<'a>, M::Error> {
                let mut members = Vec::new();
                while let Some((key, value)) = map.next_entry::<Cow<'de, str>, &'de RawValue>()? {
                    members.push((key, value));
                }
                Ok(Members(members))
            }
        }
        deserializer.deserialize_map(Visit(PhantomData))
    }
}

impl<'a> Members<'a> {
    /// The value of `key` (the first, if repeated).
    pub(crate) fn get(&self, key: &str) -> Option<&'a RawValue> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| *v)
    }
}

/// The top level of a file that must be a JSON object: its members, unparsed. A text that is not
/// JSON, an HTML page, or JSON of another kind is a [`FormatError`]; `path` names the file.
pub(crate) fn top_object<'a>(text: &'a str, path: &str) -> Result<Members<'a>, FormatError> {
    top_level(text, path, JsonKind::Object)
}

/// The top level of a file that must be a JSON array: its items, unparsed (see [`top_object`]).
pub(crate) fn top_array<'a>(text: &'a str, path: &str) -> Result<Vec<&'a RawValue>, FormatError> {
    top_level(text, path, JsonKind::Array)
}

fn top_level<'a, T: Deserialize<'a>>(text: &'a str, path: &str, expected: JsonKind) -> Result<T, FormatError> {
    // A UTF-8 byte order mark is not JSON, but some servers add one.
    let json = text.trim_start_matches('\u{feff}');
    let found = kind_of_raw(json);
    if found != expected {
        // Not JSON at all, or JSON of another kind: only this rare path reads the text twice.
        serde_json::from_str::<&RawValue>(json).map_err(|e| FormatError::of_text(text, &e))?;
        return Err(FormatError::Shape { path: path.to_owned(), expected, found });
    }
    // One pass over the text: it is checked while its members or items are found.
    serde_json::from_str(json).map_err(|e| FormatError::of_text(text, &e))
}

/// The items of an array member (`startups.json › data`), or the kind found instead.
pub(crate) fn items(raw: &RawValue) -> Result<Vec<&RawValue>, JsonKind> {
    match kind_of_raw(raw.get()) {
        JsonKind::Array => serde_json::from_str(raw.get()).map_err(|_| JsonKind::Array),
        other => Err(other),
    }
}

/// The kind of an unparsed value, from its first character.
pub(crate) fn kind_of_raw(json: &str) -> JsonKind {
    match json.trim_start().as_bytes().first() {
        Some(b'{') => JsonKind::Object,
        Some(b'[') => JsonKind::Array,
        Some(b'"') => JsonKind::String,
        Some(b't' | b'f') => JsonKind::Bool,
        Some(b'n') | None => JsonKind::Null,
        Some(_) => JsonKind::Number,
    }
}

/// One record, parsed on its own: too long, too deep, or with a value serde cannot hold (a
/// number beyond `f64`), it is a [`Problem`] of this record only.
pub(crate) fn record(raw: &RawValue) -> Result<Value, Problem> {
    let json = raw.get();
    if json.len() > MAX_RECORD_BYTES {
        return Err(Problem::TooLong { bytes: json.len(), limit: MAX_RECORD_BYTES });
    }
    if nesting_depth(json) > MAX_RECORD_DEPTH {
        return Err(Problem::TooDeep { limit: MAX_RECORD_DEPTH });
    }
    serde_json::from_str(json).map_err(|e| Problem::Unreadable { error: FormatError::from_serde(&e) })
}

/// The `id` of a record that cannot be read, when it has one at its top: serde skips the rest
/// without building it, so this works on a record too deep to parse.
pub(crate) fn record_id(raw: &RawValue) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct IdOnly {
        #[serde(default)]
        id: Option<String>,
    }
    serde_json::from_str::<IdOnly>(raw.get()).ok()?.id
}

/// How many arrays and objects deep valid JSON nests (brackets in strings do not count).
fn nesting_depth(json: &str) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0, false, false);
    for byte in json.bytes() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidi_controls_and_zero_width_characters_are_hidden_characters() {
        assert_eq!(without_hidden("Mobilic"), None);
        assert_eq!(without_hidden("Mobi\u{200B}lic"), Some("Mobilic".into()));
        assert_eq!(without_hidden("\u{202E}cilibom\u{202C}"), Some("cilibom".into()));
        assert_eq!(without_hidden("a\u{2066}b\u{2069}\u{FEFF}"), Some("ab".into()));
        assert_eq!(without_hidden("Écologie — « ok »"), None);
    }

    #[test]
    fn fetched_bytes_are_read_as_utf8_or_as_utf16_with_a_byte_order_mark() {
        assert_eq!(text_of_bytes("{\"é\":1}".as_bytes().to_vec()), "{\"é\":1}");
        assert_eq!(text_of_bytes(b"\xEF\xBB\xBF[1]".to_vec()), "[1]");
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain("[\"é\"]".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(text_of_bytes(le), "[\"é\"]");
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain("{}".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(text_of_bytes(be), "{}");
        assert_eq!(text_of_bytes(b"[\"\xFF\"]".to_vec()), "[\"\u{FFFD}\"]");
        let le_unmarked: Vec<u8> = "{\"a\": 1}".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(text_of_bytes(le_unmarked), "{\"a\": 1}");
        let be_unmarked: Vec<u8> = "[1]".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(text_of_bytes(be_unmarked), "[1]");
    }
}
