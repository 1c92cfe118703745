//! Writing a compact file.

use crate::data::order;
use std::collections::BTreeSet;

use serde::Serialize;

use super::records::{
    AwardRecord, FORMAT, IncubatorRecord, LINK_BUDGET, LINK_IMPACT, LINK_REPOSITORY, LINK_STATS, OrganisationRecord,
    PromotionRecord, ServiceRecord, ThemeRecord, accessibility_name, published_names,
};
use super::report::ReportRecord;
use crate::data::model::ids::OrganisationId;
use crate::data::model::{Dataset, FastAward, Organisation};
use crate::data::read::source::SourceInfo;

/// Writes `dataset` as a compact file: one record per line, sorted, ending with a newline.
/// `label` gives the short chart name of an incubator title.
pub fn write(dataset: &Dataset, source: &SourceInfo, label: impl Fn(&str) -> String) -> String {
    fn json<T: Serialize + ?Sized>(value: &T) -> String {
        // Serialising these plain records cannot fail: no map has non-string keys.
        serde_json::to_string(value).unwrap_or_default()
    }
    fn list(out: &mut String, name: &str, records: Vec<String>, last: bool) {
        out.push_str(&format!("{}:[", json(name)));
        for (i, record) in records.iter().enumerate() {
            out.push_str(if i == 0 { "\n" } else { ",\n" });
            out.push_str(record);
        }
        out.push_str(if records.is_empty() { "]" } else { "\n]" });
        out.push_str(if last { "\n" } else { ",\n" });
    }

    // The organisations shown: the sponsors of services and the owners of incubators.
    let sponsors = dataset.services.iter().flat_map(|s| s.sponsors.iter().map(OrganisationId::as_str));
    let owners = dataset.incubators.values().filter_map(|i| i.owner.as_ref().map(OrganisationId::as_str));
    let referenced: BTreeSet<&str> = sponsors.chain(owners).collect();
    let incubators = dataset
        .incubators
        .values()
        .map(|i| {
            json(&IncubatorRecord {
                id: i.id.0.clone(),
                title: i.title.clone(),
                label: label(&i.title),
                owner: i.owner.as_ref().map(|o| o.0.clone()),
            })
        })
        .collect();
    let mut organisations: Vec<&Organisation> =
        dataset.organisations.iter().filter(|o| referenced.contains(o.id.as_str())).collect();
    order::sort_by(&mut organisations, |a, b| a.id.cmp(&b.id));
    let organisations = organisations
        .into_iter()
        .map(|o| {
            json(&OrganisationRecord {
                id: o.id.0.clone(),
                name: o.name.clone(),
                acronym: o.acronym.clone(),
                ministry: o.ministry.clone(),
            })
        })
        .collect();
    let services = dataset
        .services
        .iter()
        .map(|s| {
            json(&ServiceRecord {
                id: s.id.0.clone(),
                name: s.name.clone(),
                pitch: s.pitch.clone(),
                // Only web addresses are ever shown.
                link: s.link.as_deref().and_then(crate::data::web_address).map(str::to_owned),
                incubators: s.incubators.iter().map(|i| i.0.clone()).collect(),
                sponsors: s.sponsors.iter().map(|id| id.0.clone()).collect(),
                phases: s.phases.iter().map(|p| (p.phase.name().to_owned(), p.start)).collect(),
                themes: s.themes.iter().map(|t| t.0.clone()).collect(),
                links: [
                    (s.links.stats, LINK_STATS),
                    (s.links.budget, LINK_BUDGET),
                    (s.links.impact, LINK_IMPACT),
                    (s.links.repository, LINK_REPOSITORY),
                ]
                .into_iter()
                .filter(|(on, _)| *on)
                .map(|(_, name)| name.to_owned())
                .collect(),
                accessibility: accessibility_name(s.accessibility).map(str::to_owned),
            })
        })
        .collect();
    let themes = dataset
        .themes()
        .iter()
        .map(|(key, label)| json(&ThemeRecord { key: key.0.clone(), label: label.clone() }))
        .collect();
    let promotions = dataset
        .fast_promotions
        .iter()
        .map(|p| json(&PromotionRecord { number: p.number, title: p.title.clone(), month: p.month }))
        .collect();
    let mut awards: Vec<&FastAward> = dataset.fast_awards.iter().collect();
    order::sort_by(&mut awards, |a, b| {
        (&a.service, a.promotion, a.event_date).cmp(&(&b.service, b.promotion, b.event_date))
    });
    let awards = awards
        .into_iter()
        .map(|a| {
            json(&AwardRecord {
                service: a.service.0.clone(),
                promotion: a.promotion,
                amount_eur: a.amount_eur,
                event_date: a.event_date,
            })
        })
        .collect();

    let mut out = String::from("{");
    out.push_str(&format!("\"format\":{FORMAT},\n"));
    out.push_str(&format!("\"source\":{},\n", json(source)));
    out.push_str(&format!("\"report\":{},\n", json(&ReportRecord::of(&dataset.report))));
    out.push_str(&format!("\"published\":{},\n", json(&published_names(&dataset.published))));
    list(&mut out, "incubators", incubators, false);
    list(&mut out, "organisations", organisations, false);
    list(&mut out, "themes", themes, false);
    list(&mut out, "services", services, false);
    out.push_str(&format!("\"fast\":{{\"source\":{},\n", json(&dataset.fast_source)));
    list(&mut out, "promotions", promotions, false);
    list(&mut out, "awards", awards, true);
    out.push_str("}}\n");
    out
}
