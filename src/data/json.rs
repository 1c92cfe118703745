//! Lenient reading of one JSON record: each field is read on its own, and what is wrong with it
//! is noted as a [`Problem`] instead of failing the whole record.

use serde_json::{Map, Value};

use super::date::Date;
use super::report::{JsonKind, Problem};

/// The fields of one JSON object, and the problems met while reading them.
pub(crate) struct Fields<'a> {
    map: &'a Map<String, Value>,
    /// Prefix of field names in problems (`phases[2].`), empty at the top of a record.
    path: String,
    pub problems: Vec<Problem>,
}

impl<'a> Fields<'a> {
    pub fn new(map: &'a Map<String, Value>) -> Fields<'a> {
        Fields { map, path: String::new(), problems: Vec::new() }
    }

    /// Reads a nested object, with its problems named under `path`.
    pub fn nested(map: &'a Map<String, Value>, path: String) -> Fields<'a> {
        Fields { map, path, problems: Vec::new() }
    }

    pub fn field_name(&self, key: &str) -> String {
        format!("{}{key}", self.path)
    }

    /// The raw value; `null` counts as absent.
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn wrong_type(&mut self, key: &str, expected: JsonKind, found: &Value) {
        let field = self.field_name(key);
        self.problems.push(Problem::WrongType { field, expected, found: JsonKind::of(found) });
    }

    pub fn missing(&mut self, key: &str) {
        let field = self.field_name(key);
        self.problems.push(Problem::MissingField { field });
    }

    /// A string field, trimmed; `None` when absent, empty or of another type (noted).
    pub fn text(&mut self, key: &str) -> Option<&'a str> {
        match self.get(key)? {
            Value::String(s) => Some(s.trim()).filter(|s| !s.is_empty()),
            other => {
                self.wrong_type(key, JsonKind::String, other);
                None
            }
        }
    }

    /// A string field that must be there; its absence is noted too.
    pub fn required_text(&mut self, key: &str) -> Option<&'a str> {
        let value = self.text(key);
        if value.is_none() && !matches!(self.get(key), Some(v) if !v.is_string()) {
            self.missing(key);
        }
        value
    }

    /// An array field; absent gives an empty slice, another type is noted.
    pub fn array(&mut self, key: &str) -> &'a [Value] {
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
    pub fn object(&mut self, key: &str) -> Option<&'a Map<String, Value>> {
        match self.get(key)? {
            Value::Object(map) => Some(map),
            other => {
                self.wrong_type(key, JsonKind::Object, other);
                None
            }
        }
    }

    /// A date field that must be there.
    pub fn required_date(&mut self, key: &str) -> Option<Date> {
        let text = self.required_text(key)?;
        self.parse_date(key, text)
    }

    /// A date field that may be absent or empty (`"end": ""`).
    pub fn optional_date(&mut self, key: &str) -> Option<Date> {
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
    pub fn whole_number(&mut self, key: &str) -> Option<u64> {
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
    pub fn shown_text(&mut self, key: &str) -> Option<String> {
        let text = self.text(key)?;
        Some(self.visible(key, text)).filter(|t| !t.is_empty())
    }

    /// `text` of field `key` without the characters that change how text displays while staying
    /// invisible; their removal is noted.
    pub fn visible(&mut self, key: &str, text: &str) -> String {
        match without_hidden(text) {
            Some(cleaned) => {
                let field = self.field_name(key);
                self.problems.push(Problem::HiddenCharacters { field });
                cleaned.trim().to_owned()
            }
            None => text.to_owned(),
        }
    }

    pub fn take_problems(&mut self) -> Vec<Problem> {
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
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        [0xEF, 0xBB, 0xBF, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        _ => String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    }
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
    }
}
