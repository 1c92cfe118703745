//! What the integration tests share (`mod common;` in each): the day they are worked out for, the
//! project's files, the bundled published files loaded as the page loads them.

// Each test binary compiles this module and uses only some of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use beta_dashboard::data::{Dataset, Date, FetchError, SourceTexts, load};

/// The day every test is worked out for, whatever the machine's date: the figures of the bundled
/// snapshot (published on 20 August 2026) and of the fixtures are known for it.
pub const TODAY: &str = "2026-11-28";

/// The folder of the bundled published files, from the project's root.
pub const PUBLISHED: &str = "public/data/beta.gouv.fr";

/// A date written `YYYY-MM-DD`.
pub fn date(text: &str) -> Date {
    text.parse().unwrap_or_else(|_| panic!("not a date: {text}"))
}

/// [`TODAY`] as a date.
pub fn today() -> Date {
    date(TODAY)
}

/// The project's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file of the project, by its path from the root, as text.
pub fn read(path: impl AsRef<Path>) -> String {
    let path = root().join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A bundled published file (`startups.json`, `fast.json`…), as text.
pub fn published_file(name: &str) -> String {
    read(Path::new(PUBLISHED).join(name))
}

/// `startups` (a startups.json text) loaded with the bundled incubators.json and
/// organisations.json, and the bundled fast.json or none, on [`TODAY`].
pub fn load_published(startups: &str, with_fast: bool) -> Dataset {
    let (incubators, organisations, fast) =
        (published_file("incubators.json"), published_file("organisations.json"), published_file("fast.json"));
    load(&SourceTexts {
        startups: Ok(startups),
        incubators: Ok(&incubators),
        organisations: Ok(&organisations),
        fast: if with_fast { Ok(&fast) } else { Err(FetchError::Status(404)) },
        today: today(),
    })
    .unwrap()
}

/// An empty folder of its own under the system's temporary folder.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("beta-dashboard-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A load report's parts by name (the page reads a report whole; tests look at one part).
pub trait ReportParts {
    fn section(&self, section: beta_dashboard::data::Section) -> Option<&beta_dashboard::data::SectionReport>;
    fn file_status(&self, file: beta_dashboard::data::DataFile) -> Option<&beta_dashboard::data::FileStatus>;
}

impl ReportParts for beta_dashboard::data::LoadReport {
    fn section(&self, section: beta_dashboard::data::Section) -> Option<&beta_dashboard::data::SectionReport> {
        self.sections.iter().find(|s| s.section == section)
    }

    fn file_status(&self, file: beta_dashboard::data::DataFile) -> Option<&beta_dashboard::data::FileStatus> {
        self.files.iter().find(|f| f.file == file).map(|f| &f.status)
    }
}
