//! What every loader does with one record: read it as an object, note its problems.

use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::data::model::report::{JsonKind, Outcome, Problem, RecordIssue, SectionReport};
use crate::data::read::json;

/// Notes the problems of one record in its section.
pub(super) fn note(
    section: &mut SectionReport,
    index: usize,
    id: Option<&str>,
    outcome: Outcome,
    problems: Vec<Problem>,
) {
    section.issues.extend(problems.into_iter().map(|problem| RecordIssue {
        index,
        id: id.map(str::to_owned),
        outcome,
        problem,
    }));
}

pub(super) fn skip(section: &mut SectionReport, index: usize, id: Option<&str>, problem: Problem) {
    note(section, index, id, Outcome::Skipped, vec![problem]);
}

/// One record, as an object; a record that cannot be read, or is not an object, is skipped and
/// noted (with its id when it has one).
pub(super) fn record_object(section: &mut SectionReport, index: usize, raw: &RawValue) -> Option<Map<String, Value>> {
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

pub(super) type Years = std::ops::RangeInclusive<i32>;
