//! Fetching the data (gloo-net, with a timeout) — the compact file by default, or published files
//! (`?source=`) — and handing it to the core, in tasks short enough never to freeze the page.

use std::sync::Arc;
use std::time::Duration;

use futures::future::{join3, join5};
use gloo_net::http::Request;

use crate::data::query::listing::ServiceIndex;
use crate::data::read::compact;
use crate::data::{
    BUNDLED_PUBLISHED, DataFile, DataSource, Dataset, FetchError, LIVE_API, LoadError, SAVED_AT_HEADER, SavedCopy,
    SourceInfo, SourceTexts,
};
use crate::text;
use crate::web::browser::set_timeout_with_handle;

/// A request gets this long to deliver a whole file before it is abandoned.
pub const TIMEOUT_SECONDS: u32 = 30;

/// The data, and what is known of where it comes from.
#[derive(Debug)]
pub struct Loaded {
    pub dataset: Dataset,
    pub source: DataSource,
    /// The description of the copy (the compact file's `source`, or a folder's `source.json`).
    pub info: Option<SourceInfo>,
    /// The day of the server's `Last-Modified` for the main file, when it says.
    pub last_modified: Option<crate::data::Date>,
    /// Set when the files came from the copy the service worker saved (the network failed).
    pub saved: Option<SavedCopy>,
    /// Search and sort keys of the services list, computed once.
    pub index: ServiceIndex,
}

impl Loaded {
    /// The date of the data, as the source note gives it: the copy's publication date, or for the
    /// live API the day it was last modified.
    pub fn data_date(&self) -> Option<crate::data::Date> {
        match self.source {
            DataSource::Live => self.last_modified,
            _ => self.info.as_ref().and_then(|i| i.published),
        }
    }
}

/// What is known of the data besides its content.
/// The data a render at build time shows at once (the prerender provides it as a context), where
/// the browser fetches it.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
#[derive(Clone)]
pub struct Prerendered(pub Arc<Loaded>);

#[derive(Default)]
struct Provenance {
    info: Option<SourceInfo>,
    last_modified: Option<crate::data::Date>,
    saved: Option<SavedCopy>,
}

/// The result a page renders: the data, or why there is none.
pub type LoadResult = Result<Arc<Loaded>, LoadError>;

#[derive(Clone)]
struct Fetched {
    text: String,
    last_modified: Option<String>,
    /// The service worker's [`SAVED_AT_HEADER`]: the file came from its saved copy.
    saved_at: Option<String>,
}

/// Whether a reading may use the browser's cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// The first reading: a cached copy the server says is fresh will do.
    First,
    /// A refresh: the server is asked whether its files changed, whatever the cache holds.
    Again,
}

/// Fetches and reads the data of `source`. Messages also go to the console.
pub async fn load_data(source: DataSource, reading: Reading) -> LoadResult {
    let (result, provenance) = match &source {
        DataSource::Compact(path) => {
            let fetched = fetch_text(path.clone(), reading, TIMEOUT_SECONDS).await;
            let last_modified = last_modified_day(&fetched);
            let saved = saved_copy([&fetched]);
            let result = match fetched {
                Err(e) => Err(LoadError::Unavailable(DataFile::Compact, e)),
                Ok(f) => read_compact(&f.text, false).await.map(|c| (c.dataset, c.source)),
            };
            match result {
                Ok((dataset, info)) => (Ok(dataset), Provenance { info, last_modified, saved }),
                Err(error) => (Err(error), Provenance::default()),
            }
        }
        DataSource::Published(folder) => load_published(folder, folder, reading).await,
        DataSource::Live => load_published(LIVE_API, BUNDLED_PUBLISHED, reading).await,
    };
    finish(result, source, provenance).await
}

/// Loads `source` for a page, handing each stage to `deliver`. Published files come in two: the
/// figures as soon as the API's three files are read, with FAST and the source's description
/// still on their way (each on a short timeout of its own); then again with them.
pub async fn load_in_stages(source: DataSource, deliver: impl Fn(LoadResult)) {
    let (api, extras) = match &source {
        DataSource::Compact(_) => return deliver(load_data(source, Reading::First).await),
        DataSource::Published(folder) => (folder.clone(), folder.clone()),
        DataSource::Live => (LIVE_API.to_owned(), BUNDLED_PUBLISHED.to_owned()),
    };
    let optional = |url: String| {
        let (sent, received) = futures::channel::oneshot::channel();
        leptos::task::spawn_local(async move {
            _ = sent.send(fetch_text(url, Reading::First, OPTIONAL_TIMEOUT_SECONDS).await);
        });
        received
    };
    let mut fast = optional(format!("{extras}fast.json"));
    let mut info = optional(format!("{extras}source.json"));
    let (startups, incubators, organisations) = join3(
        fetch_text(format!("{api}startups.json"), Reading::First, TIMEOUT_SECONDS),
        fetch_text(format!("{api}incubators.json"), Reading::First, TIMEOUT_SECONDS),
        fetch_organisations(&api, Reading::First),
    )
    .await;
    let required = Required { api: &api, startups, incubators, organisations };
    let pending = || Err(FetchError::Pending);
    let (fast_now, info_now) = (fast.try_recv().ok().flatten(), info.try_recv().ok().flatten());
    if fast_now.is_none() || info_now.is_none() {
        // The figures now; FAST and the description fill in when they come.
        let (result, provenance) =
            required.read(fast_now.clone().unwrap_or_else(pending), info_now.clone().unwrap_or_else(pending)).await;
        deliver(finish(result, source.clone(), provenance).await);
    }
    let fast = match fast_now {
        Some(fetched) => fetched,
        None => fast.await.unwrap_or_else(|_| pending()),
    };
    let info = match info_now {
        Some(fetched) => fetched,
        None => info.await.unwrap_or_else(|_| pending()),
    };
    let (result, provenance) = required.read(fast, info).await;
    deliver(finish(result, source, provenance).await);
}

