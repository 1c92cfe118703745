//! The incubators, from `incubators.json` and from `startups.json`'s `included` list.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use serde_json::value::RawValue;

use super::records::{note, skip};
use crate::data::model::Incubator;
use crate::data::model::ids::{IncubatorId, OrganisationId};
use crate::data::model::report::{JsonKind, LoadReport, Outcome, Problem, Section, SectionReport};
use crate::data::read::json::{self, Fields};

/// An incubator record as read from one list, before merging.
pub(super) struct IncubatorRecord {
    index: usize,
    /// What names the record where its id cannot be read (a key, or an `id` seen unparsed).
    label: Option<String>,
    id: Result<IncubatorId, Problem>,
    title: Option<String>,
    website: Option<String>,
    owner: Option<OrganisationId>,
    problems: Vec<Problem>,
}

/// An incubator record that could not be read at all.
fn unread_incubator(index: usize, label: Option<String>, problem: Problem) -> IncubatorRecord {
    IncubatorRecord { index, label, id: Err(problem), title: None, website: None, owner: None, problems: vec![] }
}

pub(super) fn included_incubator((index, raw): (usize, &&RawValue)) -> IncubatorRecord {
    let value = match json::record(raw) {
        Ok(value) => value,
        Err(problem) => return unread_incubator(index, json::record_id(raw), problem),
    };
    let Value::Object(map) = &value else {
        return unread_incubator(index, None, Problem::NotAnObject { found: JsonKind::of(&value) });
    };
    let mut fields = Fields::new(map);
    let id = fields.required_text("id").map(IncubatorId::normalised);
    let (title, website, owner) = match fields.object("attributes") {
        Some(attributes) => {
            let mut attributes = Fields::nested(attributes, "attributes.".into());
            let title = attributes.shown_text("title");
            let website = attributes.text("website").map(str::to_owned);
            let owner = owner_of(attributes.text("owner"));
            fields.problems.append(&mut attributes.problems);
            (title, website, owner)
        }
        None => (None, None, None),
    };
    let id = id.ok_or(Problem::MissingId);
    IncubatorRecord { index, label: None, id, title, website, owner, problems: fields.take_problems() }
}

pub(super) fn keyed_incubator(index: usize, key: &str, raw: &RawValue) -> IncubatorRecord {
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
    let owner = owner_of(fields.text("owner"));
    IncubatorRecord { index, label: None, id: Ok(id), title, website, owner, problems: fields.take_problems() }
}

/// An incubator's `owner` as an organisation id (`/organisations/dinum` → `dinum`); none when empty.
fn owner_of(text: Option<&str>) -> Option<OrganisationId> {
    text.map(OrganisationId::normalised).filter(|id| !id.0.is_empty())
}

/// Incubators gathered from every list that describes them.
#[derive(Default)]
pub(super) struct IncubatorCatalogue {
    known: BTreeMap<IncubatorId, Incubator>,
    /// Where each incubator was first read, to note a missing title there.
    first_seen: BTreeMap<IncubatorId, (Section, usize)>,
    sections: Vec<SectionReport>,
    /// Ids only services mention.
    mentioned: BTreeSet<IncubatorId>,
}

impl IncubatorCatalogue {
    pub(super) fn read_section(&mut self, section: Section, records: impl Iterator<Item = IncubatorRecord>) {
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
                owner: None,
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
            if record.owner.is_some() && (section == Section::Incubators || entry.owner.is_none()) {
                entry.owner = record.owner;
            }
        }
        self.sections.push(report);
    }

    /// Whether any list describes this incubator; remembers ids only services mention.
    pub(super) fn check(&mut self, id: &IncubatorId) -> bool {
        if self.known.contains_key(id) {
            return true;
        }
        self.mentioned.insert(id.clone());
        false
    }

    /// Fills missing titles with ids (noted where the incubator was read), adds the incubators
    /// only services mention, and puts the section reports in `report`.
    pub(super) fn finish(mut self, report: &mut LoadReport) -> BTreeMap<IncubatorId, Incubator> {
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
            self.known.insert(id.clone(), Incubator { id, title, website: None, owner: None });
        }
        report.sections.append(&mut self.sections);
        self.known
    }
}
