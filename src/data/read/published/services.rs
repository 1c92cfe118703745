//! The services, from `startups.json`'s `data` list.

use crate::data::order;
use std::collections::BTreeMap;

use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::incubators::IncubatorCatalogue;
use super::records::{Years, note, record_object, skip};
use crate::data::model::date::Date;
use crate::data::model::ids::{IncubatorId, OrganisationId, ServiceId};
use crate::data::model::report::{JsonKind, Outcome, Problem, Section, SectionReport};
use crate::data::model::{Accessibility, Links, Phase, PhaseSpan, Published, Service};
use crate::data::read::json::Fields;

/// A `fast` event, kept to read awards from when `fast.json` is not available.
pub(super) struct FastEvent {
    pub(super) service: ServiceId,
    pub(super) date: Option<Date>,
    pub(super) comment: String,
}

/// The services read, with the spellings of each one's themes (folded once all are read), the
/// optional fields the file publishes, its `fast` events and its report.
pub(super) struct ReadServices {
    pub(super) services: Vec<Service>,
    /// The trimmed, non-empty spellings of `thematiques` of each service, in the order of `services`.
    pub(super) theme_spellings: Vec<Vec<String>>,
    pub(super) published: Published,
    pub(super) fast_events: Vec<FastEvent>,
    pub(super) report: SectionReport,
}

pub(super) fn read_services(records: &[&RawValue], incubators: &mut IncubatorCatalogue, years: &Years) -> ReadServices {
    let mut report = SectionReport::new(Section::Services);
    let mut services: BTreeMap<ServiceId, (Service, Vec<String>)> = BTreeMap::new();
    let mut published = Published::default();
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
        let (service, spellings, mut events) = read_service(id, &mut fields, incubators, years, &mut published);
        report.kept += 1;
        note(&mut report, index, Some(&service.id.0), Outcome::Kept, fields.take_problems());
        fast_events.append(&mut events);
        services.insert(service.id.clone(), (service, spellings));
    }
    let (services, theme_spellings) = services.into_values().unzip();
    ReadServices { services, theme_spellings, published, fast_events, report }
}

/// Whether a transparency link is given: a text, non-empty after trimming (other values are
/// just not a link, not a problem).
fn has_link(attributes: &Map<String, Value>, key: &str, published: &mut bool) -> bool {
    let value = attributes.get(key);
    *published |= value.is_some();
    matches!(value, Some(Value::String(text)) if !text.trim().is_empty())
}

/// The trimmed, non-empty, distinct spellings of a service's `thematiques`.
fn theme_spellings(attributes: &Map<String, Value>, published: &mut bool) -> Vec<String> {
    let value = attributes.get("thematiques");
    *published |= value.is_some();
    let mut spellings: Vec<String> = Vec::new();
    if let Some(Value::Array(items)) = value {
        for text in items.iter().filter_map(Value::as_str).map(str::trim).filter(|t| !t.is_empty()) {
            if !spellings.iter().any(|s| s == text) {
                spellings.push(text.to_owned());
            }
        }
    }
    spellings
}

fn read_service(
    id: ServiceId,
    fields: &mut Fields,
    incubators: &mut IncubatorCatalogue,
    years: &Years,
    published: &mut Published,
) -> (Service, Vec<String>, Vec<FastEvent>) {
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
        .map(OrganisationId::normalised)
        .filter(|s| !s.as_str().is_empty())
        .collect();
    let events = read_fast_events_of(&id, &mut attributes, years);
    let links = Links {
        stats: has_link(attributes_map, "stats_url", &mut published.stats),
        budget: has_link(attributes_map, "budget_url", &mut published.budget),
        impact: has_link(attributes_map, "impact_url", &mut published.impact),
        repository: has_link(attributes_map, "repository", &mut published.repository),
    };
    let status = attributes_map.get("accessibility_status");
    published.accessibility |= status.is_some();
    let accessibility = status.and_then(Value::as_str).map_or(Accessibility::NotStated, Accessibility::from_text);
    let spellings = theme_spellings(attributes_map, &mut published.themes);
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
    let service = Service {
        id,
        name,
        pitch,
        link,
        incubators: service_incubators,
        phases,
        sponsors,
        ministries: Vec::new(),
        themes: Vec::new(),
        links,
        accessibility,
    };
    (service, spellings, events)
}

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
