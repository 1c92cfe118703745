//! The hostile corpus: files a server, an editor or an attacker could send, each read the way the
//! page reads a fetched file (bytes → text → dataset), and what the page then says.
//!
//! Every case checks that nothing panics, that the message names what happened, and that every
//! valid record is kept. The table of cases and outcomes is printed and written to
//! `target/hostile-corpus.md`.

use beta_dashboard::data::query::url_query::{IgnoredValue, filter_from_params};
use beta_dashboard::data::read::compact;
use beta_dashboard::data::{
    Dataset, FetchError, LoadError, MAX_FILE_BYTES, SourceInfo, SourceTexts, load, text_of_bytes,
};
use beta_dashboard::text;
use serde_json::{Value, json};

mod common;
use common::today;

// ---------------------------------------------------------------------------------------------
// A small valid base, mutated by each case

fn startup(id: &str, name: &str, incubator: &str, start: &str) -> Value {
    json!({
        "id": id,
        "type": "startup",
        "attributes": {
            "name": name,
            "pitch": "Un pitch",
            "link": format!("https://{id}.beta.gouv.fr"),
            "phases": [{"name": "investigation", "start": "2021-03-01", "end": start}, {"name": "construction", "start": start, "end": ""}],
            "events": [],
            "sponsors": ["/organisations/dinum"],
        },
        "relationships": {
            "incubator": {"data": {"type": "incubator", "id": incubator}},
            "incubators": {"data": [{"type": "incubator", "id": incubator}]},
        }
    })
}

/// Three valid services in two incubators.
fn base() -> Value {
    json!({
        "data": [
            startup("alpha", "Alpha", "/incubateurs/dinum", "2022-01-01"),
            startup("beta", "Bêta", "/incubateurs/anct", "2023-05-01"),
            startup("gamma", "Gamma", "/incubateurs/dinum", "2024-09-01"),
        ],
        "included": [
            {"id": "/incubateurs/dinum", "type": "incubator", "attributes": {"title": "DINUM", "website": ""}},
            {"id": "/incubateurs/anct", "type": "incubator", "attributes": {"title": "ANCT", "website": ""}},
        ]
    })
}

fn fast_base() -> Value {
    json!({
        "promotions": [{"promotion": 13, "title": "Promotion 13", "month": "2024-06"}],
        "awards": [{"startup": "alpha", "promotion": 13, "amount_eur": 300000}, {"startup": "beta", "promotion": 13, "amount_eur": 200000}]
    })
}

/// The base with a change to its records.
fn base_with(change: impl FnOnce(&mut Vec<Value>)) -> Vec<u8> {
    let mut doc = base();
    change(doc["data"].as_array_mut().unwrap());
    doc.to_string().into_bytes()
}

/// The base with a change to the attributes of its first service.
fn first_with(change: impl FnOnce(&mut Value)) -> Vec<u8> {
    base_with(|records| change(&mut records[0]["attributes"]))
}

fn fast_with(change: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut doc = fast_base();
    change(&mut doc);
    doc.to_string().into_bytes()
}

/// The base, whose first service has one `fast` event with this comment (no fast.json).
fn fast_event(comment: &str) -> Vec<u8> {
    first_with(|a| a["events"] = json!([{"name": "fast", "date": "2024-06-01", "comment": comment}]))
}

// ---------------------------------------------------------------------------------------------
// Inputs and what the page makes of them

/// What a case fetches: each file's bytes, or why it could not be fetched.
struct Input {
    startups: Result<Vec<u8>, FetchError>,
    incubators: Result<Vec<u8>, FetchError>,
    organisations: Result<Vec<u8>, FetchError>,
    fast: Result<Vec<u8>, FetchError>,
}

fn absent() -> Result<Vec<u8>, FetchError> {
    Err(FetchError::Status(404))
}

fn startups(bytes: Vec<u8>) -> Input {
    Input { startups: Ok(bytes), incubators: absent(), organisations: absent(), fast: absent() }
}