/// Optional files (FAST, the source's description) get this long, not [`TIMEOUT_SECONDS`].
pub const OPTIONAL_TIMEOUT_SECONDS: u32 = 5;

/// Logs what was not used, computes the list's keys, and hands the data to the page.
async fn finish(result: Result<Dataset, LoadError>, source: DataSource, provenance: Provenance) -> LoadResult {
    match &result {
        Err(error) => leptos::logging::error!("{}", text::console_line(text::LOAD_FAILED, error)),
        Ok(dataset) => log_report(dataset),
    }
    let dataset = result?;
    // The list's keys in a task of their own: a large dataset does not freeze the page.
    next_task().await;
    let index = ServiceIndex::new(&dataset);
    // And the page's first render in another.
    next_task().await;
    let Provenance { info, last_modified, saved } = provenance;
    Ok(Arc::new(Loaded { dataset, source, info, last_modified, saved, index }))
}

/// Services read between two breaths: a batch takes a few milliseconds on a phone.
const SERVICES_PER_BATCH: usize = 2_000;

/// Reads a compact file a batch of services at a time, letting the browser paint and answer
/// input between batches, so that a large file never freezes the tab.
async fn read_compact(text: &str, written_by_reader: bool) -> Result<compact::Compact, LoadError> {
    next_task().await;
    let mut reader = if written_by_reader { compact::Reader::from_reader(text)? } else { compact::Reader::new(text)? };
    while !reader.read_services(SERVICES_PER_BATCH) {
        next_task().await;
    }
    Ok(reader.finish())
}

/// Resolves in a later task of the event loop.
async fn next_task() {
    let (done, wait) = futures::channel::oneshot::channel::<()>();
    super::browser::set_timeout(move || _ = done.send(()), Duration::ZERO);
    let _ = wait.await;
}

/// Published files: the three of the API from `api`, `fast.json` and `source.json` from `extras`.
async fn load_published(api: &str, extras: &str, reading: Reading) -> (Result<Dataset, LoadError>, Provenance) {
    let (startups, incubators, organisations, fast, info) = join5(
        fetch_text(format!("{api}startups.json"), reading, TIMEOUT_SECONDS),
        fetch_text(format!("{api}incubators.json"), reading, TIMEOUT_SECONDS),
        fetch_organisations(api, reading),
        fetch_text(format!("{extras}fast.json"), reading, TIMEOUT_SECONDS),
        fetch_text(format!("{extras}source.json"), reading, TIMEOUT_SECONDS),
    )
    .await;
    Required { api, startups, incubators, organisations }.read(fast, info).await
}

/// The organisations: `organisations.json`, or v2.5's `sponsors.json` (an object keyed by id,
/// which the loader reads too) where the folder has no `organisations.json`.
async fn fetch_organisations(api: &str, reading: Reading) -> Result<Fetched, FetchError> {
    match fetch_text(format!("{api}organisations.json"), reading, TIMEOUT_SECONDS).await {
        Err(FetchError::Status(404)) => fetch_text(format!("{api}sponsors.json"), reading, TIMEOUT_SECONDS).await,
        fetched => fetched,
    }
}

/// The API's three files, as fetched.
struct Required<'a> {
    api: &'a str,
    startups: Result<Fetched, FetchError>,
    incubators: Result<Fetched, FetchError>,
    organisations: Result<Fetched, FetchError>,
}

