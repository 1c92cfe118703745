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
        Err(message) => {
            eprintln!("data: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::path::{Path, PathBuf};
    use std::process::Command;

    use beta_dashboard::charts::labels::{COMPACT_LABEL_MAX as LABEL_MAX, short_label};
    use beta_dashboard::data::synthetic::scale_published;
    use beta_dashboard::data::{Date, FetchError, LIVE_API, SourceInfo, SourceTexts, compact, load};

    const DEFAULT_SOURCE: &str = "public/data/beta.gouv.fr";
    const DEFAULT_OUT: &str = "public/data/tableau-de-bord.json";

    /// The published files, as text; `None` for an optional file that is not there.
    struct Published {
        startups: String,
        incubators: Option<String>,
        organisations: Option<String>,
        fast: Option<String>,
        info: SourceInfo,
    }

    pub fn run(args: Vec<String>) -> Result<(), String> {
        let mut source = DEFAULT_SOURCE.to_owned();
        let mut out = PathBuf::from(DEFAULT_OUT);
        let mut scale = 1_usize;
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--out" => out = args.next().ok_or("--out needs a file")?.into(),
                "--scale" => {
                    scale = args.next().and_then(|n| n.parse().ok()).filter(|&n| n >= 1).ok_or("--scale needs N ≥ 1")?
                }
                "-h" | "--help" => {
                    println!("usage: data [FOLDER | https://beta.gouv.fr/api/v2.7/] [--out FILE] [--scale N]");
                    return Ok(());
                }
                other if other.starts_with("--") => return Err(format!("unknown option {other}")),
                other => source = other.to_owned(),
            }
        }

        let mut published = if source.starts_with("https://") || source.starts_with("http://") {
            from_api(&source)?
        } else {
            from_folder(Path::new(&source))?
        };
        if scale > 1 {
            let (startups, fast) = scale_published(&published.startups, published.fast.as_deref(), scale)
                .map_err(|e| format!("--scale: the published files are not JSON: {e}"))?;
            published.startups = startups;
            published.fast = fast;
            published.info.label = format!("Données synthétiques : {} × {scale}", published.info.label);
        }
        let dataset = load(&SourceTexts {
            startups: Ok(&published.startups),
            incubators: optional(&published.incubators),
            organisations: optional(&published.organisations),
            fast: optional(&published.fast),
            today: today(),
        })
        .map_err(|e| e.to_string())?;

        let text = compact::write(&dataset, &published.info, |title| short_label(title, LABEL_MAX));
        if let Some(parent) = out.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&out, &text).map_err(|e| format!("{}: {e}", out.display()))?;

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
                "  {:<22} read {:>6}  kept {:>6}  repaired {:>4}  skipped {:>4}",
                format!("{:?}", section.section),
                section.read,
                section.kept,
                section.repaired(),
                section.skipped()
            );
        }
        for file in &report.files {
            if file.status != beta_dashboard::data::FileStatus::Read {
                println!("  {}: {}", file.file.file_name(), file.status);
            }
        }
        Ok(())
    }

    fn optional(text: &Option<String>) -> Result<&str, FetchError> {
        text.as_deref().ok_or(FetchError::Status(404))
    }

    /// A folder holding the files, or a snapshot holding them under `api/v2.x/` (the newest).
    fn from_folder(folder: &Path) -> Result<Published, String> {
        let files = if folder.join("startups.json").is_file() {
            folder.to_path_buf()
        } else {
            let api = folder.join("api");
            let mut versions: Vec<PathBuf> = std::fs::read_dir(&api)
                .map_err(|_| format!("{}: neither startups.json nor api/v2.x/ here", folder.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.join("startups.json").is_file())
                .collect();
            versions.sort_by_key(|p| version_of(p));
            versions.pop().ok_or_else(|| format!("{}: no api/v2.x/startups.json", folder.display()))?
        };
        let read = |name: &str| -> Option<String> {
            [files.join(name), folder.join(name)].iter().find_map(|p| std::fs::read_to_string(p).ok())
        };
        let startups = std::fs::read_to_string(files.join("startups.json"))
            .map_err(|e| format!("{}: {e}", files.join("startups.json").display()))?;
        let info = match read("source.json") {
            Some(text) => SourceInfo::parse(&text).map_err(|e| format!("source.json: {e}"))?,
            None => SourceInfo {
                label: "Copie des données publiées par beta.gouv.fr".to_owned(),
                published: None,
                api: LIVE_API.to_owned(),
                commit: None,
                repository: None,
            },
        };
        Ok(Published {
            startups,
            incubators: read("incubators.json"),
            organisations: read("organisations.json"),
            fast: read("fast.json"),
            info,
        })
    }

    /// `v2.10` sorts after `v2.7`.
    fn version_of(path: &Path) -> Vec<u32> {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        name.trim_start_matches('v').split('.').filter_map(|part| part.parse().ok()).collect()
    }

    /// The live API (curl fetches it); FAST from the bundled copy.
    fn from_api(base: &str) -> Result<Published, String> {
        let base = if base.ends_with('/') { base.to_owned() } else { format!("{base}/") };
        let get = |name: &str| -> Result<String, String> {
            let url = format!("{base}{name}");
            let output = Command::new("curl")
                .args(["--fail", "--silent", "--show-error", "--location", "--max-time", "120", &url])
                .output()
                .map_err(|e| format!("curl: {e}"))?;
            if !output.status.success() {
                return Err(format!("{url}: {}", String::from_utf8_lossy(&output.stderr).trim()));
            }
            String::from_utf8(output.stdout).map_err(|_| format!("{url}: not UTF-8"))
        };
        let startups = get("startups.json")?;
        let fast = std::fs::read_to_string(Path::new(DEFAULT_SOURCE).join("fast.json")).ok();
        Ok(Published {
            startups,
            incubators: get("incubators.json").ok(),
            organisations: get("organisations.json").ok(),
            fast,
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
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let days = (secs / 86_400) as i64;
        // Howard Hinnant's days-to-civil algorithm.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date::new(year, month, day).unwrap_or_else(|| Date::first_of_january(1970))
    }
}