fn with_fast(fast: Vec<u8>) -> Input {
    Input { fast: Ok(fast), ..startups(base().to_string().into_bytes()) }
}

fn fetch_failed(error: FetchError) -> Input {
    Input { startups: Err(error), ..startups(Vec::new()) }
}

/// What the page shows: the dataset, or the error and its advice, and every sentence it says.
struct Shown {
    dataset: Option<Dataset>,
    says: String,
    /// What it says, less the optional files a case did not provide (for the table).
    said_of_case: String,
}

fn read(input: Input) -> Shown {
    let text = |file: Result<Vec<u8>, FetchError>| file.map(text_of_bytes);
    let (s, i, o, f) = (text(input.startups), text(input.incubators), text(input.organisations), text(input.fast));
    let texts = SourceTexts {
        startups: s.as_deref().map_err(Clone::clone),
        incubators: i.as_deref().map_err(Clone::clone),
        organisations: o.as_deref().map_err(Clone::clone),
        fast: f.as_deref().map_err(Clone::clone),
        today: today(),
    };
    shown(load(&texts))
}

fn shown(result: Result<Dataset, LoadError>) -> Shown {
    match result {
        Err(error) => {
            let says = format!("{error} {}", text::load_failed_help(&error));
            Shown { said_of_case: says.clone(), says, dataset: None }
        }
        Ok(dataset) => {
            let report = &dataset.report;
            let (mut says, mut said_of_case) = (Vec::new(), Vec::new());
            for file in report.files.iter().filter(|f| f.status != beta_dashboard::data::FileStatus::Read) {
                says.push(format!("{} {}", file.file.file_name(), file.status));
            }
            let not_provided = beta_dashboard::data::FileStatus::Unavailable(FetchError::Status(404));
            for file in report
                .files
                .iter()
                .filter(|f| !matches!(f.status, beta_dashboard::data::FileStatus::Read) && f.status != not_provided)
            {
                said_of_case.push(format!("{} {}", file.file.file_name(), file.status));
            }
            for section in &report.sections {
                for issue in &section.issues {
                    let outcome = match issue.outcome {
                        beta_dashboard::data::Outcome::Kept => "gardé",
                        beta_dashboard::data::Outcome::Skipped => "écarté",
                    };
                    let id = issue.id.as_deref().unwrap_or(text::NO_ID);
                    let line = format!("n°{} {id} {outcome} : {}", issue.index + 1, issue.problem);
                    said_of_case.push(line.clone());
                    says.push(line);
                }
            }
            Shown { says: says.join(" · "), said_of_case: said_of_case.join(" · "), dataset: Some(dataset) }
        }
    }
}

/// What a case expects: the services shown (`None`: the page says the data cannot be shown),
/// words the page must say, and anything else to check.
struct Case {
    name: &'static str,
    shown: Shown,
    services: Option<usize>,
    says: &'static [&'static str],
    check: Option<Check>,
}

type Check = Box<dyn Fn(&Dataset) -> bool>;

fn case(name: &'static str, input: Input, services: Option<usize>, says: &'static [&'static str]) -> Case {
    Case { name, shown: read(input), services, says, check: None }
}

impl Case {
    fn and(mut self, check: impl Fn(&Dataset) -> bool + 'static) -> Case {
        self.check = Some(Box::new(check));
        self
    }
}

fn service<'a>(dataset: &'a Dataset, id: &str) -> Option<&'a beta_dashboard::data::Service> {
    dataset.services.iter().find(|s| s.id.0 == id)
}

fn nested(depth: usize) -> Value {
    (0..depth).fold(json!("fond"), |inner, _| json!([inner]))
}

fn utf16(text: &str, bom: bool) -> Vec<u8> {
    let mark = if bom { vec![0xFF, 0xFE] } else { vec![] };
    mark.into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect()
}