impl Required<'_> {
    /// The dataset of these files with `fast`, the description `info`, and where it comes from.
    async fn read(
        &self,
        fast: Result<Fetched, FetchError>,
        info: Result<Fetched, FetchError>,
    ) -> (Result<Dataset, LoadError>, Provenance) {
        fn text_of(fetched: &Result<Fetched, FetchError>) -> Result<&str, FetchError> {
            fetched.as_ref().map(|f| f.text.as_str()).map_err(Clone::clone)
        }
        let texts = SourceTexts {
            startups: text_of(&self.startups),
            incubators: text_of(&self.incubators),
            organisations: text_of(&self.organisations),
            fast: text_of(&fast),
            today: super::browser::today(),
        };
        // The live API is described by the page itself, not by the bundled copy's source.json.
        let saved = saved_copy([&self.startups, &self.incubators, &self.organisations, &fast, &info]);
        let info = info.ok().filter(|_| self.api != LIVE_API).and_then(|f| SourceInfo::parse(&f.text).ok());
        // Read by the page's reader of published files (a worker), which answers with their
        // compact file, read here as any compact file.
        let dataset = match super::reader::compact_of(&texts).await {
            Ok(compact) => read_compact(&compact, true).await.map(|c| c.dataset),
            Err(error) => Err(error),
        };
        (dataset, Provenance { info, last_modified: last_modified_day(&self.startups), saved })
    }
}

/// Whether these files came from the service worker's saved copy, and since when.
fn saved_copy<'a>(files: impl IntoIterator<Item = &'a Result<Fetched, FetchError>>) -> Option<SavedCopy> {
    let stamps = files.into_iter().map(|f| f.as_ref().ok().and_then(|f| f.saved_at.as_deref()));
    SavedCopy::of_files(stamps, super::browser::local_date_time)
}

fn last_modified_day(fetched: &Result<Fetched, FetchError>) -> Option<crate::data::Date> {
    fetched.as_ref().ok().and_then(|f| f.last_modified.as_deref()).and_then(super::browser::http_date)
}

fn log_report(dataset: &Dataset) {
    let report = &dataset.report;
    if report.is_clean() {
        return;
    }
    for file in &report.files {
        if file.status != crate::data::FileStatus::Read {
            leptos::logging::warn!("{}", text::console_file(file.file, &file.status));
        }
    }
    for section in &report.sections {
        for issue in &section.issues {
            leptos::logging::warn!("{}", text::console_issue(section.section, issue));
        }
    }
}

/// GETs a text file, failing on HTTP errors and after [`TIMEOUT_SECONDS`].
async fn fetch_text(url: String, reading: Reading, timeout_seconds: u32) -> Result<Fetched, FetchError> {
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    let timeout = Duration::from_secs(u64::from(timeout_seconds));
    let timer = controller.clone().and_then(|c| set_timeout_with_handle(move || c.abort(), timeout).ok());
    let aborted = || signal.as_ref().is_some_and(web_sys::AbortSignal::aborted);
    let network = |error: gloo_net::Error| {
        if aborted() {
            FetchError::Timeout(timeout_seconds)
        } else {
            // The page says it in French; the browser's own words stay in the console.
            leptos::logging::warn!("{url}: {error}");
            FetchError::Network(error.to_string())
        }
    };
    let result = async {
        let mut request = Request::get(&url).abort_signal(signal.as_ref());
        if reading == Reading::Again {
            request = request.cache(web_sys::RequestCache::NoCache);
        }
        let response = request.send().await.map_err(network)?;
        if !response.ok() {
            return Err(FetchError::Status(response.status()));
        }
        // Too large to read safely: said before reading, when the server gives the size.
        let limit = crate::data::MAX_FILE_BYTES;
        let announced = response.headers().get("content-length").and_then(|n| n.trim().parse::<u64>().ok());
        if let Some(bytes) = announced.filter(|n| *n > limit) {
            if let Some(controller) = &controller {
                controller.abort();
            }
            return Err(FetchError::TooLarge { bytes, limit });
        }
        let last_modified = response.headers().get("last-modified");
        let saved_at = response.headers().get(SAVED_AT_HEADER);
        // Bytes, not text: a JavaScript string would be converted from UTF-16, which costs far
        // more than checking UTF-8 for a large file; and a UTF-16 file is read too.
        // The answer began: a body that stops early was interrupted, not refused.
        let bytes = response.binary().await.map_err(|error| {
            if aborted() {
                FetchError::Timeout(timeout_seconds)
            } else {
                leptos::logging::warn!("{url}: {error}");
                FetchError::Interrupted(error.to_string())
            }
        })?;
        if bytes.len() as u64 > limit {
            return Err(FetchError::TooLarge { bytes: bytes.len() as u64, limit });
        }
        // Fewer bytes than announced, where the announced length is the body's own (not compressed).
        let identity =
            response.headers().get("content-encoding").is_none_or(|e| e.trim().eq_ignore_ascii_case("identity"));
        if let Some(announced) = announced.filter(|n| identity && (bytes.len() as u64) < *n) {
            return Err(FetchError::Interrupted(format!("{} bytes of {announced}", bytes.len())));
        }
        let text = crate::data::text_of_bytes(bytes);
        Ok(Fetched { text, last_modified, saved_at })
    }
    .await;
    if let Some(timer) = timer {
        timer.clear();
    }
    result
}
