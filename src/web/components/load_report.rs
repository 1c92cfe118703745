//! Where the data comes from, what could not be used, and what the URL asked for in vain.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::query::url_query::IgnoredValue;
use crate::data::{DataSource, LIVE_API, SourceInfo};
use crate::data::{FileStatus, LoadReport};
use crate::text;
use crate::web::api::Loaded;

/// "Données : copie des données publiées par beta.gouv.fr, état du 20 août 2026. https://beta.gouv.fr/api/v2.7/
/// · version copiée · fichier des données (JSON)". Only web addresses become links.
#[component]
pub fn SourceNote(loaded: Arc<Loaded>) -> impl IntoView {
    // The live API is described by the page, a copy by its own description.
    let live = loaded.source == DataSource::Live;
    let info = loaded.info.clone().filter(|_| !live);
    let description = match &info {
        Some(info) => text::source_bundled(&info.label, info.published),
        None if live => text::source_live(loaded.last_modified),
        None => text::SOURCE_BUNDLED_UNDESCRIBED.to_owned(),
    };
    let api = info.as_ref().map_or(LIVE_API, SourceInfo::api_address).to_owned();
    let api_href = api.clone();
    let commit = info.as_ref().and_then(SourceInfo::commit_url);
    let file = match &loaded.source {
        DataSource::Compact(path) => Some(path.clone()),
        _ => None,
    };
    view! {
        <p class="source-note" data-testid="source-note">
            <strong>{text::DATA_SOURCE} {text::COLON}</strong>
            {description} " "
            <a href=api_href rel="noopener">{api}</a>
            {commit.map(|url| view! { " · " <a href=url rel="noopener">{text::SOURCE_COMMIT}</a> })}
            {file.map(|path| view! { " · " <a href=path type="application/json">{text::SOURCE_DATA_FILE}</a> })}
        </p>
    }
}

/// "Hors ligne : données enregistrées par ce navigateur le …", when the data came from the copy
/// the service worker saved; nothing otherwise. `brief` leaves out the advice to reload (embeds).
#[component]
pub fn OfflineNotice(loaded: Arc<Loaded>, #[prop(optional)] brief: bool) -> impl IntoView {
    let copy = loaded.saved?;
    let notice = text::offline_notice(copy, loaded.data_date());
    Some(view! {
        <div class="fr-alert fr-alert--info fr-alert--sm alert alert--info" role="status" data-testid="offline-notice">
            <p>{notice} {(!brief).then(|| format!(" {}", text::OFFLINE_HELP))}</p>
        </div>
    })
}

/// The load report, shown only when something could not be used.
#[component]
pub fn LoadReportView(report: LoadReport) -> impl IntoView {
    if report.is_clean() {
        return view! { <p class="report-clean">{text::LOAD_REPORT_CLEAN}</p> }.into_any();
    }
    let summary = text::load_report_summary(&report);
    let files = report
        .files
        .iter()
        .filter(|f| f.status != FileStatus::Read)
        .map(|f| {
            view! {
                <li>
                    <strong>{f.file.file_name()}</strong> {text::COLON} {f.status.to_string()} ". "
                    {text::file_consequence(f.file)}
                </li>
            }
        })
        .collect_view();
    let sections = report
        .sections
        .iter()
        .map(|s| {
            view! {
                <tr>
                    <th scope="row">{text::section_label(s.section)}</th>
                    <td>{s.read}</td>
                    <td>{s.kept}</td>
                    <td>{s.repaired()}</td>
                    <td>{s.skipped()}</td>
                </tr>
            }
        })
        .collect_view();
    let issues = report
        .sections
        .iter()
        .flat_map(|s| s.issues.iter().map(move |issue| (s.section, issue)))
        .map(|(section, issue)| {
            view! {
                <tr>
                    <td data-label=text::REPORT_LIST>{text::section_label(section)}</td>
                    <td data-label=text::REPORT_POSITION>{issue.index + 1}</td>
                    <td data-label=text::REPORT_ID>{issue.id.clone().unwrap_or_else(|| text::NO_ID.to_owned())}</td>
                    <td data-label=text::REPORT_OUTCOME>{text::outcome_label(issue.outcome)}</td>
                    <td data-label=text::REPORT_REASON>{issue.problem.to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="load-report" data-testid="load-report">
            <summary>{text::LOAD_REPORT} {text::COLON} {summary}</summary>
            <ul class="load-report__files">{files}</ul>
            <ReportTable caption=text::LOAD_REPORT_COUNTS headers=SECTION_HEADERS>{sections}</ReportTable>
            <ReportTable caption=text::LOAD_REPORT_ISSUES headers=ISSUE_HEADERS class="report__issues">{issues}</ReportTable>
        </details>
    }
    .into_any()
}

/// The columns of the counts per section of the data.
const SECTION_HEADERS: [&str; 5] =
    [text::REPORT_SECTION, text::REPORT_READ, text::REPORT_KEPT, text::REPORT_REPAIRED, text::REPORT_SKIPPED];

/// The columns of the list of what could not be used as read.
const ISSUE_HEADERS: [&str; 5] =
    [text::REPORT_SECTION, text::REPORT_POSITION, text::REPORT_ID, text::REPORT_OUTCOME, text::REPORT_REASON];

/// A table of the load report under its caption, its `headers` a row of column headers, its
/// rows the children; scrolled sideways on a phone, in a region the keyboard can reach.
#[component]
fn ReportTable(
    caption: &'static str,
    headers: [&'static str; 5],
    /// Another class of the table than `table`.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=caption>
            <table class=if class.is_empty() { "table".to_owned() } else { format!("table {class}") }>
                <caption>{caption}</caption>
                <thead>
                    <tr>{headers.map(|header| view! { <th scope="col">{header}</th> }).into_iter().collect_view()}</tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}

/// What the URL asked for that the data does not have.
#[component]
pub fn IgnoredNotice(ignored: Signal<Vec<IgnoredValue>>) -> impl IntoView {
    // Said in the console too, once per change.
    Effect::new(move |_| {
        for line in text::ignored_lines(&ignored.read()) {
            leptos::logging::warn!("{} {}", text::IGNORED_PARAMS, line);
        }
    });
    view! {
        <Show when=move || !ignored.read().is_empty()>
            <div class="fr-alert fr-alert--warning fr-alert--sm alert alert--warning" role="status" data-testid="ignored-params">
                <p>{text::IGNORED_PARAMS}</p>
                <ul>
                    {move || ignored.with(|values| text::ignored_lines(values)).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}