fn cases() -> Vec<Case> {
    let valid = base().to_string();
    vec![
        // --- Whole files: what the page says, and advice that fits the cause.
        case("startups.json empty (0 bytes)", startups(vec![]), None, &["tronqué", "coupé en route"]),
        case(
            "an HTML page served as startups.json",
            startups(b"<!doctype html><html><body>Not found</body></html>".to_vec()),
            None,
            &["page HTML", "paramètre"],
        ),
        case(
            "a cut connection: the file stops mid-record",
            startups(valid.as_bytes()[..valid.len() / 2].to_vec()),
            None,
            &["coupé en route"],
        ),
        case(
            "a syntax error (a missing comma) on line 3",
            startups(b"{\"data\": [\n{\"id\": \"a\"}\n{\"id\": \"b\"}]}".to_vec()),
            None,
            &["ligne 3, colonne 1"],
        ),
        case("UTF-16 with a byte order mark", startups(utf16(&valid, true)), Some(3), &[]),
        case("UTF-16 without a byte order mark", startups(utf16(&valid, false)), Some(3), &[]),
        case(
            "UTF-8 with a byte order mark",
            startups([b"\xEF\xBB\xBF".as_slice(), valid.as_bytes()].concat()),
            Some(3),
            &[],
        ),
        case(
            "UTF-32 with a byte order mark",
            startups(
                [0xFF, 0xFE, 0, 0].into_iter().chain(valid.chars().flat_map(|c| (c as u32).to_le_bytes())).collect(),
            ),
            None,
            &["UTF-32", "UTF-8"],
        ),
        case(
            "gzip bytes served without Content-Encoding",
            startups(vec![0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x8B, 0x8E]),
            None,
            &["gzip", "Content-Encoding"],
        ),
        case(
            "Latin-1 bytes in a name (not UTF-8)",
            startups(
                valid
                    .replace("Bêta", "B\u{1}ta")
                    .into_bytes()
                    .into_iter()
                    .map(|b| if b == 1 { 0xEA } else { b })
                    .collect(),
            ),
            Some(3),
            &[],
        )
        .and(|d| service(d, "beta").is_some_and(|s| s.name == "B\u{FFFD}ta")),
        case(
            "a top-level array instead of an object",
            startups(b"[1, 2]".to_vec()),
            None,
            &["devrait être un objet, c'est un tableau", "forme"],
        ),
        case("`data` missing", startups(b"{\"links\": {}}".to_vec()), None, &["startups.json › data"]),
        case(
            "`data` a string",
            startups(b"{\"data\": \"oops\"}".to_vec()),
            None,
            &["startups.json › data", "texte", "forme"],
        ),
        case("the file is `null`", startups(b"null".to_vec()), None, &["devrait être un objet", "forme"]),
        // --- Fetching: every failure says what happened.
        case("startups.json answers 404", fetch_failed(FetchError::Status(404)), None, &["404", "pas à cette adresse"]),
        case("startups.json answers 503", fetch_failed(FetchError::Status(503)), None, &["503", "en difficulté"]),
        case("a stalled server (timeout)", fetch_failed(FetchError::Timeout(20)), None, &["20 secondes", "connexion"]),
        case("no network", fetch_failed(FetchError::Network("Failed to fetch".into())), None, &["pas pu être joint"]),
        case(
            "a 460 MB startups.json",
            fetch_failed(FetchError::TooLarge { bytes: 460_000_000, limit: MAX_FILE_BYTES }),
            None,
            &["trop volumineux", "460", "50"],
        ),
        // --- Records: one bad record is skipped alone, with its reason.
        case(
            "one record nested 130 levels deep in a field never read",
            base_with(|r| r[1]["attributes"]["extra"] = nested(130)).pipe(startups),
            Some(2),
            &["n°2 beta écarté", "plus de 32 niveaux"],
        ),
        case(
            "one record of 2 MB (a huge description)",
            base_with(|r| r[2]["attributes"]["description"] = json!("x".repeat(2_000_000))).pipe(startups),
            Some(2),
            &["n°3 gamma écarté", "trop long"],
        ),
        case(
            "a number beyond f64 (1e400) in a record",
            startups(valid.replacen("\"Un pitch\"", "1e400", 1).into_bytes()),
            Some(2),
            &["n°1", "illisible"],
        ),
        case(
            "records that are not objects (string, number, null, array)",
            base_with(|r| r.extend([json!("x"), json!(3), json!(null), json!([])])).pipe(startups),
            Some(3),
            &["n°4 sans identifiant écarté", "texte, pas un objet", "n°7"],
        ),
        case(
            "a record without id",
            base_with(|r| {
                r[0].as_object_mut().unwrap().remove("id");
            })
            .pipe(startups),
            Some(2),
            &["pas d'identifiant"],
        ),
        case(
            "an id that is a number",
            base_with(|r| r[0]["id"] = json!(42)).pipe(startups),
            Some(2),
            &["n°1 sans identifiant écarté", "un texte attendu, un nombre trouvé"],
        ),
        case(
            "a duplicated id",
            base_with(|r| {
                let copy = r[0].clone();
                r.push(copy);
            })
            .pipe(startups),
            Some(3),
            &["n°4 alpha écarté", "en double"],
        ),
        case(
            "no attributes",
            base_with(|r| {
                r[0].as_object_mut().unwrap().remove("attributes");
            })
            .pipe(startups),
            Some(3),
            &["attributes", "absent"],
        )
        .and(|d| service(d, "alpha").is_some_and(|s| s.name == "alpha")),
        case(
            "a name that is a number",
            first_with(|a| a["name"] = json!(7)).pipe(startups),
            Some(3),
            &["attributes.name", "nombre trouvé"],
        )
        .and(|d| service(d, "alpha").is_some_and(|s| s.name == "alpha")),
        case(
            "phases not an array",
            first_with(|a| a["phases"] = json!("construction")).pipe(startups),
            Some(3),
            &["attributes.phases", "aucune phase datée"],
        ),
        // --- Plausibility.
        case(
            "a phase starting 0001-01-01",
            first_with(|a| a["phases"][0]["start"] = json!("0001-01-01")).pipe(startups),
            Some(3),
            &["date invraisemblable", "0001-01-01"],
        )
        .and(|d| d.first_year() == Some(2021)),
        case(
            "a phase starting 2999-01-01",
            first_with(|a| a["phases"][1]["start"] = json!("2999-01-01")).pipe(startups),
            Some(3),
            &["2999-01-01", "invraisemblable"],
        ),
        case(
            "a phase starting on 30 February",
            first_with(|a| a["phases"][1]["start"] = json!("2024-02-30")).pipe(startups),
            Some(3),
            &["2024-02-30", "pas une date valide"],
        ),
        case(
            "an unknown phase name",
            first_with(|a| a["phases"][1]["name"] = json!("pivot")).pipe(startups),
            Some(3),
            &["pivot"],
        ),
        case(
            "a phase dated next year (planned) and empty end dates",
            first_with(|a| a["phases"][1]["start"] = json!("2027-03-01")).pipe(startups),
            Some(3),
            &[],
        )
        .and(|d| d.report.sections.iter().all(|s| s.is_clean())),
        case(
            "`/incubateurs/ dinum` (prefix, then a space)",
            base_with(|r| r[0]["relationships"]["incubators"]["data"][0]["id"] = json!("/incubateurs/ dinum"))
                .pipe(startups),
            Some(3),
            &[],
        )
        .and(|d| service(d, "alpha").is_some_and(|s| s.incubators[0].0 == "dinum")),
        case(
            "an incubator no list describes",
            base_with(|r| r[0]["relationships"]["incubators"]["data"][0]["id"] = json!("/incubateurs/inconnu"))
                .pipe(startups),
            Some(3),
            &["inconnu"],
        ),
        // --- Hostile strings.
        case(
            "a right-to-left override in a name (spoofing)",
            first_with(|a| a["name"] = json!("\u{202E}ahpla\u{202C}")).pipe(startups),
            Some(3),
            &["caractères invisibles"],
        )
        .and(|d| service(d, "alpha").is_some_and(|s| s.name == "ahpla")),
        case(
            "zero-width characters in a pitch",
            first_with(|a| a["pitch"] = json!("Un\u{200B} pi\u{2060}tch")).pipe(startups),
            Some(3),
            &["attributes.pitch", "caractères invisibles"],
        )
        .and(|d| service(d, "alpha").is_some_and(|s| s.pitch == "Un pitch")),
        case(
            "markup in a name is text, not markup",
            first_with(|a| a["name"] = json!("<img src=x onerror=alert(1)>")).pipe(startups),
            Some(3),
            &[],
        )
        .and(|d| service(d, "alpha").is_some_and(|s| s.name == "<img src=x onerror=alert(1)>")),
        case(
            "a `javascript:` service link",
            first_with(|a| a["link"] = json!(" JavaScript:alert(1)")).pipe(startups),
            Some(3),
            &[],
        )
        .and(|d| {
            service(d, "alpha").and_then(|s| s.link.as_deref()).and_then(beta_dashboard::data::web_address).is_none()
        }),
        case(
            "a link with trailing spaces",
            first_with(|a| a["link"] = json!("https://alpha.beta.gouv.fr   ")).pipe(startups),
            Some(3),
            &[],
        )
        .and(|d| service(d, "alpha").and_then(|s| s.link.as_deref()) == Some("https://alpha.beta.gouv.fr")),
        case(
            "an organisation name with an HTML-escaped override (&#8238;)",
            Input {
                organisations: Ok(br#"[{"id": "dinum", "name": "&#8238;MUNID", "acronym": "DINUM"}]"#.to_vec()),
                ..startups(valid.clone().into_bytes())
            },
            Some(3),
            &["caractères invisibles"],
        )
        .and(|d| d.organisations[0].name == "MUNID"),
        // --- Optional files: reported, never fatal.
        case(
            "incubators.json is an HTML page",
            Input { incubators: Ok(b"<html></html>".to_vec()), ..startups(valid.clone().into_bytes()) },
            Some(3),
            &["incubators.json illisible", "page HTML"],
        ),
        case(
            "organisations.json is an object",
            Input { organisations: Ok(b"{\"not\": \"an array\"}".to_vec()), ..startups(valid.clone().into_bytes()) },
            Some(3),
            &["organisations.json illisible", "devrait être un tableau"],
        ),
        case(
            "one incubator of incubators.json nested 200 levels",
            Input {
                incubators: Ok(json!({"dinum": {"title": "DINUM", "x": nested(200)}, "anct": {"title": "ANCT"}})
                    .to_string()
                    .into_bytes()),
                ..startups(valid.clone().into_bytes())
            },
            Some(3),
            &["n°2 dinum écarté", "niveaux"],
        ),
        // --- FAST: amounts, promotions, repeats.
        case(
            "a FAST amount of 3 000 000 000 €",
            with_fast(fast_with(|f| f["awards"][0]["amount_eur"] = json!(3_000_000_000u64))),
            Some(3),
            &["montant"],
        )
        .and(|d| d.fast_awards[0].amount_eur.is_none()),
        case(
            "a FAST amount of -300 000 €",
            with_fast(fast_with(|f| f["awards"][0]["amount_eur"] = json!(-300_000))),
            Some(3),
            &["-300000"],
        )
        .and(|d| d.fast_awards[0].amount_eur.is_none()),
        case(
            "a FAST amount written \"150 000 €\"",
            with_fast(fast_with(|f| f["awards"][0]["amount_eur"] = json!("150 000 €"))),
            Some(3),
            &[],
        )
        .and(|d| d.fast_awards[0].amount_eur == Some(150_000)),
        case(
            "a repeated award written with the promotion as a string (\"13\")",
            with_fast(fast_with(|f| {
                f["awards"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"startup": "alpha", "promotion": "13", "amount_eur": 300000}))
            })),
            Some(3),
            &["n°3 alpha écarté", "en double"],
        )
        .and(|d| d.fast_awards.len() == 2),
        case(
            "an award of promotion 0",
            with_fast(fast_with(|f| f["awards"][0]["promotion"] = json!(0))),
            Some(3),
            &["promotion"],
        ),
        case(
            "an award for a service startups.json lacks",
            with_fast(fast_with(|f| f["awards"][0]["startup"] = json!("fantome"))),
            Some(3),
            &["fantome", "absent de startups.json"],
        ),
        case(
            "a promotion dated 0001-01",
            with_fast(fast_with(|f| f["promotions"][0]["month"] = json!("0001-01"))),
            Some(3),
            &["invraisemblable"],
        ),
        case(
            "fast.json's awards not an array: the events are read instead",
            with_fast(fast_with(|f| f["awards"] = json!({}))),
            Some(3),
            &["fast.json illisible", "fast.json › awards"],
        ),
        case(
            "\"breakfast 3\" names no promotion",
            startups(fast_event("Présenté au breakfast 3, montant 100 000 €")),
            Some(3),
            &["promotion introuvable"],
        )
        .and(|d| d.fast_awards[0].promotion.is_none() && d.fast_awards[0].amount_eur == Some(100_000)),
        case(
            "\"-300 000 €\" in an event is no amount",
            startups(fast_event("Montant de -300 000 € pour la promotion 13")),
            Some(3),
            &["montant"],
        )
        .and(|d| d.fast_awards[0].amount_eur.is_none() && d.fast_awards[0].promotion == Some(13)),
        case(
            "a \"Bilan du Fast\" event is no laureate",
            startups(fast_event("Bilan du Fast")),
            Some(3),
            &["n°1 alpha écarté", "non compté"],
        )
        .and(|d| d.fast_awards.is_empty()),
        case(
            "an event naming two promotions",
            startups(fast_event("Promotion 12 puis promotion 13, 300 000 €")),
            Some(3),
            &["deux promotions"],
        )
        .and(|d| d.fast_awards[0].promotion.is_none()),
    ]
}

