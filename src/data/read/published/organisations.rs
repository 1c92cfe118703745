//! The organisations, from `organisations.json`.

use serde_json::value::RawValue;

use super::records::{note, record_object, skip};
use crate::data::model::Organisation;
use crate::data::model::ids::OrganisationId;
use crate::data::model::report::{LoadReport, Outcome, Problem, Section, SectionReport};
use crate::data::read::json::Fields;

/// Reads the organisations, each with the key it is filed under in v2.5's `sponsors.json` (an
/// object keyed by id), used as its id when it has none.
pub(super) fn read_organisations(items: &[(Option<String>, &RawValue)], report: &mut LoadReport) -> Vec<Organisation> {
    let mut section = SectionReport::new(Section::Organisations);
    let mut organisations: Vec<Organisation> = Vec::new();
    for (index, (key, raw)) in items.iter().enumerate() {
        section.read += 1;
        let Some(map) = record_object(&mut section, index, raw) else { continue };
        let mut fields = Fields::new(&map);
        let Some(id) = fields.text("id").or(key.as_deref().map(str::trim).filter(|k| !k.is_empty())) else {
            skip(&mut section, index, None, Problem::MissingId);
            continue;
        };
        if organisations.iter().any(|o| o.id.as_str() == id) {
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
        let ministry = match fields.get("domaine_ministeriel") {
            Some(serde_json::Value::String(text)) => Some(text.trim().to_owned()).filter(|m| !m.is_empty()),
            _ => None,
        };
        section.kept += 1;
        note(&mut section, index, Some(id), Outcome::Kept, fields.take_problems());
        organisations.push(Organisation { id: OrganisationId(id.to_owned()), name, acronym, ministry });
    }
    report.sections.push(section);
    organisations
}

/// Undoes the HTML escaping of `organisations.json` (`Préfecture de l&#39;Ain`).
pub(crate) fn unescape_html(text: &str) -> String {
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
