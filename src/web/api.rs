//! Fetching the published files (gloo-net), with a timeout, then handing their text to the core.

use std::sync::Arc;

use std::time::Duration;

use futures::future::join5;
use gloo_net::http::Request;
use leptos::prelude::set_timeout_with_handle;

use crate::data::{Dataset, FetchError, LIVE_API, LoadError, SourceInfo, SourceTexts, load};
use crate::text;

/// A request gets this long to deliver a whole file before it is abandoned.
pub const TIMEOUT_SECONDS: u32 = 30;

/// Where the data is read from (`?source=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The copy shipped with the app under `data/` (default).
    Bundled,
    /// beta.gouv.fr's live API (`?source=beta.gouv.fr`); FAST amounts still come from the bundled
    /// `fast.json`, which the API does not publish.
    Live,
}

impl Origin {
    pub const PARAM: &'static str = "source";
    pub const LIVE_VALUE: &'static str = "beta.gouv.fr";

    pub fn from_param(value: Option<&str>) -> Origin {
        match value.map(str::trim) {
            Some(Origin::LIVE_VALUE) | Some("live") | Some("direct") => Origin::Live,
            _ => Origin::Bundled,
        }
    }

    fn api_base(self) -> &'static str {
        match self {
            Origin::Bundled => "data/api/v2.7/",
            Origin::Live => LIVE_API,
        }
    }
}

/// The data, and what is known of where it comes from.
#[derive(Debug)]
pub struct Loaded {
    pub dataset: Dataset,
    pub origin: Origin,
    /// The description of the bundled copy (`data/source.json`), when readable.
    pub info: Option<SourceInfo>,
    /// The day of the server's `Last-Modified` for `startups.json`, when it says.
    pub last_modified: Option<crate::data::Date>,
}

/// The result a page renders: the data, or why there is none.
pub type LoadResult = Result<Arc<Loaded>, LoadError>;

struct Fetched {
    text: String,
    last_modified: Option<String>,
}

/// Fetches every file at once and reads them. Messages also go to the console.
pub async fn load_data(origin: Origin) -> LoadResult {
    let base = origin.api_base();
    let (startups, incubators, organisations, fast, info) = join5(
        fetch_text(format!("{base}startups.json")),
        fetch_text(format!("{base}incubators.json")),
        fetch_text(format!("{base}organisations.json")),
        fetch_text("data/fast.json".to_owned()),
        fetch_text("data/source.json".to_owned()),
    )
    .await;
    let last_modified =
        startups.as_ref().ok().and_then(|f| f.last_modified.as_deref()).and_then(super::browser::http_date);
    fn text_of(fetched: &Result<Fetched, FetchError>) -> Result<&str, FetchError> {
        fetched.as_ref().map(|f| f.text.as_str()).map_err(Clone::clone)
    }
    let texts = SourceTexts {
        startups: text_of(&startups),
        incubators: text_of(&incubators),
        organisations: text_of(&organisations),
        fast: text_of(&fast),
    };
    let result = load(&texts);
    match &result {
        Err(error) => leptos::logging::error!("{} : {error}", text::LOAD_FAILED),
        Ok(dataset) => log_report(dataset),
    }
    let info = info.ok().and_then(|f| SourceInfo::parse(&f.text).ok());
    result.map(|dataset| Arc::new(Loaded { dataset, origin, info, last_modified }))
}

fn log_report(dataset: &Dataset) {
    let report = &dataset.report;
    if report.is_clean() {
        return;
    }
    for file in &report.files {
        if file.status != crate::data::FileStatus::Read {
            leptos::logging::warn!("{} {} : {}", text::LOAD_REPORT, file.file.file_name(), file.status);
        }
    }
    for section in &report.sections {
        for issue in &section.issues {
            leptos::logging::warn!(
                "{} — {} n°{} ({}) {} : {}",
                text::LOAD_REPORT,
                text::section_label(section.section),
                issue.index + 1,
                issue.id.as_deref().unwrap_or(text::NO_ID),
                text::outcome_label(issue.outcome),
                issue.problem
            );
        }
    }
}

/// GETs a text file, failing on HTTP errors and after [`TIMEOUT_SECONDS`].
async fn fetch_text(url: String) -> Result<Fetched, FetchError> {
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    let timeout = Duration::from_secs(u64::from(TIMEOUT_SECONDS));
    let timer = controller.clone().and_then(|c| set_timeout_with_handle(move || c.abort(), timeout).ok());
    let aborted = || signal.as_ref().is_some_and(web_sys::AbortSignal::aborted);
    let network = |error: gloo_net::Error| {
        if aborted() {
            FetchError::Timeout(TIMEOUT_SECONDS)
        } else {
            // The page says it in French; the browser's own words stay in the console.
            leptos::logging::warn!("{url}: {error}");
            FetchError::Network(error.to_string())
        }
    };
    let result = async {
        let response = Request::get(&url).abort_signal(signal.as_ref()).send().await.map_err(network)?;
        if !response.ok() {
            return Err(FetchError::Status(response.status()));
        }
        let last_modified = response.headers().get("last-modified");
        let text = response.text().await.map_err(network)?;
        Ok(Fetched { text, last_modified })
    }
    .await;
    if let Some(timer) = timer {
        timer.clear();
    }
    result
}