/// `value.pipe(f)` reads as "then": the cases above build a file, then an input from it.
trait Pipe: Sized {
    fn pipe<T>(self, f: impl FnOnce(Self) -> T) -> T {
        f(self)
    }
}
impl<T> Pipe for T {}

/// Cases read elsewhere than `load`: the source description, the URL, the compact file.
fn other_cases() -> Vec<(&'static str, Result<String, String>)> {
    let dataset = load(&SourceTexts {
        startups: Ok(&base().to_string()),
        incubators: Err(FetchError::Status(404)),
        organisations: Err(FetchError::Status(404)),
        fast: Err(FetchError::Status(404)),
        today: today(),
    })
    .unwrap();
    let url = |query: &'static [(&'static str, &'static str)]| {
        let all = |key: &str| query.iter().filter(|(k, _)| *k == key).map(|(_, v)| v.to_string()).take(1).collect();
        filter_from_params(all, &dataset, today())
    };
    let source = SourceInfo::parse(
        r#"{"label": "copie", "api": "javascript:alert(1)", "commit": "x", "repository": "javascript:alert(2)"}"#,
    )
    .unwrap();
    let compact_error = |text: &str| match compact::read(text) {
        Ok(_) => Err("read".to_owned()),
        Err(error) => Ok(format!("{error} {}", text::load_failed_help(&error))),
    };
    let compact_kept = |text: &str| match compact::read(text) {
        Ok(c) => {
            let count = c.dataset.services.len();
            let said = shown(Ok(c.dataset)).said_of_case;
            Ok(if said.is_empty() {
                format!("services shown: {count}, nothing reported")
            } else {
                format!("services shown: {count}; {said}")
            })
        }
        Err(error) => Err(error.to_string()),
    };
    let hostile_id = url(&[("incubateur", "<script>alert(1)</script>")]);
    let year_one = url(&[("annee", "0001")]);
    vec![
        (
            "source.json with `javascript:` api and repository",
            (source.api_address() == beta_dashboard::data::LIVE_API && source.commit_url().is_none())
                .then(|| format!("links: {} and no commit link", source.api_address()))
                .ok_or_else(|| "a javascript: link".to_owned()),
        ),
        (
            "`?incubateur=<script>alert(1)</script>`",
            match hostile_id.ignored.as_slice() {
                [value @ IgnoredValue::UnknownIncubator(_)] if hostile_id.filter.incubators.is_empty() => {
                    Ok(text::ignored_value(value))
                }
                other => Err(format!("{other:?}")),
            },
        ),
        (
            "`?annee=0001`",
            match year_one.ignored.as_slice() {
                [value @ IgnoredValue::BadYear(_)] if year_one.filter.year.is_none() => Ok(text::ignored_value(value)),
                other => Err(format!("{other:?}")),
            },
        ),
        (
            "a compact file of a future format",
            compact_error(r#"{"format": 99, "incubators": [], "organisations": [], "services": []}"#),
        ),
        ("a compact file that is HTML", compact_error("<!DOCTYPE html><p>Erreur 500</p>")),
        (
            "a compact file with one record of the wrong shape",
            compact_kept(
                r#"{"format": 1, "incubators": [{"id": "dinum", "title": "DINUM", "label": "DINUM"}], "organisations": [], "services": [{"id": "a", "name": "A", "pitch": "", "incubators": ["dinum"], "phases": [["construction", "2022-01-01"]], "sponsors": []}, {"id": 5}]}"#,
            ),
        ),
        (
            "a compact file whose service names an incubator twice, and an empty one",
            compact_kept(r#"{"format": 1, "incubators": [{"id": "dinum", "title": "DINUM", "label": "DINUM"}], "organisations": [], "services": [{"id": "a", "name": "A", "incubators": ["dinum", "", "/incubateurs/dinum"], "phases": [["construction", "2022-01-01"]]}]}"#)
                .and_then(|said| if said.starts_with("services shown: 1") { Ok(said) } else { Err(said) }),
        ),
    ]
}

#[test]
fn every_hostile_file_is_read_without_panic_said_clearly_and_keeps_every_valid_record() {
    let mut table = String::from("| # | case | outcome |\n|---|---|---|\n");
    let mut failures = Vec::new();
    let cases = cases();
    for (n, case) in cases.iter().enumerate() {
        let kept = case.shown.dataset.as_ref().map(|d| d.services.len());
        let mut wrong = Vec::new();
        if kept != case.services {
            wrong.push(format!("services shown {kept:?}, expected {:?}", case.services));
        }
        for words in case.says {
            if !case.shown.says.contains(words) {
                wrong.push(format!("does not say {words:?}"));
            }
        }
        if case.shown.dataset.is_none() && case.shown.says.trim().is_empty() {
            wrong.push("refused without a word".into());
        }
        if let (Some(check), Some(dataset)) = (&case.check, &case.shown.dataset)
            && !check(dataset)
        {
            wrong.push("its own check fails".into());
        }
        if !wrong.is_empty() {
            failures.push(format!("{}: {} — the page says: {}", case.name, wrong.join("; "), case.shown.says));
        }
        let said = &case.shown.said_of_case;
        let outcome = match kept {
            None => format!("refused: {said}"),
            Some(kept) if said.is_empty() => format!("{kept} services shown, nothing reported"),
            Some(kept) => format!("{kept} services shown; {said}"),
        };
        table.push_str(&format!("| {} | {} | {} |\n", n + 1, case.name, outcome.replace('|', "\\|")));
    }
    for (n, (name, outcome)) in other_cases().into_iter().enumerate() {
        match outcome {
            Ok(said) => {
                table.push_str(&format!("| {} | {name} | {} |\n", cases.len() + n + 1, said.replace('|', "\\|")))
            }
            Err(wrong) => failures.push(format!("{name}: {wrong}")),
        }
    }
    println!("{table}");
    let _ = std::fs::write(common::root().join("target/hostile-corpus.md"), &table);
    let count = table.lines().count() - 2;
    assert!(count >= 40, "only {count} cases");
    assert!(failures.is_empty(), "{} of {count} cases fail:\n{}", failures.len(), failures.join("\n"));
}
