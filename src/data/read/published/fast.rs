//! The FAST promotions and awards, from `fast.json` or, without it, from the services' `fast` events.

use crate::data::order;
use std::collections::BTreeSet;

use serde_json::Value;
use serde_json::value::RawValue;

use super::records::{Years, note, record_object, skip};
use super::services::FastEvent;
use crate::data::model::date::YearMonth;
use crate::data::model::ids::ServiceId;
use crate::data::model::report::{LoadReport, Outcome, Problem, Section, SectionReport};
use crate::data::model::{FastAward, FastPromotion, Service};
use crate::data::read::json::{Fields, value_text};
use crate::data::read::published::fast_text::{parse_amount, parse_fast_comment, plausible_euros};

pub(super) fn read_fast_file(
    promotion_items: &[&RawValue],
    award_items: &[&RawValue],
    services: &[Service],
    years: &Years,
    report: &mut LoadReport,
) -> (Vec<FastPromotion>, Vec<FastAward>) {
    let mut section = SectionReport::new(Section::FastPromotions);
    let mut promotions: Vec<FastPromotion> = Vec::new();
    for (index, raw) in promotion_items.iter().enumerate() {
        section.read += 1;
        let Some(map) = record_object(&mut section, index, raw) else { continue };
        let mut fields = Fields::new(&map);
        let number = fields.whole_number("promotion").and_then(|n| u32::try_from(n).ok()).filter(|&n| n > 0);
        let Some(number) = number else {
            let problem = fields.take_problems().pop().unwrap_or(Problem::MissingField { field: "promotion".into() });
            skip(&mut section, index, None, problem);
            continue;
        };
        let id = number.to_string();
        if promotions.iter().any(|p| p.number == number) {
            skip(&mut section, index, Some(&id), Problem::DuplicateId);
            continue;
        }
        let title = fields.required_text("title").map(str::to_owned);
        let month = fields.required_text("month").and_then(|text| match text.parse::<YearMonth>() {
            Ok(month) => Some(month),
            Err(_) => {
                fields.problems.push(Problem::BadDate { field: "month".into(), text: text.to_owned() });
                None
            }
        });
        let month = month.filter(|month| {
            let plausible = years.contains(&month.year);
            if !plausible {
                fields.problems.push(Problem::ImplausibleDate { field: "month".into(), text: month.to_string() });
            }
            plausible
        });
        section.kept += 1;
        note(&mut section, index, Some(&id), Outcome::Kept, fields.take_problems());
        promotions.push(FastPromotion { number, title, month });
    }
    order::sort_by_key(&mut promotions, |p| p.number);
    report.sections.push(section);

    let mut section = SectionReport::new(Section::FastAwards);
    let mut awards = Vec::new();
    for (index, raw) in award_items.iter().enumerate() {
        section.read += 1;
        let Some(map) = record_object(&mut section, index, raw) else { continue };
        let mut fields = Fields::new(&map);
        let Some(service) = fields.required_text("startup") else {
            let problem = fields.take_problems().pop().unwrap_or(Problem::MissingId);
            skip(&mut section, index, None, problem);
            continue;
        };
        let service = ServiceId(service.to_owned());
        if services.binary_search_by(|s| s.id.cmp(&service)).is_err() {
            fields.problems.push(Problem::UnknownService { id: service.0.clone() });
        }
        let promotion = if fields.get("promotion").is_some() {
            fields.whole_number("promotion").and_then(|n| u32::try_from(n).ok())
        } else {
            fields.problems.push(Problem::NoPromotion { text: String::new() });
            None
        };
        // A repeat is the same service in the same promotion, however the number is written
        // (`13` or `"13"`).
        if awards.iter().any(|a: &FastAward| a.service == service && a.promotion == promotion) {
            skip(&mut section, index, Some(&service.0), Problem::DuplicateId);
            continue;
        }
        if let Some(number) = promotion
            && !promotions.iter().any(|p| p.number == number)
        {
            fields.problems.push(Problem::UnknownPromotion { number });
        }
        let amount_eur = match fields.get("amount_eur") {
            None => None,
            Some(Value::Number(n)) => n.as_f64().and_then(plausible_euros),
            Some(Value::String(text)) => parse_amount(text),
            Some(_) => None,
        };
        if amount_eur.is_none() {
            let text = fields.get("amount_eur").map(value_text).unwrap_or_default();
            fields.problems.push(Problem::UnknownAmount { text });
        }
        section.kept += 1;
        note(&mut section, index, Some(&service.0), Outcome::Kept, fields.take_problems());
        awards.push(FastAward { service, promotion, amount_eur, event_date: None });
    }
    report.sections.push(section);
    (promotions, awards)
}

/// Without `fast.json`: one award per `fast` event, read from its French free text. The
/// promotions are those the texts name; their month is unknown.
pub(super) fn read_fast_events(events: &[FastEvent], report: &mut LoadReport) -> (Vec<FastPromotion>, Vec<FastAward>) {
    let mut section = SectionReport::new(Section::FastEvents);
    let mut awards = Vec::new();
    for (index, event) in events.iter().enumerate() {
        section.read += 1;
        let comment = parse_fast_comment(&event.comment);
        if comment.not_an_award {
            skip(&mut section, index, Some(&event.service.0), Problem::NotAnAward { text: event.comment.clone() });
            continue;
        }
        section.kept += 1;
        let mut problems = Vec::new();
        if comment.ambiguous {
            problems.push(Problem::AmbiguousText { text: event.comment.clone() });
        }
        if comment.amount_eur.is_none() {
            problems.push(Problem::UnknownAmount { text: event.comment.clone() });
        }
        if comment.promotion.is_none() {
            problems.push(Problem::NoPromotion { text: event.comment.clone() });
        }
        note(&mut section, index, Some(&event.service.0), Outcome::Kept, problems);
        awards.push(FastAward {
            service: event.service.clone(),
            promotion: comment.promotion,
            amount_eur: comment.amount_eur,
            event_date: event.date,
        });
    }
    report.sections.push(section);
    let numbers: BTreeSet<u32> = awards.iter().filter_map(|a| a.promotion).collect();
    let promotions = numbers.into_iter().map(|number| FastPromotion { number, title: None, month: None }).collect();
    (promotions, awards)
}
