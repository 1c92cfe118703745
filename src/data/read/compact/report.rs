//! The load report of the published files, as written in the file.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::records::SENTENCES;
use crate::data::model::report::{
    DataFile, FileReport, FileStatus, LoadReport, Outcome, Problem, RecordIssue, Section, SectionReport,
};
use crate::data::read::compact::coded::Coded;

/// The load report of the published files, `P` being what became of a file, or a record's
/// problem: as data ([`Coded`]) since format 2, French sentences in format 1. Read with `P` the
/// raw text of each, then read as its format says (one reader of the report for both).
#[derive(Serialize, Deserialize)]
pub(super) struct ReportRecord<P> {
    pub(super) files: Vec<FileRecord<P>>,
    pub(super) sections: Vec<SectionRecord<P>>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct FileRecord<P> {
    pub(super) file: DataFile,
    /// What went wrong with the file; absent when it was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) problem: Option<P>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct SectionRecord<P> {
    pub(super) section: Section,
    pub(super) read: usize,
    pub(super) kept: usize,
    #[serde(default = "Vec::new", skip_serializing_if = "Vec::is_empty")]
    pub(super) issues: Vec<IssueRecord<P>>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct IssueRecord<P> {
    pub(super) index: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) id: Option<String>,
    pub(super) outcome: Outcome,
    pub(super) problem: P,
}

impl ReportRecord<Coded> {
    pub(super) fn of(report: &LoadReport) -> Self {
        let files =
            report.files.iter().map(|f| FileRecord { file: f.file, problem: Coded::file_status(&f.status) }).collect();
        let sections = report
            .sections
            .iter()
            .map(|s| SectionRecord {
                section: s.section,
                read: s.read,
                kept: s.kept,
                issues: s
                    .issues
                    .iter()
                    .map(|i| IssueRecord {
                        index: i.index,
                        id: i.id.clone(),
                        outcome: i.outcome,
                        problem: Coded::problem(&i.problem),
                    })
                    .collect(),
            })
            .collect();
        ReportRecord { files, sections }
    }
}

impl<P> ReportRecord<P> {
    /// The report, its files' statuses and records' problems read with `status` and `problem`;
    /// none if one of them cannot be.
    pub(super) fn into_report(
        self,
        status: impl Fn(P) -> Option<FileStatus>,
        problem: impl Fn(P) -> Option<Problem>,
    ) -> Option<LoadReport> {
        let mut files = Vec::new();
        for f in self.files {
            let status = match f.problem {
                Some(p) => status(p)?,
                None => FileStatus::Read,
            };
            files.push(FileReport { file: f.file, status });
        }
        let mut sections = Vec::new();
        for s in self.sections {
            let mut issues = Vec::new();
            for i in s.issues {
                issues.push(RecordIssue { index: i.index, id: i.id, outcome: i.outcome, problem: problem(i.problem)? });
            }
            sections.push(SectionReport { section: s.section, read: s.read, kept: s.kept, issues });
        }
        Some(LoadReport { files, sections })
    }
}

/// The report of a file of this `format`, read; none when it cannot be.
pub(super) fn read_report(format: u32, raw: &RawValue) -> Option<LoadReport> {
    let record: ReportRecord<&RawValue> = serde_json::from_str(raw.get()).ok()?;
    let text = |raw: &RawValue| serde_json::from_str::<String>(raw.get()).ok();
    let coded = |raw: &RawValue| serde_json::from_str::<Coded>(raw.get()).ok();
    if format == SENTENCES {
        record.into_report(|raw| text(raw).map(FileStatus::Noted), |raw| text(raw).map(|text| Problem::Noted { text }))
    } else {
        record.into_report(|raw| coded(raw)?.into_file_status(), |raw| coded(raw)?.into_problem())
    }
}
