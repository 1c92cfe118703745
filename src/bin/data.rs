//! `./dev data`: writes the compact dataset the app loads (`public/data/tableau-de-bord.json`)
//! from beta.gouv.fr's published files, read with the app's own loader.
//!
//! Usage: data [SOURCE] [--out FILE] [--scale N]
//!   SOURCE   a folder of published files (default `public/data/beta.gouv.fr`): `startups.json`,
//!            `incubators.json`, `organisations.json`, optionally `fast.json` and `source.json`,
//!            either in the folder or under its newest `api/v2.x/`; or the API's address,
//!            `https://beta.gouv.fr/api/v2.7/`, fetched with curl (FAST amounts then come from
//!            the bundled `fast.json`, which the API does not publish).
//!   --out    where to write (default `public/data/tableau-de-bord.json`).
//!   --scale  a synthetic set N times larger (each service copied N times), for benchmarks.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match cli::run(std::env::args().skip(1).collect()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("data: {failure}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::fmt;
    use std::io;
    use std::path::{Path, PathBuf};
    use std::process::Command;

    use beta_dashboard::charts::labels::{COMPACT_LABEL_MAX as LABEL_MAX, short_label};
    use beta_dashboard::data::read::compact;
    use beta_dashboard::data::synthetic::scale_published;
    use beta_dashboard::data::{
        Date, FetchError, FileStatus, FormatError, LIVE_API, LoadError, SourceInfo, SourceTexts, load, text_of_bytes,
    };
    use beta_dashboard::text;

    const DEFAULT_SOURCE: &str = "public/data/beta.gouv.fr";
    const DEFAULT_OUT: &str = "public/data/tableau-de-bord.json";
    /// How long curl may take for one file, in seconds.
    const CURL_SECONDS: u32 = 120;

    /// The published files, as text, or why each could not be had.
    struct Published {
        startups: String,
        incubators: Result<String, Unavailable>,
        organisations: Result<String, Unavailable>,
        fast: Result<String, Unavailable>,
        info: SourceInfo,
    }

    /// Why a published file could not be had.
    #[derive(Debug)]
    pub enum Unavailable {
        /// Not in the folder.
        Missing(PathBuf),
        /// In the folder, but it could not be read.
        Unreadable(PathBuf, io::Error),
        /// curl could not be started.
        NoCurl(io::Error),
        /// curl ran and failed: the address, why, and curl's own words.
        Curl { url: String, failure: CurlFailure, words: String },
    }

    /// Why curl failed, from its exit code (`man curl`, "EXIT CODES") or the HTTP status it read.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub enum CurlFailure {
        /// The server answered with this HTTP status (not 2xx).
        Status(u16),
        /// No complete answer within [`CURL_SECONDS`] (exit 28).
        Timeout,
        /// The host (or the proxy) name could not be resolved (exit 5, 6).
        Dns,
        /// No connection: refused, or the host unreachable (exit 7).
        Connect,
        /// The TLS handshake or the server's certificate failed (exit 35, 60).
        Tls,
        /// Any other exit code.
        Exit(i32),
        /// Killed by a signal.
        Killed,
    }

    impl CurlFailure {
        pub fn of_exit(code: Option<i32>) -> CurlFailure {
            match code {
                Some(5 | 6) => CurlFailure::Dns,
                Some(7) => CurlFailure::Connect,
                Some(28) => CurlFailure::Timeout,
                Some(35 | 60) => CurlFailure::Tls,
                Some(code) => CurlFailure::Exit(code),
                None => CurlFailure::Killed,
            }
        }
    }

    impl Unavailable {
        /// What the load report (and so the compact file, and the page) says of the file.
        fn fetch_error(&self) -> FetchError {
            match self {
                // A web server serving the folder would answer 404 too.
                Unavailable::Missing(_) => FetchError::Status(404),
                Unavailable::Curl { failure: CurlFailure::Status(status), .. } => FetchError::Status(*status),
                Unavailable::Curl { failure: CurlFailure::Timeout, .. } => FetchError::Timeout(CURL_SECONDS),
                other => FetchError::Network(other.to_string()),
            }
        }
    }

    impl fmt::Display for CurlFailure {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                CurlFailure::Status(status) => write!(f, "HTTP {status}"),
                CurlFailure::Timeout => write!(f, "no complete answer within {CURL_SECONDS} s"),
                CurlFailure::Dns => f.write_str("host name not resolved"),
                CurlFailure::Connect => f.write_str("no connection (refused, or host unreachable)"),
                CurlFailure::Tls => f.write_str("TLS handshake or certificate failed"),
                CurlFailure::Exit(code) => write!(f, "curl exited with code {code}"),
                CurlFailure::Killed => f.write_str("curl was killed"),
            }
        }
    }

    impl fmt::Display for Unavailable {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                Unavailable::Missing(path) => write!(f, "{}: not found", path.display()),
                Unavailable::Unreadable(path, error) => write!(f, "{}: {error}", path.display()),
                Unavailable::NoCurl(error) => write!(f, "curl could not be run: {error}"),
                Unavailable::Curl { url, failure, words } if words.is_empty() => write!(f, "{url}: {failure}"),
                Unavailable::Curl { url, failure, words } => write!(f, "{url}: {failure} ({words})"),
            }
        }
    }

    impl std::error::Error for Unavailable {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            match self {
                Unavailable::Unreadable(_, error) | Unavailable::NoCurl(error) => Some(error),
                _ => None,
            }
        }
    }

    /// Why `./dev data` wrote nothing.
    #[derive(Debug)]
    pub enum Failure {
        /// The command line, in words.
        Usage(String),
        /// A folder holding neither `startups.json` nor `api/v2.x/startups.json`.
        NoPublishedFiles(PathBuf),
        /// A file the command needs: `startups.json`, which every figure comes from, or a
        /// `source.json` that is there but could not be read.
        Required(Unavailable),
        SourceInfo(FormatError),
        /// `--scale` copies records of JSON files.
        Scale(serde_json::Error),
        /// The loader's verdict (its wording in `text`).
        Load(LoadError),
        Write(PathBuf, io::Error),
    }

    impl fmt::Display for Failure {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                Failure::Usage(words) => f.write_str(words),
                Failure::NoPublishedFiles(folder) => {
                    write!(f, "{}: neither startups.json nor api/v2.x/startups.json here", folder.display())
                }
                Failure::Required(unavailable) => write!(f, "{unavailable}"),
                Failure::SourceInfo(error) => write!(f, "source.json: {error}"),
                Failure::Scale(error) => write!(f, "--scale: the published files are not JSON: {error}"),
                Failure::Load(error) => write!(f, "{error}"),
                Failure::Write(path, error) => write!(f, "{}: {error}", path.display()),
            }
        }
    }

    impl std::error::Error for Failure {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            match self {
                Failure::Required(error) => Some(error),
                Failure::Scale(error) => Some(error),
                Failure::Write(_, error) => Some(error),
                _ => None,
            }
        }
    }

    pub fn run(args: Vec<String>) -> Result<(), Failure> {
        let usage = |words: &str| Failure::Usage(words.to_owned());
        let mut source = DEFAULT_SOURCE.to_owned();
        let mut out = PathBuf::from(DEFAULT_OUT);
        let mut scale = 1_usize;
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--out" => out = args.next().ok_or_else(|| usage("--out needs a file"))?.into(),
                "--scale" => {
                    scale = args
                        .next()
                        .and_then(|n| n.parse().ok())
                        .filter(|&n| n >= 1)
                        .ok_or_else(|| usage("--scale needs N ≥ 1"))?
                }
                "-h" | "--help" => {
                    println!("usage: data [FOLDER | https://beta.gouv.fr/api/v2.7/] [--out FILE] [--scale N]");
                    return Ok(());
                }
                other if other.starts_with("--") => return Err(Failure::Usage(format!("unknown option {other}"))),
                other => source = other.to_owned(),
            }
        }

        let mut published = if source.starts_with("https://") || source.starts_with("http://") {
            from_api(&source)?
        } else {
            from_folder(Path::new(&source))?
        };
        for unavailable in [&published.incubators, &published.organisations, &published.fast]
            .into_iter()
            .filter_map(|file| file.as_ref().err())
            .filter(|unavailable| !matches!(unavailable, Unavailable::Missing(_)))
        {
            eprintln!("data: {unavailable}");
        }
        if scale > 1 {
            let (startups, fast) =
                scale_published(&published.startups, published.fast.as_deref().ok(), scale).map_err(Failure::Scale)?;
            published.startups = startups;
            if let Some(fast) = fast {
                published.fast = Ok(fast);
            }
            published.info.label = beta_dashboard::text::synthetic_copy(&published.info.label, scale);
        }
        let dataset = load(&SourceTexts {
            startups: Ok(&published.startups),
            incubators: optional(&published.incubators),
            organisations: optional(&published.organisations),
            fast: optional(&published.fast),
            today: today(),
        })
        .map_err(Failure::Load)?;

        let text = compact::write(&dataset, &published.info, |title| short_label(title, LABEL_MAX));
        if let Some(parent) = out.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Failure::Write(parent.to_path_buf(), e))?;
        }
        std::fs::write(&out, &text).map_err(|e| Failure::Write(out.clone(), e))?;

        let report = &dataset.report;
        println!(
            "{}: {} services, {} incubators, {} FAST awards, {} bytes",
            out.display(),
            dataset.services.len(),
            dataset.incubators.len(),
            dataset.fast_awards.len(),
            text.len()
        );
        for section in &report.sections {
            println!(
                "  {:<40} read {:>6}  kept {:>6}  repaired {:>4}  skipped {:>4}",
                text::section_label(section.section),
                section.read,
                section.kept,
                section.repaired(),
                section.skipped()
            );
        }
        for file in &report.files {
            if file.status != FileStatus::Read {
                println!("  {}: {}", file.file.file_name(), file.status);
            }
        }
        Ok(())
    }

    fn optional(file: &Result<String, Unavailable>) -> Result<&str, FetchError> {
        file.as_deref().map_err(Unavailable::fetch_error)
    }

    /// A file's text (UTF-8, or UTF-16 with its mark, as the page reads it).
    fn read_file(path: &Path) -> Result<String, Unavailable> {
        match std::fs::read(path) {
            Ok(bytes) => Ok(text_of_bytes(bytes)),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Err(Unavailable::Missing(path.to_path_buf())),
            Err(error) => Err(Unavailable::Unreadable(path.to_path_buf(), error)),
        }
    }

    /// A folder holding the files, or a snapshot holding them under `api/v2.x/` (the newest).
    fn from_folder(folder: &Path) -> Result<Published, Failure> {
        let files = if folder.join("startups.json").is_file() {
            folder.to_path_buf()
        } else {
            let mut versions: Vec<PathBuf> = std::fs::read_dir(folder.join("api"))
                .map_err(|_| Failure::NoPublishedFiles(folder.to_path_buf()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.join("startups.json").is_file())
                .collect();
            beta_dashboard::data::order::sort_by_key(&mut versions, |p| version_of(p));
            versions.pop().ok_or_else(|| Failure::NoPublishedFiles(folder.to_path_buf()))?
        };
        // In the version's folder, else in the snapshot's (`fast.json`, `source.json`).
        let read = |name: &str| -> Result<String, Unavailable> {
            match read_file(&files.join(name)) {
                Err(Unavailable::Missing(_)) if files != folder => read_file(&folder.join(name)),
                other => other,
            }
        };
        let startups = read_file(&files.join("startups.json")).map_err(Failure::Required)?;
        let info = match read("source.json") {
            Ok(text) => SourceInfo::parse(&text).map_err(Failure::SourceInfo)?,
            Err(Unavailable::Missing(_)) => SourceInfo {
                label: beta_dashboard::text::PUBLISHED_COPY.to_owned(),
                published: None,
                api: LIVE_API.to_owned(),
                commit: None,
                repository: None,
            },
            Err(unavailable) => return Err(Failure::Required(unavailable)),
        };
        Ok(Published {
            startups,
            incubators: read("incubators.json"),
            // v2.5 names its organisations `sponsors.json`, an object keyed by id (the loader reads both).
            organisations: match read("organisations.json") {
                Err(Unavailable::Missing(missing)) => match read_file(&files.join("sponsors.json")) {
                    Err(Unavailable::Missing(_)) => Err(Unavailable::Missing(missing)),
                    other => other,
                },
                other => other,
            },
            fast: read("fast.json"),
            info,
        })
    }

    /// `v2.10` sorts after `v2.7`.
    fn version_of(path: &Path) -> Vec<u32> {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        name.trim_start_matches('v').split('.').filter_map(|part| part.parse().ok()).collect()
    }

    /// What curl writes after the body: the HTTP status of the last answer (`000` for none).
    const STATUS_OUT: &str = "%{http_code}";

    /// One file of the API, with curl.
    fn fetch(url: &str) -> Result<String, Unavailable> {
        let output = Command::new("curl")
            .args(["--silent", "--show-error", "--location", "--max-time", &CURL_SECONDS.to_string()])
            .args(["--write-out", STATUS_OUT, url])
            .output()
            .map_err(Unavailable::NoCurl)?;
        let words = String::from_utf8_lossy(&output.stderr).trim().to_owned();
        let failed = |failure| Unavailable::Curl { url: url.to_owned(), failure, words: words.clone() };
        if !output.status.success() {
            return Err(failed(CurlFailure::of_exit(output.status.code())));
        }
        let (body, status) = split_status(output.stdout);
        match status {
            Some(200..=299) => Ok(text_of_bytes(body)),
            Some(status) => Err(failed(CurlFailure::Status(status))),
            None => Err(failed(CurlFailure::Exit(0))),
        }
    }

    /// The body and the status that `--write-out %{http_code}` put after it.
    pub fn split_status(mut stdout: Vec<u8>) -> (Vec<u8>, Option<u16>) {
        let Some(at) = stdout.len().checked_sub(3) else { return (stdout, None) };
        let status = std::str::from_utf8(&stdout[at..]).ok().and_then(|code| code.parse().ok());
        stdout.truncate(at);
        (stdout, status)
    }

    /// The live API (curl fetches it); FAST from the bundled copy.
    fn from_api(base: &str) -> Result<Published, Failure> {
        let base = if base.ends_with('/') { base.to_owned() } else { format!("{base}/") };
        let get = |name: &str| fetch(&format!("{base}{name}"));
        let startups = get("startups.json").map_err(Failure::Required)?;
        Ok(Published {
            startups,
            incubators: get("incubators.json"),
            organisations: get("organisations.json"),
            fast: read_file(&Path::new(DEFAULT_SOURCE).join("fast.json")),
            info: SourceInfo {
                label: "Données publiées par beta.gouv.fr".to_owned(),
                published: Some(today()),
                api: base,
                commit: None,
                repository: None,
            },
        })
    }

    /// Today (UTC), from the system clock.
    fn today() -> Date {
        let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        Date::of_unix_seconds(seconds)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn curl_exit_codes_keep_their_cause() {
            assert_eq!(CurlFailure::of_exit(Some(28)), CurlFailure::Timeout);
            assert_eq!(CurlFailure::of_exit(Some(6)), CurlFailure::Dns);
            assert_eq!(CurlFailure::of_exit(Some(7)), CurlFailure::Connect);
            assert_eq!(CurlFailure::of_exit(Some(60)), CurlFailure::Tls);
            assert_eq!(CurlFailure::of_exit(Some(56)), CurlFailure::Exit(56));
            assert_eq!(CurlFailure::of_exit(None), CurlFailure::Killed);
        }

        #[test]
        fn only_an_http_status_is_reported_as_one() {
            let curl = |failure| Unavailable::Curl { url: "https://x/a.json".into(), failure, words: String::new() };
            assert_eq!(curl(CurlFailure::Status(503)).fetch_error(), FetchError::Status(503));
            assert_eq!(curl(CurlFailure::Timeout).fetch_error(), FetchError::Timeout(CURL_SECONDS));
            assert_eq!(
                curl(CurlFailure::Dns).fetch_error(),
                FetchError::Network("https://x/a.json: host name not resolved".into())
            );
            assert_eq!(Unavailable::Missing("a.json".into()).fetch_error(), FetchError::Status(404));
            assert_eq!(curl(CurlFailure::Timeout).to_string(), "https://x/a.json: no complete answer within 120 s");
        }

        #[test]
        fn the_status_is_split_from_the_body() {
            assert_eq!(split_status(b"{}404".to_vec()), (b"{}".to_vec(), Some(404)));
            assert_eq!(split_status(b"200".to_vec()), (vec![], Some(200)));
            assert_eq!(split_status(b"{}000".to_vec()), (b"{}".to_vec(), Some(0)));
            assert_eq!(split_status(b"x".to_vec()), (b"x".to_vec(), None));
        }
    }
}
