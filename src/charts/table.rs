//! Every chart's data as a table: shown as an HTML `<table>` (whose caption is the chart's title)
//! and downloaded as CSV — one structure for both, so they cannot disagree.

/// One cell: text, or a number shown formatted and exported raw.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Cell {
    Text(String),
    /// A number, with its French display form (`4 160 000 €`).
    Number {
        value: u64,
        display: String,
    },
    /// A share in tenths of a percent: `35,4 %` shown, `35,4` exported (a decimal comma, as French
    /// spreadsheets read a `;`-separated file).
    Percent {
        tenths: u64,
        display: String,
    },
    /// No value (an unknown amount): shown as a dash, exported empty.
    Missing,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell::Text(text.into())
    }

    pub fn count(value: usize) -> Cell {
        Cell::Number { value: value as u64, display: crate::text::format_count(value) }
    }

    pub fn percent(tenths: u64) -> Cell {
        Cell::Percent { tenths, display: crate::text::format_share(tenths) }
    }

    pub fn euros(value: u64) -> Cell {
        Cell::Number { value, display: crate::text::format_eur(value) }
    }

    /// What the HTML table shows.
    pub fn display(&self) -> &str {
        match self {
            Cell::Text(text) => text,
            Cell::Number { display, .. } | Cell::Percent { display, .. } => display,
            Cell::Missing => "–",
        }
    }

    /// What the CSV holds: numbers raw, so that spreadsheets read them as numbers.
    pub fn raw(&self) -> String {
        match self {
            Cell::Text(text) => text.clone(),
            Cell::Number { value, .. } => value.to_string(),
            Cell::Percent { tenths, .. } => crate::text::format_tenths(*tenths),
            Cell::Missing => String::new(),
        }
    }

    pub fn is_number(&self) -> bool {
        matches!(self, Cell::Number { .. } | Cell::Percent { .. })
    }
}

/// A table with a caption, column headers, and rows whose first cell heads the row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataTable {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// The CSV separator: a semicolon, as French spreadsheets expect.
pub const CSV_SEPARATOR: char = ';';

impl DataTable {
    /// The table as CSV (RFC 4180 quoting, `;`-separated, CRLF line ends), headers first.
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        let mut line = |cells: Vec<String>| {
            let quoted: Vec<String> = cells.iter().map(|c| csv_field(c)).collect();
            out.push_str(&quoted.join(&CSV_SEPARATOR.to_string()));
            out.push_str("\r\n");
        };
        line(self.columns.clone());
        for row in &self.rows {
            line(row.iter().map(Cell::raw).collect());
        }
        out
    }

    /// A file name for downloads: `services-par-incubateur.csv`.
    pub fn file_stem(&self) -> String {
        crate::text::slug(&self.caption)
    }
}

fn csv_field(value: &str) -> String {
    // Quote fields with separators, quotes or line breaks; neutralise spreadsheet formulas.
    let value = if value.starts_with(['=', '+', '-', '@']) && value.parse::<f64>().is_err() {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([CSV_SEPARATOR, '"', '\n', '\r', ',']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> DataTable {
        DataTable {
            caption: "Financement FAST — 2023".into(),
            columns: vec!["Promotion".into(), "Montant (€)".into(), "Lauréats".into()],
            rows: vec![
                vec![Cell::text("FAST 12 - Janvier 2023"), Cell::euros(2_310_000), Cell::count(9)],
                vec![Cell::text("Promotion; \"inconnue\""), Cell::Missing, Cell::count(1)],
                vec![Cell::text("=HYPERLINK(\"x\")"), Cell::euros(0), Cell::count(0)],
            ],
        }
    }

    #[test]
    fn csv_has_raw_numbers_quoted_text_and_crlf() {
        let csv = table().to_csv();
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], "Promotion;Montant (€);Lauréats");
        assert_eq!(lines[1], "FAST 12 - Janvier 2023;2310000;9");
        assert_eq!(lines[2], "\"Promotion; \"\"inconnue\"\"\";;1");
        assert_eq!(lines[3], "\"'=HYPERLINK(\"\"x\"\")\";0;0");
        assert_eq!(lines.len(), 5);
    }

    #[test]
    fn cells_show_french_numbers_and_dashes() {
        let t = table();
        assert_eq!(t.rows[0][1].display().replace(['\u{a0}', '\u{202f}'], " "), "2 310 000 €");
        assert_eq!(t.rows[1][1].display(), "–");
    }
}
