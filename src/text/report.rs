//! The load report: its tables, its summary, the lists and outcomes it names.

use super::format::format_count;
use super::format::plural;
use crate::data::DataFile;
use crate::data::FileStatus;
use crate::data::Outcome;
use crate::data::Section;

pub const LOAD_REPORT: &str = "Rapport de chargement";

pub const LOAD_REPORT_CLEAN: &str = "Toutes les données publiées ont été lues sans anomalie.";

pub const LOAD_REPORT_COUNTS: &str = "Enregistrements lus, gardés, réparés et écartés, par fichier";

pub const LOAD_REPORT_ISSUES: &str = "Détail des anomalies";

pub const REPORT_SECTION: &str = "Fichier\u{a0}: liste";

/// The same, as the label of a field of an anomaly's card on a phone.
pub const REPORT_LIST: &str = "Liste";

pub const REPORT_READ: &str = "Lus";

pub const REPORT_KEPT: &str = "Gardés";

pub const REPORT_REPAIRED: &str = "dont réparés";

pub const REPORT_SKIPPED: &str = "Écartés";

pub const REPORT_POSITION: &str = "N°";

pub const REPORT_ID: &str = "Identifiant";

pub const REPORT_OUTCOME: &str = "Sort";

pub const REPORT_REASON: &str = "Raison";

/// A line of the browser's console: "Échec du chargement\u{a0}: …".
pub fn console_line(what: &str, detail: impl std::fmt::Display) -> String {
    format!("{what}{}{detail}", super::COLON)
}

/// A file of the load report, in the browser's console: "Rapport de chargement fast.json\u{a0}: …".
pub fn console_file(file: DataFile, status: &FileStatus) -> String {
    console_line(&format!("{LOAD_REPORT} {}", file.file_name()), status)
}

/// An anomaly of the load report, in the browser's console:
/// "Rapport de chargement — Services n°12 (mobilic) gardé\u{a0}: …".
pub fn console_issue(section: Section, issue: &crate::data::RecordIssue) -> String {
    let id = issue.id.as_deref().unwrap_or(super::NO_ID);
    let what = format!(
        "{LOAD_REPORT} — {} n°{} ({id}) {}",
        section_label(section),
        issue.index + 1,
        outcome_label(issue.outcome)
    );
    console_line(&what, &issue.problem)
}

/// "1 fichier non lu, 2 anomalies".
pub fn load_report_summary(report: &crate::data::LoadReport) -> String {
    let issues = report.issue_count();
    let files = report.files.iter().filter(|f| f.status != FileStatus::Read).count();
    let mut parts = Vec::new();
    if files > 0 {
        parts.push(format!("{} {}", format_count(files), plural(files, "fichier non lu", "fichiers non lus")));
    }
    if issues > 0 {
        parts.push(format!("{} {}", format_count(issues), plural(issues, "anomalie", "anomalies")));
    }
    parts.join(", ")
}

pub fn section_label(section: Section) -> &'static str {
    match section {
        Section::Services => "startups.json\u{a0}: services",
        Section::IncludedIncubators => "startups.json\u{a0}: incubateurs inclus",
        Section::Incubators => "incubators.json\u{a0}: incubateurs",
        Section::Organisations => "organisations.json\u{a0}: organisations",
        Section::FastPromotions => "fast.json\u{a0}: promotions",
        Section::FastAwards => "fast.json\u{a0}: lauréats",
        Section::FastEvents => "startups.json\u{a0}: événements FAST",
        Section::CompactIncubators => "tableau-de-bord.json\u{a0}: incubateurs",
        Section::CompactOrganisations => "tableau-de-bord.json\u{a0}: organisations",
        Section::CompactServices => "tableau-de-bord.json\u{a0}: services",
        Section::CompactFastPromotions => "tableau-de-bord.json\u{a0}: promotions FAST",
        Section::CompactFastAwards => "tableau-de-bord.json\u{a0}: lauréats FAST",
    }
}

pub fn outcome_label(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Kept => "gardé",
        Outcome::Skipped => "écarté",
    }
}

/// What the absence of an optional file means for the reader (organisations name the sponsors
/// in the services list).
pub fn file_consequence(file: DataFile) -> &'static str {
    match file {
        DataFile::Startups => "Sans ce fichier, aucun chiffre ne peut être affiché.",
        DataFile::Incubators => "Les noms des incubateurs viennent de startups.json.",
        DataFile::Organisations => "Les sponsors sont désignés par leur identifiant.",
        DataFile::Fast => "Les montants FAST sont lus dans le texte des événements de startups.json.",
        DataFile::Compact => "Sans ce fichier, aucun chiffre ne peut être affiché.",
    }
}
