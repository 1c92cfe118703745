//! Fuzzing the loader with proptest, bounded so it runs in CI: arbitrary bytes, and mutations of
//! the real published files (flipped bytes, cuts, insertions, deletions, repeated ranges). The
//! loader never panics, and every record it meets is accounted for: read = kept + skipped, and
//! the services shown are those kept.

use std::sync::LazyLock;

use beta_dashboard::data::read::compact;
use beta_dashboard::data::{Dataset, FetchError, Section, SourceTexts, load, text_of_bytes};
use proptest::prelude::*;
use serde_json::Value;

mod common;
use common::{ReportParts, read, today};

/// The first 40 services of the real startups.json, with its `included` list: real shapes, small
/// enough for hundreds of runs.
static STARTUPS: LazyLock<String> = LazyLock::new(|| {
    let mut doc: Value = serde_json::from_str(&read("public/data/beta.gouv.fr/startups.json")).unwrap();
    doc["data"].as_array_mut().unwrap().truncate(40);
    serde_json::to_string_pretty(&doc).unwrap()
});
static FAST: LazyLock<String> = LazyLock::new(|| read("public/data/beta.gouv.fr/fast.json"));
static INCUBATORS: LazyLock<String> = LazyLock::new(|| read("public/data/beta.gouv.fr/incubators.json"));
static COMPACT: LazyLock<String> = LazyLock::new(|| {
    let doc: Value = serde_json::from_str(&read("public/data/tableau-de-bord.json")).unwrap();
    serde_json::to_string(&doc).unwrap()
});

/// Loads with `startups` and `fast` as given (the other files absent).
fn load_texts(startups: &str, fast: Option<&str>) -> Result<Dataset, beta_dashboard::data::LoadError> {
    load(&SourceTexts {
        startups: Ok(startups),
        incubators: Ok(&INCUBATORS),
        organisations: Err(FetchError::Status(404)),
        fast: fast.ok_or(FetchError::Status(404)),
        today: today(),
    })
}

/// Every record of every section is kept or skipped, and the services shown are those kept in
/// `services` (`Services` for published files; `CompactServices` for the compact file, whose
/// report also carries, as noted, that of the published files it was made from).
fn accounted_for(dataset: &Dataset, services: Section) -> Result<(), TestCaseError> {
    for section in &dataset.report.sections {
        prop_assert_eq!(section.read, section.kept + section.skipped(), "{:?}", section.section);
    }
    let kept = dataset.report.section(services).map_or(0, |s| s.kept);
    prop_assert_eq!(dataset.services.len(), kept);
    Ok(())
}

/// How many records a startups.json text holds, if it is JSON with a `data` list.
fn records_in(text: &str) -> Option<usize> {
    let doc: Value = serde_json::from_str(text).ok()?;
    doc.get("data")?.as_array().map(Vec::len)
}

/// A change to a text's bytes.
#[derive(Debug, Clone)]
enum Mutation {
    Flip { at: usize, byte: u8 },
    Cut { at: usize },
    Insert { at: usize, bytes: Vec<u8> },
    Delete { at: usize, len: usize },
    Repeat { at: usize, len: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    // Positions are fractions of the text, so they fall anywhere in a text of any length.
    let at = 0usize..1_000_000;
    prop_oneof![
        (at.clone(), any::<u8>()).prop_map(|(at, byte)| Mutation::Flip { at, byte }),
        at.clone().prop_map(|at| Mutation::Cut { at }),
        (
            at.clone(),
            prop::collection::vec(prop::sample::select(b"{}[]\",:0123456789-e.nul \\tx\xC3\xA9\xFF".to_vec()), 1..12)
        )
            .prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        (at.clone(), 1usize..400).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (at, 1usize..2_000).prop_map(|(at, len)| Mutation::Repeat { at, len }),
    ]
}

fn mutate(text: &str, mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    for m in mutations {
        let spot = |at: usize, len: usize| at * len / 1_000_000;
        match m {
            Mutation::Flip { at, byte } if !bytes.is_empty() => {
                let i = spot(*at, bytes.len());
                bytes[i] = *byte;
            }
            Mutation::Flip { .. } => {}
            Mutation::Cut { at } => bytes.truncate(spot(*at, bytes.len())),
            Mutation::Insert { at, bytes: inserted } => {
                let i = spot(*at, bytes.len());
                bytes.splice(i..i, inserted.iter().copied());
            }
            Mutation::Delete { at, len } => {
                let i = spot(*at, bytes.len());
                bytes.drain(i..(i + len).min(bytes.len()));
            }
            Mutation::Repeat { at, len } => {
                let i = spot(*at, bytes.len());
                let range: Vec<u8> = bytes[i..(i + len).min(bytes.len())].to_vec();
                bytes.splice(i..i, range);
            }
        }
    }
    bytes
}

/// A counter-example proptest finds is written to `tests/fuzz.proptest-regressions` and tried
/// first in every later run: commit that file with the fix.
fn regressions() -> Option<Box<dyn proptest::test_runner::FailurePersistence>> {
    Some(Box::new(proptest::test_runner::FileFailurePersistence::WithSource("proptest-regressions")))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: regressions(), ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_the_loader(bytes in prop::collection::vec(any::<u8>(), 0..2_000)) {
        let text = text_of_bytes(bytes);
        if let Ok(dataset) = load_texts(&text, Some(&text)) {
            accounted_for(&dataset, Section::Services)?;
        }
        if let Ok(read) = compact::read(&text) {
            accounted_for(&read.dataset, Section::CompactServices)?;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: regressions(), ..ProptestConfig::default() })]

    #[test]
    fn mutations_of_the_real_startups_json_never_panic_and_account_for_every_record(
        mutations in prop::collection::vec(mutation(), 1..6)
    ) {
        let text = text_of_bytes(mutate(&STARTUPS, &mutations));
        match load_texts(&text, Some(&FAST)) {
            Ok(dataset) => {
                accounted_for(&dataset, Section::Services)?;
                // Every record of `data` is met: read once, kept or skipped.
                if let Some(records) = records_in(&text) {
                    prop_assert_eq!(dataset.report.sections[0].read, records);
                }
            }
            // Refused only when the file as a whole is not a startups.json.
            Err(_) => prop_assert!(records_in(&text).is_none()),
        }
    }

    #[test]
    fn mutations_of_the_real_fast_json_never_panic_and_keep_every_service(
        mutations in prop::collection::vec(mutation(), 1..6)
    ) {
        let fast = text_of_bytes(mutate(&FAST, &mutations));
        let dataset = load_texts(&STARTUPS, Some(&fast)).expect("startups.json is intact");
        accounted_for(&dataset, Section::Services)?;
        prop_assert_eq!(dataset.services.len(), 40);
    }

    #[test]
    fn mutations_of_the_compact_file_never_panic_and_account_for_every_record(
        mutations in prop::collection::vec(mutation(), 1..6)
    ) {
        let text = text_of_bytes(mutate(&COMPACT, &mutations));
        if let Ok(read) = compact::read(&text) {
            accounted_for(&read.dataset, Section::CompactServices)?;
        }
    }
}
